import type { Payload, TypedUser } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { budgetFor, PER_TEST_MS } from '@tests/helpers/testBudget';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';
import { NATIONAL_GUIDE } from '@content/model/guides';

/**
 * Issue 20, part 10: the admin's "Preview" builds the real site from one draft for every
 * co-written collection, not only offers (tests/int/db/review.int.spec.ts). For a national
 * entitlement, a council's local details, a national guide chapter, a council's guide local
 * part, a spotlight (the library's site), a glossary term and a pledge: a person allowed to
 * writes a draft, the preview is built (one Astro build each) and the page it sends them to
 * is the draft's page on the real site, in its layout, with the draft's new words and the
 * preview banner; another council's staff get 404 where they may not read the draft.
 */
type Person = 'moderator' | 'reviewer' | 'staff' | 'otherStaff';
const DB = process.env.TEST_DB || 'sqlite';
/** One preview: an Astro build of one site (20–40 s on a busy machine) and a few requests. */
const BUILD_MS = 120_000;
const PREVIEW_BUDGET = budgetFor(1, BUILD_MS) + PER_TEST_MS;

let cms: TestCms;
let payload: Payload;
let areaId: number;
let councilA: number;
let registeredA: number;
const people = {} as Record<Person, { token: string; user: TypedUser }>;
const built: Record<string, string> = {};

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 } })).id;
  // Each council's register entry first, so the council is linked to it (spotlights name register entries).
  for (const code of [1, 2]) {
    await payload.create({ collection: 'council-register', data: { name: `Council ${code}`, onsCode: `DEMO${code}`, type: 'unitary', region: 'london' } });
  }
  registeredA = (await payload.find({ collection: 'council-register', where: { onsCode: { equals: 'DEMO1' } }, depth: 0 })).docs[0]!.id;
  councilA = (await payload.create({ collection: 'authorities', data: councilData(1) })).id;
  const councilB = (await payload.create({ collection: 'authorities', data: councilData(2) })).id;
  // The first account is always made a platform admin (cms/collections/Users.ts): not one of ours.
  await payload.create({ collection: 'users', data: { email: 'first@test.example', password: `pw-${Math.random()}`, name: 'First', ...accountData('admin', null) } });
  const make = async (key: Person, role: 'reviewer' | 'staff' | 'platform-editor', council: number | null) => {
    const email = `${key}@test.example`;
    const password = `pw-${key}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: `${key} person`, ...accountData(role, council) } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    people[key] = { token: token!, user: { ...user, collection: 'users' } };
  };
  await make('moderator', 'platform-editor', null);
  await make('reviewer', 'reviewer', councilA);
  await make('staff', 'staff', councilA);
  await make('otherStaff', 'staff', councilB);
});

afterAll(async () => {
  await cms?.stop();
  const times = Object.entries(built).map(([c, s]) => `${c} ${s}`).join(', ');
  if (times) console.log(`previews built: ${times}`);
});

const headersOf = (who: Person) => new Headers({ Authorization: `JWT ${people[who].token}` });
const textOf = (answer: { body: string | Uint8Array | null }) => (typeof answer.body === 'string' ? answer.body : answer.body ? new TextDecoder().decode(answer.body) : '');
const open = async (who: Person, collection: string, id: number) => {
  const { previewResponse } = await import('@cms/lib/preview');
  return previewResponse(payload, new Request(`http://localhost:3000/preview/${collection}/${id}`, { headers: headersOf(who) }), collection, String(id));
};
const file = async (who: Person, collection: string, id: number, address: string) => {
  const { previewSiteFile } = await import('@cms/lib/preview');
  const prefix = `/preview/${collection}/${id}/site/`;
  expect(address.startsWith(prefix), address).toBe(true);
  const segments = address.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
  return previewSiteFile(payload, new Request(`http://localhost:3000${address}`, { headers: headersOf(who) }), collection, String(id), segments);
};

/**
 * The admin's "Preview" as `who` asks for it: the first answer starts the build, the answer
 * once it is done sends them to the page (303), whose path within the preview's site must be
 * `page`; returns the page's HTML, served to `who`.
 */
