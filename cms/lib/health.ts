/**
 * The admin's health answers (issue 23, part 5), for a load balancer and a process manager.
 * Answered by `cms/app/healthz/route.ts` and `cms/app/readyz/route.ts`, with no sign-in, and
 * nothing secret in them: no addresses, no error details, no council's name.
 *
 * - `GET /healthz`: the process answers (200, `{"status":"ok"}`); touches nothing else, so a
 *   database outage never makes a process manager restart every admin.
 * - `GET /readyz`: this admin can do its work: the database answers a query, and the uploads'
 *   storage is reachable (the bucket answers HeadBucket when `S3_BUCKET` is set, else the local
 *   media folder can be written); each check has a time limit. 503 names the check that failed.
 *   It also counts the councils' last site builds by state (`builds`): a failed build is not the
 *   admin failing, so it never makes this 503. Which council's build failed is its staff's to see
 *   (README, security rules: "Build status and errors are the council's"), so only counts.
 */
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { Payload } from 'payload';
import { dataDir } from '@cms/paths';
import { settings, type SettingsEnv } from '@content/model/settings';

/** How long each readiness check may take before it counts as failed. */
export const READINESS_CHECK_MS = 3000;

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

export function livenessResponse(): Response {
  return new Response(JSON.stringify({ status: 'ok' }), { status: 200, headers: JSON_HEADERS });
}

/** `work`, or a rejection once `ms` have passed. */
async function within<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** `ok`, or what went wrong in words that give nothing away (the full error goes to the log). */
async function check(payload: Payload, name: string, ms: number, work: () => Promise<unknown>): Promise<string> {
  try {
    await within(ms, work);
    return 'ok';
  } catch (error) {
    payload.logger.warn({ err: error, msg: `Readiness check "${name}" failed` });
    return (error as Error).message === 'timed out' ? `no answer within ${ms} ms` : 'unreachable';
  }
}

/** The uploads' storage: the bucket (HeadBucket), or the local media folder (or, before the first upload, the data folder it goes in) writable. */
async function reachStorage(env: SettingsEnv | undefined, ms: number): Promise<void> {
  const s = settings(env);
  if (s.S3_BUCKET) {
    const client = new S3Client({
      region: s.S3_REGION,
      ...(s.S3_ENDPOINT ? { endpoint: s.S3_ENDPOINT } : {}),
      forcePathStyle: s.S3_FORCE_PATH_STYLE,
      ...(s.S3_ACCESS_KEY_ID && s.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: s.S3_ACCESS_KEY_ID, secretAccessKey: s.S3_SECRET_ACCESS_KEY } } : {}),
      maxAttempts: 1,
    });
    try {
      await client.send(new HeadBucketCommand({ Bucket: s.S3_BUCKET }), { abortSignal: AbortSignal.timeout(ms) });
    } finally {
      client.destroy();
    }
    return;
  }
  const media = path.join(dataDir(env), 'media');
  try {
    await access(media, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await access(dataDir(env), constants.W_OK);
  }
}

export type Readiness = {
  status: 'ok' | 'failing';
  checks: { database: string; storage: string };
  /** How many councils' last site build is in each state. */
  builds?: Record<string, number>;
};

/** What `/readyz` says, and its status code (200, or 503 when a check failed). */
export async function readiness(payload: Payload, { env, ms = READINESS_CHECK_MS }: { env?: SettingsEnv; ms?: number } = {}): Promise<{ code: number; body: Readiness }> {
  let builds: Record<string, number> | undefined;
  const [database, storage] = await Promise.all([
    check(payload, 'database', ms, async () => {
      const { docs } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, overrideAccess: true, select: { build: true } });
      builds = {};
      for (const doc of docs) {
        const state = doc.build?.status ?? 'never built';
        builds[state] = (builds[state] ?? 0) + 1;
      }
    }),
    check(payload, 'storage', ms, () => reachStorage(env, ms)),
  ]);
  const ok = database === 'ok' && storage === 'ok';
  return { code: ok ? 200 : 503, body: { status: ok ? 'ok' : 'failing', checks: { database, storage }, ...(builds ? { builds } : {}) } };
}

export async function readinessResponse(payload: Payload, options?: { env?: SettingsEnv; ms?: number }): Promise<Response> {
  const { code, body } = await readiness(payload, options);
  return new Response(JSON.stringify(body), { status: code, headers: JSON_HEADERS });
}
