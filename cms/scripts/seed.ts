/** `npm run seed`: import content/ (idempotent: existing documents are left as they are). */
import { closePayload, openPayload } from '@cms/lib/payload';
import { contentDir, migrateStep, step } from '@cms/scripts/steps';
import { dataDir } from '@cms/paths';
import { describeLogin, ensureDemoAccount, usersOf } from '@cms/seed/demoAccount';
import { importContent } from '@cms/seed/importContent';

const payload = await openPayload();
let failed = false;
try {
  await migrateStep(payload);
  await step('Importing content/', async () => {
    const { created, skipped } = await importContent(payload, contentDir);
    const list = (r: Record<string, number>) => Object.entries(r).map(([k, v]) => `${v} ${k}`).join(', ') || 'nothing';
    console.log(`  created: ${list(created)}\n  already there: ${list(skipped)}`);
  });
  console.log(describeLogin(await ensureDemoAccount(usersOf(payload), dataDir())));
} catch (error) {
  failed = true;
  console.error(`\nThe import stopped and wrote nothing.\n${(error as Error).message}`);
} finally {
  await closePayload(payload);
}
process.exit(failed ? 1 : 0);
