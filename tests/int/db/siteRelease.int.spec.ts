import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Payload } from 'payload';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BuildSitesOptions, SiteToBuild } from '@platform/build/buildSite';
import { councilData } from '@tests/helpers/accounts';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';
import { startTestS3, type TestS3 } from '@tests/helpers/s3Server';

/**
 * Issue 23, part 4: with SITE_RELEASE_BUCKET set, each council's build is uploaded as a new
 * release and `<council>/current.json` switched to it in one write, after every file is up; the
 * release before stays; a failed upload leaves the pointer as it was and fails the council's
 * build status. The Astro build is replaced here by one that writes a small site of every kind of
 * file (a page, a hashed asset, its precompressed copy, random bytes) and swaps it in as the real
 * one does; the upload, the bucket (s3rver), the status and the pointer are real.
 */
vi.mock('@platform/build/buildSite', async (original) => {
  const { newBuildFolder, swapInto } = await import('@platform/build/siteFolders');
  return {
    ...(await original<typeof import('@platform/build/buildSite')>()),
    buildSites: async (sites: SiteToBuild[], { onLive }: BuildSitesOptions = {}) => {
      const outcomes = [];
      for (const site of sites) {
        const folder = newBuildFolder(site.outDir);
        const page = `<!doctype html><title>${site.key}</title><p>${randomBytes(8).toString('hex')}</p>`;
        mkdirSync(path.join(folder, 'offers', 'travel'), { recursive: true });
        mkdirSync(path.join(folder, '_astro'));
        writeFileSync(path.join(folder, 'index.html'), page);
        writeFileSync(path.join(folder, 'index.html.br'), brotliCompressSync(page));
        writeFileSync(path.join(folder, 'offers', 'travel', 'index.html'), `<!doctype html><title>Travel</title>`);
        writeFileSync(path.join(folder, '_astro', 'site.Ab12Cd.css'), 'body{color:#0b0c0c}');
        writeFileSync(path.join(folder, 'photo.webp'), randomBytes(70_000));
        writeFileSync(path.join(folder, '404.html'), '<!doctype html><title>Page not found</title>');
        swapInto(folder, site.outDir);
        const outcome = { key: site.key, ok: true as const, pages: 2, siteUrl: undefined };
        await onLive?.(outcome);
        outcomes.push(outcome);
      }
      return outcomes;
    },
  };
});

/** Every request the platform's release uploads send, in order (command name and key). */
const sent: { command: string; key: string | undefined }[] = [];
/** Set by a test: a request that fails, as a bucket refusing an upload would. */
let refuse: ((command: string, key: string | undefined) => boolean) | null = null;
vi.mock('@platform/build/siteRelease', async (original) => {
  const real = await original<typeof import('@platform/build/siteRelease')>();
  return {
    ...real,
    releaseTarget: (env?: Record<string, string | undefined>) => {
      const target = real.releaseTarget(env);
      target?.client.middlewareStack.add(
        (next, context) => async (args) => {
          const key = 'Key' in args.input && typeof args.input.Key === 'string' ? args.input.Key : undefined;
          const command = String(context.commandName);
          sent.push({ command, key });
          if (refuse?.(command, key)) throw new Error('Access Denied (refused by the test)');
          return next(args);
        },
        { step: 'initialize', name: 'recordForTest' },
      );
      return target;
    },
  };
});

let cms: TestCms;
let payload: Payload;
let s3: TestS3;
let sitesDir: string;
let client: S3Client;
const BUCKET = 'lop-sites';

beforeAll(async () => {
  s3 = await startTestS3(['lop-media', BUCKET]);
  sitesDir = mkdtempSync(path.join(tmpdir(), 'lop-releases-'));
  Object.assign(process.env, s3.env, { SITE_OUT_DIR: sitesDir, SITE_RELEASE_BUCKET: BUCKET, SITE_RELEASE_KEEP: '2' });
  client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.env.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.env.S3_ACCESS_KEY_ID, secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY },
  });
  cms = await startTestCms();
  payload = cms.payload;
  await payload.create({ collection: 'authorities', data: councilData('Upland'), context: { seeding: true } });
});

afterEach(() => {
  refuse = null;
});

afterAll(async () => {
  for (const name of [...Object.keys(s3?.env ?? {}), 'SITE_OUT_DIR', 'SITE_RELEASE_BUCKET', 'SITE_RELEASE_KEEP']) delete process.env[name];
  client?.destroy();
  await cms?.stop();
  await s3?.stop();
  if (sitesDir) rmSync(sitesDir, { recursive: true, force: true });
});

