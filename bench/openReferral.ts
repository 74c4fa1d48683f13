/**
 * `npm run bench` (and `npm run bench:openreferral` on its own): how fast the Open Referral UK
 * API answers (issue 12), beside the static files of the same site from the same server.
 *
 * Serves the built councils' sites with the platform's own server, in a process of its own as
 * under `npm start` (`platform/server/serve.ts`), and drives it from this process with 32 clients
 * at once (keep-alive, one request each at a time) for a few seconds per target:
 *
 * - the API's list of services (`/api/openreferral/services`, 50 a page), a filtered list and
 *   one service by id, each answered from the feed held in memory;
 * - the baseline: the static copy of the same list and the same service
 *   (`/open-data/openreferral/services.json`, `…/services/<id>.json`), files from the same server.
 *
 * Prints requests a second and latency percentiles side by side, and writes them to
 * bench/OPENREFERRAL-REPORT.md. A benchmark, not a test: it never fails on time; it says
 * whether the aim (≥ 1,000 requests a second with p99 ≤ 100 ms) was met.
 *
 * Sites: the folder given as the first argument (or BENCH_SITES), else `dist/` when it has been
 * built (`npm start`, `npm run build`), else the test sites (`.e2e/sites`), built first if needed.
 *
 * It fails only when it could not measure: the server did not start, or a target never
 * answered 200 (no figures for it).
 *
 *   npm run bench:openreferral
 *   npx tsx bench/openReferral.ts .e2e/sites
 *   npx tsx bench/openReferral.ts .e2e/sites --smoke   (4 clients, 0.5 s a target, no report: that it runs; `npm test` does it)
 *   BENCH_CLIENTS=8 BENCH_SECONDS=2 BENCH_REPORT=off|<file> npx tsx bench/openReferral.ts
 *   npx tsx bench/openReferral.ts --compare <git ref>   (before and after, same run: see below)
 *
 * `--compare <ref>` (or BENCH_COMPARE) also serves the same sites with the server as it was at
 * `<ref>` (its `platform/server/` or `site/server/`, taken from git into
 * node_modules/.cache/bench-compare/, beside this checkout's), and measures each target on
 * both, in turns (before, now, now, before), printing both rows and the ratio: the check that
 * a change to the server did not make it slower, on the same machine under the same load.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCALE } from '../content/model/locales';
import { noFigures, numberEnv, option, positional, smoke, writeReport } from './options';

/** A smoke run (`--smoke`, part of `npm test`): 4 clients, half a second a target, no report. */
const CLIENTS = numberEnv('BENCH_CLIENTS', smoke ? 4 : 32);
const SECONDS = numberEnv('BENCH_SECONDS', smoke ? 0.5 : 5);
const WARM_UP_MS = smoke ? 200 : 1_000;
const AIM = { rps: 1_000, p99: 100 };
const REPORT = 'OPENREFERRAL-REPORT.md';
/** A git ref whose server to measure beside this checkout's (`--compare`). */
const COMPARE = option('compare') ?? (process.env.BENCH_COMPARE || undefined);

/** True when `root` holds built councils' sites with an Open Referral feed (a build from before issue 12 has none). */
function hasFeeds(root: string): boolean {
  const file = path.join(root, 'sites.json');
  if (!existsSync(file)) return false;
  const { sites } = JSON.parse(readFileSync(file, 'utf8')) as { sites: { slug: string; kind?: string }[] };
  return sites.some((s) => s.kind !== 'library' && existsSync(path.join(root, s.slug, 'open-data', 'openreferral', 'feed.json')));
}

function sitesRoot(): string {
  const given = positional(['compare']) || process.env.BENCH_SITES;
  if (given) {
    if (!hasFeeds(path.resolve(given))) throw new Error(`${given} holds no built council site with an Open Referral feed: build it first (npm run build).`);
    return path.resolve(given);
  }
  if (hasFeeds('dist')) return path.resolve('dist');
  if (existsSync('dist/sites.json')) console.log('dist/ was built before the Open Referral feed (run npm run build to rebuild it): using the test sites.');
  if (!hasFeeds('.e2e/sites')) {
    console.log('No built sites with a feed in dist/ or .e2e/sites: building the test sites first (tests/helpers/buildTestSite.ts)…');
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/buildTestSite.ts'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('Building the test sites failed: see above.');
  }
  return path.resolve('.e2e/sites');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

type Result = { label: string; path: string; requests: number; errors: number; rps: number; p50: number; p90: number; p99: number; max: number; bytes: number; latencies: number[]; seconds: number; cpuMs: number };

/** CLIENTS loops, each sending its next request when the last one is answered, for SECONDS after a warm-up. */
/** CPU time (user + system, ms) the process `pid` has used so far, from /proc (Linux); NaN where there is none. */
function cpuMs(pid: number | undefined): number {
  try {
    // Fields 14 and 15 (after the command name in parentheses): utime and stime, in clock ticks (100 a second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function load(port: number, host: string, label: string, target: string, pid?: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const once = () =>
    new Promise<{ ok: boolean; bytes: number }>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: target, agent, headers: { Host: host } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ ok: res.statusCode === 200, bytes }));
        res.on('error', () => resolve({ ok: false, bytes }));
      });
      req.on('error', () => resolve({ ok: false, bytes: 0 }));
      req.end();
    });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const warmUntil = Date.now() + WARM_UP_MS;
  let measuring = false;
  let start = 0;
  let end = 0;
  let cpuAtStart = 0;
  const loop = async () => {
    for (;;) {
      const now = Date.now();
      if (!measuring && now >= warmUntil) {
        measuring = true;
        cpuAtStart = cpuMs(pid);
        start = performance.now();
        end = now + SECONDS * 1000;
      }
      if (measuring && now >= end) return;
      const t0 = performance.now();
      const { ok, bytes: size } = await once();
      if (!measuring) continue;
      latencies.push(performance.now() - t0);
      bytes = size;
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, loop));
  const elapsed = (performance.now() - start) / 1000;
  const cpu = cpuMs(pid) - cpuAtStart;
  agent.destroy();
  return summary(label, target, latencies, errors, elapsed, bytes, cpu);
}

