import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { CollectionBeforeChangeHook, Payload, RequiredDataFromCollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData } from '@tests/helpers/accounts';
import { restClient } from '@tests/helpers/rest';
import { spotlightData } from '@tests/helpers/library';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 8: the holes found when the platform was attacked, each kept closed, on SQLite and
 * (under TEST_DB=postgres) PostgreSQL. Each test here failed on the code before the fix.
 */
type Role = 'admin' | 'staff' | 'reviewer' | 'young-editor';
type Who = Role | 'anonymous';
const ROLES: Role[] = ['admin', 'staff', 'reviewer', 'young-editor'];
const DB = process.env.TEST_DB || 'sqlite';

let cms: TestCms;
let payload: Payload;
let rest: Awaited<ReturnType<typeof restClient>>;
let graphql: (query: string, who: Who, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: { message: string }[] }>;
let png: Buffer;
let areaId: number;
let councilId: number;
const users = {} as Record<Role, { id: number; token: string; user: any; email: string }>;
let n = 0;

type OfferData = RequiredDataFromCollectionSlug<'offers'>;
// legalStatus, livingElsewhere and amount are the collection's defaults, written out for the type.
const offerData = (extra: Partial<OfferData> = {}): OfferData => ({
  title: `Offer ${++n}`, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local',
  legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' },
  howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer',
  lastReviewed: '2026-01-01', ...extra,
});
const publishedOffer = async (extra: Partial<OfferData> = {}) =>
  payload.create({ collection: 'offers', data: { ...offerData(extra), _status: 'published' } });