async function preview(who: Person, collection: string, id: number, page: string): Promise<{ html: string; location: string }> {
  const { previewBuildsSettled } = await import('@cms/lib/previewBuild');
  const first = await open(who, collection, id);
  expect(first.status, textOf(first)).toBe(200);
  expect(textOf(first)).toContain('Preparing the preview');
  const started = Date.now();
  await previewBuildsSettled();
  built[collection] = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const ready = await open(who, collection, id);
  expect(ready.status, textOf(ready)).toBe(303);
  const location = ready.headers.Location ?? '';
  expect(location).toMatch(new RegExp(`^/preview/${collection}/${id}/site/[0-9a-z]+-[0-9a-z]+/${page}$`));
  const answer = await file(who, collection, id, location);
  expect(answer.status).toBe(200);
  expect(answer.headers).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' });
  const html = textOf(answer);
  // The site's own page, in its layout, marked as a preview and not indexed.
  expect(html).toMatch(/<header class="header[ "]/);
  expect(html).toMatch(/<nav class="header__nav[ "][^>]*aria-label="Main"/);
  expect(html).toMatch(/Preview of a draft \([^)]+\)\. The public can’t see it\./);
  expect(html).toContain('<meta name="robots" content="noindex">');
  return { html, location };
}

/** Another council's staff: 404 for the preview and for the page already built, nothing of the draft. */
async function refusedToOtherCouncil(collection: string, id: number, location: string, words: string) {
  const other = await open('otherStaff', collection, id);
  expect(other.status).toBe(404);
  expect(textOf(other)).not.toContain(words);
  const page = await file('otherStaff', collection, id, location);
  expect(page.status).toBe(404);
  expect(textOf(page)).not.toContain(words);
}

const steps = { howToGet: [{ step: 'Ask your Personal Adviser.' }], whoToAsk: 'Your Personal Adviser.', ifRefused: 'Ask for a review.' };

/** A published national entitlement (as the system: not what is previewed). */
const publishedEntitlement = (title: string) =>
  payload.create({
    collection: 'entitlements',
    data: {
      title, summary: 'The published summary.', body: lexical('Money for your first home.'), area: areaId, ...steps,
      legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, legalBasis: 'Children Act 1989',
      sourceUrl: 'https://www.legislation.gov.uk/ukpga/1989/41', lastReviewed: '2026-01-01', _status: 'published',
    },
  });

