/**
 * A local S3-compatible server for tests (`s3rver`, from npm), started by the test itself in
 * this process on a free port, with its files in a temp folder. It checks request signatures
 * against the one account it knows (`S3RVER` / `S3RVER`). s3rver on its own lets unsigned
 * requests read any object; a real bucket is private by default (S3's Block Public Access), so
 * here every bucket but those named public refuses an unsigned request (403 AccessDenied), as
 * such a bucket does: every path of the platform is tested against a bucket that refuses
 * anonymous reads, and a test can show that an object is not readable anonymously. What the
 * platform asked for is recorded too (`requests`: no public ACL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { freePort } from './ports';

export type TestS3 = {
  /** The settings that point the platform at this server's bucket (`S3_*`). */
  env: { S3_BUCKET: string; S3_ENDPOINT: string; S3_REGION: string; S3_ACCESS_KEY_ID: string; S3_SECRET_ACCESS_KEY: string; S3_FORCE_PATH_STYLE: string };
  endpoint: string;
  bucket: string;
  /** The folder the server keeps objects in. */
  directory: string;
  /**
   * Every request the server was sent, with its access-control headers (`x-amz-acl`,
   * `x-amz-grant-*`): s3rver accepts and ignores ACLs (its `GetObjectAcl` is a stub), so a test
   * that no object was made public reads what the platform asked for here.
   */
  requests: { method: string; url: string; acl: Record<string, string> }[];
  stop: () => Promise<void>;
};

/** An unsigned request: none of S3's three ways of signing one. */
const unsigned = (ctx: { headers: Record<string, unknown>; query: Record<string, unknown> }) =>
  !('authorization' in ctx.headers) && !('X-Amz-Algorithm' in ctx.query) && !('Signature' in ctx.query);

/**
 * Starts a local S3-compatible server with the named buckets (the first is the one `env` names),
 * each private (unsigned requests refused) unless named in `publicBuckets` (a static host's
 * release bucket, which browsers or a CDN read).
 */
export async function startTestS3(buckets: string[] = ['lop-media'], { publicBuckets = [] }: { publicBuckets?: string[] } = {}): Promise<TestS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'lop-s3-'));
  const port = await freePort();
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
  const requests: TestS3['requests'] = [];
  // First in Koa's list (S3rver is a Koa app), before its router answers.
  server.middleware.unshift(async (ctx, next) => {
    const acl = Object.fromEntries(
      Object.entries(ctx.headers)
        .filter(([name]) => name === 'x-amz-acl' || name.startsWith('x-amz-grant-'))
        .map(([name, value]) => [name, String(value)]),
    );
    requests.push({ method: ctx.method, url: ctx.url, acl });
    // Path-style addressing (S3_FORCE_PATH_STYLE): the bucket is the path's first part.
    const bucket = decodeURIComponent(ctx.path.split('/')[1] ?? '');
    if (bucket && !publicBuckets.includes(bucket) && unsigned(ctx)) {
      ctx.status = 403;
      ctx.type = 'application/xml';
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><Resource>${ctx.path}</Resource></Error>`;
      return;
    }
    await next();
  });
  await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const bucket = buckets[0] ?? 'lop-media';
  return {
    env: { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: 'eu-west-2', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: '1' },
    endpoint,
    bucket,
    directory,
    requests,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
