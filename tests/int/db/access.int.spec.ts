import sharp from 'sharp';
import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { restClient } from '@tests/helpers/rest';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * The whole access matrix: every role (and anonymous) × every collection × every
 * operation, through the REST API and the Local API, within one council (the council
 * roles are in the council the documents belong to; between councils, see
 * tenancy.int.spec.ts). Then (issue 18) someone with a role in two councils against each
 * of them and a third; every versioned collection's versions, as every role, in their own
 * council and others; and the practice library's images. Any leak (a draft read, a write
 * that should be refused) or any lock-out of someone who should be allowed fails a test.
 */
type Who = 'anonymous' | 'young-editor' | 'reviewer' | 'staff' | 'platform-editor' | 'admin';
/** Everyone the tests sign in as: the roles, and `dual` (staff in the home council, a young editor in the other). */
type Person = Who | 'dual';
/** Where a document belongs: the home council (every role's), the other (`dual`'s second council) or a third (nobody's). */
type Place = 'home' | 'other' | 'third';
type Op = 'readPublished' | 'readDraft' | 'create' | 'updateDraft' | 'publish' | 'delete';
const WHO: Who[] = ['anonymous', 'young-editor', 'reviewer', 'staff', 'platform-editor', 'admin'];

const all = (...ops: Op[]) => new Set(ops);
const CO_WRITTEN = {
  anonymous: all('readPublished'),
  'young-editor': all('readPublished', 'readDraft', 'create', 'updateDraft'),
  reviewer: all('readPublished', 'readDraft', 'create', 'updateDraft', 'publish'),
  staff: all('readPublished', 'readDraft', 'create', 'updateDraft', 'publish', 'delete'),
  // Signed in but in no council: a council's documents are out of reach (the multi-tenant plugin).
  'platform-editor': all(),
  admin: all('readPublished', 'readDraft', 'create', 'updateDraft', 'publish', 'delete'),
};
const EVERYTHING = all('readPublished', 'readDraft', 'create', 'updateDraft', 'publish', 'delete');
// National content (spotlights, the glossary): written by platform editors; everyone signed in reads it.
const NATIONAL = {
  anonymous: all('readPublished'),
  'young-editor': all('readPublished', 'readDraft'),
  reviewer: all('readPublished', 'readDraft'),
  staff: all('readPublished', 'readDraft'),
  'platform-editor': EVERYTHING,
  admin: EVERYTHING,
};
// The practice library: platform editors moderate; a council's staff submit and update
// their own council's spotlights as drafts (and read those drafts); nobody else writes.
const LIBRARY = {
  anonymous: all('readPublished'),
  'young-editor': all('readPublished'),
  reviewer: all('readPublished'),
  staff: all('readPublished', 'readDraft', 'create', 'updateDraft'),
  'platform-editor': EVERYTHING,
  admin: EVERYTHING,
};
const NATIONAL_REFERENCE = {
  anonymous: all('readPublished'),
  'young-editor': all('readPublished'),
  reviewer: all('readPublished'),
  staff: all('readPublished'),
  'platform-editor': all('readPublished', 'create', 'updateDraft', 'delete'),
  admin: all('readPublished', 'create', 'updateDraft', 'delete'),
};
// A council's own reference data: its staff.
const REFERENCE = {
  anonymous: all('readPublished'),
  'young-editor': all('readPublished'),
  reviewer: all('readPublished'),
  staff: all('readPublished', 'create', 'updateDraft', 'delete'),
  'platform-editor': all(),
  admin: all('readPublished', 'create', 'updateDraft', 'delete'),
};
// Councils: public; only platform admins add or remove one (a council's staff updating
// their own council is tested below; each attempt here makes a new council).
const COUNCILS = {
  anonymous: all('readPublished'),
  'young-editor': all('readPublished'),
  reviewer: all('readPublished'),
  staff: all('readPublished'),
  'platform-editor': all('readPublished'),
  admin: all('readPublished', 'create', 'updateDraft', 'delete'),
};
// Media "published" here means used by a published spotlight (issue 8: an upload is public only then).
const MEDIA = {
  anonymous: all('readPublished'),
  'young-editor': all('readPublished', 'create', 'updateDraft'),
  reviewer: all('readPublished', 'create', 'updateDraft'),
  staff: all('readPublished', 'create', 'updateDraft', 'delete'),
  'platform-editor': all('readPublished'),
  admin: all('readPublished', 'create', 'updateDraft', 'delete'),
};

let n = 0;
const next = () => ++n;
let areaId: number;
let councilId: number;
/** The home council's entry in the register of councils (spotlights name it). */
let registeredId: number;
let otherRegisteredId: number;
/** Each place's council, and its entry in the register. */
const places = {} as Record<Place, { council: number; registered: number }>;

/** The collections the matrix covers; the tables below are keyed by them. */
const MADE = ['offers', 'guides', 'spotlights', 'pledges', 'glossary-terms', 'local-terms', 'entitlements', 'areas', 'council-register', 'authorities', 'indicators', 'media', 'guide-chapters'] as const;
type Made = (typeof MADE)[number];
/** Those with versions (drafts), local details included (made from an entitlement: `localDetails`). */
const VERSIONED_SLUGS = ['offers', 'local-details', 'guides', 'pledges', 'local-terms', 'glossary-terms', 'entitlements', 'spotlights', 'guide-chapters', 'guide-local-parts'] as const;
type Versioned = (typeof VERSIONED_SLUGS)[number];
type Data<C extends Made | Versioned | 'change-log'> = RequiredDataFromCollectionSlug<C>;
/** A table's key (Object.entries gives strings) as the collection it names. */
function slugIn<T extends string>(list: readonly T[], slug: string): T {
  const found = list.find((t) => t === slug);
  if (!found) throw new Error(`Not in the access matrix: ${slug}`);
  return found;
}

