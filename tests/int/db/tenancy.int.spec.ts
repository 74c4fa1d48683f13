import sharp from 'sharp';
import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData, type TestRole } from '@tests/helpers/accounts';
import { restClient } from '@tests/helpers/rest';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Councils are tenants: the isolation matrix. People of council A (each role, a platform
 * editor, and someone who is staff in A but a young editor in B) try every way of seeing,
 * inferring or changing council B's documents and accounts: lists, single reads, counts,
 * versions, `where` on related fields, updates, bulk updates, deletes, creating into B and
 * moving a document to B, through REST, GraphQL and the Local API. Nothing of B's may come
 * back (not even that it exists), and nothing of B's may change.
 */
type Who = Exclude<TestRole, 'admin'> | 'dual';
const WHO: Who[] = ['staff', 'reviewer', 'young-editor', 'platform-editor', 'dual'];
const SCOPED = ['offers', 'local-details', 'guides', 'pledges', 'indicators', 'local-terms'] as const;
type Scoped = (typeof SCOPED)[number];
const VERSIONED = new Set<string>(['offers', 'local-details', 'guides', 'pledges', 'local-terms']);
const PATCH: Record<Scoped, Record<string, unknown>> = {
  offers: { title: 'Hacked' }, 'local-details': { note: 'Hacked' }, guides: { title: 'Hacked' }, pledges: { weDid: 'Hacked' },
  indicators: { title: 'Hacked' }, 'local-terms': { meaning: 'Hacked' },
};
let entitlementId: number;

let cms: TestCms;
let payload: Payload;
let rest: Awaited<ReturnType<typeof restClient>>;
let graphql: (query: string, who: Who) => Promise<any>;
let png: Buffer;
let areaId: number;
const council = {} as Record<'A' | 'B', number>;
const people = {} as Record<Who | 'staff-b' | 'ye-b', { id: number; token: string; user: any; email: string }>;
/** Council B's documents: one published, one draft, per collection (indicators have no drafts). */
const bDocs = {} as Record<Scoped | 'media', { published: number; draft?: number }>;
let aOffer: number;

