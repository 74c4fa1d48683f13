import type { Payload } from 'payload';
import { buildCouncilSites, listCouncils, sitesRoot } from '@platform/build/councilSites';
import { consentsEnding } from '@cms/lib/mediaUse';
import { REVIEW_KIND_WORDS, reviewsDue } from '@cms/lib/reviewsDue';
import { migrateStep, step } from '@platform/build/steps';
import { settings } from '@platform/config';

/** What `npm run build` was asked: the councils named (none: every council) and why it runs. */
export type BuildRequest = { only: string[]; trigger: string };

/** `npm run build`'s arguments: council names, `--council=<id>`, `--trigger=<why>`. */
export function buildRequestOf(args: string[]): BuildRequest {
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const council = option('council');
  const only = [...args.filter((a) => !a.startsWith('--')), ...(council ? [council] : [])];
  return { only, trigger: option('trigger') || `npm run build${only.length ? ` ${only.join(' ')}` : ''}` };
}

/**
 * The build command's work on an open Payload (`npm run build`, and the warm builder the jobs
 * use, `platform/scripts/builder.ts`): migrate, say what is overdue and whose photo consent
 * ends, then build the councils' sites. A failed council keeps its last good site; resolves to
 * whether every site was built, having said which failed and why.
 */
export async function runBuildCommand(payload: Payload, { only, trigger }: BuildRequest): Promise<boolean> {
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
    if (!bad.length) return true;
    console.error(`\n${bad.length} of ${results.length} sites failed to build; their last good sites are untouched.`);
    for (const r of bad) console.error(`- ${r.council.name}: ${r.message}`);
    return false;
  } catch (error) {
    console.error(`\nBuild failed; the last good sites (if any) are untouched.\n${(error as Error).message}`);
    return false;
  }
}
