/**
 * The media bucket (`S3_BUCKET` and the other `S3_*` settings) as backup and restore use it:
 * list every object, read one into a file, write one from a file, and ask whether the bucket
 * is empty. Through the AWS SDK (`@aws-sdk/client-s3`, and `@aws-sdk/lib-storage` for writes,
 * which uploads a large file in parts), with the storage adapter's own client settings (`s3ClientConfig`).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { settings, type SettingsEnv } from '@content/model/settings';
import { s3ClientConfig } from '@cms/lib/mediaStore';

export type Bucket = { client: S3Client; name: string };
export type BucketObject = { key: string; size: number };

/** The configured bucket, or `null` when `S3_BUCKET` is unset (media on the local disk). */
export function configuredBucket(env?: SettingsEnv): Bucket | null {
  const { S3_BUCKET } = settings(env);
  if (!S3_BUCKET) return null;
  // The one S3 client configuration (checksums only where S3 requires them: see `s3ClientConfig`).
  const client = new S3Client(s3ClientConfig(settings(env)));
  return { client, name: S3_BUCKET };
}

/** Every object in the bucket, page by page (1,000 a request), in key order. */
export async function* listObjects(bucket: Bucket): AsyncGenerator<BucketObject> {
  let token: string | undefined;
  do {
    const page = await bucket.client.send(new ListObjectsV2Command({ Bucket: bucket.name, ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      if (object.Key !== undefined) yield { key: object.Key, size: object.Size ?? 0 };
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

/** Whether the bucket holds no object at all. */
export async function bucketIsEmpty(bucket: Bucket): Promise<boolean> {
  // The first page of the list (not `MaxKeys: 1`, which some S3-compatible servers answer with an error).
  const first = await listObjects(bucket).next();
  return first.done === true;
}

/** Writes one object's bytes to `file` (streamed); returns its content type. */
export async function readObject(bucket: Bucket, key: string, file: string): Promise<{ contentType: string | undefined }> {
  const object = await bucket.client.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
  const body = object.Body;
  if (!(body instanceof Readable)) throw new Error(`The bucket gave no readable body for ${key}.`);
  await pipeline(body, createWriteStream(file, { mode: 0o600 }));
  return { contentType: object.ContentType };
}

/** Writes `file` to the bucket as `key` (in parts when large), replacing an object of that key. */
export async function writeObject(bucket: Bucket, key: string, file: string, contentType?: string): Promise<void> {
  const upload = new Upload({
    client: bucket.client,
    params: { Bucket: bucket.name, Key: key, Body: createReadStream(file), ...(contentType ? { ContentType: contentType } : {}) },
  });
  await upload.done();
}
