/** `npm run build`: migrate, export what is published, build the static site into dist/ with its search index. */
import { buildSite } from '@cms/lib/buildSite';
import { closePayload, openPayload } from '@cms/lib/payload';
import { exportStep, migrateStep, siteDir, snapshotDir, step } from '@cms/lib/steps';

const payload = await openPayload();
let failed = false;
try {
  await migrateStep(payload);
  await exportStep(payload);
  await step(`Building the site into ${siteDir()}`, () => buildSite({ snapshotDir: snapshotDir(), outDir: siteDir(), siteUrl: process.env.SITE_URL }));
} catch (error) {
  failed = true;
  console.error(`\nBuild failed; the last good site (if any) is untouched.\n${(error as Error).message}`);
} finally {
  await closePayload(payload);
}
process.exit(failed ? 1 : 0);
