/**
 * Site releases in object storage (issue 23, part 4): with `SITE_RELEASE_BUCKET` set, each
 * council's site, once built and served here, is uploaded to that S3-compatible bucket as a
 * release of its own, then the council's pointer is switched to it in one write:
 *
 *   <council>/releases/<id>/…      every file of the build, byte for byte, never changed again
 *   <council>/current.json         { "release": "<id>", "prefix": "<council>/releases/<id>/", … }
 *
 * A static host or CDN serves the release `current.json` names (README, "Sites on a static host
 * or CDN"). Until the pointer is written, readers keep the release before; a failed upload never
 * writes it, so they keep that one. The last `SITE_RELEASE_KEEP` releases stay (the current one
 * always), for rollback: write an older id into `current.json`.
 *
 * Each object gets the Content-Type the platform's server sends (`typeOf`, `./siteFiles`), and
 * the precompressed copies (`page.html.br`, `page.html.gz`) their original's type with
 * `Content-Encoding`, for hosts that choose a copy by rewriting the path. Cache-Control: hashed
 * assets (`/_astro/`) a year, immutable; everything else `RELEASE_SHORT_CACHE` (a switch reaches
 * readers within a minute); the pointer itself `no-cache`.
 *
 * The endpoint, region and credentials are the media bucket's (`S3_*`): one account, two buckets
 * (media is private, releases are public through the host).
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { z } from 'zod';
import { settings, type SettingsEnv } from '@platform/config';
import { s3ClientConfig } from '@cms/lib/mediaStore';
import { IMMUTABLE_CACHE, IMMUTABLE_PREFIX } from '@site/lib/securityPolicy';
import { COPIES, typeOf } from '@platform/server/siteFiles';

/** HTML and every file whose name does not change with its content: kept a minute by browsers and CDNs. */
export const RELEASE_SHORT_CACHE = 'public, max-age=60';
/** The pointer: always asked again. */
export const POINTER_CACHE = 'no-cache';
export const POINTER_FILE = 'current.json';
/** The platform's directory of sites (which host and path is which council's), copied to the bucket's root for an edge function to route by. */
export const DIRECTORY_FILE = 'sites.json';
/** How many uploads run at once. */
const PARALLEL = 8;

/** What `<council>/current.json` says. */
export const releasePointerSchema = z.object({
  release: z.string().regex(/^[0-9A-Za-z-]+$/),
  prefix: z.string(),
  publishedAt: z.string(),
  files: z.number().int().nonnegative(),
});
export type ReleasePointer = z.infer<typeof releasePointerSchema>;

/** Where releases go, when they go anywhere: the bucket and how many to keep. */
export type ReleaseTarget = { bucket: string; keep: number; client: S3Client };

/** The release bucket from the settings, or null when releases are off (`SITE_RELEASE_BUCKET` unset). */
export function releaseTarget(env?: SettingsEnv): ReleaseTarget | null {
  const s = settings(env);
  if (!s.SITE_RELEASE_BUCKET) return null;
  return { bucket: s.SITE_RELEASE_BUCKET, keep: s.SITE_RELEASE_KEEP, client: new S3Client(s3ClientConfig(s)) };
}

