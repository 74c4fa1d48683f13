/**
 * `npm run build [-- <council> …]`: migrate, then for every council (or only those named:
 * short name, ONS code or id) export what is published plus the national content and build
 * its static site into dist/<council>/ with its search index, sitemap, manifest and offline
 * pages. The same code builds one council or all (`buildCouncilSites`), and records each
 * council's build status for the dashboard. A failed council keeps its last good site; the
 * command then exits with an error after building the others.
 *
 * Rebuild jobs call it as `build.ts --council=<id> --trigger=<why>`.
 */
import '@platform/scripts/settingsFirst';
import { buildCouncilSites, listCouncils, sitesRoot } from '@platform/build/councilSites';
import { closePayload, openPayload } from '@cms/lib/payload';
import { consentsEnding } from '@cms/lib/mediaUse';
import { REVIEW_KIND_WORDS, reviewsDue } from '@cms/lib/reviewsDue';
import { migrateStep, step } from '@platform/build/steps';
import { settings } from '@platform/config';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = [...args.filter((a) => !a.startsWith('--')), ...(option('council') ? [option('council')!] : [])];
const trigger = option('trigger') || `npm run build${only.length ? ` ${only.join(' ')}` : ''}`;

const payload = await openPayload();
let failed = false;
try {
  await migrateStep(payload);
  const councils = await listCouncils(payload, only);
  const due = await reviewsDue(payload, new Date(), null, { withinDays: 0 });
  if (due.length) {
    console.log(`• ${due.length} past their review date (the sites still show them, and say the check is overdue):`);
    for (const item of due) console.log(`  - ${REVIEW_KIND_WORDS[item.kind]} "${item.title}": review was due ${item.nextReview}`);
  } else {
    console.log('• Nothing is past its review date.');
  }
  for (const item of await consentsEnding(payload)) {
    console.log(`• Photo consent for "${item.alt}" ${item.ended ? 'ended' : 'ends'} on ${item.expiresOn}${item.ended ? ': the image is left off the sites' : ''}.`);
  }
  const label = councils.length === 1 ? `${councils[0]!.name}'s site` : `${councils.length} councils' sites`;
  const results = await step(`Building ${label} into ${sitesRoot()}`, () => buildCouncilSites(payload, councils, { trigger, siteUrl: settings().SITE_URL }));
  const bad = results.filter((r) => !r.ok);
  if (bad.length) {
    failed = true;
    console.error(`\n${bad.length} of ${results.length} sites failed to build; their last good sites are untouched.`);
    for (const r of bad) console.error(`- ${r.council.name}: ${r.message}`);
  }
} catch (error) {
  failed = true;
  console.error(`\nBuild failed; the last good sites (if any) are untouched.\n${(error as Error).message}`);
} finally {
  await closePayload(payload);
}
process.exit(failed ? 1 : 0);
