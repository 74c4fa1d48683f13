import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import type { Authority } from '@cms/payload-types';
import { buildSites, type SiteToBuild } from '@platform/build/buildSite';
import { recordBuild } from '@cms/jobs/siteRebuild';
import { currentBuild, RETIRED_GRACE_MS } from '@platform/build/siteFolders';
import { exportSnapshot } from '@cms/lib/exportSnapshot';
import { checkExportedSnapshot, describeLeftOut } from '@cms/lib/leftOut';
import { dataDir, repoRoot } from '@cms/paths';
import { bankHolidaysBuildWarning } from './bankHolidays';
import { settings, type SettingsEnv } from '@platform/config';
import { slugify } from '@cms/fields/slug';
import { readSiteDirectoryFile, SITE_DIRECTORY_FILE, writeSiteDirectoryFile, type SiteDirectory } from '@content/model/siteDirectory';
import { basePath } from '@content/model/siteUrl';
import { DEMO_LIBRARY_URL, resolveSiteDirectory, siteEntry } from '@content/model/siteAddresses';
import { SLUG } from '@content/model/patterns';
import { LIBRARY_KEY } from '@content/model/sitePlan';
import { comparisonInputSchema, councilComparison, councilComparisonSchema, type ComparisonInput } from '@content/model/comparison';
import { checkHandOff, HandOffError, readHandOffSync } from '@content/model/handOff';
import type { ValidSnapshot } from '@content/model/snapshot';
import { TRANSLATION_LOCALE_IDS, type TranslationLocaleId } from '@content/model/locales';
import { entryTranslationSchema } from '@content/model/translation';
import { currentRelease, publishDirectory, publishRelease, releaseTarget, type ReleaseTarget } from '@platform/build/siteRelease';
import { checkLanguage, describeLanguages, languageName, type LanguageCheck } from '@platform/build/languages';

/**
 * One site per council. Each council's published content plus the national content is
 * exported to `data/snapshot/<slug>/` and built into `dist/<slug>` (a symlink swapped
 * atomically, so a failed build keeps the last good site). `dist/sites.json` tells the
 * server which host names each council answers to (and which councils its index lists).
 * Building all councils or only some goes through the same code (`buildCouncilSites`).
 */
export type CouncilSite = {
  id: number | string;
  slug: string;
  name: string;
  siteUrl: string | null;
  /** A fictional council of the demo content. */
  isDemo?: boolean;
};

export const sitesRoot = (env?: SettingsEnv) => path.resolve(repoRoot, settings(env).SITE_OUT_DIR);
export const councilSnapshotDir = (slug: string, env?: SettingsEnv) => path.join(dataDir(env), 'snapshot', slug);
export const councilSiteDir = (slug: string, env?: SettingsEnv) => path.join(sitesRoot(env), slug);
/** A language's snapshot of a council's site, inside the council's (replaced with it). */
export const languageSnapshotDir = (slug: string, lang: string, env?: SettingsEnv) => path.join(councilSnapshotDir(slug, env), 'languages', lang);

/**
 * The council's languages (issue 21, part 3): each one it chose is exported (a snapshot in that
 * language) and goes live only through the gate (`checkLanguage`: interface text complete,
 * urgent-help text checked, or needing checking on a demo council). Returns the languages to
 * build and what the gate said of each, for the build log and the council's build status.
 */