/** A new release's id: its time, then a few random letters; sorted by name, oldest first. */
export const newReleaseId = (now = new Date()) => `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;

/** Every file of a site folder, as paths inside it with `/` (hidden files left out, as the server does). */
function filesOf(folder: string): string[] {
  const names: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue;
      const full = path.join(dir, item.name);
      const isDir = item.isDirectory() || (item.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory());
      if (isDir) walk(full, `${prefix}${item.name}/`);
      else names.push(`${prefix}${item.name}`);
    }
  };
  walk(folder, '');
  return names.sort();
}

/** The headers an object of the release is stored with. */
export function objectHeaders(name: string, present: Set<string>): { ContentType: string; CacheControl: string; ContentEncoding?: string } {
  const copy = COPIES.find(([, suffix]) => name.endsWith(suffix) && present.has(name.slice(0, -suffix.length)));
  const original = copy ? name.slice(0, -copy[1].length) : name;
  const CacheControl = `/${original}`.startsWith(IMMUTABLE_PREFIX) ? IMMUTABLE_CACHE : RELEASE_SHORT_CACHE;
  return { ContentType: typeOf(original), CacheControl, ...(copy ? { ContentEncoding: copy[0] } : {}) };
}

/** The release `<slug>/current.json` names now, or null when there is none. */
export async function currentRelease(target: ReleaseTarget, slug: string): Promise<ReleasePointer | null> {
  try {
    const object = await target.client.send(new GetObjectCommand({ Bucket: target.bucket, Key: `${slug}/${POINTER_FILE}` }));
    return releasePointerSchema.parse(JSON.parse(await object.Body!.transformToString()));
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
    throw error;
  }
}

/** The ids of the council's releases in the bucket, oldest first. */
export async function listReleases(target: ReleaseTarget, slug: string): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = await target.client.send(
      new ListObjectsV2Command({ Bucket: target.bucket, Prefix: `${slug}/releases/`, Delimiter: '/', ContinuationToken: token }),
    );
    for (const p of page.CommonPrefixes ?? []) if (p.Prefix) ids.push(p.Prefix.slice(`${slug}/releases/`.length, -1));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return ids.sort();
}

/**
 * Runs `work` over `items`, `PARALLEL` at a time. The first failure starts no more, and is
 * thrown once the ones under way have ended (so nothing is still being written after).
 */
async function eachInParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL, items.length) }, lane));
  const first = ended.find((lane) => lane.status === 'rejected');
  if (first) throw first.reason;
}

export type PublishedRelease = ReleasePointer & { removed: string[] };

/**
 * Uploads the site in `folder` (a build folder, or the symlink to one: resolved once, and a
 * served build folder never changes) as a new release of `slug`, then switches
 * `<slug>/current.json` to it in one write, then deletes releases beyond the newest `keep`
 * (never the current one). Throws if any upload fails: the pointer is then as it was.
 */
export async function publishRelease(target: ReleaseTarget, slug: string, folder: string, { now = new Date() }: { now?: Date } = {}): Promise<PublishedRelease> {
  const source = realpathSync(folder);
  const release = newReleaseId(now);
  const prefix = `${slug}/releases/${release}/`;
  const names = filesOf(source);
  const present = new Set(names);
  try {
    await eachInParallel(names, async (name) => {
      await target.client.send(
        new PutObjectCommand({ Bucket: target.bucket, Key: `${prefix}${name}`, Body: readFileSync(path.join(source, name)), ...objectHeaders(name, present) }),
      );
    });
  } catch (error) {
    // What did go up is no release: taken away again where the bucket lets us (nothing points at it either way).
    await deleteRelease(target, slug, release).catch(() => undefined);
    throw error;
  }
  const pointer: ReleasePointer = { release, prefix, publishedAt: now.toISOString(), files: names.length };
  await target.client.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: `${slug}/${POINTER_FILE}`,
      Body: `${JSON.stringify(pointer, null, 2)}\n`,
      ContentType: 'application/json; charset=utf-8',
      CacheControl: POINTER_CACHE,
    }),
  );
  return { ...pointer, removed: await pruneReleases(target, slug, release) };
}

/** Deletes the council's releases beyond the newest `keep`, never `current`. Returns the ids deleted. */
export async function pruneReleases(target: ReleaseTarget, slug: string, current: string): Promise<string[]> {
  const ids = await listReleases(target, slug);
  const old = ids.slice(0, Math.max(0, ids.length - target.keep)).filter((id) => id !== current);
  for (const id of old) await deleteRelease(target, slug, id);
  return old;
}

/** Deletes every object of one release: a page of them at a time, listed again from the start until none is left. */
async function deleteRelease(target: ReleaseTarget, slug: string, id: string): Promise<void> {
  for (;;) {
    const page = await target.client.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: `${slug}/releases/${id}/` }));
    const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
    if (!keys.length) return;
    await target.client.send(new DeleteObjectsCommand({ Bucket: target.bucket, Delete: { Objects: keys, Quiet: true } }));
  }
}

/** Copies the platform's `sites.json` (host names and paths of each council's site: nothing private) to the bucket's root, replacing the last. */
export async function publishDirectory(target: ReleaseTarget, file: string): Promise<void> {
  await target.client.send(
    new PutObjectCommand({ Bucket: target.bucket, Key: DIRECTORY_FILE, Body: readFileSync(file), ContentType: 'application/json; charset=utf-8', CacheControl: POINTER_CACHE }),
  );
}
