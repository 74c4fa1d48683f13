/**
 * `npm run bench:scale`: how the site build grows with the amount of content (issue 10, item 7).
 *
 * Generates a synthetic snapshot (bench/synthetic.ts: ~70 real-sized offers per council) and
 * builds it twice, each build in a process of its own (bench/scaleRun.ts):
 *   - the platform: the real pipeline, cms/lib/buildSite.ts (astro build of site/, media,
 *     Pagefind, precompressed copies, atomic swap), each step timed;
 *   - the baseline: a bare Astro project (bench/bare/) with trivial pages, the same number of
 *     them from the same JSON, indexed by Pagefind the same way.
 * and prints wall time, pages, pages/s, the ratio and the peak memory of each build's process
 * tree (sampled from /proc every 50 ms: the largest sum of VmRSS over the tree, and the largest
 * VmHWM of any one process in it). It prints figures; it never fails on time.
 *
 * Until the multi-council build exists, the N councils are one site of N×70 offers: see
 * `builds()` below, which is where a loop over councils goes.
 *
 *   npm run bench:scale -- [--councils 3] [--offers-per-council 70] [--seed 1] [--keep]
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPages, syntheticSnapshot } from './synthetic';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const councils = Number(arg('councils') ?? 3);
const perCouncil = Number(arg('offers-per-council') ?? 70);
const seed = Number(arg('seed') ?? 1);
const keep = process.argv.includes('--keep');

// ── Memory of a process tree, from /proc ──

function readStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null; // gone
  }
}

function descendants(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and brackets, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // exited while we looked
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

interface Run {
  /** Pages Pagefind indexed. */
  pages: number;
  /** HTML pages written. */
  html?: number;
  steps: Record<string, number>;
  wallMs: number;
  /** Largest sum of VmRSS over the process tree at one sample, in kB. */
  peakTreeKb: number;
  /** Largest VmHWM (peak RSS) of any one process of the tree, in kB. */
  peakProcessKb: number;
}

/** Runs `bench/scaleRun.ts <args>` in its own process and measures it. */
function measured(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [tsx, path.join(root, 'bench', 'scaleRun.ts'), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakTreeKb = 0;
  const hwm = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    let sum = 0;
    for (const pid of descendants(child.pid)) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, status.hwm));
    }
    peakTreeKb = Math.max(peakTreeKb, sum);
  };
  const timer = setInterval(sample, 50);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (err += String(d)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${args[0]} build failed:\n${(err || out).slice(-3000)}`));
      const result = JSON.parse(out.trim().split('\n').pop()!) as { pages: number; steps: Record<string, number> };
      resolve({ ...result, wallMs, peakTreeKb, peakProcessKb: Math.max(0, ...hwm.values()) });
    });
  });
}

// ── The builds ──

interface Site {
  name: string;
  snapshotDir: string;
  pages: number;
}

/**
 * What gets built. Today: one synthetic site holding every council's offers (the
 * multi-council build is not written yet). When it is, this becomes one snapshot per
 * council, and `main` builds each (or the platform's "build all" once).
 */
function builds(work: string): Site[] {
  const { snapshot, counts } = syntheticSnapshot({ offers: councils * perCouncil, seed });
  const snapshotDir = path.join(work, 'snapshot');
  mkdirSync(snapshotDir, { recursive: true });
  writeFileSync(path.join(snapshotDir, 'snapshot.json'), JSON.stringify(snapshot));
  // The fixture's media, so the media step copies something.
  const media = path.join(root, 'tests', 'fixtures', 'media');
  if (existsSync(media)) cpSync(media, path.join(snapshotDir, 'media'), { recursive: true });
  return [{ name: `${councils} councils as one site`, snapshotDir, pages: contentPages(counts) }];
}

/** HTML pages in a built site (`dist` is a symlink to the build). */
function htmlPages(dir: string): number {
  return readdirSync(realpathSync(dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const pad = (text: string, n: number) => text.padEnd(n);
const padL = (text: string, n: number) => text.padStart(n);

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
  console.log(`Build scale benchmark: ${councils} council(s) × ${perCouncil} offers, seed ${seed}`);
  console.log(`  ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; work folder ${work}`);
  console.log('  The multi-council build does not exist yet: the councils\' offers are built as ONE site.');
  console.log('  Not timed: the export from the CMS (needs a database of this size) and one council\'s publish → live.');
  try {
    for (const site of builds(work)) {
      const snapshot = path.join(site.snapshotDir, 'snapshot.json');
      const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
      // The platform first: the baseline then writes as many HTML pages as it did.
      const platform = await measured(['platform', site.snapshotDir, path.join(work, 'site')], {
        ...env,
        SITE_CACHE_DIR: path.join(work, 'cache-site'),
      });
      platform.html = htmlPages(path.join(work, 'site'));
      const bare = await measured(['bare', snapshot, path.join(work, 'bare'), String(platform.html)], {
        ...env,
        SITE_CACHE_DIR: path.join(work, 'cache-bare'),
      });
      bare.html = htmlPages(path.join(work, 'bare'));
      report(site, platform, bare);
    }
  } finally {
    if (keep) console.log(`\nKept: ${work} (site → ${path.join(work, 'site')}, baseline → ${path.join(work, 'bare')})`);
    else rmSync(work, { recursive: true, force: true });
  }
}

function report(site: Site, platform: Run, bare: Run) {
  const rows: [string, Run][] = [
    ['platform (buildSite)', platform],
    ['bare Astro + Pagefind', bare],
  ];
  console.log(`\n${site.name}: ${platform.html} HTML pages each (${site.pages} from content); Pagefind indexed ${platform.pages} (platform) and ${bare.pages} (bare)`);
  console.log(`  ${pad('', 24)}${padL('wall', 9)}${padL('pages', 8)}${padL('pages/s', 9)}${padL('astro', 9)}${padL('pagefind', 10)}${padL('other', 9)}${padL('peak tree RSS', 15)}${padL('peak process', 14)}`);
  for (const [name, run] of rows) {
    const other = run.wallMs - (run.steps.astro ?? 0) - (run.steps.pagefind ?? 0);
    console.log(
      `  ${pad(name, 24)}${padL(seconds(run.wallMs), 9)}${padL(String(run.html), 8)}${padL(((run.html ?? 0) / (run.wallMs / 1000)).toFixed(0), 9)}` +
        `${padL(seconds(run.steps.astro ?? 0), 9)}${padL(seconds(run.steps.pagefind ?? 0), 10)}${padL(seconds(other), 9)}` +
        `${padL(mb(run.peakTreeKb), 15)}${padL(mb(run.peakProcessKb), 14)}`,
    );
  }
  const steps = Object.entries(platform.steps).map(([k, v]) => `${k} ${seconds(v)}`).join(', ');
  console.log(`  platform steps: ${steps}; "other" is process start-up, media, precompress and swap`);
  const core = (run: Run) => (run.steps.astro ?? 0) + (run.steps.pagefind ?? 0);
  console.log(
    `  ratio platform / bare: wall ${(platform.wallMs / bare.wallMs).toFixed(2)}×, astro + pagefind ${(core(platform) / core(bare)).toFixed(2)}×, ` +
      `astro ${((platform.steps.astro ?? 0) / (bare.steps.astro ?? 1)).toFixed(2)}×, peak tree RSS ${(platform.peakTreeKb / bare.peakTreeKb).toFixed(2)}×`,
  );
}

await main();
