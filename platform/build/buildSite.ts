import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { improveCompression, precompressWithStats } from '@platform/build/precompress';
import { cleanStaleBuilds, cloneBuild, currentBuild, newBuildFolder, swapInto } from '@platform/build/siteFolders';
import { repoRoot } from '@cms/paths';
import { settings, type SettingsEnv } from '@platform/config';
import { publicSiteUrl } from '@content/model/siteUrl';
import { sitePlanText, type PlannedSite, type SitePlan } from '@content/model/sitePlan';

export type BuildStep = 'astro' | 'media' | 'pagefind' | 'precompress' | 'swap' | 'improve';

export type SiteToBuild = {
  /** The council's short name: the folder its pages are built under in a build of many sites. */
  key: string;
  /** `library`: the national practice library's site, built from a snapshot with no council. */
  kind?: 'council' | 'library' | undefined;
  /** The snapshot folder written by `exportSnapshot` (snapshot.json + media/). */
  snapshotDir: string;
  /** Where the finished site goes; replaced only once the new one is complete. */
  outDir: string;
  /**
   * The public address, overriding the council's "Public site address" from the CMS
   * (`SITE_URL`, for a preview). Neither: a warning, and pages without absolute addresses.
   */
  siteUrl?: string | undefined;
  /**
   * The council's site in other languages (issue 21, part 3): each built from its own snapshot
   * into the `<lang>/` folder of this site, in the same run (plan key `<key>/<lang>`), and so
   * finished, indexed and swapped in with it.
   */
  languages?: { lang: string; snapshotDir: string }[] | undefined;
};

export type BuildSitesOptions = {
  log?: (line: string) => void;
  /** Told how long each step took (the scale benchmark, bench/scale.ts, prints them); `astro` and `improve` once for all the sites. */
  onStep?: (step: BuildStep, ms: number) => void;
  /** Told as soon as each site is served (or has failed), before the best compression of all of them. */
  onLive?: (outcome: SiteBuildOutcome) => void | Promise<void>;
  /**
   * Every council's part of "how councils compare" (`@content/model/comparison`, written by
   * `gatherComparison`); without it, each site compares only itself.
   */
  comparison?: string | undefined;
  /** The national practice library's public address, for every council's site to link to. */
  libraryUrl?: string | undefined;
};

export type SiteBuildOutcome =
  | { key: string; ok: true; pages: number; siteUrl: string | undefined }
  | { key: string; ok: false; error: Error };

export type BuildSiteOptions = Omit<SiteToBuild, 'key'> & BuildSitesOptions;

/**
 * Builds one static site from a snapshot (see `buildSites`). Throws if it fails, and the
 * last good site keeps being served.
 */
export async function buildSite({ snapshotDir, outDir, siteUrl, log, onStep }: BuildSiteOptions): Promise<{ pages: number; siteUrl: string | undefined }> {
  const [outcome] = await buildSites([{ key: 'site', snapshotDir, outDir, siteUrl }], { log, onStep });
  if (!outcome!.ok) throw outcome!.error;
  return { pages: outcome!.pages, siteUrl: outcome!.siteUrl };
}

/**
 * Builds the static sites of many councils with one `astro build` per group of up to 50
 * (`SITE_BUILD_GROUP`; issue 10, item 7: the start-up and the bundling are paid once per
 * group, not once per council, and memory stays bounded): each council's pages are
 * built under `/<key>/` (content/model/sitePlan.ts, `site/lib/sitesIntegration.ts`), then
 * each site is finished on its own: its folder moved into a fresh build folder
 * (`<outDir>.builds/…`), its media copied, its Pagefind index written, compressed copies of
 * its text files written (quickly: the best copies replace them once every site of the run
 * is served), and `outDir` (a symlink) pointed at it atomically (platform/build/siteFolders.ts).
 *
 * While Astro builds one group, the sites of the group before are finished. A site that
 * fails keeps its last good site and does not stop the others. When an Astro run fails for
 * several sites, each is built again on its own, so one council's bad snapshot fails only
 * that council. Returns what happened to each site, in order.
 */