export async function exportLanguages(
  payload: Payload,
  council: CouncilSite,
  snapshot: ValidSnapshot,
  env?: SettingsEnv,
): Promise<{ languages: { lang: string; snapshotDir: string }[]; checks: LanguageCheck[] }> {
  const chosen = (snapshot.authority?.languages ?? []).filter((lang): lang is TranslationLocaleId => (TRANSLATION_LOCALE_IDS as readonly string[]).includes(lang));
  const languages: { lang: string; snapshotDir: string }[] = [];
  const checks: LanguageCheck[] = [];
  for (const lang of chosen) {
    const snapshotDir = languageSnapshotDir(council.slug, lang, env);
    const { file } = await exportSnapshot(payload, snapshotDir, { council: council.id, lang });
    const written = JSON.parse(readFileSync(file, 'utf8')) as { authority?: { translation?: unknown } | null };
    const urgentHelp = entryTranslationSchema.nullish().parse(written.authority?.translation);
    const check = checkLanguage(lang, urgentHelp, { demo: Boolean(snapshot.authority?.isDemo) });
    checks.push(check);
    if (check.live) languages.push({ lang, snapshotDir });
    else rmSync(snapshotDir, { recursive: true, force: true });
  }
  return { languages, checks };
}

/** The council's short name in addresses: its slug, or one made from its name (councils saved before slugs). */
export const councilSlug = (council: Pick<Authority, 'slug' | 'name'>) => council.slug || slugify(council.name);

/**
 * Where this machine serves a council: `http://<slug>.localhost:<port>/` (browsers send
 * *.localhost to this machine), or, for a council under a shared address
 * (`https://example.org/riverford/`), that path here: `http://localhost:<port>/riverford/`.
 */
export const localSiteAddress = (council: Pick<CouncilSite, 'slug' | 'siteUrl'>, port: number | string) => {
  const base = basePath(council.siteUrl ?? undefined);
  return base === '/' ? `http://${council.slug}.localhost:${port}/` : `http://localhost:${port}${base}`;
};

/**
 * The national practice library's site (issue 11, item 4): built with every council's run,
 * at its own address. `LIBRARY_SITE_URL` sets its public address. Without it, a platform of
 * demo councils only uses the demo's (a path under the partnership's shared address, as
 * Riverford's site is); any other has none: the build warns, pages carry no absolute
 * addresses, councils' sites don't link to it, and it is served at `library.localhost`.
 */
export { DEMO_LIBRARY_URL };
export const librarySite = (councils: Pick<CouncilSite, 'isDemo'>[], env?: SettingsEnv): CouncilSite => ({
  id: LIBRARY_KEY,
  slug: LIBRARY_KEY,
  name: 'National practice library',
  siteUrl: settings(env).LIBRARY_SITE_URL || (councils.length > 0 && councils.every((c) => c.isDemo) ? DEMO_LIBRARY_URL : null),
});

/** The councils on the platform, or only those named (by short name, ONS code or id). */
export async function listCouncils(payload: Payload, only: string[] = []): Promise<CouncilSite[]> {
  const { docs } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, sort: 'name', overrideAccess: true });
  const all = docs.map((c) => ({ id: c.id, slug: councilSlug(c), name: c.name, siteUrl: c.siteUrl ?? null, isDemo: Boolean(c.isDemo), onsCode: c.onsCode }));
  if (!only.length) return all.map(({ onsCode: _, ...c }) => c);
  const wanted = only.map((name) => name.toLowerCase());
  const unknown = wanted.filter((name) => !all.some((c) => [c.slug, c.onsCode.toLowerCase(), String(c.id)].includes(name)));
  if (unknown.length) {
    throw new Error(`No council called ${unknown.map((u) => `"${u}"`).join(', ')}. The councils are: ${all.map((c) => c.slug).join(', ')}.`);
  }
  return all.filter((c) => wanted.some((name) => [c.slug, c.onsCode.toLowerCase(), String(c.id)].includes(name))).map(({ onsCode: _, ...c }) => c);
}

/** A site folder from before councils had their own (`dist` was the one site's symlink): make way for the folder of sites. */
function ensureSitesRoot(root: string): void {
  if (existsSync(root) && lstatSync(root).isSymbolicLink()) unlinkSync(root);
  mkdirSync(root, { recursive: true });
}

/**
 * The directory `sites.json` in `root` gives now (empty if there is none yet). One that is not
 * what the server reads (`siteDirectorySchema`) stops the build, naming the file and the field:
 * writing over it would drop the addresses the sites are served at.
 */