describe(`the preview of a draft builds the right page of the real site, for each co-written collection (${DB})`, () => {
  it('a national entitlement’s draft summary, previewed by a council’s reviewer, on that council’s offer page with its local details', async () => {
    const live = await publishedEntitlement('Setting up home allowance');
    // The council's published details for it (as the system: not what is previewed).
    await payload.create({
      collection: 'local-details',
      data: { council: councilA, entitlement: live.id, note: 'In Council 1 it is paid in two parts.', whoToAsk: 'The Council 1 leaving care team.', _status: 'published' },
    });
    await payload.update({
      collection: 'entitlements', id: live.id, draft: true, user: people.moderator.user, overrideAccess: false,
      data: { summary: 'The draft summary, not yet published.', _status: 'draft' },
    });
    const { html } = await preview('reviewer', 'entitlements', live.id, 'offers/setting-up-home-allowance');
    expect(html).toContain('>Setting up home allowance</h1>');
    expect(html).toContain('The draft summary, not yet published.');
    expect(html).not.toContain('The published summary.');
    // The council's own details for it, on the council's site.
    expect(html).toContain('In Council 1 it is paid in two parts.');
    expect(html).toContain('The Council 1 leaving care team.');
  }, PREVIEW_BUDGET);

  it('a council’s draft change to its local details for an entitlement, on its offer page; not for another council', async () => {
    const entitlement = await publishedEntitlement('Leaving care grant');
    const details = await payload.create({
      collection: 'local-details',
      data: { council: councilA, entitlement: entitlement.id, note: 'The published local note.', whoToAsk: 'The Council 1 leaving care team.', _status: 'published' },
    });
    await payload.update({
      collection: 'local-details', id: details.id, draft: true, user: people.staff.user, overrideAccess: false,
      data: { note: 'From April Council 1 pays it straight to your landlord.', _status: 'draft' },
    });
    const { html, location } = await preview('staff', 'local-details', details.id, 'offers/leaving-care-grant');
    expect(html).toContain('>Leaving care grant</h1>');
    expect(html).toContain('From April Council 1 pays it straight to your landlord.');
    expect(html).not.toContain('The published local note.');
    await refusedToOtherCouncil('local-details', details.id, location, 'your landlord');
  }, PREVIEW_BUDGET);

  it('a national guide chapter’s draft, written by a moderator, as its chapter of the national guide', async () => {
    const chapter = await payload.create({
      collection: 'guide-chapters', draft: true, user: people.moderator.user, overrideAccess: false,
      data: { title: 'Moving on from care', order: 10, summary: 'What changes when you leave care.', body: lexical('A chapter written as a draft.'), _status: 'draft' },
    });
    const { html } = await preview('moderator', 'guide-chapters', chapter.id, `guides/${NATIONAL_GUIDE.slug}/${chapter.slug}`);
    expect(html).toContain('>Moving on from care</h1>');
    expect(html).toContain('A chapter written as a draft.');
  }, PREVIEW_BUDGET);

  it('a council’s guide local part’s draft, on its chapter of the council’s guide; not for another council', async () => {
    const chapter = await payload.create({
      collection: 'guide-chapters',
      data: { title: 'Your money', order: 20, summary: 'Money when you leave care.', body: lexical('The national text.'), _status: 'published' },
    });
    const part = await payload.create({
      collection: 'guide-local-parts', draft: true, user: people.staff.user, overrideAccess: false,
      data: { council: councilA, chapter: chapter.id, note: 'In Council 1 the money team meets you at home.', whoToAsk: 'The Council 1 money team.', _status: 'draft' },
    });
    const { html, location } = await preview('reviewer', 'guide-local-parts', part.id, `guides/${NATIONAL_GUIDE.slug}/${chapter.slug}`);
    expect(html).toContain('>Your money</h1>');
    expect(html).toContain('The national text.');
    expect(html).toContain('In Council 1 the money team meets you at home.');
    await refusedToOtherCouncil('guide-local-parts', part.id, location, 'money team');
  }, PREVIEW_BUDGET);

  it('a spotlight’s draft, written by a council’s staff, on the library’s site; not for another council', async () => {
    const spotlight = await payload.create({
      collection: 'spotlights', draft: true, user: people.staff.user, overrideAccess: false,
      data: {
        councils: [registeredA], title: 'Care leavers run the budget', summary: 'Young people set the council’s budget for care leavers.', themes: ['money'],
        contactRole: 'Head of Service', body: lexical('How the budget panel works, as a draft.'), source: { collection: 'Collection', year: 2025 }, _status: 'draft',
      },
    });
    const { html, location } = await preview('staff', 'spotlights', spotlight.id, `spotlights/${spotlight.slug}`);
    expect(html).toContain('Care leavers run the budget</h1>');
    expect(html).toContain('How the budget panel works, as a draft.');
    await refusedToOtherCouncil('spotlights', spotlight.id, location, 'budget panel');
  }, PREVIEW_BUDGET);

  it('a national glossary term’s draft, written by a moderator, on the glossary page', async () => {
    const term = await payload.create({
      collection: 'glossary-terms', draft: true, user: people.moderator.user, overrideAccess: false,
      data: { term: 'Staying close', meaning: 'Support for young people leaving residential care, written as a draft.', _status: 'draft' },
    });
    const { html } = await preview('moderator', 'glossary-terms', term.id, 'glossary');
    expect(html).toContain('Staying close');
    expect(html).toContain('Support for young people leaving residential care, written as a draft.');
  }, PREVIEW_BUDGET);

  it('a pledge’s draft, on the council’s “You said, we did” page; not for another council', async () => {
    const pledge = await payload.create({
      collection: 'pledges', draft: true, user: people.staff.user, overrideAccess: false,
      data: { council: councilA, youSaid: 'You said the bus passes ran out in August.', weDid: 'We now give bus passes for the whole year.', progress: 'done', askedAt: 'Summit', askedOn: '2026-01-01', _status: 'draft' },
    });
    const { html, location } = await preview('reviewer', 'pledges', pledge.id, 'you-said-we-did');
    expect(html).toContain('You said the bus passes ran out in August.');
    expect(html).toContain('We now give bus passes for the whole year.');
    await refusedToOtherCouncil('pledges', pledge.id, location, 'bus passes');
  }, PREVIEW_BUDGET);
});