export async function buildSites(sites: SiteToBuild[], { log = console.log, onStep, onLive, comparison, libraryUrl }: BuildSitesOptions = {}): Promise<SiteBuildOutcome[]> {
  if (sites.length === 0) return [];
  const settle = async (outcome: SiteBuildOutcome) => {
    outcomes.set(outcome.key, outcome);
    await onLive?.(outcome);
  };
  const improvable: ServedSite[] = [];
  const many = sites.length > 1;
  const say = (site: SiteToBuild, line: string) => log(many ? `  ${site.key}: ${line.trimStart()}` : line);
  const planned: (PlannedSite & { site: SiteToBuild })[] = [];
  const outcomes = new Map<string, SiteBuildOutcome>();
  for (const site of sites) {
    try {
      // What canonical links, Open Graph, JSON-LD and the sitemap will say (content/model/siteUrl.ts).
      const address = publicSiteUrl({ override: site.siteUrl, snapshot: path.join(site.snapshotDir, 'snapshot.json') });
      if (address.warning) say(site, `  warning: ${address.warning}`);
      else say(site, `  public address: ${address.url}${address.from === 'SITE_URL' ? ' (from SITE_URL)' : ''}`);
      planned.push({ key: site.key, snapshot: path.join(site.snapshotDir, 'snapshot.json'), siteUrl: address.url, kind: site.kind, lang: 'en', site });
    } catch (error) {
      await settle({ key: site.key, ok: false, error: error as Error });
    }
  }

  const batch = newBatchFolder(sites[0]!.outDir);
  // At most this many councils per Astro run: memory stays bounded however many councils
  // there are, and while Astro builds the next group, this process finishes the last one
  // (Pagefind and compression run beside Astro, which uses one core).
  const groupSize = settings().SITE_BUILD_GROUP;
  const groups: (typeof planned)[] = [];
  for (let i = 0; i < planned.length; i += groupSize) groups.push(planned.slice(i, i + groupSize));
  const runGroup = async (group: typeof planned, n: number): Promise<{ out: string; error?: Error; ms: number }> => {
    const folder = path.join(batch, `group-${n}`);
    mkdirSync(folder, { recursive: true });
    const plan: SitePlan = {
      // A council's languages are built with it: their pages end up in its folder (`<key>/<lang>/`).
      sites: group.flatMap(({ key, snapshot, siteUrl, kind, site }) => [
        { key, snapshot, siteUrl, kind, lang: 'en' },
        ...(site.languages ?? []).map((l) => ({ key: `${key}/${l.lang}`, snapshot: path.join(l.snapshotDir, 'snapshot.json'), siteUrl, kind, lang: l.lang })),
      ]),
      ...(comparison ? { comparison } : {}),
      ...(libraryUrl ? { libraryUrl } : {}),
    };
    const planFile = path.join(folder, 'plan.json');
    writeFileSync(planFile, sitePlanText(plan, planFile));
    const out = path.join(folder, 'out');
    const started = performance.now();
    try {
      await runAstroBuild({ plan: planFile, outDir: out });
      return { out, ms: performance.now() - started };
    } catch (error) {
      return { out, error: error as Error, ms: performance.now() - started };
    }
  };
  try {
    let next = groups.length ? runGroup(groups[0]!, 0) : null;
    for (const [n, group] of groups.entries()) {
      const built = await next!;
      next = n + 1 < groups.length ? runGroup(groups[n + 1]!, n + 1) : null;
      if (built.error) {
        if (group.length === 1 || built.error instanceof BuildTimeLimitError) {
          // A run stopped by its time limit is not run again site by site (that could take the
          // limit once per council): each site of the group fails with the limit's message.
          for (const { key } of group) await settle({ key, ok: false, error: built.error });
        } else {
          // Which site broke it? Each on its own: the others still get built.
          log(`  The build of ${group.length} sites together failed; building each on its own.`);
          for (const { site } of group) {
            const [alone] = await buildSites([site], { log, onStep, onLive, comparison, libraryUrl });
            outcomes.set(site.key, alone!);
          }
        }
        continue;
      }
      onStep?.('astro', built.ms);
      for (const { key, siteUrl, site } of group) {
        let finished: Awaited<ReturnType<typeof finishSite>>;
        try {
          finished = await finishSite(path.join(built.out, key), site, { onStep });
          say(site, `  search index: ${finished.pages} pages`);
        } catch (error) {
          await settle({ key, ok: false, error: error as Error });
          continue;
        }
        improvable.push(finished.compression);
        await settle({ key, ok: true, pages: finished.pages, siteUrl });
      }
      rmSync(path.dirname(built.out), { recursive: true, force: true });
    }
    // Every site is served: now the best compressed copies of what was compressed quickly,
    // each site's in a new folder swapped in like a build (a served folder never changes).
    const started = performance.now();
    let improved = 0;
    for (const served of improvable) {
      try {
        improved += await improveServedSite(served);
      } catch (error) {
        // The site is live with its quick copies: that is not a failed build.
        log(`  best compression skipped for ${served.outDir}: ${(error as Error).message}`);
      }
    }
    if (improved) log(`  best compression: ${improved} files`);
    onStep?.('improve', performance.now() - started);
  } finally {
    rmSync(batch, { recursive: true, force: true });
    await pagefind.close();
  }
  return sites.map((site) => outcomes.get(site.key)!);
}

