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
 *   (`/open-data/openreferral/services.json`, `…/services/<id>.json`), files served by sirv.
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
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCALE } from '../content/model/locales';
import { noFigures, numberEnv, positional, smoke, writeReport } from './options';

/** A smoke run (`--smoke`, part of `npm test`): 4 clients, half a second a target, no report. */
const CLIENTS = numberEnv('BENCH_CLIENTS', smoke ? 4 : 32);
const SECONDS = numberEnv('BENCH_SECONDS', smoke ? 0.5 : 5);
const WARM_UP_MS = smoke ? 200 : 1_000;
const AIM = { rps: 1_000, p99: 100 };
const REPORT = 'OPENREFERRAL-REPORT.md';

/** True when `root` holds built councils' sites with an Open Referral feed (a build from before issue 12 has none). */
function hasFeeds(root: string): boolean {
  const file = path.join(root, 'sites.json');
  if (!existsSync(file)) return false;
  const { sites } = JSON.parse(readFileSync(file, 'utf8')) as { sites: { slug: string; kind?: string }[] };
  return sites.some((s) => s.kind !== 'library' && existsSync(path.join(root, s.slug, 'open-data', 'openreferral', 'feed.json')));
}

function sitesRoot(): string {
  const given = positional() || process.env.BENCH_SITES;
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

type Result = { label: string; path: string; requests: number; errors: number; rps: number; p50: number; p90: number; p99: number; max: number; bytes: number };

/** CLIENTS loops, each sending its next request when the last one is answered, for SECONDS after a warm-up. */
async function load(port: number, host: string, label: string, target: string): Promise<Result> {
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
  const loop = async () => {
    for (;;) {
      const now = Date.now();
      if (!measuring && now >= warmUntil) {
        measuring = true;
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
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { label, path: target, requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies.at(-1) ?? NaN, bytes };
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

const port = await freePort();
const server = spawn(process.execPath, ['--import', 'tsx', 'platform/server/serve.ts'], {
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

const host = `${council.slug}.localhost:${port}`;
const targets: [string, string][] = [
  ['API: list of services (50 a page)', `${base}api/openreferral/services`],
  ['static: the same list, as a file', `${base}open-data/openreferral/services.json`],
  [`API: list, filtered (search, age)`, `${base}api/openreferral/services?search=${encodeURIComponent(word)}&minimum_age=16`],
  ['API: one service by id', `${base}api/openreferral/services/${service.id}`],
  ['static: the same service, as a file', `${base}open-data/openreferral/services/${service.id}.json`],
];
console.log(`Open Referral UK API: ${council.slug} (${feed.services.length} services) on ${root}, ${CLIENTS} clients at once, ${SECONDS} s each after a ${WARM_UP_MS / 1000} s warm-up; ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}.`);
const results: Result[] = [];
try {
  for (const [label, target] of targets) results.push(await load(port, host, label, target));
} finally {
  server.kill();
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const header = `| target | req/s | p50 | p90 | p99 | max | errors | bytes |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`;
const rows = results.map((r) => `| ${r.label} | ${Math.round(r.rps).toLocaleString(DEFAULT_LOCALE.lang)} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.errors} | ${r.bytes.toLocaleString(DEFAULT_LOCALE.lang)} |`);
const api = results.filter((r) => r.label.startsWith('API'));
const met = api.every((r) => r.rps >= AIM.rps && r.p99 <= AIM.p99 && r.errors === 0);
const verdict = `Aim (every API target ≥ ${AIM.rps.toLocaleString(DEFAULT_LOCALE.lang)} req/s with p99 ≤ ${AIM.p99} ms, no errors): ${met ? 'met' : 'not met'}. For comparison, issue 12 measured Payload's own REST list endpoint (production, SQLite) at 75 req/s, median 411 ms, at 32 clients on this kind of machine.`;
console.log('');
console.log(header);
for (const row of rows) console.log(row);
console.log('');
console.log(verdict);
for (const r of results) {
  if (r.requests - r.errors === 0) noFigures(`${r.label} (${r.path}) never answered 200 in ${r.requests} requests`);
}
writeReport(
  REPORT,
  `# Open Referral UK API: throughput and latency\n\n\`npm run bench:openreferral\` on ${new Date().toISOString().slice(0, 10)}: ${council.slug} (${feed.services.length} services), ${CLIENTS} clients at once, ${SECONDS} s each after a ${WARM_UP_MS / 1000} s warm-up, server and clients on the same ${cpus().length}-CPU machine (load average ${loadavg()[0]!.toFixed(1)} at the start). The static rows are the same server serving the same content as files: the baseline of the same run.\n\n${header}\n${rows.join('\n')}\n\n${verdict}\n`,
);