const FACTORIES: { [C in Made]: (at?: Place) => Data<C> } = {
  offers: (at = 'home') => ({ council: places[at].council, title: `Offer ${next()}`, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local',
    legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, // the collection's defaults
    howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01' }),
  guides: (at = 'home') => ({ council: places[at].council, title: `Guide ${next()}`, summary: 'A guide.', chapters: [{ title: 'One', summary: 'First.', body: lexical('Text') }] }),
  spotlights: (at = 'home') => ({ councils: [places[at].registered], title: `Spotlight ${next()}`, summary: 'What they did.', themes: ['money'],
    contactRole: 'Head of Service', body: lexical('Body'), source: { collection: 'Collection', year: 2025 } }),
  pledges: (at = 'home') => ({ council: places[at].council, youSaid: `You said ${next()}`, weDid: 'We did it.', progress: 'done', askedAt: 'Summit', askedOn: '2026-01-01' }),
  'glossary-terms': () => ({ term: `Term ${next()}`, meaning: 'What it means.' }),
  'local-terms': (at = 'home') => ({ council: places[at].council, term: `Local term ${next()}`, meaning: 'What it means here.' }),
  entitlements: () => ({ title: `Entitlement ${next()}`, summary: 'National.', body: lexical('Body'), area: areaId,
    legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, // the collection's defaults
    howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Children Act 1989', sourceUrl: 'https://www.legislation.gov.uk/ukpga/1989/41', lastReviewed: '2026-01-01' }),
  areas: () => ({ title: `Area ${next()}`, summary: 'An area.', order: 50 }),
  'council-register': () => ({ name: `Registered council ${next()}`, onsCode: `DEMOR${n}`, type: 'unitary', region: 'london' }),
  authorities: () => councilData(next()),
  indicators: (at = 'home') => ({ council: places[at].council, title: `Indicator ${next()}`, description: 'A figure.', unit: 'percent',
    figures: [{ period: '2025', place: 'England', placeKind: 'england', value: 50, source: 'DfE' }] }),
  media: (at = 'home') => ({ council: places[at].council, alt: `Picture ${next()}` }),
  'guide-chapters': () => ({ title: `Chapter ${next()}`, order: 10, summary: 'National.', body: lexical('Body') }),
};
/** A council's details for a national entitlement (one each: a new entitlement every time). */
async function localDetails(at: Place = 'home'): Promise<Data<'local-details'>> {
  const entitlement = await payload.create({ collection: 'entitlements', data: { ...FACTORIES.entitlements(), _status: 'published' } });
  return { council: places[at].council, entitlement: entitlement.id, note: `Local note ${next()}`, whoToAsk: 'Your PA here.' };
}
/** A council's local part of a national guide chapter (one each: a new chapter every time). */
async function guideLocalPart(at: Place = 'home'): Promise<Data<'guide-local-parts'>> {
  const chapter = await payload.create({ collection: 'guide-chapters', data: { ...FACTORIES['guide-chapters'](), _status: 'published' } });
  return { council: places[at].council, chapter: chapter.id, note: `Local note ${next()}`, whoToAsk: 'Your PA here.' };
}
const VERSIONED = new Set(['offers', 'guides', 'spotlights', 'pledges', 'glossary-terms', 'local-terms', 'entitlements', 'guide-chapters']);
const EXPECTED: Record<Made, Record<Who, Set<Op>>> = {
  offers: CO_WRITTEN, guides: CO_WRITTEN, pledges: CO_WRITTEN, 'local-terms': CO_WRITTEN, 'glossary-terms': NATIONAL, spotlights: LIBRARY, entitlements: NATIONAL,
  areas: NATIONAL_REFERENCE, 'council-register': NATIONAL_REFERENCE, authorities: COUNCILS, indicators: REFERENCE, media: MEDIA, 'guide-chapters': NATIONAL,
};
const PATCH: { [C in Made | Versioned]: Partial<Data<C>> } = {
  offers: { title: 'Changed' }, guides: { title: 'Changed' }, spotlights: { title: 'Changed' }, pledges: { weDid: 'Changed' },
  'glossary-terms': { meaning: 'Changed' }, 'local-terms': { meaning: 'Changed' }, entitlements: { title: 'Changed' }, areas: { summary: 'Changed' }, 'council-register': { name: 'Changed' }, authorities: { phone: '020 7946 0001' },
  indicators: { description: 'Changed' }, media: { alt: 'Changed' }, 'local-details': { note: 'Changed' },
  'guide-chapters': { title: 'Changed' }, 'guide-local-parts': { note: 'Changed' },
};

let cms: TestCms;
let payload: Payload;
let rest: Awaited<ReturnType<typeof restClient>>;
let png: Buffer;
const users = {} as Record<Exclude<Person, 'anonymous'>, { id: number; token: string; user: any }>;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  rest = await restClient((await import('@cms/payload.config')).default);
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d70b8' } }).png().toBuffer();
  areaId = (await payload.create({ collection: 'areas', data: FACTORIES.areas() })).id;
  // Each council's register entry first, so the council is linked to it when added.
  for (const [at, code] of [['home', 'HOME'], ['other', 'OTHER'], ['third', 'THIRD']] as const) {
    const registered = (await payload.create({ collection: 'council-register', data: { name: `Council ${code}`, onsCode: `DEMO${code}`, type: 'unitary', region: 'london' } })).id;
    places[at] = { registered, council: (await payload.create({ collection: 'authorities', data: councilData(code) })).id };
  }
  councilId = places.home.council;
  registeredId = places.home.registered;
  otherRegisteredId = (await payload.create({ collection: 'council-register', data: { name: 'Elsewhere Council', onsCode: 'E09000024', type: 'london-borough', region: 'london' } })).id;
  for (const role of ['admin', 'platform-editor', 'staff', 'reviewer', 'young-editor'] as const) {
    const email = `${role}@test.example`;
    const password = `pw-${role}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: `${role} person`, ...accountData(role, councilId) } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    users[role] = { id: user.id, token: token!, user: { ...user, collection: 'users' } };
  }
  const password = `pw-dual-${Math.random()}`;
  const dual = await payload.create({ collection: 'users', data: { email: 'dual@test.example', password, name: 'dual person',
    councils: [{ council: places.home.council, role: 'staff' }, { council: places.other.council, role: 'young-editor' }] } });
  const { token } = await payload.login({ collection: 'users', data: { email: 'dual@test.example', password } });
  users.dual = { id: dual.id, token: token!, user: { ...dual, collection: 'users' } };
});

afterAll(async () => {
  await cms?.stop();
});

/** Makes a document as the system (not as the role under test). */
async function seedDoc(collection: Made | Versioned, status: 'published' | 'draft' = 'published', at: Place = 'home') {
  const data = collection === 'local-details' ? await localDetails(at) : collection === 'guide-local-parts' ? await guideLocalPart(at) : FACTORIES[collection](at);
  const withStatus = VERSIONED.has(collection) ? { ...data, _status: status } : data;
  const file = collection === 'media' ? { file: { data: png, mimetype: 'image/png', name: `p${n}.png`, size: png.length } } : {};
  return status === 'draft' ? payload.create({ collection, data: withStatus, draft: true, ...file }) : payload.create({ collection, data: withStatus, ...file });
}

/** A published document to read: an upload counts as published once published content uses it. */
async function seedPublished(collection: Made, at: Place = 'home') {
  const doc = await seedDoc(collection, 'published', at);
  if (collection === 'media') {
    await payload.create({ collection: 'spotlights', data: { ...FACTORIES.spotlights(at), image: doc.id, _status: 'published' } });
  }
  return doc;
}

type Attempt = (who: Person, collection: Made, at?: Place) => Promise<boolean>;

const local = (who: Person) => (who === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[who].user });
const token = (who: Person) => (who === 'anonymous' ? undefined : users[who].token);
const ok = async (work: Promise<unknown>) => work.then(() => true, () => false);

const ATTEMPTS: Record<'local' | 'rest', Record<Op, Attempt>> = {
  local: {
    readPublished: async (who, c, at = 'home') => {
      const doc = await seedPublished(c, at);
      const found = await payload.find({ collection: c, where: { id: { equals: doc.id } }, ...local(who) }).catch(() => null);
      return Boolean(found?.docs.length);
    },
    readDraft: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'draft', at);
      const found = await payload.find({ collection: c, where: { id: { equals: doc.id } }, draft: true, ...local(who) }).catch(() => null);
      return Boolean(found?.docs.length);
    },
    create: (who, c, at = 'home') =>
      ok(payload.create({
        collection: c, data: FACTORIES[c](at), draft: VERSIONED.has(c), ...local(who),
        ...(c === 'media' ? { file: { data: png, mimetype: 'image/png', name: `c${n}.png`, size: png.length } } : {}),
      })),
    updateDraft: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'published', at);
      return ok(payload.update({ collection: c, id: doc.id, data: PATCH[c], draft: VERSIONED.has(c), ...local(who) }));
    },
    publish: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'draft', at);
      return ok(payload.update({ collection: c, id: doc.id, data: { _status: 'published' }, ...local(who) }));
    },
    delete: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'published', at);
      return ok(payload.delete({ collection: c, id: doc.id, ...local(who) }));
    },
  },
  rest: {
    readPublished: async (who, c, at = 'home') => {
      const doc = await seedPublished(c, at);
      return (await rest('GET', `/${c}/${doc.id}`, { token: token(who) })).status === 200;
    },
    readDraft: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'draft', at);
      const res = await rest('GET', `/${c}/${doc.id}?draft=true`, { token: token(who) });
      return res.status === 200 && res.json?.id === doc.id;
    },
    create: async (who, c, at = 'home') => {
      if (c === 'media') {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `r${next()}.png`);
        form.append('_payload', JSON.stringify(FACTORIES.media(at)));
        return (await rest('POST', '/media', { token: token(who), body: form })).status === 201;
      }
      const res = await rest('POST', `/${c}${VERSIONED.has(c) ? '?draft=true' : ''}`, { token: token(who), body: FACTORIES[c](at) });
      return res.status === 201;
    },
    updateDraft: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'published', at);
      return (await rest('PATCH', `/${c}/${doc.id}${VERSIONED.has(c) ? '?draft=true' : ''}`, { token: token(who), body: PATCH[c] })).status === 200;
    },
    publish: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'draft', at);
      return (await rest('PATCH', `/${c}/${doc.id}`, { token: token(who), body: { _status: 'published' } })).status === 200;
    },
    delete: async (who, c, at = 'home') => {
      const doc = await seedDoc(c, 'published', at);
      return (await rest('DELETE', `/${c}/${doc.id}`, { token: token(who) })).status === 200;
    },
  },
};

for (const api of ['local', 'rest'] as const) {
  describe(`content access through the ${api === 'rest' ? 'REST' : 'Local'} API on ${process.env.TEST_DB || 'sqlite'}`, () => {
    for (const [slug, expected] of Object.entries(EXPECTED)) {
      const collection = slugIn(MADE, slug);
      for (const who of WHO) {
        for (const op of Object.keys(ATTEMPTS[api]) as Op[]) {
          if (!VERSIONED.has(collection) && (op === 'readDraft' || op === 'publish')) continue;
          const allowed = expected[who].has(op);
          it(`${who} ${allowed ? 'can' : 'cannot'} ${op} ${collection}`, async () => {
            expect(await ATTEMPTS[api][op](who, collection)).toBe(allowed);
          });
        }
      }
    }
  });
}

const DB = process.env.TEST_DB || 'sqlite';
const API = { local: 'the Local API', rest: 'REST' } as const;

/**
 * (Issue 18) Someone with a role in two councils, staff in the home council and a young
 * editor in the other, is each role in that council only, and nothing in a third: every
 * collection whose documents belong to a council, against each of the three councils.
 */
const COUNCIL_BOUND: Made[] = ['offers', 'guides', 'pledges', 'local-terms', 'indicators', 'media', 'spotlights'];
// Signed in, a council's documents are out of reach outside your councils; what the public sees (uploads a published page uses, spotlights) is not.
const NOWHERE: Record<string, Set<Op>> = { ...Object.fromEntries(COUNCIL_BOUND.map((c) => [c, all()])), media: all('readPublished'), spotlights: all('readPublished') };
const DUAL: Record<Place, { role: string; may: (collection: Made) => Set<Op> }> = {
  home: { role: 'staff', may: (c) => EXPECTED[c]!.staff },
  other: { role: 'a young editor', may: (c) => EXPECTED[c]!['young-editor'] },
  third: { role: 'nothing', may: (c) => NOWHERE[c]! },
};

for (const api of ['local', 'rest'] as const) {
  describe(`someone with roles in two councils, through ${API[api]} on ${DB}`, () => {
    for (const at of ['home', 'other', 'third'] as const) {
      for (const collection of COUNCIL_BOUND) {
        for (const op of Object.keys(ATTEMPTS[api]) as Op[]) {
          if (!VERSIONED.has(collection) && (op === 'readDraft' || op === 'publish')) continue;
          const allowed = DUAL[at].may(collection).has(op);
          it(`staff here, young editor there: ${allowed ? 'can' : 'cannot'} ${op} ${collection} of the ${at} council (${DUAL[at].role} there)`, async () => {
            expect(await ATTEMPTS[api][op]('dual', collection, at)).toBe(allowed);
          });
        }
      }
    }
  });
}

/**
 * (Issue 18) Every versioned collection's versions (every draft, review comments included)
 * are read exactly by the people who read its drafts: a council's by its members; the
 * national content's by everyone signed in; a spotlight's by its council's staff and the
 * library's moderators. Nobody signed out reads a version.
 */
const COUNCIL_VERSIONS: Record<Place, Person[]> = { home: ['young-editor', 'reviewer', 'staff', 'admin', 'dual'], other: ['admin', 'dual'], third: ['admin'] };
const LIBRARY_VERSIONS: Record<Place, Person[]> = { home: ['staff', 'platform-editor', 'admin', 'dual'], other: ['platform-editor', 'admin'], third: ['platform-editor', 'admin'] };
const SIGNED_IN: Person[] = ['young-editor', 'reviewer', 'staff', 'platform-editor', 'admin', 'dual'];
// National content belongs to no council: one place.
const NATIONAL_VERSIONS = { home: SIGNED_IN } as Record<Place, Person[]>;
const VERSION_READERS: Record<Versioned, Record<Place, Person[]>> = {
  offers: COUNCIL_VERSIONS, 'local-details': COUNCIL_VERSIONS, guides: COUNCIL_VERSIONS, pledges: COUNCIL_VERSIONS, 'local-terms': COUNCIL_VERSIONS,
  'glossary-terms': NATIONAL_VERSIONS, entitlements: NATIONAL_VERSIONS, spotlights: LIBRARY_VERSIONS,
  'guide-chapters': NATIONAL_VERSIONS, 'guide-local-parts': COUNCIL_VERSIONS,
};
const EVERYONE: Person[] = ['anonymous', 'young-editor', 'reviewer', 'staff', 'platform-editor', 'admin', 'dual'];

/** A published document with a draft on top, as the system makes it; its id and its versions' ids. */
async function withVersions(collection: Versioned, at: Place) {
  const doc = await seedDoc(collection, 'published', at);
  await payload.update({
    collection, id: doc.id, draft: true,
    data: { ...PATCH[collection], reviewState: 'in-review', reviewComment: 'Internal: not for other councils' },
  });
  const versions = await payload.findVersions({ collection, where: { parent: { equals: doc.id } }, depth: 0 });
  expect(versions.docs.length).toBeGreaterThan(1);
  return { id: doc.id, versions: versions.docs.map((v) => v.id) };
}

/** Whether `who` reads the versions, each way there is: [REST list, REST by id, Local API]. */
async function readVersions(who: Person, collection: Versioned, doc: { id: number; versions: string[] }) {
  const list = await rest('GET', `/${collection}/versions?where[parent][equals]=${doc.id}`, { token: token(who) });
  const one = await rest('GET', `/${collection}/versions/${doc.versions[0]}`, { token: token(who) });
  const found = await payload.findVersions({ collection, where: { parent: { equals: doc.id } }, ...local(who) }).catch(() => null);
  return [list.status === 200 && list.json.docs.length > 0, one.status === 200, Boolean(found?.docs.length)];
}

describe(`every versioned collection's versions, as every role, in their council and others (${DB})`, () => {
  it('the matrix covers every versioned collection of the running config', () => {
    expect(payload.config.collections.filter((c) => c.versions).map((c) => c.slug).sort()).toEqual(Object.keys(VERSION_READERS).sort());
  });

  for (const [slug, readers] of Object.entries(VERSION_READERS)) {
    const collection = slugIn(VERSIONED_SLUGS, slug);
    for (const at of Object.keys(readers) as Place[]) {
      for (const who of EVERYONE) {
        const allowed = readers[at].includes(who);
        it(`${who} ${allowed ? 'reads' : 'cannot read'} the versions of ${collection}${readers === NATIONAL_VERSIONS ? '' : ` of the ${at} council`}`, async () => {
          const doc = await withVersions(collection, at);
          expect(await readVersions(who, collection, doc)).toEqual([allowed, allowed, allowed]);
        });
      }
    }
  }
});

/**
 * (Issue 18) The practice library's images: a spotlight's image is the platform's or its
 * council's; the moderators see the images they review; once the live library uses an
 * upload, only they change it (only a platform admin deletes a council's).
 */
type MediaOp = 'readInReview' | 'useOwnCouncils' | 'useOtherCouncils' | 'changeLive' | 'deleteLive';
const LIBRARY_MEDIA: Record<MediaOp, Person[]> = {
  readInReview: ['young-editor', 'reviewer', 'staff', 'platform-editor', 'admin', 'dual'],
  useOwnCouncils: ['staff', 'platform-editor', 'admin', 'dual'],
  useOtherCouncils: [],
  changeLive: ['platform-editor', 'admin'],
  deleteLive: ['admin'],
};
/** The home council's upload; used by a home spotlight in review, or live. */
async function libraryImage(use: 'none' | 'review' | 'live', owner: Place = 'home') {
  const media = await seedDoc('media', 'published', owner);
  if (use !== 'none') {
    const spotlight = { ...FACTORIES.spotlights('home'), image: media.id };
    if (use === 'review') await payload.create({ collection: 'spotlights', draft: true, data: { ...spotlight, reviewState: 'in-review', _status: 'draft' } });
    else await payload.create({ collection: 'spotlights', data: { ...spotlight, reviewState: 'published', _status: 'published' } });
  }
  return media;
}
const altOf = async (id: number) => (await payload.findByID({ collection: 'media', id, depth: 0 })).alt;
const stillThere = async (id: number) => (await payload.count({ collection: 'media', where: { id: { equals: id } } })).totalDocs === 1;

const MEDIA_ATTEMPTS: Record<'local' | 'rest', Record<MediaOp, (who: Person) => Promise<boolean>>> = {
  local: {
    readInReview: async (who) => {
      const media = await libraryImage('review');
      return Boolean((await payload.find({ collection: 'media', where: { id: { equals: media.id } }, ...local(who) }).catch(() => null))?.docs.length);
    },
    useOwnCouncils: async (who) => {
      const media = await libraryImage('none');
      return ok(payload.create({ collection: 'spotlights', draft: true, data: { ...FACTORIES.spotlights('home'), image: media.id }, ...local(who) }));
    },
    useOtherCouncils: async (who) => {
      const media = await libraryImage('none', 'other');
      return ok(payload.create({ collection: 'spotlights', draft: true, data: { ...FACTORIES.spotlights('home'), image: media.id }, ...local(who) }));
    },
    changeLive: async (who) => {
      const media = await libraryImage('live');
      await ok(payload.update({ collection: 'media', id: media.id, data: { alt: 'Changed live' }, ...local(who) }));
      return (await altOf(media.id)) === 'Changed live';
    },
    deleteLive: async (who) => {
      const media = await libraryImage('live');
      await ok(payload.delete({ collection: 'media', id: media.id, ...local(who) }));
      return !(await stillThere(media.id));
    },
  },
  rest: {
    readInReview: async (who) => {
      const media = await libraryImage('review');
      return (await rest('GET', `/media/${media.id}`, { token: token(who) })).status === 200;
    },
    useOwnCouncils: async (who) => {
      const media = await libraryImage('none');
      return (await rest('POST', '/spotlights?draft=true', { token: token(who), body: { ...FACTORIES.spotlights('home'), image: media.id } })).status === 201;
    },
    useOtherCouncils: async (who) => {
      const media = await libraryImage('none', 'other');
      return (await rest('POST', '/spotlights?draft=true', { token: token(who), body: { ...FACTORIES.spotlights('home'), image: media.id } })).status === 201;
    },
    changeLive: async (who) => {
      const media = await libraryImage('live');
      await rest('PATCH', `/media/${media.id}`, { token: token(who), body: { alt: 'Changed live' } });
      return (await altOf(media.id)) === 'Changed live';
    },
    deleteLive: async (who) => {
      const media = await libraryImage('live');
      await rest('DELETE', `/media/${media.id}`, { token: token(who) });
      return !(await stillThere(media.id));
    },
  },
};

for (const api of ['local', 'rest'] as const) {
  describe(`the practice library's images, through ${API[api]} on ${DB}`, () => {
    for (const [op, may] of Object.entries(LIBRARY_MEDIA) as [MediaOp, Person[]][]) {
      for (const who of EVERYONE) {
        const allowed = may.includes(who);
        it(`${who} ${allowed ? 'can' : 'cannot'} ${op}`, async () => {
          expect(await MEDIA_ATTEMPTS[api][op](who)).toBe(allowed);
        });
      }
    }
  });
}

describe('a young editor’s draft of a published offer', () => {
  it('saves as a new draft, leaves the live version as it was, and cannot unpublish it', async () => {
    const live = await seedDoc('offers');
    const ye = users['young-editor'];
    const saved = await rest('PATCH', `/offers/${live.id}?draft=true`, { token: ye.token, body: { title: 'Young editor draft', reviewState: 'in-review' } });
    expect(saved.status).toBe(200);
    const publicView = await rest('GET', `/offers/${live.id}`);
    expect(publicView.json.title).toBe((live as { title: string }).title);
    const unpublish = await rest('PATCH', `/offers/${live.id}`, { token: ye.token, body: { _status: 'draft' } });
    expect(unpublish.status).toBe(403);
    expect(unpublish.json.errors[0].message).toMatch(/can’t change or unpublish the live version/);
  });

  it('tells a young editor who tries to publish what to do instead', async () => {
    const draft = await seedDoc('offers', 'draft');
    const res = await rest('PATCH', `/offers/${draft.id}`, { token: users['young-editor'].token, body: { _status: 'published' } });
    expect(res.status).toBe(403);
    expect(res.json.errors[0].message).toMatch(/submit them for review/);
  });
});

describe('the practice library: a council’s staff submit, moderators review and publish', () => {
  const submission = (councils: number[]) => ({ ...FACTORIES.spotlights(), councils, source: { collection: 'Claimed collection', year: 2020 } });

  it('staff submit a spotlight for their own council as a draft, credited to the library, and see it; other councils’ staff and the public do not', async () => {
    const res = await rest('POST', '/spotlights?draft=true', { token: users.staff.token, body: { ...submission([registeredId]), reviewState: 'in-review' } });
    expect(res.status).toBe(201);
    expect(res.json.doc.source).toMatchObject({ collection: 'National practice library', year: null });
    expect(res.json.doc.reviewState).toBe('in-review');
    expect((await rest('GET', `/spotlights/${res.json.doc.id}?draft=true`)).status).not.toBe(200);
    expect((await rest('GET', `/spotlights/${res.json.doc.id}?draft=true`, { token: users.reviewer.token })).status).not.toBe(200);
    expect((await rest('GET', `/spotlights/${res.json.doc.id}?draft=true`, { token: users.staff.token })).status).toBe(200);
  });

  it('staff cannot submit for another council, or name one beside their own', async () => {
    for (const councils of [[otherRegisteredId], [registeredId, otherRegisteredId]]) {
      const res = await rest('POST', '/spotlights?draft=true', { token: users.staff.token, body: submission(councils) });
      expect(res.status, JSON.stringify(councils)).not.toBe(201);
    }
    // Nor see or change another council's spotlights, draft or live.
    const theirs = await payload.create({ collection: 'spotlights', data: { ...FACTORIES.spotlights(), councils: [otherRegisteredId], _status: 'published' } });
    expect((await rest('PATCH', `/spotlights/${theirs.id}?draft=true`, { token: users.staff.token, body: { title: 'Taken over' } })).status).not.toBe(200);
  });

  it('staff cannot approve, request changes or publish; their change to a live spotlight waits as a draft', async () => {
    const live = await payload.create({ collection: 'spotlights', data: { ...FACTORIES.spotlights(), _status: 'published' } });
    for (const body of [{ reviewState: 'approved' }, { reviewState: 'changes-requested', reviewComment: 'Fix it' }]) {
      const res = await rest('PATCH', `/spotlights/${live.id}?draft=true`, { token: users.staff.token, body });
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.json.errors[0].message).toMatch(/Only a platform moderator/);
    }
    expect((await rest('PATCH', `/spotlights/${live.id}`, { token: users.staff.token, body: { title: 'Straight to live' } })).status).toBe(403);
    const draft = await rest('PATCH', `/spotlights/${live.id}?draft=true`, { token: users.staff.token, body: { title: 'Updated by staff', reviewState: 'in-review' } });
    expect(draft.status).toBe(200);
    expect((await rest('GET', `/spotlights/${live.id}`)).json.title).toBe((live as { title: string }).title);
    // Where it came from is the library's to say: the collection it was published in stays.
    expect(draft.json.doc.source.collection).toBe('Collection');
  });

  it('a moderator requests a change with a comment, then publishes, and the public sees it', async () => {
    const res = await rest('POST', '/spotlights?draft=true', { token: users.staff.token, body: { ...submission([registeredId]), reviewState: 'in-review' } });
    const id = res.json.doc.id;
    const editor = users['platform-editor'].token;
    expect((await rest('PATCH', `/spotlights/${id}?draft=true`, { token: editor, body: { reviewState: 'changes-requested' } })).status).toBe(400);
    expect((await rest('PATCH', `/spotlights/${id}?draft=true`, { token: editor, body: { reviewState: 'changes-requested', reviewComment: 'Say how many young people took part.' } })).status).toBe(200);
    expect((await rest('PATCH', `/spotlights/${id}?draft=true`, { token: users.staff.token, body: { summary: '12 young people took part.', reviewState: 'in-review' } })).status).toBe(200);
    expect((await rest('PATCH', `/spotlights/${id}`, { token: editor, body: { _status: 'published' } })).status).toBe(200);
    const published = await rest('GET', `/spotlights/${id}`);
    expect(published.status).toBe(200);
    expect(published.json.summary).toBe('12 young people took part.');
    const history = (await payload.findByID({ collection: 'spotlights', id, overrideAccess: true })).reviewHistory ?? [];
    expect(history.map((h) => h.state)).toEqual(['in-review', 'changes-requested', 'in-review', 'published']);
  });
});

describe('the admin dashboard', () => {
  it('loads its lists for everyone signed in, a platform editor in no council too (nothing of theirs is due)', async () => {
    const { reviewsDue } = await import('@cms/lib/reviewsDue');
    const { consentsEnding } = await import('@cms/lib/mediaUse');
    for (const who of ['platform-editor', 'young-editor', 'reviewer', 'staff', 'admin'] as const) {
      await expect(reviewsDue(payload, new Date(), users[who].user), who).resolves.toBeInstanceOf(Array);
      await expect(consentsEnding(payload, 30, new Date(), users[who].user), who).resolves.toBeInstanceOf(Array);
    }
    expect(await reviewsDue(payload, new Date('2100-01-01'), users['platform-editor'].user)).toEqual([]);
  });
});

describe('accounts', () => {
  it('anonymous readers cannot list or read users, through either API', async () => {
    expect((await rest('GET', '/users')).status).toBe(403);
    expect((await rest('GET', `/users/${users.admin.id}`)).status).toBe(403);
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow();
  });

  for (const role of ['young-editor', 'reviewer'] as const) {
    it(`a ${role} sees only their own account: no one else's email`, async () => {
      const res = await rest('GET', '/users?limit=100', { token: users[role].token });
      expect(res.status).toBe(200);
      expect(res.json.docs.map((u: { email: string }) => u.email)).toEqual([`${role}@test.example`]);
      const local = await payload.find({ collection: 'users', overrideAccess: false, user: users[role].user });
      expect(local.docs.map((u) => u.email)).toEqual([`${role}@test.example`]);
    });
  }

  it('staff can invite a young editor to their council but not create an admin, and cannot promote anyone', async () => {
    const staff = users.staff;
    const invited = await rest('POST', '/users', { token: staff.token, body: { email: 'new@test.example', password: 'a-long-password-1', name: 'New', councils: [{ council: councilId, role: 'young-editor' }] } });
    expect(invited.status).toBe(201);
    // With no council given, the one council where they are staff.
    const plain = await rest('POST', '/users', { token: staff.token, body: { email: 'plain@test.example', password: 'a-long-password-1', name: 'Plain' } });
    expect(plain.json).toMatchObject({ doc: { email: 'plain@test.example' } });
    expect(plain.json.doc.councils.map((m: { role: string }) => m.role)).toEqual(['young-editor']);
    const admin = await rest('POST', '/users', { token: staff.token, body: { email: 'boss@test.example', password: 'a-long-password-2', name: 'Boss', platformRole: 'admin' } });
    expect(admin.status).toBe(403);
    const otherStaff = await rest('POST', '/users', { token: staff.token, body: { email: 'boss2@test.example', password: 'a-long-password-2', name: 'Boss', councils: [{ council: councilId, role: 'staff' }] } });
    expect(otherStaff.status).toBe(403);
    const promote = await rest('PATCH', `/users/${invited.json.doc.id}`, { token: staff.token, body: { councils: [{ council: councilId, role: 'staff' }] } });
    expect(promote.status).toBe(403);
    const reviewerEdit = await rest('PATCH', `/users/${users.reviewer.id}`, { token: staff.token, body: { name: 'Renamed' } });
    expect(reviewerEdit.status).not.toBe(200);
  });

  it('nobody but a platform admin can change their own role', async () => {
    for (const who of ['young-editor', 'staff'] as const) {
      const me = users[who];
      expect((await rest('PATCH', `/users/${me.id}`, { token: me.token, body: { platformRole: 'admin' } })).status).toBe(403);
      const other = who === 'staff' ? 'reviewer' : 'staff';
      expect((await rest('PATCH', `/users/${me.id}`, { token: me.token, body: { councils: [{ council: councilId, role: other }] } })).status).toBe(403);
      const after = await payload.findByID({ collection: 'users', id: me.id, depth: 0 });
      expect(after.platformRole ?? null).toBeNull();
      expect((after.councils ?? []).map((m) => m.role)).toEqual([who]);
    }
  });

  it('a council’s staff keep its details up to date; other roles cannot', async () => {
    expect((await rest('PATCH', `/authorities/${councilId}`, { token: users.staff.token, body: { phone: '020 7946 0002' } })).status).toBe(200);
    for (const who of ['young-editor', 'reviewer', 'platform-editor'] as const) {
      expect((await rest('PATCH', `/authorities/${councilId}`, { token: users[who].token, body: { phone: '020 7946 0003' } })).status).not.toBe(200);
    }
  });

  it('GraphQL gives anonymous readers no users and no drafts', async () => {
    const routes = await import('@payloadcms/next/routes');
    const post = routes.GRAPHQL_POST((await import('@cms/payload.config')).default);
    const draft = await seedDoc('offers', 'draft');
    const res = await post(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ Users { docs { email } } Offers(draft: true, limit: 500) { docs { id } } }` }),
      }),
    );
    const json = await res.json();
    expect(json.data?.Users ?? null).toBeNull();
    expect((json.data?.Offers?.docs ?? []).map((d: { id: unknown }) => String(d.id))).not.toContain(String(draft.id));
  });
});

/**
 * (Issue 22, part 4) The change log is append-only: nobody (a platform admin included) creates,
 * changes or deletes an entry through either API; only the publishing hook writes one. Signed
 * in, a council's entries are read by its members and the platform's admins and editors; the
 * national ones (changes to entitlements and the national guide) by everyone signed in. Signed
 * out, nothing: the public reads the log on the council's site, from the snapshot.
 */
type LogPlace = Place | 'national';
const CHANGE_LOG_READERS: Record<LogPlace, Person[]> = {
  home: ['young-editor', 'reviewer', 'staff', 'platform-editor', 'admin', 'dual'],
  other: ['platform-editor', 'admin', 'dual'],
  third: ['platform-editor', 'admin'],
  national: SIGNED_IN,
};
type LogOp = 'read' | 'create' | 'update' | 'delete';
const logData = (at: LogPlace): Data<'change-log'> => ({
  council: at === 'national' ? null : places[at].council,
  changedIn: at === 'national' ? 'entitlements' : 'offers',
  documentId: next(),
  page: 'offer',
  slug: `offer-${n}`,
  title: `Offer ${n}`,
  line: `The amount changed (${n}).`,
  changedAt: new Date().toISOString(),
  kinds: ['amount'],
});
const logEntry = (at: LogPlace) => payload.create({ collection: 'change-log', data: logData(at), overrideAccess: true });
const lineOf = async (id: number) => (await payload.find({ collection: 'change-log', where: { id: { equals: id } }, overrideAccess: true })).docs[0]?.line;
const LOG_ATTEMPTS: Record<'local' | 'rest', Record<LogOp, (who: Person, at: LogPlace) => Promise<boolean>>> = {
  local: {
    read: async (who, at) => {
      const entry = await logEntry(at);
      return Boolean((await payload.find({ collection: 'change-log', where: { id: { equals: entry.id } }, ...local(who) }).catch(() => null))?.docs.length);
    },
    create: (who, at) => ok(payload.create({ collection: 'change-log', data: logData(at), ...local(who) })),
    update: async (who, at) => {
      const entry = await logEntry(at);
      await ok(payload.update({ collection: 'change-log', id: entry.id, data: { line: 'Rewritten.' }, ...local(who) }));
      return (await lineOf(entry.id)) === 'Rewritten.';
    },
    delete: async (who, at) => {
      const entry = await logEntry(at);
      await ok(payload.delete({ collection: 'change-log', id: entry.id, ...local(who) }));
      return (await lineOf(entry.id)) === undefined;
    },
  },
  rest: {
    read: async (who, at) => {
      const entry = await logEntry(at);
      const one = (await rest('GET', `/change-log/${entry.id}`, { token: token(who) })).status === 200;
      const list = await rest('GET', `/change-log?where[id][equals]=${entry.id}`, { token: token(who) });
      const listed = list.status === 200 && list.json.docs.length === 1;
      expect(listed, `${who}: by id and in the list agree`).toBe(one);
      return one;
    },
    create: async (who, at) => (await rest('POST', '/change-log', { token: token(who), body: logData(at) })).status === 201,
    update: async (who, at) => {
      const entry = await logEntry(at);
      await rest('PATCH', `/change-log/${entry.id}`, { token: token(who), body: { line: 'Rewritten.' } });
      return (await lineOf(entry.id)) === 'Rewritten.';
    },
    delete: async (who, at) => {
      const entry = await logEntry(at);
      await rest('DELETE', `/change-log/${entry.id}`, { token: token(who) });
      return (await lineOf(entry.id)) === undefined;
    },
  },
};

for (const api of ['local', 'rest'] as const) {
  describe(`the change log, append-only, through ${API[api]} on ${DB}`, () => {
    for (const at of ['home', 'other', 'third', 'national'] as const) {
      for (const who of EVERYONE) {
        for (const op of ['read', 'create', 'update', 'delete'] as const) {
          const allowed = op === 'read' && CHANGE_LOG_READERS[at].includes(who);
          it(`${who} ${allowed ? 'can' : 'cannot'} ${op} ${at === 'national' ? 'a national entry' : `an entry of the ${at} council`}`, async () => {
            expect(await LOG_ATTEMPTS[api][op](who, at)).toBe(allowed);
          });
        }
      }
    }
  });
}

/**
 * (Issue 22) Readers' feedback: only the platform's server creates it (nobody through REST,
 * GraphQL or the Local API as a user, admins included). A council's staff read, answer and
 * delete their council's; platform editors the national feedback (no council); a young
 * editor reads the feedback on documents they co-write in their council and nothing else;
 * reviewers, translators and readers signed out, none. Every role, in the home council,
 * the other, a third and national, through the Local API and REST.
 */
type FeedbackPlace = Place | 'national';
type FeedbackOp = 'read' | 'create' | 'update' | 'delete';
const FEEDBACK_PLACES: FeedbackPlace[] = ['home', 'other', 'third', 'national'];
/** Who may read / update / delete feedback at a place; `coWritten`: the item's document is co-written by the young editors (and `dual`). */
function feedbackMay(who: Person, at: FeedbackPlace, coWritten: boolean): Set<FeedbackOp> {
  const answer = new Set<FeedbackOp>(['read', 'update', 'delete']);
  const readOnly = new Set<FeedbackOp>(['read']);
  const none = new Set<FeedbackOp>();
  if (who === 'admin') return answer;
  if (who === 'staff') return at === 'home' ? answer : none;
  if (who === 'platform-editor') return at === 'national' ? answer : none;
  if (who === 'young-editor') return at === 'home' && coWritten ? readOnly : none;
  if (who === 'dual') return at === 'home' ? answer : at === 'other' && coWritten ? readOnly : none;
  return none;
}

async function seedFeedback(at: FeedbackPlace, coWritten: boolean) {
  return payload.create({
    collection: 'feedback',
    data: {
      council: at === 'national' ? null : places[at].council,
      status: 'new',
      helpful: 'no',
      text: `The phone number is wrong ${next()}`,
      pageUrl: '/offers/x/',
      coAuthors: coWritten ? [users['young-editor'].id, users.dual.id] : [],
    },
  });
}
const FEEDBACK_DATA = (at: FeedbackPlace) => ({ council: at === 'national' ? null : places[at].council, status: 'new' as const, text: 'Sent by a user', pageUrl: '/offers/y/' });

const FEEDBACK_ATTEMPTS: Record<'local' | 'rest', Record<FeedbackOp, (who: Person, at: FeedbackPlace, coWritten: boolean) => Promise<boolean>>> = {
  local: {
    read: async (who, at, co) => {
      const item = await seedFeedback(at, co);
      const found = await payload.find({ collection: 'feedback', where: { id: { equals: item.id } }, ...local(who) }).catch(() => null);
      return Boolean(found?.docs.length);
    },
    create: (who, at) => ok(payload.create({ collection: 'feedback', data: FEEDBACK_DATA(at), ...local(who) })),
    update: async (who, at, co) => {
      const item = await seedFeedback(at, co);
      return ok(payload.update({ collection: 'feedback', id: item.id, data: { status: 'answered', staffNote: 'Fixed the number.' }, ...local(who) }));
    },
    delete: async (who, at, co) => {
      const item = await seedFeedback(at, co);
      return ok(payload.delete({ collection: 'feedback', id: item.id, ...local(who) }));
    },
  },
  rest: {
    read: async (who, at, co) => {
      const item = await seedFeedback(at, co);
      return (await rest('GET', `/feedback/${item.id}`, { token: token(who) })).status === 200;
    },
    create: async (who, at) => (await rest('POST', '/feedback', { token: token(who), body: FEEDBACK_DATA(at) })).status === 201,
    update: async (who, at, co) => {
      const item = await seedFeedback(at, co);
      return (await rest('PATCH', `/feedback/${item.id}`, { token: token(who), body: { status: 'answered' } })).status === 200;
    },
    delete: async (who, at, co) => {
      const item = await seedFeedback(at, co);
      return (await rest('DELETE', `/feedback/${item.id}`, { token: token(who) })).status === 200;
    },
  },
};

for (const api of ['local', 'rest'] as const) {
  describe(`readers' feedback through ${API[api]} on ${DB}`, () => {
    for (const who of EVERYONE) {
      for (const at of FEEDBACK_PLACES) {
        for (const coWritten of [false, true]) {
          for (const op of ['read', 'create', 'update', 'delete'] as const) {
            if (op === 'create' && coWritten) continue;
            const allowed = op !== 'create' && feedbackMay(who, at, coWritten).has(op);
            it(`${who} ${allowed ? 'can' : 'cannot'} ${op} ${at} feedback${coWritten ? ' on a document they co-write' : ''}`, async () => {
              expect(await FEEDBACK_ATTEMPTS[api][op](who, at, coWritten)).toBe(allowed);
            });
          }
        }
      }
    }

    it('what the reader sent cannot be changed, even by staff; the status and note can', async () => {
      const item = await seedFeedback('home', false);
      await (api === 'local'
        ? payload.update({ collection: 'feedback', id: item.id, data: { text: 'Rewritten', status: 'needs-action' }, ...local('staff') })
        : rest('PATCH', `/feedback/${item.id}`, { token: token('staff'), body: { text: 'Rewritten', status: 'needs-action' } }));
      const after = await payload.findByID({ collection: 'feedback', id: item.id });
      expect(after.text).toBe(item.text);
      expect(after.status).toBe('needs-action');
    });
  });
}
