import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { councilData } from '@tests/helpers/accounts';
import { spotlightData } from '@tests/helpers/library';
import { runSql } from '@tests/helpers/testDatabase';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 18, findings 7 and 8: the order and the limits of site rebuilds.
 * - A takedown (an unpublish, a delete, consent withdrawn) goes ahead of every ordinary
 *   rebuild, whoever queued theirs first, for the worker (`npm run worker`) and the admin's
 *   own runner alike.
 * - An upload rebuilds a site only once published content uses it.
 * - A failed build is retried, after a wait that grows; a status write that fails after
 *   the site is live never fails the build.
 * - Every build has a time limit: a build that runs out of time is stopped (its processes
 *   ended), the council's status says so, and it is not retried.
 * The builds here call the deploy hook, or run the real `npm run build` child process.
 */
let cms: TestCms;
let payload: Payload;
let hook: Server;
let sitesDir: string;
const built: { council: string; trigger: string }[] = [];
/** How many of the next deploy-hook calls answer 500. */
let hookFailures = 0;
const council = {} as Record<'A' | 'B' | 'C' | 'D', number>;
let areaId: number;
let png: Buffer;
let n = 0;

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      built.push(JSON.parse(body));
      if (hookFailures > 0) {
        hookFailures--;
        res.writeHead(500).end('busy');
      } else res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  sitesDir = mkdtempSync(path.join(tmpdir(), 'lop-rebuild-queue-'));
  Object.assign(process.env, {
    SITE_REBUILD_ON_PUBLISH: '1',
    SITE_REBUILD_DEBOUNCE_MS: '20',
    SITE_REBUILD_RETRY_DELAY_MS: '800',
    SITE_DEPLOY_HOOK_URL: `http://127.0.0.1:${(hook.address() as { port: number }).port}/deploy`,
    // A real build (the time-limit tests) writes here, never into the project's dist/.
    SITE_OUT_DIR: sitesDir,
  });
  cms = await startTestCms();
  payload = cms.payload;
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d70b8' } }).png().toBuffer();
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 }, context: { seeding: true } })).id;
  for (const key of ['A', 'B', 'C', 'D'] as const) {
    council[key] = (await payload.create({ collection: 'authorities', data: councilData(`Q${key}`), context: { seeding: true } })).id;
  }
});

afterAll(async () => {
  for (const name of ['SITE_REBUILD_ON_PUBLISH', 'SITE_DEPLOY_HOOK_URL', 'SITE_OUT_DIR', 'SITE_REBUILD_RETRY_DELAY_MS', 'SITE_BUILD_JOB_TIMEOUT_MS', 'SITE_BUILD_TIMEOUT_MS']) delete process.env[name];
  hook?.close();
  await cms?.stop();
  if (sitesDir) rmSync(sitesDir, { recursive: true, force: true });
});

beforeEach(async () => {
  // Each test starts with an empty queue.
  await queued();
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true });
  built.length = 0;
  hookFailures = 0;
});

const offer = (c: number, status: 'published' | 'draft' = 'published'): RequiredDataFromCollectionSlug<'offers'> => ({
  council: c, title: `Queue offer ${++n}`, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local',
  legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, // the collection's defaults
  howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01', _status: status,
});

/** A published offer that queued no rebuild (as if it had been live for a while). */
const liveOffer = (c: number) => payload.create({ collection: 'offers', data: offer(c), context: { seeding: true } });

async function queued() {
  const { rebuildRequestsQueued } = await import('@cms/hooks/scheduleSiteRebuild');
  await rebuildRequestsQueued();
}

/** The jobs waiting to run. */
async function pendingJobs() {
  await queued();
  return (await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, pagination: false, depth: 0, sort: 'createdAt' })).docs;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `npm run worker`: runs what is due. */
async function runAsWorker() {
  await queued();
  await pause(80);
  const { runDueBuilds } = await import('@cms/jobs/siteRebuild');
  await runDueBuilds(payload);
}