let n = 0;
const FACTORIES: { [C in Scoped]: (c: number) => RequiredDataFromCollectionSlug<C> } = {
  offers: (c) => ({ council: c, title: `Offer ${++n}`, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local',
    legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, // the collection's defaults
    howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01' }),
  'local-details': (c) => ({ council: c, entitlement: entitlementId, note: `Local note ${++n}`, whoToAsk: 'Your PA here.' }),
  'local-terms': (c) => ({ council: c, term: `Local term ${++n}`, meaning: 'What it means here.' }),
  guides: (c) => ({ council: c, title: `Guide ${++n}`, summary: 'A guide.', chapters: [{ title: 'One', summary: 'First.', body: lexical('Text') }] }),
  pledges: (c) => ({ council: c, youSaid: `You said ${++n}`, weDid: 'We did it.', progress: 'done', askedAt: 'Summit', askedOn: '2026-01-01' }),
  indicators: (c) => ({ council: c, title: `Indicator ${++n}`, description: 'A figure.', unit: 'percent',
    figures: [{ period: '2025', place: 'England', placeKind: 'england', value: 50, source: 'DfE' }] }),
};

let entitlementFor: () => Promise<number>;

async function make(collection: Scoped, c: number, status: 'published' | 'draft') {
  if (collection === 'local-details') entitlementId = await entitlementFor();
  const data = FACTORIES[collection](c);
  const withStatus = VERSIONED.has(collection) ? { ...data, _status: status } : data;
  return status === 'draft' ? payload.create({ collection, data: withStatus, draft: true }) : payload.create({ collection, data: withStatus });
}

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  const config = (await import('@cms/payload.config')).default;
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
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d70b8' } }).png().toBuffer();
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 } })).id;
  council.A = (await payload.create({ collection: 'authorities', data: councilData('A', { name: 'Council Alpha' }) })).id;
  council.B = (await payload.create({ collection: 'authorities', data: councilData('B', { name: 'Council Beta' }) })).id;
  // A national entitlement each council adds its local details to (one per council each, so each make() uses a fresh one).
  const entitlement = async () =>
    (await payload.create({ collection: 'entitlements', data: { title: `Entitlement ${++n}`, summary: 'National.', body: lexical('National text.'), area: areaId,
      legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, // the collection's defaults
      howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Children Act 1989', sourceUrl: 'https://www.legislation.gov.uk/ukpga/1989/41', lastReviewed: '2026-01-01', _status: 'published' } })).id;
  entitlementFor = entitlement;

  const account = async (key: keyof typeof people, data: Record<string, unknown>) => {
    const email = `${key}@test.example`;
    const password = `pw-${key}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: `${key} person`, ...data } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    people[key] = { id: user.id, token: token!, user: { ...user, collection: 'users' }, email };
  };
  // The first account on a platform is its admin (the "create first user" screen): make that one first.
  await payload.create({ collection: 'users', data: { email: 'admin@test.example', password: 'pw-admin-123456', name: 'Admin', platformRole: 'admin' } });
  for (const role of ['staff', 'reviewer', 'young-editor', 'platform-editor'] as const) await account(role, accountData(role, council.A));
  await account('dual', { councils: [{ council: council.A, role: 'staff' }, { council: council.B, role: 'young-editor' }] });
  await account('staff-b', accountData('staff', council.B));
  await account('ye-b', accountData('young-editor', council.B));

  for (const collection of SCOPED) {
    bDocs[collection] = {
      published: (await make(collection, council.B, 'published')).id,
      ...(VERSIONED.has(collection) ? { draft: (await make(collection, council.B, 'draft')).id } : {}),
    };
  }
  // A draft on top of B's published offer: its versions hold text nobody outside B may read.
  await payload.update({ collection: 'offers', id: bDocs.offers.published, data: { title: 'Secret draft title' }, draft: true });
  const media = await payload.create({ collection: 'media', data: { council: council.B, alt: 'B upload' },
    file: { data: png, mimetype: 'image/png', name: 'b.png', size: png.length } });
  bDocs.media = { published: media.id };
  aOffer = (await make('offers', council.A, 'published')).id;
});

afterAll(async () => {
  await cms?.stop();
});

const bIds = (collection: Scoped | 'media') => [bDocs[collection].published, bDocs[collection].draft].filter((id) => id !== undefined).map(String);
/** People who are in council B in some role: for them B's documents are not "another council's". */
const outsiders = WHO.filter((who) => who !== 'dual');

describe(`between councils on ${process.env.TEST_DB || 'sqlite'}: reading`, () => {
  for (const who of outsiders) {
    for (const collection of [...SCOPED, 'media'] as const) {
      it(`${who} of council A sees none of council B's ${collection} in lists, single reads or counts (REST and Local API)`, async () => {
        const token = people[who].token;
        const list = await rest('GET', `/${collection}?limit=500&depth=0${VERSIONED.has(collection) ? '&draft=true' : ''}`, { token });
        const listed = (list.json?.docs ?? []).map((d: { id: unknown }) => String(d.id));
        for (const id of bIds(collection)) {
          // Media: B's upload is not used by published content, so it is not public either.
          expect(listed).not.toContain(id);
          const one = await rest('GET', `/${collection}/${id}?depth=0${VERSIONED.has(collection) ? '&draft=true' : ''}`, { token });
          expect(one.status).not.toBe(200);
          const local = await payload.find({ collection: collection as 'offers', where: { id: { equals: id } }, draft: true, overrideAccess: false, user: people[who].user }).catch(() => null);
          expect(local?.docs.length ?? 0).toBe(0);
        }
        if (collection !== 'media') {
          // A filter on B's council (or a related field of it) counts nothing, exactly like a council that doesn't exist.
          const count = async (where: string) => (await rest('GET', `/${collection}/count?${where}`, { token })).json?.totalDocs ?? 0;
          expect(await count(`where[council][equals]=${council.B}`)).toBe(0);
          expect(await count(`where[council.name][like]=Beta`)).toBe(await count(`where[council.name][like]=Gamma`));
        }
      });
    }

    it(`${who} of council A can't read council B's versions or a draft's text`, async () => {
      const token = people[who].token;
      const versions = await rest('GET', `/offers/versions?limit=500&where[parent][equals]=${bDocs.offers.published}`, { token });
      expect(versions.json?.docs ?? []).toEqual([]);
      const byText = await rest('GET', `/offers/versions?where[version.title][like]=Secret`, { token });
      expect(byText.json?.totalDocs ?? 0).toBe(0);
      const local = await payload.findVersions({ collection: 'offers', where: { parent: { equals: bDocs.offers.published } }, overrideAccess: false, user: people[who].user }).catch(() => null);
      expect(local?.docs.length ?? 0).toBe(0);
    });

    it(`${who} of council A gets nothing of council B through GraphQL`, async () => {
      const json = await graphql(`{
        Offers(draft: true, limit: 500) { docs { id title } }
        Pledges(draft: true, limit: 500) { docs { id } }
        Indicators(limit: 500) { docs { id } }
        versionsOffers(limit: 500) { docs { parent { id } version { title } } }
        Users(limit: 500) { docs { email } }
      }`, who);
      const text = JSON.stringify(json.data ?? {});
      expect(text).not.toContain('Secret draft title');
      for (const id of [...bIds('offers')]) expect((json.data?.Offers?.docs ?? []).map((d: { id: unknown }) => String(d.id))).not.toContain(id);
      for (const id of bIds('pledges')) expect((json.data?.Pledges?.docs ?? []).map((d: { id: unknown }) => String(d.id))).not.toContain(id);
      expect((json.data?.Indicators?.docs ?? []).map((d: { id: unknown }) => String(d.id))).not.toContain(String(bDocs.indicators.published));
      expect(text).not.toContain(people['staff-b'].email);
      expect(text).not.toContain(people['ye-b'].email);
    });

    it(`${who} of council A can't see or infer council B's accounts`, async () => {
      const token = people[who].token;
      const list = await rest('GET', '/users?limit=500', { token });
      const emails = (list.json?.docs ?? []).map((u: { email: string }) => u.email);
      expect(emails).not.toContain(people['staff-b'].email);
      expect(emails).not.toContain(people['ye-b'].email);
      expect((await rest('GET', `/users/${people['ye-b'].id}`, { token })).status).not.toBe(200);
      // Filters that would tell a right guess from a wrong one.
      const totals = async (where: string) => (await rest('GET', `/users?${where}`, { token })).json?.totalDocs ?? null;
      expect(await totals(`where[councils.council][equals]=${council.B}`)).toBe(await totals('where[councils.council][equals]=999999'));
      expect(await totals('where[email][like]=ye-b')).toBe(await totals('where[email][like]=zz-nobody'));
      expect(await totals('where[councils.council.name][like]=Beta')).toBe(await totals('where[councils.council.name][like]=Gamma'));
    });
  }
});