const token = (who: Who) => (who === 'anonymous' ? undefined : users[who].token);
const local = (who: Who) => (who === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[who].user });
const live = async (id: number) => payload.findByID({ collection: 'offers', id, draft: false, depth: 0 });

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  const config = (await import('@cms/payload.config')).default;
  rest = await restClient(config);
  const routes = await import('@payloadcms/next/routes');
  const post = routes.GRAPHQL_POST(config);
  graphql = async (query, who, variables) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (who !== 'anonymous') headers.Authorization = `JWT ${users[who].token}`;
    const res = await post(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }));
    const json = await res.json();
    if (process.env.DEBUG_GRAPHQL && json.errors) console.log(query, JSON.stringify(json.errors));
    return json;
  };
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d70b8' } }).png().toBuffer();
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 } })).id;
  councilId = (await payload.create({
    collection: 'authorities',
    data: { name: 'Council', onsCode: 'DEMO1', serviceName: 'Leaving care', phone: '020 7946 0000', email: 'team@demo.example',
      address: '1 Street', openingHours: '9 to 5', emergency: { label: 'Out of hours', phone: '020 7946 0999', hours: 'Nights' } },
  })).id;
  for (const role of ROLES) {
    const email = `${role}@test.example`;
    const password = `pw-${role}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: `${role} person`, ...accountData(role, councilId) } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    users[role] = { id: user.id, token: token!, user: { ...user, collection: 'users' }, email };
  }
});

afterAll(async () => {
  await cms?.stop();
});

describe(`finding 1: one URL rule, enforced by the CMS (${DB})`, () => {
  it.each([
    ['javascript:alert(1)', /"javascript:" links are not allowed/],
    ['JAVASCRIPT://%0aalert(1)', /"javascript:" links are not allowed/],
    ['data:text/html,<script>alert(1)</script>', /not allowed|spaces/],
    ['www.gov.uk/x', /must be a full web address starting with https:\/\//],
  ])('refuses to publish an offer whose source is %j, naming the field', async (url, message) => {
    const res = await rest('POST', '/offers', { token: users.staff.token, body: { ...offerData({ sourceUrl: url }), _status: 'published' } });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'sourceUrl', message: expect.stringMatching(message) })]);
  });

  it('refuses to publish a national entitlement whose source the build would reject, naming the field', async () => {
    const { council: _council, kind: _kind, ...national } = offerData({ sourceUrl: 'javascript:alert(1)' });
    const res = await rest('POST', '/entitlements', { token: users.admin.token, body: { ...national, _status: 'published' } });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'sourceUrl', message: expect.stringMatching(/"javascript:" links are not allowed/) })]);
  });

  it('refuses a council website that is not a web address', async () => {
    const authority = (await payload.find({ collection: 'authorities', limit: 1 })).docs[0]!;
    const res = await rest('PATCH', `/authorities/${authority.id}`, { token: users.staff.token, body: { website: 'JAVASCRIPT://%0aalert(document.cookie)' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toMatch(/website/);
    expect((await payload.findByID({ collection: 'authorities', id: authority.id })).website ?? null).toBeNull();
  });

  it('refuses to publish rich text with a javascript: link, with the same words the site build uses', async () => {
    const body: OfferData['body'] = {
      root: { type: 'root', direction: null, format: '', indent: 0, version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [{ type: 'text', text: 'Click' }] }] }] },
    };
    const draft = await payload.create({ collection: 'offers', draft: true, data: { ...offerData(), body, _status: 'draft' } });
    const res = await rest('PATCH', `/offers/${draft.id}`, { token: users.reviewer.token, body: { _status: 'published' } });
    expect(res.status).toBe(400);
    const cmsMessage = res.json.errors[0].data.errors[0];
    expect(cmsMessage.path).toBe('body');
    const { validateSnapshot } = await import('@site/loaders/payloadSnapshot');
    const fixture = JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8'));
    fixture.offers[0].body = body;
    const buildMessage = validateSnapshot(fixture).excluded[0]!;
    expect(buildMessage.endsWith(`field "body": ${cmsMessage.message}`)).toBe(true);
  });
});

describe(`finding 1: the admin takes state-changing requests only from its own origin (${DB})`, () => {
  const cookieFor = (role: Role) => ({ Cookie: `local-offer-token=${users[role].token}` });
  const newAdmin = () => ({ email: `attacker${++n}@evil.example`, password: 'a-long-password-1', name: 'Attacker', platformRole: 'admin' });

  it('refuses a cross-origin POST that carries a signed-in admin’s cookie (the public site’s script can’t make an admin)', async () => {
    for (const origin of ['http://localhost:4321', 'https://evil.example', 'null']) {
      const res = await rest('POST', '/users', { body: newAdmin(), headers: { ...cookieFor('admin'), Origin: origin } });
      expect(res.status).toBe(403);
    }
    const res = await rest('POST', '/users', { body: newAdmin(), headers: { ...cookieFor('admin'), 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(403);
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { like: 'evil.example' } } });
    expect(totalDocs).toBe(0);
  });

  it('accepts the same request from the admin itself', async () => {
    const res = await rest('POST', '/users', { body: newAdmin(), headers: { ...cookieFor('admin'), Origin: 'http://localhost:3000' } });
    expect(res.status).toBe(201);
  });

  it('sets the session cookie SameSite=Strict and HttpOnly', async () => {
    const res = await rest('POST', '/users/login', { body: { email: 'admin@test.example', password: 'wrong' } });
    expect(res.status).not.toBe(200);
    const { Users } = await import('@cms/collections/Users');
    expect((Users.auth as { cookies?: { sameSite?: string } }).cookies?.sameSite).toBe('Strict');
  });
});

/** What each role may do that changes the live site, beyond create/update/publish (see access.int.spec.ts). */
type LiveOp = 'restoreLive' | 'restoreAsDraft' | 'unpublish' | 'bulkUpdateLive' | 'bulkDelete' | 'replaceLiveImage' | 'duplicateLive';
const LIVE_OPS: LiveOp[] = ['restoreLive', 'restoreAsDraft', 'unpublish', 'bulkUpdateLive', 'bulkDelete', 'replaceLiveImage', 'duplicateLive'];
// The live image is a published spotlight's: the practice library's, which only its
// moderators (platform editors and admins) change (issue 18, finding 6: libraryMedia.int.spec.ts).
const MAY: Record<Who, Set<LiveOp>> = {
  anonymous: new Set(),
  'young-editor': new Set(['restoreAsDraft']),
  reviewer: new Set(['restoreLive', 'restoreAsDraft', 'unpublish', 'bulkUpdateLive', 'duplicateLive']),
  staff: new Set(LIVE_OPS.filter((op) => op !== 'replaceLiveImage')),
  admin: new Set(LIVE_OPS),
};

/** A published offer with an older published version, and its older version's id. */
async function offerWithHistory() {
  const doc = await publishedOffer({ title: `Old title ${++n}` });
  await payload.update({ collection: 'offers', id: doc.id, data: { title: `New title ${n}`, _status: 'published' } });
  const versions = await payload.findVersions({ collection: 'offers', where: { parent: { equals: doc.id } }, sort: 'createdAt', depth: 0 });
  return { id: doc.id, oldVersion: versions.docs[0]!.id, title: `New title ${n}` };
}

/** A published spotlight using an image; returns the image id. */
async function liveImage() {
  // The council's own upload (a platform upload is the platform editors' to change).
  const media = await payload.create({ collection: 'media', data: { council: councilId, alt: `Live picture ${++n}` }, file: { data: png, mimetype: 'image/png', name: `live${n}.png`, size: png.length } });
  await payload.create({
    collection: 'spotlights',
    data: await spotlightData(payload, { image: media.id, _status: 'published' }),
  });
  return media.id;
}

type Attempt = (who: Who) => Promise<boolean>;
const ok = (p: Promise<unknown>) => p.then(() => true, () => false);
/** Published offers now, by id: a copy that went live adds one. */
const liveOfferCount = async () => (await payload.count({ collection: 'offers', where: { _status: { equals: 'published' } } })).totalDocs;
const unchangedLive = async (id: number, title: string) => {
  const doc = await live(id);
  return doc._status === 'published' && doc.title === title;
};

const ATTEMPTS: Record<'rest' | 'graphql' | 'local', Record<LiveOp, Attempt>> = {
  rest: {
    restoreLive: async (who) => {
      const o = await offerWithHistory();
      await rest('POST', `/offers/versions/${o.oldVersion}`, { token: token(who) });
      return !(await unchangedLive(o.id, o.title));
    },
    restoreAsDraft: async (who) => {
      const o = await offerWithHistory();
      const res = await rest('POST', `/offers/versions/${o.oldVersion}?draft=true`, { token: token(who) });
      expect(await unchangedLive(o.id, o.title)).toBe(true); // a draft restore never touches the live version
      return res.status === 200;
    },
    unpublish: async (who) => {
      const o = await offerWithHistory();
      await rest('PATCH', `/offers/${o.id}`, { token: token(who), body: { _status: 'draft' } });
      return (await live(o.id))._status !== 'published';
    },
    bulkUpdateLive: async (who) => {
      const o = await offerWithHistory();
      await rest('PATCH', `/offers?where[id][equals]=${o.id}`, { token: token(who), body: { title: 'Bulk changed' } });
      return (await live(o.id)).title === 'Bulk changed';
    },
    bulkDelete: async (who) => {
      const o = await offerWithHistory();
      await rest('DELETE', `/offers?where[id][equals]=${o.id}`, { token: token(who) });
      return (await payload.count({ collection: 'offers', where: { id: { equals: o.id } } })).totalDocs === 0;
    },
    duplicateLive: async (who) => {
      const o = await offerWithHistory();
      const before = await liveOfferCount();
      await rest('POST', `/offers/${o.id}/duplicate?draft=false`, { token: token(who), body: {} });
      return (await liveOfferCount()) > before;
    },
    replaceLiveImage: async (who) => {
      const id = await liveImage();
      const res = await rest('PATCH', `/media/${id}`, { token: token(who), body: { alt: 'Replaced alt text' } });
      return res.status === 200 && (await payload.findByID({ collection: 'media', id })).alt === 'Replaced alt text';
    },
  },
  graphql: {
    restoreLive: async (who) => {
      const o = await offerWithHistory();
      await graphql(`mutation { restoreVersionOffer(id: ${JSON.stringify(o.oldVersion)}) { id } }`, who);
      return !(await unchangedLive(o.id, o.title));
    },
    restoreAsDraft: async (who) => {
      const o = await offerWithHistory();
      const res = await graphql(`mutation { restoreVersionOffer(id: ${JSON.stringify(o.oldVersion)}, draft: true) { id } }`, who);
      expect(await unchangedLive(o.id, o.title)).toBe(true);
      return !res.errors?.length;
    },
    unpublish: async (who) => {
      const o = await offerWithHistory();
      await graphql(`mutation { updateOffer(id: ${JSON.stringify(o.id)}, data: { _status: draft, amount: { type: none } }) { id } }`, who);
      return (await live(o.id))._status !== 'published';
    },
    bulkUpdateLive: async (who) => {
      const o = await offerWithHistory();
      await graphql(`mutation { updateOffer(id: ${JSON.stringify(o.id)}, data: { title: "Bulk changed", amount: { type: none } }) { id } }`, who);
      return (await live(o.id)).title === 'Bulk changed';
    },
    bulkDelete: async (who) => {
      const o = await offerWithHistory();
      await graphql(`mutation { deleteOffer(id: ${JSON.stringify(o.id)}) { id } }`, who);
      return (await payload.count({ collection: 'offers', where: { id: { equals: o.id } } })).totalDocs === 0;
    },
    duplicateLive: async (who) => {
      const o = await offerWithHistory();
      const before = await liveOfferCount();
      // GraphQL wants every required field of the copy; its enum names use _ for -.
      const { area: _area, ...data } = { ...offerData({ title: 'Copy', amount: { type: 'none' }, livingElsewhere: 'applies' }), legalStatus: 'in_force' };
      await graphql(`mutation ($data: mutationOfferInput!) { duplicateOffer(id: ${JSON.stringify(o.id)}, data: $data) { id } }`, who, { data });
      return (await liveOfferCount()) > before;
    },
    replaceLiveImage: async (who) => {
      const id = await liveImage();
      await graphql(`mutation { updateMedia(id: ${JSON.stringify(id)}, data: { alt: "Replaced alt text" }) { id } }`, who);
      return (await payload.findByID({ collection: 'media', id })).alt === 'Replaced alt text';
    },
  },
  local: {
    restoreLive: async (who) => {
      const o = await offerWithHistory();
      await ok(payload.restoreVersion({ collection: 'offers', id: o.oldVersion, ...local(who) }));
      return !(await unchangedLive(o.id, o.title));
    },
    restoreAsDraft: async (who) => {
      // The Local API has no draft restore: the closest is saving the old version as a draft.
      const o = await offerWithHistory();
      const old = await payload.findVersionByID({ collection: 'offers', id: o.oldVersion, depth: 0 });
      const { id: _id, createdAt: _c, updatedAt: _u, ...data } = old.version;
      const saved = await ok(payload.update({ collection: 'offers', id: o.id, data: { ...data, _status: 'draft' }, draft: true, ...local(who) }));
      expect(await unchangedLive(o.id, o.title)).toBe(true);
      return saved;
    },
    unpublish: async (who) => {
      const o = await offerWithHistory();
      await ok(payload.update({ collection: 'offers', id: o.id, data: { _status: 'draft' }, ...local(who) }));
      return (await live(o.id))._status !== 'published';
    },
    bulkUpdateLive: async (who) => {
      const o = await offerWithHistory();
      await ok(payload.update({ collection: 'offers', where: { id: { equals: o.id } }, data: { title: 'Bulk changed' }, ...local(who) }));
      return (await live(o.id)).title === 'Bulk changed';
    },
    bulkDelete: async (who) => {
      const o = await offerWithHistory();
      await ok(payload.delete({ collection: 'offers', where: { id: { equals: o.id } }, ...local(who) }));
      return (await payload.count({ collection: 'offers', where: { id: { equals: o.id } } })).totalDocs === 0;
    },
    duplicateLive: async (who) => {
      const o = await offerWithHistory();
      const before = await liveOfferCount();
      await ok(payload.duplicate({ collection: 'offers', id: o.id, ...local(who) }));
      return (await liveOfferCount()) > before;
    },
    replaceLiveImage: async (who) => {
      const id = await liveImage();
      await ok(payload.update({ collection: 'media', id, data: { alt: 'Replaced alt text' }, ...local(who) }));
      return (await payload.findByID({ collection: 'media', id })).alt === 'Replaced alt text';
    },
  },
};

for (const api of ['rest', 'graphql', 'local'] as const) {
  describe(`finding 2: what changes the live site, through ${api === 'rest' ? 'REST' : api === 'graphql' ? 'GraphQL' : 'the Local API'} (${DB})`, () => {
    for (const who of ['anonymous', ...ROLES] as Who[]) {
      for (const op of LIVE_OPS) {
        const allowed = MAY[who].has(op);
        it(`${who} ${allowed ? 'can' : 'cannot'} ${op}`, async () => {
          expect(await ATTEMPTS[api][op](who)).toBe(allowed);
        });
      }
    }
  });
}

describe(`finding 2: young editors still write drafts (${DB})`, () => {
  it('may change an upload of their own that nothing published uses yet', async () => {
    const media = await payload.create({ collection: 'media', data: { council: councilId, alt: 'Draft picture' }, file: { data: png, mimetype: 'image/png', name: `d${++n}.png`, size: png.length } });
    const res = await rest('PATCH', `/media/${media.id}`, { token: users['young-editor'].token, body: { alt: 'Better alt text' } });
    expect(res.status).toBe(200);
  });

  it('a non-draft save of a never-published document does not publish it', async () => {
    const draft = await payload.create({ collection: 'offers', draft: true, data: { ...offerData(), _status: 'draft' } });
    await rest('PATCH', `/offers/${draft.id}`, { token: users['young-editor'].token, body: { title: 'Still a draft' } });
    expect((await rest('GET', `/offers/${draft.id}`)).status).not.toBe(200);
  });
});

describe(`finding 3: nobody but platform admins can query other people's accounts through relationships (${DB})`, () => {
  let offerId: number;
  beforeAll(async () => {
    const doc = await publishedOffer();
    offerId = doc.id;
    // Written as the review workflow would have: a co-author and a review step by the admin
    // (straight to the database, which takes a step's text by language: it is stored per language).
    await payload.db.updateOne({
      collection: 'offers', id: doc.id, req: {}, returning: false,
      data: { howToGet: [{ id: '65a1b2c3d4e5f6a7b8c9d0e2', step: { en: 'Ask your PA.' } }], coAuthors: [users.admin.id], reviewHistory: [{ id: '65a1b2c3d4e5f6a7b8c9d0e1', state: 'approved', at: '2026-01-01T00:00:00.000Z', by: users.admin.id, byName: 'Admin' }] },
    });
    const stored = await payload.findByID({ collection: 'offers', id: doc.id, depth: 0 });
    expect((stored.coAuthors ?? []).map(String)).toContain(String(users.admin.id));
  });

  const PATHS = ['reviewHistory.by.email', 'coAuthors.email', 'coAuthors.platformRole', 'coAuthors.councils.role', 'coAuthors.name', 'coAuthors.credit.displayName'];
  // A right guess and a wrong one: if the answers differ, the address leaks a character at a time.
  const guesses = (p: string) => (p.endsWith('councils.role') ? ['staff', 'nobody'] : p.endsWith('role') ? ['admin', 'nobody'] : p.endsWith('email') ? ['admin@', 'zzz@'] : ['admin', 'zzz']);

  // Staff too: they see their own council's accounts, never another's (tenancy.int.spec.ts).
  for (const who of ['anonymous', 'young-editor', 'reviewer', 'staff'] as Who[]) {
    for (const field of PATHS) {
      it(`${who}: filtering offers on ${field} tells nothing (REST, versions, Local API)`, async () => {
        const [right, wrong] = guesses(field);
        const op = field.endsWith('role') ? 'equals' : 'like';
        for (const base of ['/offers?draft=true&', '/offers/versions?']) {
          const key = base.includes('versions') ? `version.${field}` : field;
          const a = await rest('GET', `${base}where[${key}][${op}]=${encodeURIComponent(right!)}`, { token: token(who) });
          const b = await rest('GET', `${base}where[${key}][${op}]=${encodeURIComponent(wrong!)}`, { token: token(who) });
          expect(a.status).toBe(b.status);
          expect(a.json?.totalDocs ?? null).toBe(b.json?.totalDocs ?? null);
          expect(a.status).not.toBe(200);
        }
        const sorted = await rest('GET', `/offers?sort=${field}`, { token: token(who) });
        expect(sorted.status).not.toBe(200);
        const count = (guess: string) =>
          payload.count({ collection: 'offers', where: { [field]: { [op]: guess } }, ...local(who) }).then((r) => r.totalDocs, () => 'refused');
        expect(await count(right!)).toBe('refused');
        expect(await count(wrong!)).toBe('refused');
      });
    }
  }

  for (const who of ['admin'] as Role[]) {
    it(`a platform ${who} (who may read every account) can still filter by a co-author’s email`, async () => {
      const res = await rest('GET', `/offers?where[coAuthors.email][equals]=${encodeURIComponent(users.admin.email)}`, { token: token(who) });
      expect(res.status).toBe(200);
      expect(res.json.docs.map((d: { id: unknown }) => String(d.id))).toContain(String(offerId));
    });
  }
});

