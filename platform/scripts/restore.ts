/**
 * `npm run restore -- <folder> [--force]`: restores a backup made by `npm run backup` into the
 * installation the settings name (the database in `DATABASE_URL`, the media folder or the
 * bucket in `S3_BUCKET`). Checks every file first; refuses an installation that is not empty
 * unless `--force`; runs the migrations of this version the backup does not have. Stop the
 * admin and the worker first. See the README, "Backups".
 */
import '@platform/scripts/settingsFirst';
import { RestoreError, restoreBackup } from '@platform/backup/restore';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [dir, ...extra] = args.filter((arg) => arg !== '--force');
if (!dir || extra.length) {
  console.error('Usage: npm run restore -- <backup folder> [--force]');
  process.exit(2);
}

try {
  const started = Date.now();
  const { manifest, pending } = await restoreBackup(dir, { force, log: (line) => console.log(`  ${line}`) });
  if (pending.length) {
    console.log(`  the backup is from an older version: applying ${pending.length} migrations`);
    const { closePayload, migrateDatabase, openPayload } = await import('@cms/lib/payload');
    const payload = await openPayload();
    try {
      await migrateDatabase(payload);
    } finally {
      await closePayload(payload);
    }
  }
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.files.length} files) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log('Secrets were not in it: sessions are signed with PAYLOAD_SECRET (or a new <DATA_DIR>/.payload-secret), so everyone signs in again; passwords are kept. Build the sites with `npm run build` (or `npm start`).');
  process.exit(0);
} catch (error) {
  console.error(error instanceof RestoreError ? error.message : `Restore failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
}