describe(`between councils on ${process.env.TEST_DB || 'sqlite'}: changing`, () => {
  const unchanged = async (collection: Scoped, id: number) => {
    const doc = await payload.findByID({ collection: collection as 'offers', id, draft: false, depth: 0 });
    expect(doc.council).toBe(council.B);
    return doc;
  };

  for (const who of outsiders) {
    for (const collection of SCOPED) {
      it(`${who} of council A can't update, bulk-update, delete, create into or move into council B's ${collection}`, async () => {
        const token = people[who].token;
        const id = bDocs[collection].published;
        const before = JSON.stringify(await unchanged(collection, id));
        const patch = PATCH[collection];
        expect((await rest('PATCH', `/${collection}/${id}`, { token, body: patch })).status).not.toBe(200);
        const bulk = await rest('PATCH', `/${collection}?where[council][equals]=${council.B}`, { token, body: patch });
        expect(bulk.json?.docs?.length ?? 0).toBe(0);
        await payload.update({ collection: collection as 'offers', where: { council: { equals: council.B } }, data: patch, overrideAccess: false, user: people[who].user }).catch(() => null);
        expect((await rest('DELETE', `/${collection}/${id}`, { token })).status).not.toBe(200);
        await payload.delete({ collection: collection as 'offers', id, overrideAccess: false, user: people[who].user }).catch(() => null);
        expect(JSON.stringify(await unchanged(collection, id))).toBe(before);

        if (collection === 'local-details') entitlementId = await entitlementFor();
        const created = await rest('POST', `/${collection}${VERSIONED.has(collection) ? '?draft=true' : ''}`, { token, body: FACTORIES[collection](council.B) });
        expect(created.status).not.toBe(201);
        expect((await payload.count({ collection: collection as 'offers', where: { council: { equals: council.B } } })).totalDocs).toBe(bIds(collection).length);
      });
    }

    it(`${who} of council A can't move one of A's offers into council B`, async () => {
      await rest('PATCH', `/offers/${aOffer}`, { token: people[who].token, body: { council: council.B } });
      expect((await payload.findByID({ collection: 'offers', id: aOffer, depth: 0 })).council).toBe(council.A);
    });

    it(`${who} of council A can't add people to council B or change B's young editors`, async () => {
      const token = people[who].token;
      const invite = await rest('POST', '/users', { token, body: { email: `spy-${who}@test.example`, password: 'a-long-password-1', name: 'Spy', councils: [{ council: council.B, role: 'young-editor' }] } });
      expect(invite.status).not.toBe(201);
      expect((await rest('PATCH', `/users/${people['ye-b'].id}`, { token, body: { name: 'Renamed' } })).status).not.toBe(200);
      expect((await rest('DELETE', `/users/${people['ye-b'].id}`, { token })).status).not.toBe(200);
      const still = await payload.findByID({ collection: 'users', id: people['ye-b'].id, depth: 0 });
      expect(still.name).toBe('ye-b person');
    });
  }

  it('an upload of council B is changed by nobody from council A', async () => {
    for (const who of outsiders) {
      expect((await rest('PATCH', `/media/${bDocs.media.published}`, { token: people[who].token, body: { alt: 'Hacked' } })).status).not.toBe(200);
      expect((await rest('DELETE', `/media/${bDocs.media.published}`, { token: people[who].token })).status).not.toBe(200);
    }
    expect((await payload.findByID({ collection: 'media', id: bDocs.media.published })).alt).toBe('B upload');
  });
});

