/**
 * `npm run export [-- <council> …]`: write each council's published content snapshot (its
 * own content plus the national content) to data/snapshot/<council>/. All councils, or
 * only those named (short name, ONS code or id).
 */
import '@platform/scripts/settingsFirst';
import { closePayload, openPayload } from '@cms/lib/payload';
import { exportStep, migrateStep } from '@platform/build/steps';

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const payload = await openPayload();
let failed = false;
try {
  await migrateStep(payload);
  for (const { council, file } of await exportStep(payload, only)) console.log(`  ${council.slug}: wrote ${file}`);
} catch (error) {
  failed = true;
  console.error((error as Error).message);
} finally {
  await closePayload(payload);
}
process.exit(failed ? 1 : 0);
