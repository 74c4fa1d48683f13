/** `npm run export`: write the published content snapshot the site is built from (data/snapshot/). */
import { closePayload, openPayload } from '@cms/lib/payload';
import { exportStep, migrateStep } from '@cms/lib/steps';

const payload = await openPayload();
let failed = false;
try {
  await migrateStep(payload);
  const { file } = await exportStep(payload);
  console.log(`  wrote ${file}`);
} catch (error) {
  failed = true;
  console.error((error as Error).message);
} finally {
  await closePayload(payload);
}
process.exit(failed ? 1 : 0);
