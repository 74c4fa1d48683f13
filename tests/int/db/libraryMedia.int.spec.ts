import sharp from 'sharp';
import type { Payload, SanitizedConfig, Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { spotlightData } from '@tests/helpers/library';
import { restClient } from '@tests/helpers/rest';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 18, findings 4, 5, 6 and 11 (uploads): the practice library and its images, on
 * SQLite and (under TEST_DB=postgres) PostgreSQL. Councils A and B are on the platform; a
 * platform editor moderates the library. Each test failed on the code before its fix.
 */
const DB = process.env.TEST_DB || 'sqlite';
type Who = 'staff-a' | 'reviewer-a' | 'ye-a' | 'staff-b' | 'reviewer-b' | 'ye-b' | 'moderator' | 'admin';

let cms: TestCms;
let payload: Payload;
let config: SanitizedConfig;
let rest: Awaited<ReturnType<typeof restClient>>;
let graphql: (query: string, who: Who) => Promise<{ data?: any; errors?: { message: string }[] }>;
/** A GET through Payload's REST handler, with the response's headers. */
let getFile: (path: string, who?: Who, extra?: Record<string, string>) => Promise<Response>;
let png: Buffer;
const council = {} as Record<'A' | 'B', number>;
/** Each council's entry in the register of councils (what a spotlight names). */
const registered = {} as Record<'A' | 'B', number>;
const people = {} as Record<Who, { id: number; token: string; user: any }>;
let n = 0;

const token = (who?: Who) => (who ? people[who].token : undefined);

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  config = await (await import('@cms/payload.config')).default;
  rest = await restClient(config);
  const routes = await import('@payloadcms/next/routes');
  const post = routes.GRAPHQL_POST(config);
  graphql = async (query, who) => {
    const res = await post(new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${people[who].token}` },
      body: JSON.stringify({ query }),
    }));
    return res.json();
  };
  const get = routes.REST_GET(config);
  getFile = (path, who, extra = {}) => {
    const url = new URL(`http://localhost/api${path}`);
    const headers = new Headers({ ...extra, ...(who ? { Authorization: `JWT ${people[who].token}` } : {}) });
    return get(new Request(url, { headers }), { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) });
  };
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d70b8' } }).png().toBuffer();
  // Each council's register entry first, so the council is linked to it when added.
  for (const key of ['A', 'B'] as const) {
    registered[key] = (await payload.create({ collection: 'council-register', data: { name: `Council ${key}`, onsCode: `DEMO${key}`, type: 'unitary', region: 'london' } })).id;
    council[key] = (await payload.create({ collection: 'authorities', data: councilData(key) })).id;
  }
  const account = async (who: Who, data: Record<string, unknown>) => {
    const email = `${who}@test.example`;
    const password = `pw-${who}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: `${who} person`, ...data } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    people[who] = { id: user.id, token: token!, user: { ...user, collection: 'users' } };
  };
  await account('admin', accountData('admin', null));
  await account('moderator', accountData('platform-editor', null));
  for (const [key, c] of [['a', 'A'], ['b', 'B']] as const) {
    await account(`staff-${key}`, accountData('staff', council[c]));
    await account(`reviewer-${key}`, accountData('reviewer', council[c]));
    await account(`ye-${key}`, accountData('young-editor', council[c]));
  }
});

afterAll(async () => {
  await cms?.stop();
});

/** An upload of a council (or, with null, the platform's), made by the system. */
const upload = async (owner: 'A' | 'B' | null, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'media',
    data: { ...(owner ? { council: council[owner] } : {}), alt: `Picture ${++n}`, ...extra },
    file: { data: png, mimetype: 'image/png', name: `picture${n}.png`, size: png.length },
  });

/** A council's spotlight, as the system writes it (drafts and published alike). */
const spotlight = async (of: 'A' | 'B', extra: Record<string, unknown> = {}, status: 'draft' | 'published' = 'published') =>
  payload.create({
    collection: 'spotlights',
    draft: status === 'draft',
    data: (await spotlightData(payload, { councils: [registered[of]], _status: status, ...extra })),
  });

describe(`finding 4: a council's spotlight versions are its own and the moderators' (${DB})`, () => {
  let aSpotlight: number;
  let aVersionIds: string[];
  let bSpotlight: number;

  beforeAll(async () => {
    // Council A's staff submit a spotlight; the moderator asks for changes in the review comment.
    const submitted = await rest('POST', '/spotlights?draft=true', {
      token: token('staff-a'),
      body: await spotlightData(payload, { councils: [registered.A], title: 'A secret pilot', reviewState: 'in-review', reviewComment: 'Internal: figures not yet signed off' }),
    });
    expect(submitted.status).toBe(201);
    aSpotlight = submitted.json.doc.id;
    const asked = await rest('PATCH', `/spotlights/${aSpotlight}?draft=true`, {
      token: token('moderator'),
      body: { reviewState: 'changes-requested', reviewComment: 'Confidential: the savings figure looks wrong' },
    });
    expect(asked.status).toBe(200);
    aVersionIds = (await payload.findVersions({ collection: 'spotlights', where: { parent: { equals: aSpotlight } }, depth: 0, limit: 100 })).docs.map((v) => v.id);
    expect(aVersionIds.length).toBeGreaterThan(1);
    // Council B's staff are library contributors too: a spotlight of their own.
    bSpotlight = (await rest('POST', '/spotlights?draft=true', { token: token('staff-b'), body: await spotlightData(payload, { councils: [registered.B], title: 'B pilot' }) })).json.doc.id;
  });

  for (const who of ['staff-b', 'reviewer-b', 'ye-b', 'reviewer-a', 'ye-a'] as const) {
    it(`${who} reads none of council A's spotlight versions or review comments (REST and GraphQL)`, async () => {
      const list = await rest('GET', '/spotlights/versions?limit=500', { token: token(who) });
      const parents = ((list.json?.docs ?? []) as { parent: unknown }[]).map((v) => String(typeof v.parent === 'object' ? (v.parent as { id: unknown }).id : v.parent));
      expect(parents).not.toContain(String(aSpotlight));
      expect(JSON.stringify(list.json)).not.toMatch(/secret pilot|Internal:|Confidential:/);
      const byParent = await rest('GET', `/spotlights/versions?where[parent][equals]=${aSpotlight}`, { token: token(who) });
      expect(byParent.json?.docs ?? []).toEqual([]);
      for (const id of aVersionIds) {
        const one = await rest('GET', `/spotlights/versions/${id}`, { token: token(who) });
        expect(one.status, `version ${id}`).not.toBe(200);
      }
      const list2 = await graphql(`{ versionsSpotlights(limit: 500) { docs { id parent { id } version { title reviewComment } } } }`, who);
      const one2 = await graphql(`{ versionSpotlight(id: ${JSON.stringify(aVersionIds[0])}) { id version { title reviewComment } } }`, who);
      for (const gql of [list2, one2]) {
        // Refused or empty, never a malformed query passing for a refusal.
        for (const error of gql.errors ?? []) expect(error.message).toMatch(/not allowed|not found/i);
        expect(JSON.stringify(gql.data ?? {})).not.toMatch(/secret pilot|Internal:|Confidential:/);
      }
      expect((list2.data?.versionsSpotlights?.docs ?? []).map((v: { parent?: { id: unknown } }) => String(v.parent?.id))).not.toContain(String(aSpotlight));
      expect(one2.data?.versionSpotlight ?? null).toBeNull();
    });
  }

  it('a library contributor reads their own council’s versions; the moderator and council A’s staff read A’s', async () => {
    const own = await rest('GET', `/spotlights/versions?where[parent][equals]=${bSpotlight}`, { token: token('staff-b') });
    expect(own.json.docs.length).toBeGreaterThan(0);
    for (const who of ['staff-a', 'moderator', 'admin'] as const) {
      const res = await rest('GET', `/spotlights/versions?where[parent][equals]=${aSpotlight}&limit=100`, { token: token(who) });
      expect(res.json.docs.map((v: { id: unknown }) => String(v.id)).sort(), who).toEqual(aVersionIds.map(String).sort());
      const gql = await graphql(`{ versionSpotlight(id: ${JSON.stringify(aVersionIds[0])}) { id } }`, who);
      expect(gql.errors, who).toBeUndefined();
      expect(String(gql.data?.versionSpotlight?.id), who).toBe(String(aVersionIds[0]));
    }
  });

  it('nobody signed out reads any version', async () => {
    expect((await rest('GET', '/spotlights/versions')).status).not.toBe(200);
    expect((await rest('GET', `/spotlights/versions/${aVersionIds[0]}`)).status).not.toBe(200);
  });
});

