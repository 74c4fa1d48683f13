/**
 * `npm run backup [-- --out <folder>]`: a copy of the database and the media, with a manifest
 * of every file's size and sha256, in a new folder `<folder>/<time>/` (default
 * `<DATA_DIR>/backups/<time>/`). Safe while the admin is running. See the README, "Backups".
 */
import '@platform/scripts/settingsFirst';
import { BackupError, createBackup } from '@platform/backup/backup';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const parentDir = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && !parentDir) {
  console.error('--out needs a folder: npm run backup -- --out /srv/backups');
  process.exit(2);
}

try {
  const started = Date.now();
  const { dir, manifest } = await createBackup({ parentDir, log: (line) => console.log(`  ${line}`) });
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  console.log(`Backup written to ${dir} (${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  console.log('Not in it: secrets (PAYLOAD_SECRET or <DATA_DIR>/.payload-secret, DATABASE_URL, S3 and SMTP credentials) and what is rebuilt (the built sites).');
  process.exit(0);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