/** The admin started by `npm start` (SITE_BUILD_WORKER=1): what its job crons do, tick after tick, until nothing is left. */
async function runAsAdmin() {
  await queued();
  await pause(80);
  const { autoRun, shouldAutoRun } = payload.config.jobs;
  const entries = typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? []);
  process.env.SITE_BUILD_WORKER = '1';
  try {
    for (let tick = 0; tick < 20; tick++) {
      let ran = false;
      for (const entry of entries) {
        if (shouldAutoRun && !(await shouldAutoRun(payload))) return;
        const result = await payload.jobs.run({ allQueues: entry.allQueues, limit: entry.limit ?? 10, queue: entry.queue, silent: true });
        if (!result.noJobsRemaining) ran = true;
      }
      if (!ran) return;
    }
  } finally {
    delete process.env.SITE_BUILD_WORKER;
  }
}

const statusOf = async (id: number) => (await payload.findByID({ collection: 'authorities', id, depth: 0 })).build;

describe(`rebuild order and limits (${process.env.TEST_DB || 'sqlite'})`, () => {
  for (const [who, run] of [
    ['the worker', runAsWorker],
    ['the admin’s own runner', runAsAdmin],
  ] as const) {
    it(`a takedown queued after ordinary rebuilds of other councils is built first (${who})`, async () => {
      const live = await liveOffer(council.C);
      // Three councils publish; then council C unpublishes.
      for (const key of ['A', 'B', 'D'] as const) await payload.create({ collection: 'offers', data: offer(council[key]) });
      await queued();
      await pause(30);
      await payload.update({ collection: 'offers', id: live.id, data: { _status: 'draft' } });
      expect((await pendingJobs()).length).toBe(4);
      await run();
      expect(built[0]?.council).toBe(String(council.C));
      expect(built.map((b) => b.council).sort()).toEqual([council.A, council.B, council.C, council.D].map(String).sort());
      expect(await statusOf(council.C)).toMatchObject({ status: 'succeeded', trigger: expect.stringMatching(/unpublished/) });
    });
  }

  it('a takedown in a council whose ordinary rebuild is already waiting goes first, and the council is built once', async () => {
    const live = await liveOffer(council.B);
    await payload.create({ collection: 'offers', data: offer(council.A) });
    await payload.create({ collection: 'offers', data: offer(council.B) });
    await queued();
    await pause(30);
    await payload.update({ collection: 'offers', id: live.id, data: { _status: 'draft' } });
    await runAsWorker();
    expect(built.map((b) => b.council)).toEqual([String(council.B), String(council.A)]);
  });

  it('an upload no published content uses queues no rebuild; changing or deleting one that published content uses does', async () => {
    const upload = (alt: string) => payload.create({ collection: 'media', data: { alt }, file: { data: png, mimetype: 'image/png', name: `q${++n}.png`, size: png.length } });
    const unused = await upload('Not used yet');
    await payload.update({ collection: 'media', id: unused.id, data: { alt: 'Still not used' } });
    expect(await pendingJobs()).toEqual([]);

    // Published content starts using an upload: that publish rebuilds (every council: a spotlight is national).
    const used = await upload('Used by a spotlight');
    await payload.create({ collection: 'spotlights', data: (await spotlightData(payload, { image: used.id, _status: 'published' })) });
    expect((await pendingJobs()).map((j) => (j.input as { council: string }).council)).toEqual(['all']);
    await runAsWorker();
    built.length = 0;

    await upload('Another one not used');
    expect(await pendingJobs()).toEqual([]);
    await payload.update({ collection: 'media', id: used.id, data: { alt: 'A better description' } });
    expect((await pendingJobs()).map((j) => (j.input as { council: string }).council)).toEqual(['all']);
    await runAsWorker();

    await payload.delete({ collection: 'media', id: unused.id });
    expect(await pendingJobs()).toEqual([]);
    await payload.delete({ collection: 'media', id: used.id });
    expect((await pendingJobs()).map((j) => (j.input as { council: string }).council)).toEqual(['all']);
  });

  it('a failed build is retried after a wait, not at once, and then succeeds', async () => {
    hookFailures = 1;
    await payload.create({ collection: 'offers', data: offer(council.A) });
    await runAsWorker();
    expect(built.map((b) => b.council)).toEqual([String(council.A)]);
    expect(await statusOf(council.A)).toMatchObject({ status: 'failed' });
    const [job] = await pendingJobs();
    expect(job?.waitUntil && new Date(job.waitUntil).getTime()).toBeGreaterThan(Date.now());
    // Not at once…
    await runAsWorker();
    expect(built).toHaveLength(1);
    // …but after the wait.
    await pause(Math.max(0, new Date(job!.waitUntil!).getTime() - Date.now()) + 100);
    await runAsWorker();
    expect(built).toHaveLength(2);
    expect(await statusOf(council.A)).toMatchObject({ status: 'succeeded' });
  });

  it('a status write that fails once the site is live does not fail the build: the job completes and the status is written on a later try', async () => {
    const update = payload.update.bind(payload);
    let refused = 0;
    payload.update = ((args: Parameters<Payload['update']>[0]) => {
      const build = (args.data as { build?: { status?: string } } | undefined)?.build;
      if (args.collection === 'authorities' && build?.status === 'succeeded' && refused === 0) {
        refused++;
        return Promise.reject(new Error('database is locked'));
      }
      return update(args);
    }) as Payload['update'];
    try {
      await payload.create({ collection: 'offers', data: offer(council.D) });
      await runAsWorker();
    } finally {
      payload.update = update;
    }
    expect(refused).toBe(1);
    expect(built.map((b) => b.council)).toEqual([String(council.D)]);
    expect(await statusOf(council.D)).toMatchObject({ status: 'succeeded' });
    const jobs = (await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs;
    expect(jobs.map((j) => ({ done: Boolean(j.completedAt), error: Boolean(j.hasError) }))).toEqual([{ done: true, error: false }]);
  });

  for (const [who, run] of [
    ['the worker', runAsWorker],
    ['the admin’s own runner', runAsAdmin],
  ] as const) {
    it(`a rebuild whose worker died mid-build runs again, and its council does not stay "building" (${who})`, async () => {
      await payload.create({ collection: 'offers', data: offer(council.A) });
      const [job] = await pendingJobs();
      // The worker took the job, the council's build started, and the process died three hours ago.
      await runSql(payload, cms.db.kind, `UPDATE payload_jobs SET processing = true, updated_at = '${new Date(Date.now() - 3 * 3600_000).toISOString()}' WHERE id = ${job!.id}`);
      const { recordBuild } = await import('@cms/jobs/siteRebuild');
      await recordBuild(payload, council.A, { status: 'building', trigger: 'before the crash', startedAt: new Date(Date.now() - 3 * 3600_000).toISOString() });
      await run();
      expect(built.map((b) => b.council)).toEqual([String(council.A)]);
      expect(await statusOf(council.A)).toMatchObject({ status: 'succeeded' });
    });
  }

  it('a worker starting up runs at once a rebuild the worker before it left running (SIGKILL a minute ago), not an hour later', async () => {
    await payload.create({ collection: 'offers', data: offer(council.C) });
    const [job] = await pendingJobs();
    // Taken by a worker that was killed a minute ago: well within the job's time limit.
    await runSql(payload, cms.db.kind, `UPDATE payload_jobs SET processing = true, updated_at = '${new Date(Date.now() - 60_000).toISOString()}' WHERE id = ${job!.id}`);
    await runAsWorker();
    // A running worker leaves it alone: it could be another worker's build still under way.
    expect(built).toEqual([]);
    const { releaseOrphanedBuilds } = await import('@cms/jobs/siteRebuild');
    // What `npm run worker` (and `npm start`) do first: exactly one process runs the jobs, so whatever is marked running was left by one that is gone.
    expect(await releaseOrphanedBuilds(payload, { all: true })).toBe(1);
    await runAsWorker();
    expect(built.map((b) => b.council)).toEqual([String(council.C)]);
    expect(await statusOf(council.C)).toMatchObject({ status: 'succeeded' });
  });

  /** Processes whose command line holds `marker` (the build's `--trigger=`), still running. */
  const processesWith = (marker: string) =>
    spawnSync('ps', ['-A', '-o', 'args='], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((line) => line.includes(marker) && !line.includes('ps -A'));

  it('rebuilds run one after another in one warm build process, not a new one each, and a stop ends it', async () => {
    delete process.env.SITE_DEPLOY_HOOK_URL;
    const { stopWarmBuilder, warmBuilderPid } = await import('@cms/jobs/warmBuilder');
    try {
      await payload.create({ collection: 'offers', data: offer(council.D) });
      await runAsWorker();
      const first = await statusOf(council.D);
      expect(first).toMatchObject({ status: 'succeeded' });
      const pid = warmBuilderPid();
      expect(pid).toBeGreaterThan(0);
      await payload.create({ collection: 'offers', data: offer(council.D) });
      await runAsWorker();
      const second = await statusOf(council.D);
      expect(second).toMatchObject({ status: 'succeeded' });
      expect(Date.parse(second!.startedAt!)).toBeGreaterThan(Date.parse(first!.startedAt!));
      // The same process built both: Payload was opened once.
      expect(warmBuilderPid()).toBe(pid);
      stopWarmBuilder();
      const gone = async () => {
        for (let i = 0; i < 100; i++) {
          try {
            process.kill(pid!, 0);
          } catch {
            return true;
          }
          await pause(100);
        }
        return false;
      };
      expect(await gone()).toBe(true);
    } finally {
      process.env.SITE_DEPLOY_HOOK_URL = `http://127.0.0.1:${(hook.address() as { port: number }).port}/deploy`;
    }
  }, 240_000);

  it('a build that outruns its step’s limit fails the council with the limit’s message, is not retried, and leaves no process running', async () => {
    delete process.env.SITE_DEPLOY_HOOK_URL;
    process.env.SITE_BUILD_TIMEOUT_MS = '1';
    try {
      const title = `Limit ${randomBytes(4).toString('hex')}`;
      await payload.create({ collection: 'offers', data: { ...offer(council.B), title } });
      await runAsWorker();
      const status = await statusOf(council.B);
      expect(status).toMatchObject({ status: 'failed' });
      expect(status?.message).toMatch(/The build took longer than 1 ms/);
      // Not retried: nothing is due now, or later.
      const jobs = (await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs;
      expect(jobs.map((j) => ({ error: Boolean(j.hasError), waiting: Boolean(j.waitUntil && new Date(j.waitUntil).getTime() > Date.now()) }))).toEqual([{ error: true, waiting: false }]);
      await runAsWorker();
      expect((await statusOf(council.B))?.startedAt).toBe(status?.startedAt);
      expect(processesWith(title.split(' ')[1]!)).toEqual([]);
    } finally {
      delete process.env.SITE_BUILD_TIMEOUT_MS;
      process.env.SITE_DEPLOY_HOOK_URL = `http://127.0.0.1:${(hook.address() as { port: number }).port}/deploy`;
    }
  }, 240_000);

  it('a whole rebuild that outruns the job’s limit is stopped with its child processes; the council says so and the job is not retried', async () => {
    delete process.env.SITE_DEPLOY_HOOK_URL;
    process.env.SITE_BUILD_JOB_TIMEOUT_MS = '1500';
    try {
      const title = `Stalled ${randomBytes(4).toString('hex')}`;
      await payload.create({ collection: 'offers', data: { ...offer(council.C), title } });
      const started = Date.now();
      await runAsWorker();
      expect(Date.now() - started).toBeLessThan(30_000);
      const status = await statusOf(council.C);
      expect(status).toMatchObject({ status: 'failed' });
      expect(status?.message).toMatch(/^The build took longer than 1.5 seconds/);
      const jobs = (await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs;
      expect(jobs.map((j) => Boolean(j.hasError))).toEqual([true]);
      await pause(300);
      expect(processesWith(title.split(' ')[1]!)).toEqual([]);
    } finally {
      delete process.env.SITE_BUILD_JOB_TIMEOUT_MS;
      process.env.SITE_DEPLOY_HOOK_URL = `http://127.0.0.1:${(hook.address() as { port: number }).port}/deploy`;
    }
  }, 240_000);
});