describe('roles are per council', () => {
  it('someone who is staff in A and a young editor in B publishes in A but only drafts in B', async () => {
    const token = people.dual.token;
    const inA = await rest('POST', '/offers', { token, body: { ...FACTORIES.offers(council.A), _status: 'published' } });
    expect(inA.status).toBe(201);
    const inB = await rest('POST', '/offers', { token, body: { ...FACTORIES.offers(council.B), _status: 'published' } });
    expect(inB.status).toBe(403);
    const draftInB = await rest('POST', '/offers?draft=true', { token, body: FACTORIES.offers(council.B) });
    expect(draftInB.status).toBe(201);
    const publishB = await rest('PATCH', `/offers/${draftInB.json.doc.id}`, { token, body: { _status: 'published' } });
    expect(publishB.status).toBe(403);
    expect((await rest('DELETE', `/offers/${draftInB.json.doc.id}`, { token })).status).not.toBe(200);
    expect((await rest('DELETE', `/offers/${inA.json.doc.id}`, { token })).status).toBe(200);
    // Staff in A may make indicators there; a young editor in B may not make them in B.
    expect((await rest('POST', '/indicators', { token, body: FACTORIES.indicators(council.A) })).status).toBe(201);
    expect((await rest('POST', '/indicators', { token, body: FACTORIES.indicators(council.B) })).status).not.toBe(201);
  });

  it('a council’s staff see their own council’s accounts, not other councils’', async () => {
    const res = await rest('GET', '/users?limit=500', { token: people['staff-b'].token });
    const emails = res.json.docs.map((u: { email: string }) => u.email).sort();
    expect(emails).toEqual([people.dual.email, people['staff-b'].email, people['ye-b'].email].sort());
  });

  it('slugs are unique within a council, not across the platform', async () => {
    const body = (c: number): RequiredDataFromCollectionSlug<'offers'> => ({ ...FACTORIES.offers(c), slug: 'same-slug', _status: 'published' });
    expect((await payload.create({ collection: 'offers', data: body(council.A) })).slug).toBe('same-slug');
    expect((await payload.create({ collection: 'offers', data: body(council.B) })).slug).toBe('same-slug');
    const clash = await rest('POST', '/offers', { token: people.staff.token, body: body(council.A) });
    expect(clash.status).toBe(400);
    expect(clash.json.errors[0].data.errors[0]).toMatchObject({ path: "slug", message: expect.stringMatching(/already uses "same-slug"/) });
  });

  it('on a platform with one council, a new document needs no council to be chosen', async () => {
    // Covered by the single-council demo: the import, the admin and every earlier suite
    // create documents without naming the council. Here: a writer in one council.
    const res = await rest('POST', '/offers?draft=true', { token: people.reviewer.token, body: { ...FACTORIES.offers(council.A), council: undefined } });
    expect(res.status).toBe(201);
    expect(res.json.doc.council?.id ?? res.json.doc.council).toBe(council.A);
  });
});
