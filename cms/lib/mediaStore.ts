/**
 * Where the media bytes are (issue 23, part 1): the one place that knows. Uploads live on the
 * local disk under `<DATA_DIR>/media` (the embedded default), or, when `S3_BUCKET` is set, in
 * that S3-compatible bucket, written there by `@payloadcms/storage-s3` (`mediaStoragePlugins`).
 *
 * The bucket is private: nothing here or in the plugin writes an ACL (so the bucket's own,
 * private, applies), and the plugin's proxy is kept (`disablePayloadAccessControl` is not
 * set), so a browser never reads the bucket: every file and image size is served by the admin
 * at `/api/media/file/<filename>`, after the Media collection's read rules (`readMedia`) have
 * allowed it. The documents' `url` stays that address, never a bucket address.
 *
 * `mediaStore()` reads and writes the same files for the platform's own scripts (the site
 * snapshot's export, the seed's rollback, backups): `read`, `exists`, `list`, `write`, `remove`,
 * by file name. An upload's object key in the bucket is its file name (and each image size's
 * its own): no prefix is configured, and `_objectKey` (see `objectKeyField`) is never set.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { s3Storage } from '@payloadcms/storage-s3';
import type { Field, Plugin, UploadConfig } from 'payload';
import { settings, type Settings, type SettingsEnv } from '@content/model/settings';
import { dataDir } from '@cms/paths';
import { adminOrigins } from '@cms/origins';

/** The media files, wherever they are kept. Every name is an upload's (or image size's) file name. */
export type MediaStore = {
  /** `disk` (`<DATA_DIR>/media`) or `s3` (the bucket `S3_BUCKET`). */
  kind: 'disk' | 's3';
  /** Where, for messages: the folder, or `s3://<bucket>`. */
  where: string;
  /** The file's bytes, or `null` when there is no such file. */
  read: (filename: string) => Promise<Buffer | null>;
  /** Whether the file is there. */
  exists: (filename: string) => Promise<boolean>;
  /** Every file name, sorted. */
  list: () => Promise<string[]>;
  /** Writes the file (bytes, or a stream: a restore's file from disk), replacing any of that name. */
  write: (filename: string, body: Buffer | Readable, contentType?: string) => Promise<void>;
  /** Deletes the file; nothing happens when there is none. */
  remove: (filename: string) => Promise<void>;
};

/** The folder uploads are kept in when there is no bucket (the Media collection's `staticDir`). */
export function localMediaDir(env?: SettingsEnv): string {
  return path.join(dataDir(env), 'media');
}

/**
 * The S3 client's settings, for the plugin and for `mediaStore` alike. Checksums only where
 * the S3 API requires them (`WHEN_REQUIRED`): the SDK's default since 3.729 sends a stream
 * whose length it does not know as `aws-chunked` with a trailing checksum, which S3-compatible
 * servers that don't speak it (s3rver, older MinIO and Ceph) store with the chunk framing
 * inside the object: a 200,000-byte file read back as 200,070 bytes
 * (`tests/unit/mediaStore.unit.spec.ts`).
 */
export function s3ClientConfig(s: Settings = settings()): S3ClientConfig {
  if (Boolean(s.S3_ACCESS_KEY_ID) !== Boolean(s.S3_SECRET_ACCESS_KEY)) {
    throw new Error('Settings S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both (a key and its secret), or neither (the SDK finds its own, such as an instance role).');
  }
  return {
    region: s.S3_REGION,
    forcePathStyle: s.S3_FORCE_PATH_STYLE,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(s.S3_ENDPOINT ? { endpoint: s.S3_ENDPOINT } : {}),
    ...(s.S3_ACCESS_KEY_ID && s.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: s.S3_ACCESS_KEY_ID, secretAccessKey: s.S3_SECRET_ACCESS_KEY } } : {}),
  };
}

/**
 * The storage plugin's `_objectKey` (an object's folder, for uploads sent straight from a
 * browser to the bucket: not used here), in the schema whether or not there is a bucket, so
 * both run on the same migrations (the plugin puts its own in place of this one). Payload never
 * takes it from an API write (`sanitizeUploadData`).
 */
export const objectKeyField: Field = { name: '_objectKey', type: 'text', admin: { hidden: true, readOnly: true } };

/**
 * The Payload plugins that keep the Media collection's files in the bucket, when `S3_BUCKET`
 * is set (none otherwise: the local disk, as Payload does it). No ACL (the bucket's private
 * default), no signed downloads and the access-controlled proxy kept: see the top of this file.
 */