describe(`finding 5: a spotlight's image is the platform's or its council's (${DB})`, () => {
  const refusal = /Choose an image of your council’s, or a platform image/;

  it('council A’s staff cannot put council B’s private upload in a spotlight, as a new draft or a changed one, by REST or GraphQL', async () => {
    const theirs = await upload('B');
    const created = await rest('POST', '/spotlights?draft=true', { token: token('staff-a'), body: await spotlightData(payload, { councils: [registered.A], image: theirs.id }) });
    expect(created.status).toBe(400);
    expect(JSON.stringify(created.json)).toMatch(refusal);
    const draft = await rest('POST', '/spotlights?draft=true', { token: token('staff-a'), body: await spotlightData(payload, { councils: [registered.A] }) });
    expect(draft.status).toBe(201);
    const changed = await rest('PATCH', `/spotlights/${draft.json.doc.id}?draft=true`, { token: token('staff-a'), body: { image: theirs.id, reviewState: 'in-review' } });
    expect(changed.status).toBe(400);
    expect(JSON.stringify(changed.json)).toMatch(refusal);
    const gql = await graphql(`mutation { updateSpotlight(id: ${JSON.stringify(draft.json.doc.id)}, draft: true, data: { image: ${JSON.stringify(theirs.id)} }) { id } }`, 'staff-a');
    expect(gql.errors?.length).toBeTruthy();
    const stored = await payload.findByID({ collection: 'spotlights', id: draft.json.doc.id, draft: true, depth: 0 });
    expect(stored.image ?? null).toBeNull();
    // Nor did it become public.
    expect((await rest('GET', `/media/${theirs.id}`)).status).not.toBe(200);
  });

  it('the same answer for an upload that does not exist (no way to probe other councils’ uploads)', async () => {
    const res = await rest('POST', '/spotlights?draft=true', { token: token('staff-a'), body: await spotlightData(payload, { councils: [registered.A], image: 999999 }) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toMatch(refusal);
  });

  it('a moderator cannot publish a spotlight that uses another council’s upload (one that got in before the rule)', async () => {
    const theirs = await upload('B');
    const draft = await spotlight('A', {}, 'draft');
    await payload.update({ collection: 'spotlights', id: draft.id, draft: true, data: { image: theirs.id }, overrideAccess: true });
    const published = await rest('PATCH', `/spotlights/${draft.id}`, { token: token('moderator'), body: { _status: 'published' } });
    expect(published.status).toBe(400);
    expect((await rest('GET', `/media/${theirs.id}`)).status).not.toBe(200);
  });

  it('staff use their own council’s uploads and platform images; the moderator sees the image they approve, then publishes it', async () => {
    const ours = await upload('A');
    const platform = await upload(null);
    const withPlatform = await rest('POST', '/spotlights?draft=true', { token: token('staff-a'), body: await spotlightData(payload, { councils: [registered.A], image: platform.id }) });
    expect(withPlatform.status).toBe(201);
    const submitted = await rest('POST', '/spotlights?draft=true', {
      token: token('staff-a'),
      body: await spotlightData(payload, { councils: [registered.A], image: ours.id, reviewState: 'in-review' }),
    });
    expect(submitted.status).toBe(201);
    // The moderator sees the image: the record, the file, and in the spotlight they review.
    expect((await rest('GET', `/media/${ours.id}`, { token: token('moderator') })).status).toBe(200);
    expect((await getFile(`/media/file/${ours.filename}`, 'moderator')).status).toBe(200);
    const reviewed = await rest('GET', `/spotlights/${submitted.json.doc.id}?draft=true&depth=1`, { token: token('moderator') });
    expect(reviewed.json.image?.alt).toBe(ours.alt);
    // Council B's people still don't.
    expect((await rest('GET', `/media/${ours.id}`, { token: token('staff-b') })).status).not.toBe(200);
    const published = await rest('PATCH', `/spotlights/${submitted.json.doc.id}`, { token: token('moderator'), body: { _status: 'published' } });
    expect(published.status).toBe(200);
    expect((await rest('GET', `/media/${ours.id}`)).status).toBe(200);
  });

  it('the image picker offers council A’s staff only council A’s uploads and platform images', async () => {
    const ours = await upload('A');
    const platform = await upload(null);
    const theirs = await upload('B');
    const field = config.collections.find((c) => c.slug === 'spotlights')!.fields.find((f) => 'name' in f && f.name === 'image') as { filterOptions?: unknown };
    expect(typeof field.filterOptions).toBe('function');
    const filterOptions = field.filterOptions as (args: Record<string, unknown>) => Promise<boolean | Where>;
    for (const who of ['staff-a', 'admin', 'moderator'] as const) {
      const req = { payload, user: people[who].user, context: {} };
      const where = await filterOptions({ req, user: people[who].user, data: { councils: [registered.A] }, siblingData: {}, relationTo: 'media', id: undefined });
      const offered = await payload.find({ collection: 'media', where: where === true ? {} : where === false ? { id: { equals: -1 } } : where, pagination: false, depth: 0 });
      const ids = offered.docs.map((d) => String(d.id));
      expect(ids, who).toEqual(expect.arrayContaining([String(ours.id), String(platform.id)]));
      expect(ids, who).not.toContain(String(theirs.id));
    }
  });
});

describe(`finding 6: the live library's images change only through moderation (${DB})`, () => {
  /** Council A's upload, used by a published spotlight of council A. */
  const liveLibraryImage = async () => {
    const media = await upload('A');
    const live = await spotlight('A', { image: media.id });
    return { media, live };
  };
  const altOf = async (id: number) => (await payload.findByID({ collection: 'media', id, depth: 0 })).alt;

  for (const who of ['staff-a', 'reviewer-a', 'ye-a'] as const) {
    it(`${who} cannot change the alt text, replace the file or delete an image the live library uses (REST, GraphQL, Local API)`, async () => {
      const { media } = await liveLibraryImage();
      const patched = await rest('PATCH', `/media/${media.id}`, { token: token(who), body: { alt: 'Replaced alt text' } });
      expect(patched.status).toBe(403);
      expect(JSON.stringify(patched.json)).toMatch(/practice library/);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#d4351c' } }).png().toBuffer())], { type: 'image/png' }), `swap${++n}.png`);
      form.append('_payload', JSON.stringify({ alt: media.alt }));
      expect((await rest('PATCH', `/media/${media.id}`, { token: token(who), body: form })).status).toBe(403);
      await graphql(`mutation { updateMedia(id: ${JSON.stringify(media.id)}, data: { alt: "Replaced alt text" }) { id } }`, who);
      await payload.update({ collection: 'media', id: media.id, data: { alt: 'Replaced alt text' }, overrideAccess: false, user: people[who].user }).catch(() => null);
      await payload.update({ collection: 'media', where: { id: { equals: media.id } }, data: { alt: 'Replaced alt text' }, overrideAccess: false, user: people[who].user }).catch(() => null);
      expect((await rest('DELETE', `/media/${media.id}`, { token: token(who) })).status).not.toBe(200);
      const after = await payload.findByID({ collection: 'media', id: media.id, depth: 0 });
      expect(after.alt).toBe(media.alt);
      expect(after.filename).toBe(media.filename);
    });
  }

  it('a moderator or a platform admin can change it (the moderation), and a council’s unpublished uploads stay its staff’s', async () => {
    const { media } = await liveLibraryImage();
    expect((await rest('PATCH', `/media/${media.id}`, { token: token('moderator'), body: { alt: 'Moderated alt text' } })).status).toBe(200);
    expect(await altOf(media.id)).toBe('Moderated alt text');
    expect((await rest('PATCH', `/media/${media.id}`, { token: token('admin'), body: { alt: 'Admin alt text' } })).status).toBe(200);
    expect(await altOf(media.id)).toBe('Admin alt text');
    // Changing it is not taking it: the upload stays council A's.
    expect((await rest('PATCH', `/media/${media.id}`, { token: token('moderator'), body: { council: null } })).status).toBe(403);
    expect(String((await payload.findByID({ collection: 'media', id: media.id, depth: 0 })).council)).toBe(String(council.A));
    // An upload only a draft uses is still the council's to change.
    const inDraft = await upload('A');
    await spotlight('A', { image: inDraft.id }, 'draft');
    expect((await rest('PATCH', `/media/${inDraft.id}`, { token: token('staff-a'), body: { alt: 'Better alt text' } })).status).toBe(200);
    // The moderator can't change council uploads the live library doesn't use.
    expect((await rest('PATCH', `/media/${inDraft.id}`, { token: token('moderator'), body: { alt: 'Not theirs' } })).status).not.toBe(200);
  });

  it('once the spotlight is taken down, the image is the council’s staff’s again', async () => {
    const { media, live } = await liveLibraryImage();
    await payload.update({ collection: 'spotlights', id: live.id, data: { _status: 'draft' } });
    expect((await rest('PATCH', `/media/${media.id}`, { token: token('staff-a'), body: { alt: 'Changed after takedown' } })).status).toBe(200);
  });
});

describe(`finding 11: uploads that can carry script download, never open in the admin's origin (${DB})`, () => {
  /** A PDF that runs JavaScript when opened (a whole file: header, objects, cross-reference table). */
  const pdf = (() => {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
    ];
    let out = '%PDF-1.4\n';
    const offsets = objects.map((body, i) => {
      const at = out.length;
      out += `${i + 1} 0 obj ${body} endobj\n`;
      return at;
    });
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    out += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
  })();

  it('serves a PDF as an attachment with nosniff; an image inline with nosniff', async () => {
    const leaflet = await payload.create({ collection: 'media', data: { council: council.A, alt: 'Leaflet' }, file: { data: pdf, mimetype: 'application/pdf', name: 'leaflet.pdf', size: pdf.length } });
    const file = await getFile(`/media/file/${leaflet.filename}`, 'staff-a');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment\b/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    // A part of it too (a PDF viewer asks for ranges).
    const part = await getFile(`/media/file/${leaflet.filename}`, 'staff-a', { Range: 'bytes=0-7' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-disposition')).toMatch(/^attachment\b/);
    expect(part.headers.get('x-content-type-options')).toBe('nosniff');
    const image = await upload('A');
    const picture = await getFile(`/media/file/${image.filename}`, 'staff-a');
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toMatch(/^image\//);
    expect(picture.headers.get('content-disposition') ?? 'inline').toMatch(/^inline\b/);
    expect(picture.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
