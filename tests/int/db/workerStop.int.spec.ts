import { createServer, type Server } from 'node:http';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilData } from '@tests/helpers/accounts';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 23, part 5: the worker told to stop (SIGTERM, `platform/scripts/worker.ts`) finishes the
 * build under way and starts no other, though more are due: they stay queued for the next worker.
 * The builds call a deploy hook (quick); the hook asks the worker to stop during the first one.
 */
let cms: TestCms;
let payload: Payload;
let hook: Server;
const built: string[] = [];
let stopping = false;

beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      built.push(String((JSON.parse(body) as { council: unknown }).council));
      // SIGTERM arrives while this build is under way.
      stopping = true;
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const address = hook.address();
  process.env.SITE_DEPLOY_HOOK_URL = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/deploy`;
  cms = await startTestCms();
  payload = cms.payload;
});

afterAll(async () => {
  delete process.env.SITE_DEPLOY_HOOK_URL;
  await cms?.stop();
  await new Promise((resolve) => hook?.close(resolve));
});

describe(`the worker stopping (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('finishes the build under way and starts none of the others due', async () => {
    const { BUILD_QUEUE, BUILD_TASK, runDueBuilds } = await import('@cms/jobs/siteRebuild');
    const ids: string[] = [];
    for (const name of ['One', 'Two', 'Three']) {
      const council = await payload.create({ collection: 'authorities', data: councilData(name), context: { seeding: true } });
      ids.push(String(council.id));
      await payload.jobs.queue({ task: BUILD_TASK, input: { council: String(council.id), trigger: 'test' }, queue: BUILD_QUEUE });
    }
    const ran = await runDueBuilds(payload, { stop: () => stopping });
    expect(ran).toBe(1);
    expect(built).toEqual([ids[0]]);
    const waiting = await payload.find({ collection: 'payload-jobs', where: { and: [{ queue: { equals: BUILD_QUEUE } }, { completedAt: { exists: false } }] }, depth: 0, overrideAccess: true });
    expect(waiting.totalDocs).toBe(2);
  });
});
