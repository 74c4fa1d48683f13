import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../helpers/s3Server';

/**
 * The local S3 stand-in keeps bytes as sent: some local S3 servers store the chunk signatures of
 * a streamed (aws-chunked) upload inside the object. Checked for a plain put and for a streamed
 * multipart upload larger than one part.
 */
describe('the local S3-compatible server the tests start', () => {
  let s3: TestS3;
  let client: S3Client;
  beforeAll(async () => {
    s3 = await startTestS3();
    client = new S3Client({
      endpoint: s3.env.S3_ENDPOINT,
      region: s3.env.S3_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.env.S3_ACCESS_KEY_ID, secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY },
    });
  });
  afterAll(async () => {
    client.destroy();
    await s3.stop();
  });

  const read = async (key: string) => {
    const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
  };

  it('stores a put object byte for byte', async () => {
    const bytes = randomBytes(300_000);
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'put.bin', Body: bytes }));
    expect((await read('put.bin')).equals(bytes)).toBe(true);
  });

  it('stores a streamed multipart upload byte for byte', async () => {
    const bytes = randomBytes(12 * 1024 * 1024);
    const chunks = Array.from({ length: 12 }, (_, i) => bytes.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024));
    await new Upload({ client, params: { Bucket: s3.bucket, Key: 'stream.bin', Body: Readable.from(chunks) }, partSize: 5 * 1024 * 1024 }).done();
    expect((await read('stream.bin')).equals(bytes)).toBe(true);
  });

  it('refuses a request signed with a key it does not know', async () => {
    const stranger = new S3Client({ endpoint: s3.env.S3_ENDPOINT, region: s3.env.S3_REGION, forcePathStyle: true, credentials: { accessKeyId: 'nobody', secretAccessKey: 'wrong' } });
    await expect(stranger.send(new GetObjectCommand({ Bucket: s3.bucket, Key: 'put.bin' }))).rejects.toThrow(/InvalidAccessKeyId|Access Key/i);
    stranger.destroy();
  });
});
