/** `npm run migrate`: apply the committed migrations to the configured database. */
import { closePayload, openPayload } from '@cms/lib/payload';
import { migrateStep } from '@cms/scripts/steps';

const payload = await openPayload();
try {
  await migrateStep(payload);
} finally {
  await closePayload(payload);
}
process.exit(0);
