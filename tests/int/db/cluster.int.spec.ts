import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clusterEnv,
  COUNCIL,
  ensureAdminBuild,
  freshDatabase,
  jobsSince,
  publishSummary,
  restLogin,
  runningJobs,
  seedCluster,
  someOffer,
  startAdmin,
  startWorker,
  tail,
  waitForIdleWorker,
  waitForServed,
  type Admin,
  type ClusterSettings,
  type Database,
  type Proc,
} from '../../../bench/cluster';
import { THROTTLED_MESSAGE } from '@cms/lib/loginThrottle';
import { servePlatform } from '@platform/server/staticServer';
import { freePort } from '@tests/helpers/ports';
import { startTestS3, type TestS3 } from '@tests/helpers/s3Server';
import { s3ClientConfig } from '@cms/lib/mediaStore';
import { parseSettings } from '@content/model/settings';
import { budgetFor, PER_ITEM_MS, PER_TEST_MS } from '@tests/helpers/testBudget';

/**
 * Several admin servers, one database, one worker (issue 23, parts 2 and 3), as production
 * runs them: the admin compiled once (`next build`, reused when newer than its sources), two
 * `next start` processes on their own ports sharing one fresh PostgreSQL database and the same
 * secrets (`PAYLOAD_SECRET`, `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY`), exactly one `npm run worker`
 * and the platform's site server, all from `bench/cluster.ts`.
 *
 * PostgreSQL only: several admin servers share PostgreSQL (SQLite is the one-machine default,
 * one admin). Under `int:sqlite` it is skipped with one line saying so; `int:postgres` runs it
 * (TEST_DATABASE_URL set).
 */
const onPostgres = process.env.TEST_DB === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);
if (!onPostgres) console.log('cluster.int.spec.ts: skipped: several admin servers share PostgreSQL; run it with TEST_DATABASE_URL set (project int:postgres).');

/** A `next build` on a busy 2-core machine (about 4 minutes, or none when one is reused), the seed and the first build of a site. */
const SETUP_MS = 12 * 60_000;
/** Publish → served, the aim (printed beside the figures: the build itself takes longer than that for the demo council on a busy 2-core machine). */
const LIVE_MS = 5_000;
/** Publish → its build started: the 500 ms debounce plus a 250 ms look, with room for a busy machine; the old settings waited 3 s at least. */
const START_MS = 2_500;