describe(`finding 4: uploads are public only when published content uses them, with consent in force (${DB})`, () => {
  const future = new Date(Date.now() + 90 * 864e5).toISOString();
  const past = new Date(Date.now() - 864e5).toISOString();
  const upload = (data: Partial<RequiredDataFromCollectionSlug<'media'>>) =>
    payload.create({ collection: 'media', data: { council: councilId, alt: `Photo ${++n}`, ...data }, file: { data: png, mimetype: 'image/png', name: `photo${n}.png`, size: png.length } });
  const spotlight = async (image: number, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'spotlights', draft: status === 'draft',
      data: await spotlightData(payload, { image, _status: status }),
    });
  const publicIds = async () => ((await rest('GET', '/media?limit=1000')).json.docs as { id: unknown }[]).map((d) => String(d.id));

  it('hides an upload no published page uses: not listed, not by id, not its file', async () => {
    const unused = await upload({});
    const inDraft = await upload({});
    await spotlight(inDraft.id, 'draft');
    const ids = await publicIds();
    expect(ids).not.toContain(String(unused.id));
    expect(ids).not.toContain(String(inDraft.id));
    expect((await rest('GET', `/media/${unused.id}`)).status).not.toBe(200);
    expect((await rest('GET', `/media/file/${unused.filename}`)).status).not.toBe(200);
    // Signed in, it's there.
    expect((await rest('GET', `/media/${unused.id}`, { token: users['young-editor'].token })).status).toBe(200);
  });

  it('shows an upload a published page uses, without its consent record', async () => {
    const photo = await upload({ showsIdentifiablePerson: true, consent: { reference: 'CONSENT-REF-123', givenOn: past, expiresOn: future } });
    await spotlight(photo.id);
    expect(await publicIds()).toContain(String(photo.id));
    const res = await rest('GET', `/media/${photo.id}`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).not.toContain('CONSENT-REF-123');
    expect((await rest('GET', `/media/file/${photo.filename}`)).status).toBe(200);
  });

  it('takes a photo off when consent ends, or is cleared after publishing, and never publishes with ended consent', async () => {
    const expiring = await upload({ showsIdentifiablePerson: true, consent: { reference: 'REF-A', givenOn: past, expiresOn: future } });
    const cleared = await upload({ showsIdentifiablePerson: true, consent: { reference: 'REF-B', givenOn: past, expiresOn: future } });
    await spotlight(expiring.id);
    await spotlight(cleared.id);
    expect(await publicIds()).toEqual(expect.arrayContaining([String(expiring.id), String(cleared.id)]));

    await payload.update({ collection: 'media', id: expiring.id, data: { consent: { reference: 'REF-A', givenOn: past, expiresOn: past } } });
    await payload.update({ collection: 'media', id: cleared.id, data: { consent: { reference: '', givenOn: null, expiresOn: null } } });
    const ids = await publicIds();
    expect(ids).not.toContain(String(expiring.id));
    expect(ids).not.toContain(String(cleared.id));

    const { exportSnapshot } = await import('@cms/lib/exportSnapshot');
    const out = mkdtempSync(path.join(tmpdir(), 'lop-export-'));
    await exportSnapshot(payload, out);
    const snapshot = JSON.parse(readFileSync(path.join(out, 'snapshot.json'), 'utf8'));
    const images = snapshot.spotlights.map((s: { image: { id: unknown } | null }) => (s.image ? String(s.image.id) : null));
    expect(images).not.toContain(String(expiring.id));
    expect(images).not.toContain(String(cleared.id));
    expect(readdirSync(path.join(out, 'media'))).not.toContain(expiring.filename);

    const refusal = await spotlight(expiring.id).then(() => null, (e: { data?: { errors?: { message: string }[] } }) => e);
    expect(refusal?.data?.errors?.[0]?.message).toMatch(/consent that ended on/);

    const { consentsEnding } = await import('@cms/lib/mediaUse');
    const soon = await upload({ showsIdentifiablePerson: true, consent: { reference: 'REF-C', givenOn: past, expiresOn: new Date(Date.now() + 10 * 864e5).toISOString() } });
    const warned = await consentsEnding(payload, 30);
    expect(warned.map((w) => String(w.id))).toEqual(expect.arrayContaining([String(expiring.id), String(soon.id)]));
    expect(warned.find((w) => String(w.id) === String(expiring.id))?.ended).toBe(true);
  });
});