export function mediaStoragePlugins(s: Settings = settings()): Plugin[] {
  if (!s.S3_BUCKET) return [];
  const config = s3ClientConfig(s);
  return [
    s3Storage({
      bucket: s.S3_BUCKET,
      config,
      // One client per service and bucket (the plugin's default key is the bucket's name alone).
      clientCacheKey: `media:${s.S3_ENDPOINT ?? 'aws'}:${s.S3_REGION}:${s.S3_BUCKET}`,
      collections: { media: true },
    }),
  ];
}

/**
 * The Media collection's upload options for a bucket. An edit of an image kept there (a crop, a
 * new focal point) has Payload fetch the original from the admin's own `/api/media/file/…` (from
 * the disk it reads the file itself). That fetch is let through to the admin's own origins only,
 * private addresses included (Payload's safe fetch refuses those), and carries the editor's own
 * sign-in (cookie or `Authorization`), so the read rules still decide: Payload's default drops
 * the admin's cookie from a fetch to a full address, and an upload not yet published is then
 * refused. Nothing is sent to any other address. None of this without a bucket.
 */
export function mediaUploadOptions(s: Settings = settings()): Pick<UploadConfig, 'externalFileHeaderFilter' | 'skipSafeFetch'> {
  if (!s.S3_BUCKET) return {};
  const origins = adminOrigins();
  const own = (url: string) => {
    try {
      return origins.includes(new URL(url).origin);
    } catch {
      return false;
    }
  };
  return {
    skipSafeFetch: origins.map((origin) => {
      const { protocol, hostname, port } = new URL(origin);
      return { protocol: protocol === 'https:' ? 'https' : 'http', hostname, port };
    }),
    externalFileHeaderFilter: (headers, context) =>
      context && own(context.url) ? Object.fromEntries(Object.entries(headers).filter(([name]) => name === 'cookie' || name === 'authorization')) : {},
  };
}

/** The media files for these settings (`process.env`'s when not given): the bucket's, or the local folder's. */
export function mediaStore(env?: SettingsEnv): MediaStore {
  const s = settings(env);
  return s.S3_BUCKET ? bucketStore(s, s.S3_BUCKET) : diskStore(localMediaDir(env));
}

/** A file name as the store takes it: one path segment, never a way out of the folder or prefix. */
function checkedName(filename: string): string {
  if (!filename || filename !== path.basename(filename) || filename === '.' || filename === '..' || filename.includes('\\')) {
    throw new Error(`Media file name "${filename}" is not a plain file name.`);
  }
  return filename;
}

function diskStore(dir: string): MediaStore {
  const at = (filename: string) => path.join(dir, checkedName(filename));
  return {
    kind: 'disk',
    where: dir,
    read: async (filename) => {
      try {
        return await readFile(at(filename));
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
        throw error;
      }
    },
    exists: async (filename) => existsSync(at(filename)),
    list: async () => (existsSync(dir) ? readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isFile()).sort() : []),
    write: async (filename, body) => {
      mkdirSync(dir, { recursive: true });
      if (Buffer.isBuffer(body)) writeFileSync(at(filename), body);
      else await pipeline(body, createWriteStream(at(filename)));
    },
    remove: async (filename) => rmSync(at(filename), { force: true }),
  };
}

const clients = new Map<string, S3Client>();

/** One client per service, bucket and key for the life of the process (as the plugin keeps its own). */
function clientFor(s: Settings): S3Client {
  const key = JSON.stringify([s.S3_ENDPOINT, s.S3_REGION, s.S3_BUCKET, s.S3_ACCESS_KEY_ID, s.S3_FORCE_PATH_STYLE]);
  let client = clients.get(key);
  if (!client) clients.set(key, (client = new S3Client(s3ClientConfig(s))));
  return client;
}

/** The SDK's "no such object" (404), as `GetObject` and `HeadObject` report it. */
function isMissing(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'NoSuchKey' || error.name === 'NotFound') return true;
  const status = '$metadata' in error && typeof error.$metadata === 'object' && error.$metadata !== null && 'httpStatusCode' in error.$metadata ? error.$metadata.httpStatusCode : undefined;
  return status === 404;
}

function bucketStore(s: Settings, bucket: string): MediaStore {
  const client = clientFor(s);
  return {
    kind: 's3',
    where: `s3://${bucket}`,
    read: async (filename) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checkedName(filename) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    exists: async (filename) => {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: checkedName(filename) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    list: async () => {
      const names: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        for (const object of page.Contents ?? []) if (object.Key) names.push(object.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return names.sort();
    },
    // `Upload` puts a small body in one request and a large one in parts, a stream included; no ACL: the bucket's private default.
    write: async (filename, body, contentType) => {
      await new Upload({ client, params: { Bucket: bucket, Key: checkedName(filename), Body: body, ...(contentType ? { ContentType: contentType } : {}) } }).done();
    },
    remove: async (filename) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checkedName(filename) }));
    },
  };
}