export function readSiteDirectory(root: string): SiteDirectory {
  return readSiteDirectoryFile(path.join(root, SITE_DIRECTORY_FILE)) ?? { sites: [] };
}

/**
 * Writes `sites.json`: which host names each council's site answers to (replaced atomically).
 * A council whose site under its short name has not been built yet (new short name) but that
 * was served from another folder keeps that entry, old folder and addresses, until its new site
 * is live: `buildCouncilSites` writes the directory again as each site goes live (issue 18,
 * finding 10: a rename took the site offline for the whole build, and for good if it failed).
 * Folders no entry serves any more are retired (`retireOldSites`). No two sites are served at
 * one place (`resolveSiteDirectory`): a site refused the address it asks for is returned with
 * the clash, and keeps the one it had.
 */
export function writeSiteDirectory(
  root: string,
  councils: CouncilSite[],
  { siteUrl, graceMs }: { siteUrl?: string | undefined; graceMs?: number } = {},
): { refused: { slug: string; id?: string | undefined; message: string }[] } {
  ensureSitesRoot(root);
  const previous = readSiteDirectory(root).sites;
  const served = (slug: string) => currentBuild(path.join(root, slug)) !== null;
  /** The entry the site had, while its new folder is not built yet and the old one is served. */
  const kept = (id: string, slug: string) =>
    served(slug) ? undefined : previous.find((entry) => entry.id === id && entry.slug !== slug && served(entry.slug));
  const library = librarySite(councils);
  const wanted = [
    ...councils.map(
      (c) =>
        kept(String(c.id), c.slug) ??
        // SITE_URL overrides the address of a platform's only council (a preview), as its build does.
        siteEntry({ slug: c.slug, id: String(c.id), name: c.name, siteUrl: councils.length === 1 && siteUrl ? siteUrl : c.siteUrl }),
    ),
    siteEntry({ slug: library.slug, id: LIBRARY_KEY, name: library.name, siteUrl: library.siteUrl, kind: 'library' }),
  ];
  // No two sites at one place (issue 18, finding 2): the site already served there keeps it, then
  // the library, then the older council; a newcomer is refused, and its build fails saying why.
  const seniority = [wanted.at(-1)!, ...wanted.slice(0, -1).sort((a, b) => Number(a.id) - Number(b.id) || String(a.id).localeCompare(String(b.id)))];
  const { sites, refused } = resolveSiteDirectory(seniority, previous);
  const order = new Map(wanted.map((entry, i) => [entry.id, i]));
  const directory: SiteDirectory = { sites: sites.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)) };
  writeSiteDirectoryFile(path.join(root, SITE_DIRECTORY_FILE), directory);
  // A refused site's folder is kept: it is still its last good build.
  retireOldSites(root, new Set([...directory.sites.map((site) => site.slug), ...refused.map((r) => r.slug)]), { graceMs });
  return { refused };
}

/**
 * Deletes the site folders of short names no entry of `sites.json` serves any more (a council
 * deleted, or its short name changed and its new site live): its `<slug>` symlink and
 * `<slug>.builds/`. A folder that has just stopped being served is first marked
 * (`<slug>.retired`) and deleted by a later call once `graceMs` has passed, so a request that
 * found it just before is still answered. Only what a build makes is touched (a symlink, a
 * `.builds` folder, under a short name).
 */