function summary(label: string, target: string, latencies: number[], errors: number, seconds: number, bytes: number, cpu: number): Result {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { label, path: target, requests: latencies.length, errors, rps: latencies.length / seconds, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies.at(-1) ?? NaN, bytes, latencies, seconds, cpuMs: cpu };
}

/** Two runs of one target as one: their requests over their time, their latencies together. */
const merged = (label: string, a: Result, b: Result) => summary(label, a.path, [...a.latencies, ...b.latencies], a.errors + b.errors, a.seconds + b.seconds, a.bytes, a.cpuMs + b.cpuMs);

/**
 * The server as it was at `ref`, taken from git into node_modules/.cache/bench-compare/<ref>/
 * (its own imports by path alias pointed at this checkout), with a script that serves the
 * sites with it: the command to start it.
 */
function serverAt(ref: string): string[] {
  const files = spawnSync('git', ['ls-tree', '-r', '--name-only', ref, '--', 'platform/server', 'site/server'], { encoding: 'utf8' });
  const names = files.stdout.split('\n').filter((name) => name.endsWith('.ts'));
  const main = names.find((name) => name.endsWith('/staticServer.ts'));
  if (files.status !== 0 || !main) throw new Error(`--compare ${ref}: no server (platform/server/staticServer.ts or site/server/staticServer.ts) at that git ref.`);
  const dir = path.resolve('node_modules', '.cache', 'bench-compare', ref.replace(/[^\w.-]/g, '_'));
  rmSync(dir, { recursive: true, force: true });
  for (const name of names) {
    const text = spawnSync('git', ['show', `${ref}:${name}`], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout;
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    // Path aliases (tsconfig's @content/*, @site/*, …) do not apply outside the checkout: point them at it.
    writeFileSync(path.join(dir, name), text.replace(/(['"])@(cms|site|content|tests|platform)\//g, `$1${process.cwd()}/$2/`));
  }
  const launcher = path.join(dir, 'serve.mjs');
  writeFileSync(
    launcher,
    `const { servePlatform } = await import(${JSON.stringify(path.join(dir, main))});\nawait servePlatform(process.env.SITE_OUT_DIR, Number(process.env.PORT), process.env.HOST);\nconsole.log('Serving');\n`,
  );
  return ['--import', 'tsx', launcher];
}

const root = sitesRoot();
const directory = JSON.parse(readFileSync(path.join(root, 'sites.json'), 'utf8')) as { sites: { slug: string; base?: string; kind?: string }[] };
const withFeed = directory.sites.filter((s) => s.kind !== 'library' && existsSync(path.join(root, s.slug, 'open-data', 'openreferral', 'feed.json')));
const council = withFeed.find((s) => (s.base || '/') === '/') ?? withFeed[0];
if (!council) throw new Error(`${root}/sites.json lists no council's site.`);
const base = council.base || '/';
const feed = JSON.parse(readFileSync(path.join(root, council.slug, 'open-data', 'openreferral', 'feed.json'), 'utf8')) as { services: { id: string; name: string }[] };
const service = feed.services[Math.floor(feed.services.length / 2)]!;
const word = service.name.split(/\s+/).find((w) => w.length > 3) ?? service.name;

/** Starts a server (`node <args>`) on a free port for the sites in `root`; resolves once it listens. */
async function startServer(args: string[]): Promise<{ port: number; process: ChildProcess }> {
  const port = await freePort();
  const server = spawn(process.execPath, args, {
    env: { ...process.env, SITE_OUT_DIR: root, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    // Generous: on a busy machine tsx alone can take many seconds; this is whether it starts, not how fast.
    const timer = setTimeout(() => reject(new Error('The site server did not start within 120 s.')), 120_000);
    server.stdout!.on('data', (chunk) => {
      if (String(chunk).includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`The site server stopped (exit ${code}).`)));
  });
  return { port, process: server };
}

const current = await startServer(['--import', 'tsx', 'platform/server/serve.ts']);
const before = COMPARE ? await startServer(serverAt(COMPARE)).catch((error: unknown) => {
  current.process.kill();
  throw error;
}) : null;

const hostOn = (port: number) => `${council.slug}.localhost:${port}`;
const targets: [string, string][] = [
  ['API: list of services (50 a page)', `${base}api/openreferral/services`],
  ['static: the same list, as a file', `${base}open-data/openreferral/services.json`],
  [`API: list, filtered (search, age)`, `${base}api/openreferral/services?search=${encodeURIComponent(word)}&minimum_age=16`],
  ['API: one service by id', `${base}api/openreferral/services/${service.id}`],
  ['static: the same service, as a file', `${base}open-data/openreferral/services/${service.id}.json`],
];
console.log(
  `Open Referral UK API: ${council.slug} (${feed.services.length} services) on ${root}, ${CLIENTS} clients at once, ${SECONDS} s each after a ${WARM_UP_MS / 1000} s warm-up${before ? `, on the server at ${COMPARE} and this checkout's, in turns (before, now, now, before)` : ''}; ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}.`,
);
const results: Result[] = [];
/** Per target with --compare: [before, now]. */
const pairs: [Result, Result][] = [];
try {
  for (const [label, target] of targets) {
    if (!before) {
      results.push(await load(current.port, hostOn(current.port), label, target, current.process.pid));
      continue;
    }
    const on = (server: { port: number; process: ChildProcess }, tag: string) => load(server.port, hostOn(server.port), `${label} — ${tag}`, target, server.process.pid);
    const old1 = await on(before, 'before');
    const new1 = await on(current, 'now');
    const new2 = await on(current, 'now');
    const old2 = await on(before, 'before');
    const pair: [Result, Result] = [merged(`${label} — before (${COMPARE})`, old1, old2), merged(`${label} — now`, new1, new2)];
    pairs.push(pair);
    results.push(...pair);
  }
} finally {
  current.process.kill();
  before?.process.kill();
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
/** The server's own CPU time a request (µs): what the machine's other load does not change. */
const cpuPerRequest = (r: Result) => (1000 * r.cpuMs) / r.requests;
const us = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString(DEFAULT_LOCALE.lang)} µs` : 'n/a');
const header = `| target | req/s | p50 | p90 | p99 | max | errors | bytes | server CPU a request |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`;
const rows = results.map(
  (r) =>
    `| ${r.label} | ${Math.round(r.rps).toLocaleString(DEFAULT_LOCALE.lang)} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.errors} | ${r.bytes.toLocaleString(DEFAULT_LOCALE.lang)} | ${us(cpuPerRequest(r))} |`,
);
const api = results.filter((r) => r.label.startsWith('API') && !r.label.includes(' — before'));
const met = api.every((r) => r.rps >= AIM.rps && r.p99 <= AIM.p99 && r.errors === 0);
const verdict = `Aim (every API target ≥ ${AIM.rps.toLocaleString(DEFAULT_LOCALE.lang)} req/s with p99 ≤ ${AIM.p99} ms, no errors): ${met ? 'met' : 'not met'}. For comparison, issue 12 measured Payload's own REST list endpoint (production, SQLite) at 75 req/s, median 411 ms, at 32 clients on this kind of machine.`;
console.log('');
console.log(header);
for (const row of rows) console.log(row);
console.log('');
const ratios = pairs.map(
  ([old, now]) =>
    `- ${now.label.replace(/ — now$/, '')}: now ${(now.rps / old.rps).toFixed(2)}× the requests a second of before, p99 ${ms(now.p99)} against ${ms(old.p99)}, server CPU a request ${us(cpuPerRequest(now))} against ${us(cpuPerRequest(old))}`,
);
if (ratios.length) {
  console.log(`Now against before (${COMPARE}):`);
  for (const line of ratios) console.log(line);
  console.log('');
}
console.log(verdict);
for (const r of results) {
  if (r.requests - r.errors === 0) noFigures(`${r.label} (${r.path}) never answered 200 in ${r.requests} requests`);
}
writeReport(
  REPORT,
  `# Open Referral UK API: throughput and latency\n\n\`npm run bench:openreferral\` on ${new Date().toISOString().slice(0, 10)}: ${council.slug} (${feed.services.length} services), ${CLIENTS} clients at once, ${SECONDS} s each after a ${WARM_UP_MS / 1000} s warm-up, server and clients on the same ${cpus().length}-CPU machine (load average ${loadavg()[0]!.toFixed(1)} at the start). The static rows are the same server serving the same content as files: the baseline of the same run.${before ? ` Each target also on the server at ${COMPARE} (before), in turns with this one (before, now, now, before).` : ''}\n\n${header}\n${rows.join('\n')}\n\n${ratios.length ? `Now against before (${COMPARE}):\n\n${ratios.join('\n')}\n\n` : ''}${verdict}\n`,
);