describe(`finding 6: a failed import writes nothing (${DB})`, () => {
  it('fails late (last file, refused by the database) and leaves no rows and no media files', async () => {
    const { importContent } = await import('@cms/seed/importContent');
    const { ValidationError } = await import('payload');
    const content = mkdtempSync(path.join(tmpdir(), 'lop-content-'));
    cpSync(path.resolve('content'), content, { recursive: true });
    // The last council's indicators.yaml is imported last. Its last entry passes the file
    // checks, but Payload refuses it, after everything else (the national content, the
    // other councils, media files included) has been written.
    const last = readdirSync(path.join(content, 'councils')).sort().at(-1)!;
    const file = path.join(content, 'councils', last, 'indicators.yaml');
    writeFileSync(file, `${existsSync(file) ? readFileSync(file, 'utf8').trimEnd() : ''}\n- title: Refused by Payload\n  slug: refused-by-payload\n  description: A figure.\n  unit: percent\n  figures:\n    - { period: '2025', place: England, placeKind: england, value: 50, isDemo: false, source: DfE }\n`);
    const hooks = payload.collections.indicators.config.hooks;
    const refuse: CollectionBeforeChangeHook = ({ data, req }) => {
      if (data.slug === 'refused-by-payload') throw new ValidationError({ collection: 'indicators', errors: [{ path: 'title', message: 'Refused for the test.' }], req });
      return data;
    };
    hooks.beforeChange = [...(hooks.beforeChange ?? []), refuse];

    const count = async () => {
      const out: Record<string, number> = {};
      for (const c of ['offers', 'entitlements', 'local-details', 'guides', 'spotlights', 'pledges', 'glossary-terms', 'indicators', 'authorities', 'media'] as const) {
        out[c] = (await payload.count({ collection: c, where: { createdAt: { greater_than: started } }, overrideAccess: true })).totalDocs;
      }
      return out;
    };
    const uploads = payload.collections.media.config.upload.staticDir as string;
    const filesBefore = existsSync(uploads) ? readdirSync(uploads).sort() : [];
    const started = new Date().toISOString();
    try {
      await expect(importContent(payload, content)).rejects.toThrow(/indicators\.yaml/);
    } finally {
      hooks.beforeChange = hooks.beforeChange!.filter((h) => h !== refuse);
    }
    expect(Object.values(await count()).every((c) => c === 0)).toBe(true);
    expect(existsSync(uploads) ? readdirSync(uploads).sort() : []).toEqual(filesBefore);
  });
});