export function retireOldSites(root: string, keep: Set<string>, { graceMs = RETIRED_GRACE_MS, now = Date.now() }: { graceMs?: number | undefined; now?: number } = {}): string[] {
  const removed: string[] = [];
  const entries = readdirSync(root, { withFileTypes: true });
  const retiredSince = (slug: string): number | null => {
    const marker = path.join(root, `${slug}.retired`);
    try {
      return Number(readFileSync(marker, 'utf8')) || now;
    } catch {
      if (graceMs > 0) writeFileSync(marker, String(now));
      return graceMs > 0 ? now : null;
    }
  };
  const slugs = new Set<string>();
  for (const entry of entries) {
    const site =
      (entry.isSymbolicLink() && !/\.(builds|retired)$/.test(entry.name)) ||
      (entry.isDirectory() && entry.name.endsWith('.builds')) ||
      (entry.isFile() && entry.name.endsWith('.retired'));
    const name = entry.name.replace(/\.(builds|retired)$/, '');
    if (site && SLUG.regex.test(name) && !keep.has(name)) slugs.add(name);
  }
  for (const slug of slugs) {
    const since = retiredSince(slug);
    if (since !== null && now - since < graceMs) continue;
    const link = path.join(root, slug);
    try {
      if (lstatSync(link).isSymbolicLink()) {
        unlinkSync(link);
        removed.push(slug);
      }
    } catch {
      // no symlink
    }
    const builds = path.join(root, `${slug}.builds`);
    if (existsSync(builds) && lstatSync(builds).isDirectory()) {
      rmSync(builds, { recursive: true, force: true });
      removed.push(`${slug}.builds`);
    }
    rmSync(path.join(root, `${slug}.retired`), { force: true });
  }
  // A short name served again (a rename undone) is no longer retired.
  for (const slug of keep) rmSync(path.join(root, `${slug}.retired`), { force: true });
  return removed;
}

export type CouncilBuildResult = { council: CouncilSite; ok: boolean; pages?: number; message: string };

/**
 * Exports the sites of the councils given (all of them, or some), then builds them all with
 * one Astro run (`buildSites`), recording each one's status. One council's failure doesn't
 * stop the others; its last good site stays up. Returns what happened to each.
 */