const read = async (key: string) => Buffer.from((await (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray()));
const pointer = async (slug: string) => JSON.parse((await read(`${slug}/current.json`)).toString('utf8')) as { release: string; prefix: string; files: number };
const keysUnder = async (prefix: string) => {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key!));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys.sort();
};
/** Every file of the folder the council's site is served from, by path inside it. */
const servedFiles = (slug: string) => {
  const root = path.join(sitesDir, slug);
  const names = ['index.html', 'index.html.br', 'offers/travel/index.html', '_astro/site.Ab12Cd.css', 'photo.webp', '404.html'];
  return new Map(names.map((name) => [name, readFileSync(path.join(root, name))]));
};

async function build() {
  const { buildCouncilSites, listCouncils } = await import('@platform/build/councilSites');
  const councils = await listCouncils(payload);
  sent.length = 0;
  const results = await buildCouncilSites(payload, councils, { trigger: 'test', log: () => {} });
  const status = (await payload.findByID({ collection: 'authorities', id: councils[0]!.id, depth: 0 })).build;
  return { slug: councils[0]!.slug, result: results[0]!, status };
}

describe(`site releases in a bucket (${process.env.TEST_DB || 'sqlite'})`, () => {
  let first: { release: string; prefix: string };

  it('uploads every file of the build byte for byte, with its type and caching, then points current.json at it', async () => {
    const { slug, result, status } = await build();
    expect(result.ok).toBe(true);
    first = await pointer(slug);
    expect(first.prefix).toBe(`${slug}/releases/${first.release}/`);
    const files = servedFiles(slug);
    expect(await keysUnder(first.prefix)).toEqual([...files.keys()].map((name) => `${first.prefix}${name}`).sort());
    for (const [name, bytes] of files) expect((await read(`${first.prefix}${name}`)).equals(bytes), name).toBe(true);
    const head = (name: string) => client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${first.prefix}${name}` }));
    expect(await head('index.html')).toMatchObject({ ContentType: 'text/html; charset=utf-8', CacheControl: 'public, max-age=60' });
    expect(await head('index.html.br')).toMatchObject({ ContentType: 'text/html; charset=utf-8', ContentEncoding: 'br' });
    expect(await head('_astro/site.Ab12Cd.css')).toMatchObject({ ContentType: 'text/css; charset=utf-8', CacheControl: 'public, max-age=31536000, immutable' });
    expect((await head('photo.webp')).ContentType).toBe('image/webp');
    expect(status).toMatchObject({ status: 'succeeded' });
    expect(status?.message).toContain(`Release ${first.release} is live`);
    // The practice library's site goes up too, and the directory of which host is whose.
    expect((await pointer('library')).files).toBe(6);
    expect((await read('sites.json')).equals(readFileSync(path.join(sitesDir, 'sites.json')))).toBe(true);
  });

  it('switches the pointer in one write, after every file of the new release; the release before stays', async () => {
    const { slug, result } = await build();
    expect(result.ok).toBe(true);
    const second = await pointer(slug);
    expect(second.release).not.toBe(first.release);
    const puts = sent.filter((s) => s.command === 'PutObjectCommand' && s.key?.startsWith(`${slug}/`));
    const pointerWrites = puts.map((s, i) => (s.key === `${slug}/current.json` ? i : -1)).filter((i) => i >= 0);
    expect(pointerWrites).toHaveLength(1);
    expect(pointerWrites[0]).toBe(puts.length - 1);
    expect(puts.slice(0, -1).every((s) => s.key!.startsWith(second.prefix))).toBe(true);
    // Rollback is possible: the first release is whole.
    expect(await keysUnder(first.prefix)).toHaveLength(6);
  });

  it('a failed upload leaves the pointer on the release before and fails the build status, saying so', async () => {
    const { listCouncils } = await import('@platform/build/councilSites');
    const [council] = await listCouncils(payload);
    const before = await pointer(council!.slug);
    let puts = 0;
    refuse = (command, key) => command === 'PutObjectCommand' && Boolean(key?.startsWith(`${council!.slug}/releases/`)) && ++puts === 3;
    const { slug, result, status } = await build();
    expect(result.ok).toBe(false);
    expect(await pointer(slug)).toEqual(before);
    expect(sent.some((s) => s.command === 'PutObjectCommand' && s.key === `${slug}/current.json`)).toBe(false);
    expect(status?.status).toBe('failed');
    expect(status?.message).toContain(`still get release ${before.release}`);
    expect(status?.message).toContain('Access Denied');
    // The part that did go up is taken away again: only whole releases are in the bucket.
    const releases = new Set((await keysUnder(`${slug}/releases/`)).map((key) => key.split('/')[2]));
    expect(releases.size).toBe(2);
  });

  it(`keeps the newest SITE_RELEASE_KEEP releases, the current one always`, async () => {
    const { slug } = await build();
    const current = await pointer(slug);
    const releases = new Set((await keysUnder(`${slug}/releases/`)).map((key) => key.split('/')[2]));
    expect(releases.size).toBe(2);
    expect(releases.has(current.release)).toBe(true);
    expect(releases.has(first.release)).toBe(false);
  });
});