describe.skipIf(!onPostgres)('several admin servers on one PostgreSQL, one worker', () => {
  let dir: string;
  let db: Database;
  let s: ClusterSettings;
  let server: Server;
  let admins: Admin[] = [];
  let worker: Proc;
  let token: string;
  let s3: TestS3;

  beforeAll(async () => {
    // Media in a bucket every admin and the worker share (a local S3-compatible server).
    s3 = await startTestS3();
    dir = mkdtempSync(path.join(tmpdir(), 'lop-cluster-'));
    const siteDir = path.join(dir, 'sites');
    mkdirSync(siteDir, { recursive: true });
    db = await freshDatabase(dir, process.env.TEST_DATABASE_URL);
    s = { dir, databaseUrl: db.url, siteDir, sitePort: await freePort(), s3Env: s3.env };
    const build = await ensureAdminBuild(clusterEnv(s), path.join(dir, 'next-build.log'));
    console.log(build.reused ? 'cluster: reusing the admin’s next build' : `cluster: next build took ${(build.ms / 1000).toFixed(0)} s`);
    await seedCluster(s);
    server = await servePlatform(siteDir, s.sitePort);
    admins = await Promise.all([startAdmin(s, await freePort(), 'admin-1'), startAdmin(s, await freePort(), 'admin-2')]);
    worker = await startWorker(s);
    token = await restLogin(admins[0]!.url);
  }, SETUP_MS);

  afterAll(async () => {
    for (const proc of [worker, ...admins]) await proc?.stop();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.drop().catch(() => undefined);
    await s3?.stop();
    if (dir && !process.env.CLUSTER_KEEP) rmSync(dir, { recursive: true, force: true });
  }, PER_TEST_MS);

  const logs = () => [worker, ...admins].map((p) => `── ${path.basename(p.log)}\n${tail(p.log, 15)}`).join('\n');

  it('a session from admin 1 works on admin 2 (one PAYLOAD_SECRET)', async () => {
    const res = await fetch(`${admins[1]!.url}/api/users/me`, { headers: { Authorization: `JWT ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user?: { email?: string } | null }).user?.email).toBe('cluster-admin@test.example');
  });

  it(
    'an offer published through admin 2 starts its council’s build at once and is served when built (publish → live printed beside the 5 s aim)',
    async () => {
      const token2 = await restLogin(admins[1]!.url);
      const offer = await someOffer(admins[1]!.url, token2);
      const lives: number[] = [];
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) {
        const summary = `Published through admin 2, number ${i + 1} (${Date.now().toString(36)})`;
        const sentAt = new Date();
        await publishSummary(admins[1]!.url, token2, offer, summary);
        await waitForServed(s.sitePort, offer.page, summary, 3 * 60_000).catch((error: Error) => {
          throw new Error(`${error.message}\n${logs()}`);
        });
        lives.push(Date.now() - sentAt.getTime());
        await waitForIdleWorker(db.url, 3 * 60_000);
        const jobs = await jobsSince(db.url, sentAt);
        // One build for one publish, of that council only.
        expect(jobs).toHaveLength(1);
        waits.push((jobs[0]?.startedAt?.getTime() ?? Infinity) - sentAt.getTime());
      }
      const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(`cluster: publish through admin 2 → served: ${lives.map(s1).join(', ')} (aim ${s1(LIVE_MS)}); of which waiting for the build to start: ${waits.map(s1).join(', ')}`);
      // The build starts at once: within the 500 ms debounce, the worker's 250 ms look and the machine's load (it waited 3 to 5 s before).
      expect(Math.min(...waits)).toBeLessThan(START_MS);
    },
    budgetFor(3, 4 * 60_000),
  );

  it(
    '30 failed logins from one client spread over both admins are throttled as one: 20 answered, then refused on both',
    async () => {
      const statuses: { admin: number; status: number; body: string }[] = [];
      for (let i = 0; i < 30; i++) {
        const admin = i % 2;
        const res = await fetch(`${admins[admin]!.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.99' },
          // A different email each time: the per-client count (20), not the per-email one (5).
          body: JSON.stringify({ email: `guess-${i}@test.example`, password: 'not-the-password' }),
        });
        statuses.push({ admin, status: res.status, body: await res.text() });
      }
      expect(statuses.slice(0, 20).map((r) => r.status)).toEqual(Array(20).fill(401));
      expect(statuses.slice(20).map((r) => r.status)).toEqual(Array(10).fill(429));
      expect(new Set(statuses.slice(20).map((r) => r.admin))).toEqual(new Set([0, 1]));
      expect(statuses[29]!.body).toContain(THROTTLED_MESSAGE);
      // Another client logs in on either admin.
      expect((await fetch(`${admins[1]!.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.100' },
        body: JSON.stringify({ email: 'cluster-admin@test.example', password: 'the-cluster-admins-long-password-1' }),
      })).status).toBe(200);
    },
    budgetFor(31, PER_ITEM_MS.request * 3),
  );

  it(
    'a worker killed (SIGKILL) during a build, started again, finishes that council’s build',
    async () => {
      await waitForIdleWorker(db.url, 3 * 60_000);
      const offer = await someOffer(admins[0]!.url, token, 1);
      const summary = `Published while the worker dies (${Date.now().toString(36)})`;
      const statusOf = async () => {
        const res = await fetch(`${admins[0]!.url}/api/authorities?where[slug][equals]=${COUNCIL}&depth=0`, { headers: { Authorization: `JWT ${token}` } });
        return ((await res.json()) as { docs: { build?: { status?: string; startedAt?: string } }[] }).docs[0]?.build;
      };
      const before = new Date();
      await publishSummary(admins[0]!.url, token, offer, summary);
      // Until the worker has started this build.
      const until = Date.now() + 60_000;
      let build = await statusOf();
      while (!(build?.status === 'building' && build.startedAt && new Date(build.startedAt) >= before) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50));
        build = await statusOf();
      }
      expect(build?.status, logs()).toBe('building');
      await worker.kill();
      // Left running by the dead worker.
      expect(await runningJobs(db.url)).toBe(1);
      // Started again (what a process manager does): it releases the job the dead one left running, and runs it.
      worker = await startWorker(s, 'worker-restarted');
      await waitForServed(s.sitePort, offer.page, summary, 3 * 60_000).catch((error: Error) => {
        throw new Error(`${error.message}\n${logs()}`);
      });
      // The status too: the restarted build finished and said so.
      const deadline = Date.now() + 30_000;
      while ((await statusOf())?.status !== 'succeeded' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect((await statusOf())?.status).toBe('succeeded');
    },
    budgetFor(2, 3 * 60_000),
  );

  it(
    'the REST list’s throughput, for 2 admins against 1 (printed)',
    async () => {
      const list = '/api/offers?limit=50&depth=0';
      const rate = async (urls: string[], ms: number) => {
        let done = 0;
        const until = performance.now() + ms;
        // Eight clients at once, each sending its next request as soon as one is answered, spread round-robin.
        await Promise.all(
          Array.from({ length: 8 }, async (_, client) => {
            for (let n = client; performance.now() < until; n += 8) {
              const res = await fetch(`${urls[n % urls.length]}${list}`, { headers: { Authorization: `JWT ${token}` } });
              await res.arrayBuffer();
              expect(res.status).toBe(200);
              done++;
            }
          }),
        );
        return done / (ms / 1000);
      };
      await rate(admins.map((a) => a.url), 2000); // warm-up: each admin's first requests compile nothing, but load code
      const one = await rate([admins[0]!.url], 8000);
      const two = await rate(admins.map((a) => a.url), 8000);
      console.log(`cluster: GET ${list}: 1 admin ${one.toFixed(1)} requests/s, 2 admins ${two.toFixed(1)} requests/s (×${(two / one).toFixed(2)}; one 2-core machine runs both)`);
      expect(one).toBeGreaterThan(0);
      expect(two).toBeGreaterThan(0);
    },
    PER_TEST_MS,
  );

  it(
    'an image uploaded through admin 1 is read through admin 2, byte for byte what the bucket holds; an unconsented photo is refused to anyone signed out',
    async () => {
      const photo = await sharp(Buffer.from(Array.from({ length: 640 * 480 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 640, height: 480, channels: 3 } })
        .jpeg({ quality: 85 })
        .toBuffer();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'cluster-photo.jpg');
      // A photo of someone who could be recognised, with no consent record yet: used by nothing published.
      form.append('_payload', JSON.stringify({ alt: 'A young person at the drop-in', showsIdentifiablePerson: true }));
      const created = await fetch(`${admins[0]!.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form });
      const body = (await created.json()) as { doc?: { filename?: string } };
      expect(created.status, JSON.stringify(body)).toBe(201);
      const filename = body.doc?.filename ?? '';
      expect(filename).not.toBe('');
      // Not on admin 1's disk: in the bucket.
      expect(existsSync(path.join(dir, 'data', 'media', filename))).toBe(false);
      const client = new S3Client(s3ClientConfig(parseSettings(s3.env)));
      const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: filename }));
      const stored = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
      client.destroy();
      expect(stored.length).toBeGreaterThan(0);

      const served = await fetch(`${admins[1]!.url}/api/media/file/${encodeURIComponent(filename)}`, { headers: { Authorization: `JWT ${token}` } });
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(stored)).toBe(true);

      // Signed out, through either admin: refused. Nor from the bucket, asked without a signature
      // (private, as a real bucket is by default; tests/helpers/s3Server.ts). The platform never
      // asked for a public ACL or policy, and never gave out a bucket address.
      for (const admin of admins) {
        const anonymous = await fetch(`${admin.url}/api/media/file/${encodeURIComponent(filename)}`);
        expect(anonymous.status, admin.url).toBe(403);
      }
      expect((await fetch(`${s3.endpoint}/${s3.bucket}/${encodeURIComponent(filename)}`)).status).toBe(403);
      expect(s3.requests.filter((r) => Object.keys(r.acl).length > 0 || /[?&](acl|policy)\b/.test(r.url))).toEqual([]);
      expect(JSON.stringify(body)).not.toContain(s3.endpoint);
    },
    PER_TEST_MS,
  );

  it('the admin’s API answers carry a request id (the caller’s when it is plain), and its JSON log lines name it', async () => {
    const admin = admins[0]!;
    const given = `cluster-${Date.now()}`;
    const res = await fetch(`${admin.url}/api/offers?limit=1&depth=0`, { headers: { 'X-Request-Id': given, Authorization: `JWT ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(given);
    const made = await fetch(`${admin.url}/api/offers?limit=1&depth=0`, { headers: { 'X-Request-Id': 'not plain: spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // A refused sign-in: Payload's own error line names the request too.
    const refusedId = `${given}-login`;
    const refused = await fetch(`${admin.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': refusedId },
      body: JSON.stringify({ email: 'nobody@test.example', password: 'not-the-password-1' }),
    });
    // Refused as a wrong password, or as too many of them from this address (the throttling test above).
    expect([401, 429]).toContain(refused.status);
    const said = ((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message;
    const lines = () =>
      readFileSync(admin.log, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { reqId?: string; msg?: string; level?: number; status?: number; method?: string; path?: string });
    await expect.poll(() => lines().find((line) => line.reqId === given && line.msg === 'request')).toMatchObject({ method: 'GET', path: '/api/offers', status: 200 });
    await expect.poll(() => lines().filter((line) => line.reqId === refusedId).map((line) => [line.level, line.msg])).toEqual(
      expect.arrayContaining([[50, said], [30, 'request']]),
    );
  });
  it(
    'an admin sent SIGTERM stops taking connections, finishes the request under way, and exits',
    async () => {
      // A third admin, so the two above keep serving: a sign-in whose body is still on its
      // way when the signal arrives, so the request is under way for certain.
      const stopping = await startAdmin(s, await freePort(), 'admin-stopping');
      const body = JSON.stringify({ email: 'cluster-admin@test.example', password: 'the-cluster-admins-long-password-1' });
      const exit = new Promise<number | null>((resolve) => stopping.child.once('exit', (code) => resolve(code)));
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(`${stopping.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } }, (res) => {
          let text = '';
          res.on('data', (d) => (text += String(d)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.write(body.slice(0, 12));
        // The admin has the request's start; now the signal, then the rest of it.
        setTimeout(() => {
          stopping.child.kill('SIGTERM');
          setTimeout(async () => {
            // No new connections once it has the signal.
            const refused = await fetch(`${stopping.url}/api/users/me`, { signal: AbortSignal.timeout(5_000) }).then(
              () => false,
              () => true,
            );
            req.end(body.slice(12));
            if (!refused) reject(new Error(`admin-stopping still took a new connection after SIGTERM\n${tail(stopping.log)}`));
          }, 1_000);
        }, 1_000);
      });
      try {
        const answered = await answer;
        expect(answered.status, answered.text).toBe(200);
        expect(JSON.parse(answered.text)).toMatchObject({ user: { email: 'cluster-admin@test.example' } });
        // Next's exit code after a graceful SIGTERM (README: SuccessExitStatus=143 in the systemd unit).
        expect(await exit, tail(stopping.log)).toBe(143);
      } finally {
        await stopping.stop();
      }
    },
    budgetFor(1, PER_ITEM_MS.adminPage, 3 * 60_000),
  );
  it(
    'the publish benchmark runs (smoke: 1 publish per setting, the admin build reused)',
    async () => {
      // The cluster above is done with: its servers make room for the benchmark's own.
      for (const proc of [worker, ...admins]) await proc.stop();
      const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const child = spawn(process.execPath, [tsx, 'bench/publish.ts', '--smoke', '--database', process.env.TEST_DATABASE_URL!], {
        cwd: process.cwd(),
        env: { ...process.env, BENCH_REPORT: 'off' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.stderr.on('data', (d) => (out += String(d)));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      console.log(out.trim().split('\n').filter((line) => line.startsWith('|') || line.startsWith('Burst')).join('\n'));
      expect(code, out.slice(-3000)).toBe(0);
      expect(out).toMatch(/\| before: 3 s debounce.*\| \d+\.\d s \| \d+\.\d s \|/);
      expect(out).toMatch(/\| now: .*\| \d+\.\d s \| \d+\.\d s \|/);
    },
    8 * 60_000,
  );
});
