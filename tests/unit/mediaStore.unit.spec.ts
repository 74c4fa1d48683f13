import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaStore, s3ClientConfig, type MediaStore } from '@cms/lib/mediaStore';
import { parseSettings } from '@content/model/settings';
import { startTestS3, type TestS3 } from '@tests/helpers/s3Server';

/**
 * Where the media bytes are (`@cms/lib/mediaStore`): the same small API on the local disk and
 * in a bucket, each file kept byte for byte, streamed writes included.
 */
let s3: TestS3;
let work: string;
beforeAll(async () => {
  s3 = await startTestS3();
  work = mkdtempSync(path.join(tmpdir(), 'lop-media-store-'));
});
afterAll(async () => {
  await s3?.stop();
  rmSync(work, { recursive: true, force: true });
});

const stores: [string, () => MediaStore][] = [
  ['the local disk', () => mediaStore({ DATA_DIR: path.join(work, 'data') })],
  ['a bucket', () => mediaStore({ ...s3.env, DATA_DIR: path.join(work, 'unused') })],
];

describe.each(stores)('media files on %s', (_where, open) => {
  it('keeps a file written as bytes, as a file stream and as a stream of unknown length byte for byte; lists, finds and deletes them', async () => {
    const store = open();
    const small = randomBytes(200_000);
    // Bigger than one part of a multipart upload (5 MB), from a stream whose length nobody knows.
    const large = randomBytes(12 * 1024 * 1024);
    const file = path.join(work, `${store.kind}-on-disk.bin`);
    writeFileSync(file, small);
    await store.write('photo.webp', small, 'image/webp');
    await store.write('from-file.webp', createReadStream(file), 'image/webp');
    await store.write('streamed.bin', Readable.from(Array.from({ length: 12 }, (_, i) => large.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024))));
    expect((await store.read('photo.webp'))?.equals(small)).toBe(true);
    expect((await store.read('from-file.webp'))?.equals(small)).toBe(true);
    expect((await store.read('streamed.bin'))?.equals(large)).toBe(true);
    expect(await store.list()).toEqual(['from-file.webp', 'photo.webp', 'streamed.bin']);
    expect(await store.exists('photo.webp')).toBe(true);
    expect(await store.exists('not-there.webp')).toBe(false);
    expect(await store.read('not-there.webp')).toBeNull();
    for (const name of await store.list()) await store.remove(name);
    await store.remove('not-there.webp');
    expect(await store.list()).toEqual([]);
  });

  it('takes plain file names only', async () => {
    const store = open();
    for (const name of ['../secret', 'a/b.webp', '..', '']) await expect(store.read(name), name).rejects.toThrow(/not a plain file name/);
  });
});

describe('the S3 client the platform signs bucket requests with', () => {
  it('stores a file streamed from the disk byte for byte (what the storage plugin sends for an upload kept in a temporary file)', async () => {
    // The SDK's default (checksums whenever supported) sends this stream as aws-chunked; s3rver
    // kept the chunk framing in the object (200,000 bytes read back as 200,070): fixed by `WHEN_REQUIRED`.
    const config = s3ClientConfig(parseSettings(s3.env));
    expect(config).toMatchObject({ requestChecksumCalculation: 'WHEN_REQUIRED', forcePathStyle: true, endpoint: s3.endpoint });
    const client = new S3Client(config);
    const bytes = randomBytes(200_000);
    const file = path.join(work, 'upload.tmp');
    writeFileSync(file, bytes);
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'plugin-stream.webp', Body: createReadStream(file), ContentType: 'image/webp' }));
    const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'plugin-stream.webp' }));
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(bytes)).toBe(true);
    client.destroy();
  });

  it('asks for no ACL: the bucket stays private', () => {
    expect(s3.requests.filter((r) => Object.keys(r.acl).length > 0 || /[?&](acl|policy)\b/.test(r.url))).toEqual([]);
    expect(s3.requests.length).toBeGreaterThan(0);
  });

  it('needs both a key and its secret, or neither', () => {
    expect(() => s3ClientConfig(parseSettings({ ...s3.env, S3_SECRET_ACCESS_KEY: '' }))).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    expect(s3ClientConfig(parseSettings({ S3_BUCKET: 'b' })).credentials).toBeUndefined();
  });

  it('leaves the disk alone when there is no bucket', () => {
    expect(mediaStore({ DATA_DIR: path.join(work, 'plain') })).toMatchObject({ kind: 'disk', where: path.join(work, 'plain', 'media') });
    expect(existsSync(path.join(work, 'plain'))).toBe(false);
  });
});