/** A folder for one Astro run of many sites, beside the first site's folder (same disk, so its sites can be moved, not copied). */
function newBatchFolder(outDir: string): string {
  const parent = path.dirname(path.resolve(outDir));
  mkdirSync(parent, { recursive: true });
  removeOldFolders(parent, '.site-batch-');
  return mkdtempSync(path.join(parent, `.site-batch-${process.pid}-`));
}

/** Folders in `parent` named `prefix…` left by a build that was killed: over an hour old, nobody is using them. */
function removeOldFolders(parent: string, prefix: string): void {
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const folder = path.join(parent, name);
    try {
      if (Date.now() - statSync(folder).mtimeMs > 60 * 60 * 1000) rmSync(folder, { recursive: true, force: true });
    } catch {
      // gone already, or busy: the next build looks again
    }
  }
}

/** One site of the run: into a fresh build folder, media, search index, compressed copies, then the swap. Returns its page count and what to compress better. */
async function finishSite(
  built: string,
  site: SiteToBuild,
  { onStep }: Pick<BuildSitesOptions, 'onStep'>,
): Promise<{ pages: number; compression: ServedSite }> {
  if (!existsSync(built)) throw new Error(`The site build wrote no pages for ${site.key}.`);
  cleanStaleBuilds(site.outDir);
  const staging = newBuildFolder(site.outDir);
  try {
    let started = performance.now();
    const timed = (name: BuildStep) => {
      const now = performance.now();
      onStep?.(name, now - started);
      started = now;
    };
    moveFolder(built, staging);
    if (existsSync(path.join(site.snapshotDir, 'media'))) {
      cpSync(path.join(site.snapshotDir, 'media'), path.join(staging, 'media'), { recursive: true });
    }
    timed('media');
    const pages = await indexForSearch(staging);
    timed('pagefind');
    // Quick copies where the cache has no best ones, so the site is served sooner; the best
    // replace them once every site of the run is served (`improveCompression`).
    const compression = await precompressWithStats(staging, { level: 'quick' });
    timed('precompress');
    swapInto(staging, site.outDir);
    timed('swap');
    return { pages, compression: { outDir: site.outDir, served: staging, files: compression.pending, cacheDir: compression.cacheDir } };
  } catch (error) {
    // Never the folder being served (should the swap itself have got that far).
    if (currentBuild(site.outDir) !== staging) rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** A site just served with quick compressed copies: its folder, and the files to compress better. */
type ServedSite = { outDir: string; served: string; files: string[]; cacheDir: string | null };

/**
 * The best compressed copies of a served site's quickly compressed files (issue 18, finding 1).
 * The folder being served is never written to: the server lists a folder's files and their
 * sizes once, so a `.br` rewritten under it would be sent with the old length and cut short
 * (ERR_CONTENT_LENGTH_MISMATCH). Instead the site is cloned into a new build folder (hard
 * links: nothing is copied), the best copies are written there, and it is swapped in like any
 * new build. If another build replaced the site meanwhile, that one is newer: nothing happens.
 */
async function improveServedSite({ outDir, served, files, cacheDir }: ServedSite): Promise<number> {
  if (files.length === 0 || currentBuild(outDir) !== served) return 0;
  const next = cloneBuild(served, outDir);
  try {
    const improved = await improveCompression(
      files.map((file) => path.join(next, path.relative(served, file))),
      { cacheDir },
    );
    if (currentBuild(outDir) !== served) {
      rmSync(next, { recursive: true, force: true });
      return 0;
    }
    swapInto(next, outDir);
    return improved;
  } catch (error) {
    if (currentBuild(outDir) !== next) rmSync(next, { recursive: true, force: true });
    throw error;
  }
}

/** Moves a folder into the (empty) folder `to`: a rename on one disk, a copy across disks. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * How long one step of a build may run (an Astro run of a group of sites, or one site's search
 * index) before it is stopped, its processes ended, and the build failed with a message that
 * says so (`SITE_BUILD_TIMEOUT_MS`, default 20 minutes): one hung run must not stop every
 * council's publishing behind it (issue 18, finding 8).
 */
export function buildTimeLimitMs(env?: SettingsEnv): number {
  return settings(env).SITE_BUILD_TIMEOUT_MS;
}

/** A build step stopped by its time limit (`buildTimeLimitMs`). */
export class BuildTimeLimitError extends Error {}

/** The message of a build stopped by its time limit: the dashboard shows it as the build's result. */
export function timeLimitMessage(step: string, ms: number): string {
  const limit = ms >= 60_000 ? `${Number((ms / 60_000).toFixed(1))} minutes` : ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} seconds` : `${ms} ms`;
  return `The build took longer than ${limit} (${step}) and was stopped. The last good site is still live. (SITE_BUILD_TIMEOUT_MS sets the limit.)`;
}

/** One `astro build` of the sites a plan names (content/model/sitePlan.ts) into `outDir`, stopped past the step's time limit (`buildTimeLimitMs`). */
export async function runAstroBuild({ plan, outDir }: { plan: string; outDir: string }): Promise<void> {
  // Each run has a folder of its own inside the repository (removed after it), so two builds
  // at once (an editor's preview while the worker builds, `npm run build` beside the worker,
  // two test files) share nothing:
  // - Astro writes a build's server chunks under its output folder when that folder is inside
  //   the repository (they import packages from its node_modules); for any other (a preview in
  //   the temp folder, sites under a DATA_DIR elsewhere) it used the repository's own
  //   `.astro/.prerender/`, the same for every build, and two builds deleted each other's
  //   chunks ("Cannot find module …/.astro/.prerender/chunks/…"). Such a build is written in
  //   the run's folder, then moved to `outDir` (renamed on the same disk, else copied).
  // - Astro's content cache (one data-store.json for every build by default) is the run's own,
  //   unless SITE_CACHE_DIR names one: every build fills its content store afresh anyway (the
  //   snapshot loader clears it).
  const runs = path.join(repoRoot, '.astro', 'runs');
  mkdirSync(runs, { recursive: true });
  removeOldFolders(runs, '');
  const run = mkdtempSync(path.join(runs, `${process.pid}-`));
  const inside = !path.relative(repoRoot, path.resolve(outDir)).startsWith('..');
  try {
    const cacheDir = settings().SITE_CACHE_DIR || path.join(run, 'cache');
    await runAstroProcess({ plan, outDir: inside ? outDir : path.join(run, 'out'), cacheDir });
    if (!inside) {
      mkdirSync(path.dirname(path.resolve(outDir)), { recursive: true });
      moveFolder(path.join(run, 'out'), outDir);
    }
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

function runAstroProcess({ plan, outDir, cacheDir }: { plan: string; outDir: string; cacheDir: string }): Promise<void> {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const limit = buildTimeLimitMs();
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    // process.execPath is the pinned Node (npm scripts run on it), which Astro requires.
    const child = spawn(process.execPath, [astro, 'build', '--silent'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        // The sites, their snapshots and their addresses, worked out above (content/model/sitePlan.ts).
        SITE_PLAN: plan,
        SITE_OUT_DIR: outDir,
        SITE_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the time limit ends everything it started.
      detached: process.platform !== 'win32',
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, limit);
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (timedOut) return reject(new BuildTimeLimitError(timeLimitMessage('building the pages', limit)));
      if (code === 0) return resolve();
      const text = output.join('').trim();
      // Surface the loader's own message (it names the document and the field).
      const reason = /(\w[\w-]* "[^"]+": field "[^"]+"[^\n]*)/.exec(text)?.[1];
      reject(new Error(`The site build failed${reason ? `: ${reason}` : ''}\n${text.split('\n').slice(-25).join('\n')}`));
    });
  });
}

async function indexForSearch(site: string): Promise<number> {
  const limit = buildTimeLimitMs();
  let timer: NodeJS.Timeout | undefined;
  const timeLimit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Ends Pagefind's process; the next site of the run starts a new one.
      void pagefind.close();
      reject(new BuildTimeLimitError(timeLimitMessage('the search index', limit)));
    }, limit);
  });
  try {
    return await Promise.race([writeSearchIndex(site), timeLimit]);
  } finally {
    clearTimeout(timer);
  }
}

async function writeSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    // One Pagefind service indexes every site of the run; each index is let go once written.
    await index.deleteIndex().catch(() => {});
  }
}
