import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import sharp from 'sharp';
import type { CollectionBeforeChangeHook, Payload, SanitizedConfig } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Media } from '@cms/payload-types';
import { accountData, councilData } from '@tests/helpers/accounts';
import { spotlightData } from '@tests/helpers/library';
import { restClient } from '@tests/helpers/rest';
import { freePort } from '@tests/helpers/ports';
import { startTestS3, type TestS3 } from '@tests/helpers/s3Server';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 23, part 1: with `S3_BUCKET` set, uploads are kept in a private bucket and served
 * through the admin's read rules, on SQLite and (TEST_DB=postgres) PostgreSQL. The bucket is
 * a local S3-compatible server (s3rver), private as a real bucket is by default: it refuses
 * unsigned requests (`tests/helpers/s3Server.ts`; s3rver alone would answer them). So every
 * path here works against a bucket that refuses anonymous reads, and "not readable
 * anonymously" is checked at both doors: the bucket refuses an unsigned GET, and the admin's
 * `/api/media/file/…` refuses it where the platform decides it. No request to the bucket asked
 * for a public ACL or policy, and no bucket address appears in any API answer or in the
 * exported snapshot (a browser is never sent to the bucket).
 *
 * Without S3 settings the local disk is used as before; that path is covered by the suites
 * that were already there: `coWriting.int` (the re-encoded original on the disk, without
 * EXIF), `security.int` findings 4 and 6 (uploads hidden unless published content uses them,
 * the seed's rollback deleting its files) and `libraryMedia.int` finding 11 (the file
 * endpoint's headers, ranges).
 */
const DB = process.env.TEST_DB || 'sqlite';

let s3: TestS3;
let cms: TestCms;
let payload: Payload;
let config: SanitizedConfig;
let rest: Awaited<ReturnType<typeof restClient>>;
let get: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>;
let admin: Server | undefined;
let councilId: number;
let photo: Buffer;
const tokens = {} as Record<'staff' | 'admin', string>;
/** Every JSON answer the API gave in this file, to look for bucket addresses in. */
const answers: unknown[] = [];

beforeAll(async () => {
  s3 = await startTestS3();
  // The admin's REST API on a real port too: an edit of a picture (its focal point, a crop) has Payload fetch the original from it.
  const port = await freePort();
  Object.assign(process.env, s3.env, { ADMIN_URL: `http://127.0.0.1:${port}` });
  cms = await startTestCms();
  payload = cms.payload;
  config = await (await import('@cms/payload.config')).default;
  rest = await restClient(config);
  const routes = await import('@payloadcms/next/routes');
  get = routes.REST_GET(config);
  const server = createServer(getRequestListener((request) => get(request, { params: Promise.resolve({ slug: new URL(request.url).pathname.replace(/^\/api\//, '').split('/') }) })));
  admin = server;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // Wider than both image sizes (480 and 960), so each is made; noise, so it is not trivially small.
  photo = await sharp(Buffer.from(Array.from({ length: 1200 * 800 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 1200, height: 800, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
  await payload.create({ collection: 'council-register', data: { name: 'Council S', onsCode: 'DEMOS', type: 'unitary', region: 'london' } });
  councilId = (await payload.create({ collection: 'authorities', data: councilData('S') })).id;
  await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 } });
  for (const role of ['staff', 'admin'] as const) {
    const email = `${role}@test.example`;
    const password = `pw-${role}-${Math.random()}`;
    await payload.create({ collection: 'users', data: { email, password, name: `${role} person`, ...accountData(role, councilId) } });
    tokens[role] = (await payload.login({ collection: 'users', data: { email, password } })).token!;
  }
});

afterAll(async () => {
  await new Promise((resolve) => (admin ? admin.close(resolve) : resolve(undefined)));
  delete process.env.ADMIN_URL;
  await cms?.stop();
  await s3?.stop();
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name];
});

/** An image sent as the admin sends it: a multipart form with the file and the fields as `_payload`, signed in as the council's staff. */
async function uploadAsStaff(alt: string, extra: Record<string, unknown> = {}): Promise<Media> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `${alt.toLowerCase().replace(/\W+/g, '-')}.jpg`);
  form.append('_payload', JSON.stringify({ alt, council: councilId, ...extra }));
  const res = await rest('POST', '/media', { token: tokens.staff, body: form });
  answers.push(res.json);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.doc as Media;
}

/** `/api/media/file/<name>` as the admin's server answers it, raw. */
async function file(name: string, token?: string): Promise<Response> {
  const url = new URL(`http://localhost/api/media/file/${encodeURIComponent(name)}`);
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {});
  return get(new Request(url, { headers }), { params: Promise.resolve({ slug: ['media', 'file', name] }) });
}

const fileNames = (m: Media) => [m.filename!, ...Object.values(m.sizes ?? {}).map((s) => s?.filename).filter((n): n is string => Boolean(n))];

/** The object's bytes, read from the bucket with the platform's own store. */
async function inBucket(name: string): Promise<Buffer | null> {
  const { mediaStore } = await import('@cms/lib/mediaStore');
  return mediaStore().read(name);
}

async function publishedSpotlightWith(image: number) {
  return payload.create({ collection: 'spotlights', data: await spotlightData(payload, { image, _status: 'published' }) });
}

describe(`media in an S3-compatible bucket (${DB})`, () => {
  it('an image uploaded through the REST API arrives in the bucket byte for byte what the file endpoint serves, its sizes too; nothing on the local disk', async () => {
    const media = await uploadAsStaff('A bus pass');
    const names = fileNames(media);
    expect(Object.keys(media.sizes ?? {}).sort()).toEqual(['medium', 'small']);
    expect(names).toHaveLength(3);
    for (const name of names) {
      const stored = await inBucket(name);
      expect(stored, `${name} in the bucket`).not.toBeNull();
      const served = await file(name, tokens.staff);
      expect(served.status, name).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await served.arrayBuffer()).equals(stored!), `${name}: served = stored`).toBe(true);
    }
    // A platform admin reads it too (no document lookup by the read rule: the plugin finds it itself).
    expect((await file(media.filename!, tokens.admin)).status).toBe(200);
    // The original was re-encoded (EXIF dropped), as on the disk, and is a real WebP picture.
    const meta = await sharp((await inBucket(media.filename!))!).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(['webp', 1200, undefined]);
    // Nothing was written to the local disk.
    const localDir = path.join(cms.db.dataDir, 'media');
    expect(existsSync(localDir) ? readdirSync(localDir) : []).toEqual([]);
    // The document's addresses are the admin's file endpoint, never the bucket.
    expect(media.url).toBe(`${config.serverURL}/api/media/file/${media.filename}`);
    expect(media.sizes?.small?.url).toBe(`${config.serverURL}/api/media/file/${media.sizes?.small?.filename}`);
  });

  it('refuses anonymously, through /api/media/file/…, an upload no published content uses, or whose consent has ended', async () => {
    const unused = await uploadAsStaff('Unused picture');
    const past = new Date(Date.now() - 864e5).toISOString();
    const longAgo = new Date(Date.now() - 90 * 864e5).toISOString();
    const ended = await uploadAsStaff('Young person at the drop-in', { showsIdentifiablePerson: true, consent: { reference: 'CF-1', givenOn: longAgo, expiresOn: new Date(Date.now() + 864e5).toISOString() } });
    await publishedSpotlightWith(ended.id);
    // Published with consent in force: anyone may read it, through the admin.
    expect((await file(ended.filename!)).status).toBe(200);
    await payload.update({ collection: 'media', id: ended.id, data: { consent: { reference: 'CF-1', givenOn: longAgo, expiresOn: past } } });
    for (const m of [unused, ended]) {
      for (const name of fileNames(m)) {
        const res = await file(name);
        expect(res.status, `${m.alt}: ${name}`).toBe(403);
        expect(await inBucket(name), `${name} is still kept`).not.toBeNull();
        // Nor from the bucket itself, asked without a signature.
        const direct = await fetch(`${s3.endpoint}/${s3.bucket}/${encodeURIComponent(name)}`);
        expect(direct.status, `${name} read anonymously from the bucket`).toBe(403);
      }
    }
    // Signed in as the council's staff, both are there.
    expect((await file(unused.filename!, tokens.staff)).status).toBe(200);
    expect((await file(ended.filename!, tokens.staff)).status).toBe(200);
  });

  it('exports the image a published page uses into the snapshot, byte for byte from the bucket, and leaves out the others', async () => {
    const used = await uploadAsStaff('Used picture');
    const unused = await uploadAsStaff('Picture nobody uses');
    await publishedSpotlightWith(used.id);
    const { exportSnapshot } = await import('@cms/lib/exportSnapshot');
    const out = mkdtempSync(path.join(tmpdir(), 'lop-export-s3-'));
    await exportSnapshot(payload, out);
    const exported = readdirSync(path.join(out, 'media'));
    // The original and each size narrower than it (the site's srcset).
    for (const name of fileNames(used)) {
      expect(exported, name).toContain(name);
      expect(readFileSync(path.join(out, 'media', name)).equals((await inBucket(name))!), name).toBe(true);
    }
    for (const name of fileNames(unused)) expect(exported).not.toContain(name);
    const snapshot = readFileSync(path.join(out, 'snapshot.json'), 'utf8');
    expect(snapshot).toContain(`/media/${used.filename}`);
    expect(snapshot).not.toContain(s3.endpoint);
    expect(snapshot).not.toContain(`/${s3.bucket}/`);
  });

  it('deleting an upload deletes its objects, the sizes too', async () => {
    const media = await uploadAsStaff('Picture to delete');
    const names = fileNames(media);
    for (const name of names) expect(await inBucket(name)).not.toBeNull();
    const res = await rest('DELETE', `/media/${media.id}`, { token: tokens.staff });
    answers.push(res.json);
    expect(res.status).toBe(200);
    for (const name of names) expect(await inBucket(name), name).toBeNull();
  });

  it('changes alt text, and replaces the file (the old objects deleted), through the REST API; nobody moves where its file is looked for', async () => {
    const media = await uploadAsStaff('Picture to replace');
    const before = fileNames(media);
    // `_objectKey` would move where the file is looked for in the bucket: Payload drops it from API writes.
    const alt = await rest('PATCH', `/media/${media.id}`, { token: tokens.staff, body: { alt: 'A better description', _objectKey: 'elsewhere' } });
    answers.push(alt.json);
    expect(alt.status).toBe(200);
    expect([alt.json.doc.alt, alt.json.doc._objectKey ?? null]).toEqual(['A better description', null]);
    expect((await file(media.filename!, tokens.staff)).status).toBe(200);

    const smaller = await sharp(photo).resize(1000).jpeg().toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(smaller)], { type: 'image/jpeg' }), 'replacement.jpg');
    form.append('_payload', JSON.stringify({ alt: 'The replacement', _objectKey: 'elsewhere' }));
    const replaced = await rest('PATCH', `/media/${media.id}`, { token: tokens.staff, body: form });
    answers.push(replaced.json);
    expect(replaced.status, JSON.stringify(replaced.json)).toBe(200);
    const after = fileNames(replaced.json.doc as Media);
    expect([replaced.json.doc.width, replaced.json.doc._objectKey ?? null]).toEqual([1000, null]);
    for (const name of after) {
      const served = await file(name, tokens.staff);
      expect(served.status, name).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals((await inBucket(name))!), name).toBe(true);
    }
    for (const name of before.filter((n) => !after.includes(n))) expect(await inBucket(name), `${name} (replaced)`).toBeNull();
  });

  it('an edit of the picture (its focal point) re-reads the original from the bucket, for an upload only its council may see', async () => {
    const media = await uploadAsStaff('Picture to refocus');
    expect((await file(media.filename!)).status).toBe(403);
    // As the admin's image editor sends it: the edit in the query, the fields in the body.
    const res = await rest('PATCH', `/media/${media.id}?uploadEdits[focalPoint][x]=20&uploadEdits[focalPoint][y]=30`, { token: tokens.staff, body: { alt: 'Picture refocused' } });
    answers.push(res.json);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect([res.json.doc.focalX, res.json.doc.focalY, res.json.doc.width]).toEqual([20, 30, 1200]);
    for (const name of fileNames(res.json.doc as Media)) {
      const served = await file(name, tokens.staff);
      expect(served.status, name).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals((await inBucket(name))!), name).toBe(true);
    }
  });

  it('a failed import (the seed) leaves no objects in the bucket', async () => {
    const { importContent } = await import('@cms/seed/importContent');
    const { ValidationError } = await import('payload');
    const { mediaStore } = await import('@cms/lib/mediaStore');
    const content = mkdtempSync(path.join(tmpdir(), 'lop-content-'));
    cpSync(path.resolve('content'), content, { recursive: true });
    // Refused by Payload at the very end (the last council's figures), after the media were written.
    const last = readdirSync(path.join(content, 'councils')).sort().at(-1)!;
    const figures = path.join(content, 'councils', last, 'indicators.yaml');
    writeFileSync(figures, `${existsSync(figures) ? readFileSync(figures, 'utf8').trimEnd() : ''}\n- title: Refused by Payload\n  slug: refused-by-payload\n  description: A figure.\n  unit: percent\n  figures:\n    - { period: '2025', place: England, placeKind: england, value: 50, isDemo: false, source: DfE }\n`);
    const hooks = payload.collections.indicators.config.hooks;
    const refuse: CollectionBeforeChangeHook = ({ data, req }) => {
      if (data.slug === 'refused-by-payload') throw new ValidationError({ collection: 'indicators', errors: [{ path: 'title', message: 'Refused for the test.' }], req });
      return data;
    };
    hooks.beforeChange = [...(hooks.beforeChange ?? []), refuse];
    const before = await mediaStore().list();
    const puts = s3.requests.filter((r) => r.method === 'PUT').length;
    try {
      await expect(importContent(payload, content)).rejects.toThrow(/indicators\.yaml/);
    } finally {
      hooks.beforeChange = hooks.beforeChange!.filter((h) => h !== refuse);
    }
    // The import did write to the bucket, and took it back.
    expect(s3.requests.filter((r) => r.method === 'PUT').length).toBeGreaterThan(puts);
    expect(await mediaStore().list()).toEqual(before);
  });

  it('asks the bucket for no public ACL or policy, and no API answer names a bucket address', async () => {
    const lists = await Promise.all([rest('GET', '/media?limit=100'), rest('GET', '/media?limit=100', { token: tokens.staff }), rest('GET', '/media?limit=100', { token: tokens.admin })]);
    answers.push(...lists.map((l) => l.json));
    expect(lists[2]!.json.docs.length).toBeGreaterThan(0);
    const seen = JSON.stringify(answers);
    expect(seen).toContain('/api/media/file/');
    expect(seen).not.toContain(s3.endpoint);
    expect(seen).not.toContain(`/${s3.bucket}/`);
    const puts = s3.requests.filter((r) => r.method === 'PUT' || r.method === 'POST');
    expect(puts.length).toBeGreaterThan(0);
    expect(s3.requests.filter((r) => Object.keys(r.acl).length > 0 || /[?&](acl|policy)\b/.test(r.url))).toEqual([]);
  });
});
