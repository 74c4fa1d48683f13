/**
 * One build of the scale benchmark, in a process of its own so `bench/scale.ts` can measure
 * its memory (this process and its children) apart from everything else. Prints one line of
 * JSON last: `{ pages, steps: { name: ms }, councils?: [...] }`.
 *
 *   tsx bench/scaleRun.ts platform <plan.json>     (the councils to build: see `Plan`)
 *   tsx bench/scaleRun.ts bare <snapshot.json> <outDir> <pages>
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { buildSites } from '@platform/build/buildSite';
import { councilSiteDir, writeSiteDirectory, type CouncilSite } from '@platform/build/councilSites';
import { precompressTotals } from '@platform/build/precompress';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the platform build is asked to do: every council on the platform, and which of them to build. */
export type Plan = {
  /** The folder of sites (`dist/` in the product): `<sitesRoot>/<slug>` and `sites.json`. */
  sitesRoot: string;
  /** Every council on the platform (sites.json lists them all, as in the product). */
  councils: (CouncilSite & { snapshotDir: string })[];
  /** The slugs to build (default: all). */
  build?: string[];
};

export type CouncilRun = { slug: string; ms: number; pages: number; steps: Record<string, number>; compressed: number; reused: number };

/**
 * The real pipeline, as `buildCouncilSites` (platform/build/councilSites.ts) runs it once the
 * councils' snapshots are exported: `sites.json` for every council, then `buildSites` for
 * the councils to build: ONE astro build (in a process of its own) for all of them, then per
 * council its media, Pagefind index, compressed copies and atomic swap into
 * `councilSiteDir(slug)`. The public address comes from each snapshot (with several councils
 * `buildCouncilSites` passes no override either). Not here: the export.
 */
async function platform(planFile: string) {
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
  const env = { ...process.env, SITE_OUT_DIR: plan.sitesRoot };
  const steps: Record<string, number> = {};
  let started = performance.now();
  writeSiteDirectory(plan.sitesRoot, plan.councils.map(({ snapshotDir: _, ...c }) => c));
  steps.directory = performance.now() - started;
  const toBuild = plan.councils.filter((c) => !plan.build || plan.build.includes(c.slug));
  const perCouncil: { steps: Record<string, number>; compressed: number; reused: number }[] = [];
  let current: Record<string, number> = {};
  let before = { ...precompressTotals };
  let counts = { compressed: 0, reused: 0 };
  const outcomes = await buildSites(
    toBuild.map((council) => ({
      key: council.slug,
      snapshotDir: council.snapshotDir,
      outDir: councilSiteDir(council.slug, env),
      siteUrl: plan.councils.length === 1 ? (council.siteUrl ?? undefined) : undefined,
    })),
    {
      log: () => {},
      onStep: (name, ms) => {
        steps[name] = (steps[name] ?? 0) + ms;
        if (name === 'astro') return;
        current[name] = ms;
        if (name === 'media') before = { ...precompressTotals };
        if (name === 'precompress') counts = { compressed: precompressTotals.compressed - before.compressed, reused: precompressTotals.reused - before.reused };
        if (name === 'swap') {
          perCouncil.push({ steps: current, ...counts });
          current = {};
        }
      },
    },
  );
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) throw new Error(`${failed.length} sites failed: ${failed.map((o) => `${o.key}: ${!o.ok ? o.error.message : ''}`).join('\n')}`);
  const councils: CouncilRun[] = outcomes.map((o, i) => ({
    slug: o.key,
    // Its own steps after the shared astro run: media, Pagefind, precompress, swap.
    ms: Object.values(perCouncil[i]?.steps ?? {}).reduce((a, b) => a + b, 0),
    pages: o.ok ? o.pages : 0,
    steps: perCouncil[i]?.steps ?? {},
    compressed: perCouncil[i]?.compressed ?? 0,
    reused: perCouncil[i]?.reused ?? 0,
  }));
  const pages = councils.reduce((n, c) => n + c.pages, 0);
  return { pages, steps, councils };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} failed:\n${output.join('').slice(-3000)}`)),
    );
  });
}

/** The baseline: a trivial Astro project (bench/bare/) with the same pages, then Pagefind the same way. */
async function bare(snapshot: string, outDir: string, pages: number) {
  const steps: Record<string, number> = {};
  let started = performance.now();
  await run(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', 'bench/bare', '--silent'], {
    ...process.env,
    BARE_SNAPSHOT: snapshot,
    BARE_PAGES: String(pages),
    BARE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  steps.astro = performance.now() - started;
  started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    count = added.page_count;
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  steps.pagefind = performance.now() - started;
  return { pages: count, steps };
}

const [kind, a, b, c] = process.argv.slice(2);
try {
  const result = kind === 'platform' ? await platform(a!) : await bare(a!, b!, Number(c));
  console.log(JSON.stringify(result));
  process.exit(0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
