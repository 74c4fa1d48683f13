/**
 * `npm run bench:publish`: publish → live, end to end (issue 23, part 3).
 *
 * The production shape on this machine (`bench/cluster.ts`): the admin compiled once
 * (`next build`, reused when it is newer than its sources), `next start`, one jobs worker
 * (`npm run worker`), the platform's site server, the demo content in a fresh database
 * (on the PostgreSQL server `--database <server url>`, BENCH_DATABASE_URL or TEST_DATABASE_URL names).
 * For each setting, one admin and the worker are started with it, then N times: an offer's
 * summary is PATCHed through the REST API with `_status: 'published'` and the served page is
 * polled (every 50 ms) until it shows the new text. Printed: p50 and max of N, for the old
 * settings (a 3 s debounce, a worker looking every 2 s) as the baseline, beside the defaults.
 *
 * Also a burst: 5 offers published one after another as fast as the API answers (what an
 * editor's run of publishes, or a script, sends at most): the gaps between the requests, and
 * how many builds the burst made.
 *
 * It never fails on time; it fails only when it could not measure (a change never served).
 *
 *   npm run bench:publish -- [--publishes 10] [--database postgres://…]
 *   npm run bench:publish -- --smoke      (1 publish per setting, no burst: that it runs)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { servePlatform } from '@platform/server/staticServer';
import { settings } from '@content/model/settings';
import {
  clusterEnv,
  ensureAdminBuild,
  freshDatabase,
  jobsSince,
  publishAndWait,
  publishSummary,
  waitForIdleWorker,
  waitForServed,
  restLogin,
  seedCluster,
  someOffer,
  startAdmin,
  startWorker,
  type Admin,
  type ClusterSettings,
  type Proc,
} from './cluster';
import { numberOption, option, smoke } from './options';
import { median } from './stats';

const publishes = numberOption('publishes', smoke ? 1 : 10);
/** The burst (none in a smoke run: each build takes half a minute on a busy machine). */
const burstSize = smoke ? 0 : 5;
const serverUrl = option('database') ?? process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error('bench:publish runs the several-admins shape, on PostgreSQL: give a server with --database postgres://… (or BENCH_DATABASE_URL).');
  process.exit(1);
}
const AIM_MS = 5000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('No port.'))));
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type Result = { label: string; times: number[]; waits: number[]; burst: { gapsMs: number[]; builds: number; liveMs: number } };

const dir = mkdtempSync(path.join(tmpdir(), 'lop-bench-publish-'));
const siteDir = path.join(dir, 'sites');
mkdirSync(siteDir, { recursive: true });
const db = await freshDatabase(dir, serverUrl);
if (db.kind !== 'postgres') throw new Error('bench:publish needs PostgreSQL.');
const sitePort = await freePort();
const base: ClusterSettings = { dir, databaseUrl: db.url, siteDir, sitePort };
let server: Server | undefined;
const running: Proc[] = [];

async function measure(label: string, tuning: Pick<ClusterSettings, 'debounceMs' | 'pollMs'>, round: number): Promise<Result> {
  const s = { ...base, ...tuning };
  const admin: Admin = await startAdmin(s, await freePort(), `admin-${round}`);
  running.push(admin);
  const worker = await startWorker(s, `worker-${round}`);
  running.push(worker);
  try {
    const token = await restLogin(admin.url);
    const target = { adminUrl: admin.url, token, sitePort };
    const offer = await someOffer(admin.url, token);
    const times: number[] = [];
    const waits: number[] = [];
    for (let i = 1; i <= publishes; i++) {
      const sentAt = new Date();
      times.push(await publishAndWait(target, offer, `Publish bench ${round}.${i}: ${label} ${Date.now().toString(36)}`, 180_000));
      // The build goes on after its swap (the best compression of its files): each publish starts from an idle worker.
      await waitForIdleWorker(db.url, 180_000);
      const startedAt = (await jobsSince(db.url, sentAt))[0]?.startedAt;
      if (startedAt) waits.push(startedAt.getTime() - sentAt.getTime());
    }
    if (!burstSize) return { label, times, waits, burst: { gapsMs: [], builds: 0, liveMs: 0 } };
    // A burst: several offers published back to back, each sent as soon as the last was answered.
    const offers = await Promise.all(Array.from({ length: burstSize }, (_, i) => someOffer(admin.url, token, i + 1)));
    const since = new Date();
    const sent: number[] = [];
    const started = performance.now();
    let last = '';
    for (const [i, each] of offers.entries()) {
      sent.push(performance.now());
      last = `Burst ${round}.${i}: ${Date.now().toString(36)}`;
      await publishSummary(admin.url, token, each, last);
    }
    await waitForServed(sitePort, offers.at(-1)!.page, last, 180_000);
    const liveMs = performance.now() - started;
    await waitForIdleWorker(db.url, 180_000);
    const builds = (await jobsSince(db.url, since)).length;
    return { label, times, waits, burst: { gapsMs: sent.slice(1).map((t, i) => t - sent[i]!), builds, liveMs } };
  } finally {
    await worker.stop();
    await admin.stop();
  }
}

const results: Result[] = [];
try {
  const env = clusterEnv(base);
  console.log(`Publish → live, end to end (${db.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}, demo content, ${publishes} publishes per setting; load ${loadavg()[0]!.toFixed(1)})`);
  const build = await ensureAdminBuild(env, path.join(dir, 'next-build.log'));
  console.log(build.reused ? '  the admin: the existing next build (newer than its sources)' : `  the admin: next build in ${seconds(build.ms)}`);
  await seedCluster(base);
  server = await servePlatform(siteDir, sitePort);
  const defaults = settings({});
  results.push(await measure('before: 3 s debounce, worker looks every 2 s', { debounceMs: 3000, pollMs: 2000 }, 1));
  results.push(await measure(`now: ${defaults.SITE_REBUILD_DEBOUNCE_MS} ms debounce, worker looks every ${defaults.SITE_WORKER_POLL_MS} ms (defaults)`, {}, 2));
} finally {
  for (const proc of running) await proc.stop();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db.drop().catch(() => undefined);
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}

console.log('');
console.log('| settings | publish → live p50 | max | aim | of which waiting for the build to start: p50 | max |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const max = Math.max(...r.times);
  const waits = r.waits.length ? `${seconds(median(r.waits))} | ${seconds(Math.max(...r.waits))}` : '? | ?';
  console.log(`| ${r.label} | ${seconds(median(r.times))} | ${seconds(max)} | ≤ ${seconds(AIM_MS)}${max <= AIM_MS ? ' (met)' : ' (not met)'} | ${waits} |`);
}
console.log('(the rest is the build: export, Astro, search index, swap, for the council and the practice library)');
console.log('');
for (const r of results.filter(() => burstSize > 0)) {
  const gaps = r.burst.gapsMs.map((g) => `${Math.round(g)} ms`).join(', ');
  console.log(`Burst of ${burstSize} publishes (${r.label}): requests ${gaps} apart; ${r.burst.builds} build(s); last one live after ${seconds(r.burst.liveMs)}`);
}
console.log(`\nEvery publish: ${results.map((r) => `${r.label.split(':')[0]} ${r.times.map((t) => (t / 1000).toFixed(1)).join(' ')}`).join('; ')}`);
process.exit(0);
