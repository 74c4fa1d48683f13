/** `npm run build`: migrate, export what is published, build the static site into dist/ with its search index. */
import { buildSite } from '@cms/lib/buildSite';
import { closePayload, openPayload } from '@cms/lib/payload';
import { consentsEnding } from '@cms/lib/mediaUse';
import { reviewsDue } from '@cms/lib/reviewsDue';
import { exportStep, migrateStep, siteDir, snapshotDir, step } from '@cms/lib/steps';

const payload = await openPayload();
let failed = false;
try {
  await migrateStep(payload);
  await exportStep(payload);
  const due = await reviewsDue(payload);
  if (due.length) {
    console.log(`• ${due.length} past their review date (the site still shows them):`);
    for (const item of due) console.log(`  - ${item.kind === 'offer' ? 'Offer' : 'Guide chapter'} "${item.title}": review was due ${item.nextReview}`);
  } else {
    console.log('• Nothing is past its review date.');
  }
  for (const item of await consentsEnding(payload)) {
    console.log(`• Photo consent for "${item.alt}" ${item.ended ? 'ended' : 'ends'} on ${item.expiresOn}${item.ended ? ': the image is left off the site' : ''}.`);
  }
  await step(`Building the site into ${siteDir()}`, () => buildSite({ snapshotDir: snapshotDir(), outDir: siteDir(), siteUrl: process.env.SITE_URL }));
} catch (error) {
  failed = true;
  console.error(`\nBuild failed; the last good site (if any) is untouched.\n${(error as Error).message}`);
} finally {
  await closePayload(payload);
}
process.exit(failed ? 1 : 0);
