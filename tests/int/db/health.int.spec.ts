import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { livenessResponse, readinessResponse } from '@cms/lib/health';
import { recordBuild } from '@cms/jobs/siteRebuild';
import { councilData } from '@tests/helpers/accounts';
import { startTestS3, type TestS3 } from '@tests/helpers/s3Server';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 23, part 5: the admin's `/healthz` and `/readyz` (cms/app/healthz, cms/app/readyz; the
 * answers are made by cms/lib/health.ts, tested here against a real database and a local S3
 * server). Ready means the database answers and the uploads' storage is reachable; 503 says which
 * check failed, and nothing in the answer is secret.
 */
let cms: TestCms;
let payload: Payload;
let s3: TestS3;
let dataDir: string;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  s3 = await startTestS3();
  dataDir = mkdtempSync(path.join(tmpdir(), 'lop-health-'));
  const first = await payload.create({ collection: 'authorities', data: councilData('Healthy'), context: { seeding: true } });
  await payload.create({ collection: 'authorities', data: councilData('Broken'), context: { seeding: true } });
  await payload.create({ collection: 'authorities', data: councilData('Fine'), context: { seeding: true } });
  await recordBuild(payload, first.id, { status: 'succeeded', trigger: 'test', message: 'secret-ish detail of Healthy' });
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await cms?.stop();
  await s3?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const answer = async (res: Response) => ({ status: res.status, cache: res.headers.get('cache-control'), text: await res.text() });

describe(`the admin's health answers (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('/healthz: 200 and a tiny JSON, without touching the database', async () => {
    const find = vi.spyOn(payload, 'find');
    const res = await answer(livenessResponse());
    expect(res).toEqual({ status: 200, cache: 'no-store', text: '{"status":"ok"}' });
    expect(find).not.toHaveBeenCalled();
  });

  it('/readyz: 200 with the database and the local media folder, counting builds by state and naming no council', async () => {
    const res = await answer(await readinessResponse(payload, { env: { DATA_DIR: dataDir } }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ status: 'ok', checks: { database: 'ok', storage: 'ok' }, builds: { succeeded: 1, 'never built': 2 } });
    expect(res.text).not.toMatch(/Healthy|secret-ish|lop-health/);
  });

  it('/readyz: 503 naming the database when it fails or does not answer in time', async () => {
    vi.spyOn(payload, 'find').mockRejectedValueOnce(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'));
    let res = await answer(await readinessResponse(payload, { env: { DATA_DIR: dataDir } }));
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text)).toEqual({ status: 'failing', checks: { database: 'unreachable', storage: 'ok' } });
    expect(res.text).not.toMatch(/10\.0\.0\.5|hunter2/);
    vi.spyOn(payload, 'find').mockImplementationOnce(() => new Promise(() => {}));
    res = await answer(await readinessResponse(payload, { env: { DATA_DIR: dataDir }, ms: 300 }));
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text).checks.database).toBe('no answer within 300 ms');
  });

  it('/readyz: 503 naming storage when the local data folder cannot be written', async () => {
    const res = await answer(await readinessResponse(payload, { env: { DATA_DIR: path.join(dataDir, 'no', 'such', 'folder') } }));
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text).checks).toEqual({ database: 'ok', storage: 'unreachable' });
  });

  it('/readyz with S3_BUCKET: the bucket answers HeadBucket (200); a bucket that is not there, or a server that is down, is 503', async () => {
    expect((await readinessResponse(payload, { env: s3.env })).status).toBe(200);
    const missing = await answer(await readinessResponse(payload, { env: { ...s3.env, S3_BUCKET: 'no-such-bucket' } }));
    expect(missing.status).toBe(503);
    expect(JSON.parse(missing.text).checks.storage).toBe('unreachable');
    expect(missing.text).not.toContain(s3.endpoint);
    const down = await startTestS3(['gone']);
    await down.stop();
    expect((await readinessResponse(payload, { env: down.env })).status).toBe(503);
  });
});
