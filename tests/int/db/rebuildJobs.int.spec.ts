import { createServer, type Server } from 'node:http';
import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import type { PayloadJob } from '@cms/payload-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { restClient } from '@tests/helpers/rest';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Rebuilds are durable jobs, per council: publishing in council A queues a rebuild of A's
 * site only; a change to national content queues one for every council; a burst of
 * publishes makes one job; the jobs are rows in the database (so a restart loses none) and
 * any process with the worker runs them. The build here is the deploy hook (a real build is
 * in tests/e2e/admin-workflow.e2e.spec.ts and siteBuild.int.spec.ts).
 */
let cms: TestCms;
let payload: Payload;
let hook: Server;
const built: { council: string; trigger: string }[] = [];
const council = {} as Record<'A' | 'B' | 'C', number>;
let areaId: number;

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      built.push(JSON.parse(body));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  process.env.SITE_REBUILD_ON_PUBLISH = '1';
  process.env.SITE_REBUILD_DEBOUNCE_MS = '20';
  process.env.SITE_DEPLOY_HOOK_URL = `http://127.0.0.1:${(hook.address() as { port: number }).port}/deploy`;
  cms = await startTestCms();
  payload = cms.payload;
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 }, context: { seeding: true } })).id;
  for (const key of ['A', 'B', 'C'] as const) {
    council[key] = (await payload.create({ collection: 'authorities', data: councilData(key), context: { seeding: true } })).id;
  }
});

afterAll(async () => {
  delete process.env.SITE_REBUILD_ON_PUBLISH;
  delete process.env.SITE_DEPLOY_HOOK_URL;
  hook?.close();
  await cms?.stop();
});

const offer = (c: number, n: number): RequiredDataFromCollectionSlug<'offers'> => ({
  council: c, title: `Offer ${n}`, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local',
  legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, // the collection's defaults
  howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01', _status: 'published',
});

/** Waits for the hooks to queue, lets the debounce pass, and runs what is due, as the worker would. */
async function work() {
  const { rebuildRequestsQueued } = await import('@cms/hooks/scheduleSiteRebuild');
  const { runDueBuilds } = await import('@cms/jobs/siteRebuild');
  await rebuildRequestsQueued();
  const queued = await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, pagination: false, depth: 0 });
  await new Promise((r) => setTimeout(r, 60));
  await runDueBuilds(payload);
  return queued.docs;
}

describe(`site rebuilds as jobs (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('publishing in one council queues one job for that council only, stored in the database, and runs it', async () => {
    built.length = 0;
    // A burst of three publishes: one build.
    for (let n = 1; n <= 3; n++) await payload.create({ collection: 'offers', data: offer(council.A, n) });
    const queued = await work();
    expect(queued.map((j) => (j.input as { council: string }).council)).toEqual([String(council.A)]);
    expect(built.map((b) => b.council)).toEqual([String(council.A)]);
    const a = await payload.findByID({ collection: 'authorities', id: council.A });
    expect(a.build).toMatchObject({ status: 'succeeded', trigger: expect.stringMatching(/offers “offer-1” published/) });
    for (const other of [council.B, council.C]) expect((await payload.findByID({ collection: 'authorities', id: other })).build?.status ?? null).toBeNull();
    const done = await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: true } }, depth: 0 });
    expect(done.totalDocs).toBeGreaterThanOrEqual(1);
  });

  it('a change to national content rebuilds every council’s site', async () => {
    built.length = 0;
    await payload.create({ collection: 'glossary-terms', data: { term: 'Pathway plan', meaning: 'Your plan.', _status: 'published' } });
    const queued = await work();
    // One job for all of them (one build run); the deploy hook is called once per council.
    expect(queued.map((j) => (j.input as { council: string }).council)).toEqual(['all']);
    expect(built.map((b) => b.council).sort()).toEqual([council.A, council.B, council.C].map(String).sort());
    for (const id of [council.A, council.B, council.C]) {
      expect((await payload.findByID({ collection: 'authorities', id })).build).toMatchObject({ status: 'succeeded', trigger: expect.stringMatching(/pathway-plan/) });
    }
  });

  it('a job deleted by hand does not leave its council "scheduled" for ever: the next publish queues a new one', async () => {
    built.length = 0;
    await payload.create({ collection: 'offers', data: offer(council.B, 21) });
    const { rebuildRequestsQueued } = await import('@cms/hooks/scheduleSiteRebuild');
    await rebuildRequestsQueued();
    expect((await payload.findByID({ collection: 'authorities', id: council.B })).build?.status).toBe('scheduled');
    await payload.delete({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true });
    await payload.create({ collection: 'offers', data: offer(council.B, 22) });
    const queued = await work();
    expect(queued.map((j) => (j.input as { council: string }).council)).toEqual([String(council.B)]);
    expect(built.map((b) => b.council)).toEqual([String(council.B)]);
    expect((await payload.findByID({ collection: 'authorities', id: council.B })).build?.status).toBe('succeeded');
  });

  it('a draft save queues nothing', async () => {
    built.length = 0;
    await payload.create({ collection: 'offers', draft: true, data: { ...offer(council.B, 9), _status: 'draft' } });
    const queued = await work();
    expect(queued).toEqual([]);
    expect(built).toEqual([]);
  });

  it('only platform admins queue, run or cancel jobs through the API', async () => {
    const rest = await restClient((await import('@cms/payload.config')).default);
    await payload.create({ collection: 'users', data: { email: 'first@test.example', password: 'pw-first-123456', name: 'First', platformRole: 'admin' } });
    await payload.create({ collection: 'users', data: { email: 'staff@test.example', password: 'pw-staff-123456', name: 'Staff', ...accountData('staff', council.A) } });
    const { token } = await payload.login({ collection: 'users', data: { email: 'staff@test.example', password: 'pw-staff-123456' } });
    built.length = 0;
    await payload.create({ collection: 'offers', data: offer(council.B, 11) });
    const { rebuildRequestsQueued } = await import('@cms/hooks/scheduleSiteRebuild');
    await rebuildRequestsQueued();
    await new Promise((r) => setTimeout(r, 60));
    const run = await rest('GET', '/payload-jobs/run?queue=site-builds', { token });
    expect(run.status).toBeGreaterThanOrEqual(401);
    expect((await rest('GET', '/payload-jobs?limit=10', { token })).status).toBeGreaterThanOrEqual(401);
    expect(built).toEqual([]);
    // The worker runs it.
    const { runDueBuilds } = await import('@cms/jobs/siteRebuild');
    await runDueBuilds(payload);
    expect(built.map((b) => b.council)).toEqual([String(council.B)]);
  });

  it('a queued job survives a restart: another Payload on the same database runs it', async () => {
    built.length = 0;
    await payload.create({ collection: 'offers', data: offer(council.C, 10) });
    const { rebuildRequestsQueued } = await import('@cms/hooks/scheduleSiteRebuild');
    await rebuildRequestsQueued();
    // What a restarted (or second) process sees: the job, in the database.
    const pending = await payload.db.find<PayloadJob>({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, limit: 10, pagination: false });
    expect(pending.docs.map((j) => j.input)).toEqual([expect.objectContaining({ council: String(council.C) })]);
    await new Promise((r) => setTimeout(r, 60));
    await payload.jobs.run({ queue: 'site-builds' });
    expect(built.map((b) => b.council)).toEqual([String(council.C)]);
  });
});