describe(`finding 7: takedowns always land (${DB})`, () => {
  it('the CMS refuses a source the build would reject; a bad document that got in anyway is left out, not blocking an unpublish', async () => {
    const refused = await rest('POST', '/offers', { token: users.staff.token, body: { ...offerData({ sourceUrl: 'www.gov.uk/x' }), _status: 'published' } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].data.errors[0]).toMatchObject({ path: 'sourceUrl', message: expect.stringMatching(/must be a full web address/) });

    // One got in before the rule existed (written straight to the database)…
    const bad = await publishedOffer({ title: 'Bad source offer' });
    await payload.db.updateOne({ collection: 'offers', id: bad.id, data: { sourceUrl: 'www.gov.uk/x' }, req: {}, returning: false });
    // …and an editor takes another page down.
    const takedown = await publishedOffer({ title: 'Taken down offer' });
    await payload.update({ collection: 'offers', id: takedown.id, data: { _status: 'draft' } });

    const { exportSnapshot } = await import('@cms/lib/exportSnapshot');
    const { leftOutOfSnapshot, leftOutNow } = await import('@cms/lib/leftOut');
    const out = mkdtempSync(path.join(tmpdir(), 'lop-export-'));
    await exportSnapshot(payload, out);
    const excluded = await leftOutOfSnapshot(out);
    expect(excluded).toEqual([expect.stringMatching(new RegExp(`^offers "${(bad as { slug: string }).slug}": field "sourceUrl": "www.gov.uk/x" must be a full web address`))]);
    expect(await leftOutNow(payload)).toEqual(excluded);
    const { readSnapshot } = await import('@site/loaders/payloadSnapshot');
    const valid = await readSnapshot(path.join(out, 'snapshot.json'));
    const slugs = valid.offers.map((o) => o.slug);
    expect(slugs).not.toContain((bad as { slug: string }).slug);
    expect(slugs).not.toContain((takedown as { slug: string }).slug);
    expect(slugs.length).toBeGreaterThan(0);
  });
});