export async function buildCouncilSites(
  payload: Payload,
  councils: CouncilSite[],
  { trigger = 'npm run build', siteUrl, log = console.log, env }: { trigger?: string; siteUrl?: string | undefined; log?: (line: string) => void; env?: SettingsEnv } = {},
): Promise<CouncilBuildResult[]> {
  const root = sitesRoot(env);
  const all = await listCouncils(payload);
  const refused = new Map(writeSiteDirectory(root, all, { siteUrl }).refused.map((r) => [r.id ?? r.slug, r.message]));
  const results = new Map<string, CouncilBuildResult>();
  const releases = releaseTarget(env);
  const exported: { council: CouncilSite; startedAt: string; leftOut: string | null; languages: string | null; site: SiteToBuild }[] = [];
  const failed = async (council: CouncilSite, startedAt: string, error: unknown) => {
    const message = (error as Error).message;
    log(`  ${council.name}: failed: ${message.split('\n')[0]}`);
    await recordBuild(payload, council.id, { status: 'failed', trigger, startedAt, finishedAt: new Date().toISOString(), message: message.slice(0, 4000) });
    results.set(council.slug, { council, ok: false, message });
  };
  for (const council of councils) {
    const startedAt = new Date().toISOString();
    await recordBuild(payload, council.id, { status: 'building', trigger, startedAt });
    // At another site's address: not built, so nothing of it is served there.
    const clash = refused.get(String(council.id));
    if (clash) {
      await failed(council, startedAt, new Error(clash));
      continue;
    }
    try {
      const snapshotDir = councilSnapshotDir(council.slug, env);
      const { counts } = await exportSnapshot(payload, snapshotDir, { council: council.id });
      log(`  ${council.name} (${council.slug}): exported ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      // One read of what was exported: what the site will leave out, and the council's part of the comparison.
      const checked = await checkExportedSnapshot(snapshotDir);
      const leftOut = describeLeftOut(checked.excluded);
      writeCouncilComparison(council.slug, snapshotDir, checked);
      if (leftOut) log(`    ${leftOut.replace(/\n/g, '\n    ')}`);
      const { languages, checks } = await exportLanguages(payload, council, checked, env);
      for (const check of checks) {
        log(`    ${languageName(check.lang)}: ${check.live ? 'published' : 'not published'}${check.reasons.length ? `: ${check.reasons.join('; ')}` : ''}`);
      }
      exported.push({
        council,
        startedAt,
        leftOut,
        languages: describeLanguages(checks),
        site: { key: council.slug, snapshotDir, outDir: councilSiteDir(council.slug, env), siteUrl: all.length === 1 ? siteUrl : undefined, languages },
      });
    } catch (error) {
      await failed(council, startedAt, error);
    }
  }
  const comparison = gatherComparison(all, env, log);
  // The national practice library is rebuilt with every run, so its spotlights and its
  // comparison follow every publish (a small site: the library and the comparison).
  const library = librarySite(all, env);
  const librarySites: SiteToBuild[] = [];
  let libraryLive = false;
  if (refused.has(LIBRARY_KEY)) log(`  ${library.name}: not rebuilt: ${refused.get(LIBRARY_KEY)}`);
  else if (exported.length) {
    try {
      const snapshotDir = councilSnapshotDir(library.slug, env);
      await exportSnapshot(payload, snapshotDir, { library: true });
      librarySites.push({ key: library.slug, kind: 'library', snapshotDir, outDir: councilSiteDir(library.slug, env), siteUrl: library.siteUrl ?? undefined });
    } catch (error) {
      log(`  ${library.name}: not rebuilt: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  // "Need help now?" knows bank holidays only as far as the shipped list goes.
  const holidays = exported.length ? bankHolidaysBuildWarning() : null;
  if (holidays) log(`  warning: ${holidays}`);
  if (exported.length) log(`  Building ${exported.length === 1 ? 'the site' : `${exported.length} sites in one run`}${librarySites.length ? ' and the practice library' : ''}:`);
  try {
    await buildSites(
      [...exported.map((e) => e.site), ...librarySites],
      {
        log: (line) => log(`  ${line}`),
        comparison,
        libraryUrl: library.siteUrl ?? undefined,
        // Recorded as soon as each site is served (the best compression of all of them follows).
        onLive: async (outcome) => {
          if (outcome.key === library.slug) {
            libraryLive = outcome.ok;
            log(`  ${library.name}: ${outcome.ok ? 'rebuilt' : `failed: ${outcome.error.message.split('\n')[0]}`}`);
            return;
          }
          const { council, startedAt, leftOut, languages } = exported.find((e) => e.site.key === outcome.key)!;
          if (!outcome.ok) return failed(council, startedAt, outcome.error);
          // Its entry now names the folder just built (a new short name goes live here, and the old one is retired).
          writeSiteDirectory(root, all, { siteUrl });
          const message = ['The site was rebuilt.', languages, leftOut].filter(Boolean).join(' ');
          results.set(council.slug, { council, ok: true, pages: outcome.pages, message });
          // With a release bucket, the status waits for the upload (below): the bucket is where readers are.
          if (releases) return;
          await recordBuild(payload, council.id, { status: 'succeeded', trigger, startedAt, finishedAt: new Date().toISOString(), pages: outcome.pages, message });
        },
      },
    );
  } catch (error) {
    // The run broke off: each site not live yet failed with it, rather than staying
    // "building" (a site already live stays succeeded).
    for (const { council, startedAt } of exported) if (!results.has(council.slug)) await failed(council, startedAt, error);
  }
  if (releases) {
    try {
      await uploadReleases(payload, releases, exported, results, { trigger, log, library: libraryLive ? librarySites[0] : undefined });
      // Which host and path is whose: for an edge function routing readers to each council's current release.
      await publishDirectory(releases, path.join(root, SITE_DIRECTORY_FILE)).catch((error: unknown) => log(`  sites.json could not be copied to the release bucket: ${(error as Error).message}`));
    } finally {
      releases.client.destroy();
    }
  }
  return councils.map((council) => results.get(council.slug)!);
}

/**
 * Each site this run built, uploaded as a new release to the release bucket (`SITE_RELEASE_BUCKET`,
 * `./siteRelease`) once the run is done (its best compressed copies included), and its council's
 * status recorded: succeeded naming the release, or failed saying the bucket still serves the
 * release before (the pointer is only written after every file is up). The practice library's
 * site goes up the same way; its failure is logged.
 */
async function uploadReleases(
  payload: Payload,
  target: ReleaseTarget,
  exported: { council: CouncilSite; startedAt: string; site: SiteToBuild }[],
  results: Map<string, CouncilBuildResult>,
  { trigger, log, library }: { trigger: string; log: (line: string) => void; library: SiteToBuild | undefined },
): Promise<void> {
  for (const { council, startedAt, site } of exported) {
    const built = results.get(council.slug);
    if (!built?.ok) continue;
    const finishedAt = () => new Date().toISOString();
    try {
      const release = await publishRelease(target, council.slug, site.outDir);
      log(`  ${council.name}: release ${release.release} uploaded (${release.files} files) and made current${release.removed.length ? `; ${release.removed.length} old release(s) deleted` : ''}`);
      const message = `${built.message} Release ${release.release} is live in the release bucket.`;
      await recordBuild(payload, council.id, { status: 'succeeded', trigger, startedAt, finishedAt: finishedAt(), pages: built.pages, message });
      results.set(council.slug, { ...built, message });
    } catch (error) {
      const before = await currentRelease(target, council.slug).catch(() => null);
      const message = `The site was rebuilt here, but its upload to the release bucket failed, so readers of the static host still get ${
        before ? `release ${before.release}` : 'no release (none was ever uploaded)'
      }: ${(error as Error).message}`;
      log(`  ${council.name}: failed: ${message}`);
      await recordBuild(payload, council.id, { status: 'failed', trigger, startedAt, finishedAt: finishedAt(), pages: built.pages, message: message.slice(0, 4000) });
      results.set(council.slug, { council, ok: false, pages: built.pages, message });
    }
  }
  if (library) {
    try {
      const release = await publishRelease(target, library.key, library.outDir);
      log(`  The practice library: release ${release.release} uploaded and made current`);
    } catch (error) {
      log(`  The practice library: its upload to the release bucket failed (the release before stays current): ${(error as Error).message}`);
    }
  }
}

/**
 * A council's part of "how councils compare", from the snapshot its site is being built
 * from (published offers that pass the site's checks), written beside it.
 */
function writeCouncilComparison(key: string, snapshotDir: string, snapshot: ValidSnapshot): void {
  if (!snapshot.authority) throw new Error(`${snapshotDir}: not a council's snapshot.`);
  const file = path.join(snapshotDir, 'comparison.json');
  writeFileSync(file, JSON.stringify(checkHandOff(councilComparisonSchema, councilComparison(key, snapshot.authority, snapshot.offers), file)));
}

/**
 * Every council's latest part of the comparison, in one file for the build: the councils on
 * the platform now (one deleted since is left out), each as its last export left it. A part
 * that is not what `councilComparisonSchema` says (written before the model changed) is left
 * out with a warning naming the file and the field, until that council's next build writes it
 * again: one stale part never stops every council's build.
 */
export function gatherComparison(councils: CouncilSite[], env?: SettingsEnv, warn: (line: string) => void = console.warn): string {
  const parts: ComparisonInput['councils'] = [];
  for (const council of councils) {
    const file = path.join(councilSnapshotDir(council.slug, env), 'comparison.json');
    try {
      const part = readHandOffSync(councilComparisonSchema, file);
      if (part) parts.push({ ...part, key: council.slug });
    } catch (error) {
      if (!(error instanceof HandOffError)) throw error;
      warn(`  ${council.name} is left out of how councils compare until its next build: ${error.message}`);
    }
  }
  const out = path.join(dataDir(env), 'snapshot', 'comparison.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const gathered: ComparisonInput = { generated: new Date().toISOString(), councils: parts };
  writeFileSync(out, JSON.stringify(checkHandOff(comparisonInputSchema, gathered, out)));
  return out;
}
