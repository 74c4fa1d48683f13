/**
 * `npm run preview:build -- --collection=<slug> --id=<id> --user=<id> --site=<council id|library>
 * --folder=<folder> --site-url=<address>`: the admin's preview of one draft as the real public
 * page (issue 20, part 10). The admin starts it as a process of its own (`@cms/lib/previewBuild`:
 * the CMS names the command, never imports the platform) and reads the status file it writes.
 *
 * 1. exports what the public sees on that site plus the one draft, read as that person
 *    (`exportSnapshot`'s `preview`: a draft they may not read is never in it);
 * 2. builds the site with one Astro run (no search index, no compressed copies: nobody
 *    searches a preview), its plan marked as a preview, so every page carries the banner, is
 *    not indexed and registers no service worker; its address is under the admin's preview
 *    route, so its styles and links work when the admin serves it;
 * 3. writes `status.json`: `ready` with the draft's page (from the site's route table), or
 *    `failed` with a plain reason (the draft does not fit the site's rules yet: the admin then
 *    shows its text on its own, with that reason).
 */
import '@platform/scripts/settingsFirst';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { closePayload, openPayload } from '@cms/lib/payload';
import { exportSnapshot } from '@cms/lib/exportSnapshot';
import { checkExportedSnapshot } from '@cms/lib/leftOut';
import { draftNotes } from '@cms/lib/preview';
import { readPreviewStatus, SITE_FOLDER, writePreviewStatus } from '@cms/lib/previewBuild';
import { coWrittenCollections } from '@cms/lib/reviewQueue';
import { runAstroBuild } from '@platform/build/buildSite';
import { librarySite, listCouncils } from '@platform/build/councilSites';
import { NATIONAL_GUIDE } from '@content/model/guides';
import { LIBRARY_KEY, sitePlanText } from '@content/model/sitePlan';
import { basePath } from '@content/model/siteUrl';
import { routesFor, type SiteRoutes } from '@site/lib/routes';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '';
const collection = option('collection');
const id = option('id');
const userId = option('user');
const site = option('site');
const folder = path.resolve(option('folder'));
const siteUrl = option('site-url');

const slugOf = (value: unknown): string | null => (value && typeof value === 'object' && 'slug' in value && typeof value.slug === 'string' ? value.slug : null);

/** The draft's page on its site, under the site's base path (site/lib/routes.ts). */
function pageOf(routes: SiteRoutes, doc: Record<string, unknown>): string {
  const slug = typeof doc.slug === 'string' ? doc.slug : '';
  switch (collection) {
    case 'offers':
    case 'entitlements':
      return routes.href('offer', { slug });
    case 'local-details':
      return routes.href('offer', { slug: slugOf(doc.entitlement) ?? '' });
    case 'guides':
      return routes.href('guide', { slug });
    case 'guide-chapters':
      return routes.href('guideChapter', { slug: NATIONAL_GUIDE.slug, chapter: slug });
    case 'guide-local-parts':
      return routes.href('guideChapter', { slug: NATIONAL_GUIDE.slug, chapter: slugOf(doc.chapter) ?? '' });
    case 'spotlights':
      return routes.href('spotlight', { slug });
    case 'pledges':
      return routes.href('pledges');
    case 'glossary-terms':
    case 'local-terms':
      return routes.href('glossary');
    default:
      return routes.href('home');
  }
}

async function buildPreview(payload: Payload, startedAt: string): Promise<void> {
  const failed = (message: string) => writePreviewStatus(folder, { state: 'failed', startedAt, finishedAt: new Date().toISOString(), message });
  const config = coWrittenCollections(payload).find((c) => c.slug === collection);
  if (!config) return failed(`"${collection}" has no drafts to preview.`);
  const found = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true });
  if (!found) return failed('The person asking for the preview has no account any more.');
  const user = { ...found, collection: 'users' as const };
  const draft = await payload.findByID({ collection: config.slug, id, draft: true, depth: 1, overrideAccess: false, user, disableErrors: true });
  if (!draft) return failed('There is no draft here that you can preview.');
  const doc: Record<string, unknown> = { ...draft };

  const library = site === LIBRARY_KEY;
  const council = library ? null : (await listCouncils(payload)).find((c) => String(c.id) === site);
  if (!library && !council) return failed(`There is no council with id ${site}.`);
  const key = council ? council.slug : LIBRARY_KEY;
  const work = path.join(folder, 'work');
  const snapshotDir = path.join(work, 'snapshot');
  await exportSnapshot(payload, snapshotDir, { ...(council ? { council: council.id } : { library: true }), preview: { collection: config.slug, id, user } });
  // What the site will leave out: a draft that breaks the site's rules has no page yet.
  const { excluded } = await checkExportedSnapshot(snapshotDir);

  const planFile = path.join(work, 'plan.json');
  const libraryUrl = library ? undefined : librarySite(await listCouncils(payload)).siteUrl;
  writeFileSync(
    planFile,
    sitePlanText(
      {
        sites: [{ key, snapshot: path.join(snapshotDir, 'snapshot.json'), siteUrl, kind: library ? 'library' : 'council' }],
        ...(libraryUrl ? { libraryUrl } : {}),
        preview: draftNotes(config, doc, user),
      },
      planFile,
    ),
  );
  const out = path.join(work, 'out');
  // Its own content cache, so a rebuild of the public sites running meanwhile is not disturbed.
  process.env.SITE_CACHE_DIR = path.join(work, 'cache');
  await runAstroBuild({ plan: planFile, outDir: out });
  const siteDir = path.join(folder, SITE_FOLDER);
  rmSync(siteDir, { recursive: true, force: true });
  renameSync(path.join(out, key), siteDir);
  if (existsSync(path.join(snapshotDir, 'media'))) cpSync(path.join(snapshotDir, 'media'), path.join(siteDir, 'media'), { recursive: true });

  const routes = routesFor({ base: basePath(siteUrl) });
  const page = pageOf(routes, doc);
  const file = path.join(siteDir, page.slice(routes.base.length), page.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) {
    const slug = typeof doc.slug === 'string' ? doc.slug : null;
    const mine = excluded.filter((line) => slug && line.includes(`"${slug}"`));
    return failed(
      mine.length || excluded.length
        ? `The draft doesn’t fit the site’s rules yet, so the site has no page for it:\n${(mine.length ? mine : excluded).map((line) => `- ${line}`).join('\n')}`
        : 'The site has no page for this draft yet.',
    );
  }
  rmSync(work, { recursive: true, force: true });
  writePreviewStatus(folder, { state: 'ready', startedAt, finishedAt: new Date().toISOString(), page });
}

mkdirSync(folder, { recursive: true });
const before = readPreviewStatus(folder);
const startedAt = before?.startedAt ?? new Date().toISOString();
const payload = await openPayload();
let ok = true;
try {
  await buildPreview(payload, startedAt);
  ok = readPreviewStatus(folder)?.state === 'ready';
} catch (error) {
  ok = false;
  const message = (error as Error).message || 'The preview build failed.';
  writePreviewStatus(folder, { state: 'failed', startedAt, finishedAt: new Date().toISOString(), message: message.slice(0, 4000) });
} finally {
  await closePayload(payload);
}
process.exit(ok ? 0 : 1);
