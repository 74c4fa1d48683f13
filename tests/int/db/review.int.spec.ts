import type { Payload, RequiredDataFromCollectionSlug, TypedUser } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { restClient } from '@tests/helpers/rest';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 20, parts 9 and 10, on the server: submitting for review checks the publish rules
 * and says what to fix in plain words; staff fill in the legal basis and review dates and
 * publishing asks them for those by name; the preview of a draft is only for people who
 * may read it; the dashboard's review queue keeps each council to its own; a young editor
 * is shown only the collections they can create in, and refused the others on the server.
 */
type Person = 'youngEditor' | 'reviewer' | 'otherStaff' | 'moderator';
type OfferData = RequiredDataFromCollectionSlug<'offers'>;
const DB = process.env.TEST_DB || 'sqlite';

let cms: TestCms;
let payload: Payload;
let rest: Awaited<ReturnType<typeof restClient>>;
let areaId: number;
let councilA: number;
let councilB: number;
const people = {} as Record<Person, { token: string; user: TypedUser }>;
let n = 0;

/** An offer a young editor writes: no legal basis or review date (staff add them on approval). */
const youngEditorsOffer = (council: number, extra: Partial<OfferData> = {}): Partial<OfferData> => ({
  title: `Offer ${++n}`, summary: 'A short summary.', body: lexical('What it is.'), area: areaId, kind: 'local', council,
  howToGet: [{ step: 'Ask your Personal Adviser.' }], whoToAsk: 'Your Personal Adviser.', ifRefused: 'Ask for a review.', ...extra,
});

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  rest = await restClient((await import('@cms/payload.config')).default);
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 } })).id;
  councilA = (await payload.create({ collection: 'authorities', data: councilData(1) })).id;
  councilB = (await payload.create({ collection: 'authorities', data: councilData(2) })).id;
  const make = async (key: Person, role: 'young-editor' | 'reviewer' | 'staff' | 'platform-editor', council: number | null) => {
    const email = `${key}@test.example`;
    const password = `pw-${key}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: `${key} person`, ...accountData(role, council) } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    people[key] = { token: token!, user: { ...user, collection: 'users' } };
  };
  // The first account is always made a platform admin (cms/collections/Users.ts): not one of ours.
  await payload.create({ collection: 'users', data: { email: 'first@test.example', password: `pw-${Math.random()}`, name: 'First', ...accountData('admin', null) } });
  await make('youngEditor', 'young-editor', councilA);
  await make('reviewer', 'reviewer', councilA);
  await make('otherStaff', 'staff', councilB);
  await make('moderator', 'platform-editor', null);
});

afterAll(async () => {
  await cms?.stop();
});

describe(`submitting for review checks the publish rules, in plain words (${DB})`, () => {
  it('refuses a submission with an empty step, naming it, and takes it once fixed; legal basis and review dates are not asked', async () => {
    // A draft with an empty second step saves: drafts are not checked.
    const draft = await rest('POST', '/offers?draft=true', {
      token: people.youngEditor.token,
      body: { ...youngEditorsOffer(councilA, { howToGet: [{ step: 'Ask your Personal Adviser.' }, { step: '' }] }), _status: 'draft' },
    });
    expect(draft.status).toBe(201);
    const id = draft.json.doc.id;

    const submit = (body: Record<string, unknown>) =>
      rest('PATCH', `/offers/${id}?draft=true`, { token: people.youngEditor.token, body: { ...body, _status: 'draft', reviewState: 'in-review' } });
    const refused = await submit({});
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].message).toContain('How to get it: step 2 is empty.');
    expect(refused.json.errors[0].message).not.toMatch(/Invalid input|received null/);
    expect(refused.json.errors[0].data.errors).toContainEqual({ path: 'howToGet.1.step', message: 'How to get it: step 2 is empty.' });
    // Nothing about the legal basis or review dates: staff fill those in.
    expect(refused.json.errors[0].message).not.toMatch(/Legal basis|Last Reviewed/i);
    expect((await payload.findByID({ collection: 'offers', id, draft: true, depth: 0 })).reviewState).toBe('draft');

    const accepted = await submit({ howToGet: [{ step: 'Ask your Personal Adviser.' }, { step: 'Fill in the form they give you.' }] });
    expect(accepted.status).toBe(200);
    expect(accepted.json.doc.reviewState).toBe('in-review');
  });

  it('holds however the draft is saved: the Local API too', async () => {
    await expect(
      payload.create({
        collection: 'offers',
        draft: true,
        overrideAccess: false,
        user: people.youngEditor.user,
        data: { ...youngEditorsOffer(councilA, { whoToAsk: '' }), _status: 'draft', reviewState: 'in-review' },
      }),
    ).rejects.toThrow(/Who To Ask is empty\./);
  });

  it('asks the approver for the legal basis by name when publishing without it', async () => {
    const created = await rest('POST', '/offers?draft=true', { token: people.youngEditor.token, body: { ...youngEditorsOffer(councilA), _status: 'draft', reviewState: 'in-review' } });
    expect(created.status).toBe(201);
    const publish = await rest('PATCH', `/offers/${created.json.doc.id}`, { token: people.reviewer.token, body: { _status: 'published' } });
    expect(publish.status).toBe(400);
    const errors: { path: string; message: string }[] = publish.json.errors[0].data.errors;
    expect(errors).toContainEqual({ path: 'legalBasis', message: expect.stringMatching(/^Legal basis or source is empty\. Young editors don’t fill this in: add it when you approve/) });
    const fixed = await rest('PATCH', `/offers/${created.json.doc.id}`, {
      token: people.reviewer.token,
      body: { legalBasis: 'Local offer', lastReviewed: '2026-12-01', _status: 'published' },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.json.doc.reviewState).toBe('published');
  });
});

describe(`staff fill in a guide chapter's legal basis and review dates, as an offer's (${DB})`, () => {
  it('keeps what staff wrote when a young editor sends other values, and takes the reviewer\'s', async () => {
    const chapter = (legalBasis: string, lastReviewed: string) => ({
      title: 'Money', slug: 'money', summary: 'What money you can get.', body: lexical('What you can get.'), legalBasis, lastReviewed, nextReview: lastReviewed,
    });
    const created = await rest('POST', '/guides?draft=true', {
      token: people.youngEditor.token,
      body: { title: 'Our guide', slug: 'our-guide', summary: 'Our own chapters.', council: councilA, chapters: [chapter('Written by a young editor', '2020-01-01')], _status: 'draft' },
    });
    expect(created.status).toBe(201);
    const id = created.json.doc.id;
    const saved = await payload.findByID({ collection: 'guides', id, draft: true, depth: 0 });
    expect(saved.chapters[0]).toMatchObject({ title: 'Money', legalBasis: null, lastReviewed: null, nextReview: null });

    const rows = (body: { legalBasis: string; lastReviewed: string }) =>
      saved.chapters.map((c) => ({ id: c.id, title: c.title, slug: c.slug, summary: c.summary, body: c.body, ...body, nextReview: body.lastReviewed }));
    const byReviewer = await rest('PATCH', `/guides/${id}?draft=true`, { token: people.reviewer.token, body: { chapters: rows({ legalBasis: 'Children Act 1989', lastReviewed: '2026-12-01' }), _status: 'draft' } });
    expect(byReviewer.status).toBe(200);
    const byYoungEditor = await rest('PATCH', `/guides/${id}?draft=true`, { token: people.youngEditor.token, body: { chapters: rows({ legalBasis: 'Changed by a young editor', lastReviewed: '2020-01-01' }), _status: 'draft' } });
    expect(byYoungEditor.status).toBe(200);
    const after = (await payload.findByID({ collection: 'guides', id, draft: true, depth: 0 })).chapters[0];
    expect({ legalBasis: after?.legalBasis, lastReviewed: after?.lastReviewed?.slice(0, 10) }).toEqual({ legalBasis: 'Children Act 1989', lastReviewed: '2026-12-01' });
  });
});

describe(`the preview of a draft is for people who may read it (${DB})`, () => {
  let id: number;
  const TITLE = 'Driving lessons paid for';
  beforeAll(async () => {
    id = (await payload.create({
      collection: 'offers', draft: true,
      data: { ...youngEditorsOffer(councilA, { title: TITLE, howToGet: [{ step: 'Ask your PA for a form.' }] }), _status: 'draft' },
    })).id;
  });
  const preview = async (who: Person | 'anonymous', collection = 'offers', docId: number | string = id) => {
    const { previewPage } = await import('@cms/lib/preview');
    const headers = new Headers(who === 'anonymous' ? {} : { Authorization: `JWT ${people[who].token}` });
    return previewPage(payload, headers, collection, String(docId));
  };

  it('shows the young editor and their reviewer the page from the draft', async () => {
    for (const who of ['youngEditor', 'reviewer'] as const) {
      const page = await preview(who);
      expect(page.status, who).toBe(200);
      expect(page.html).toContain(`<h1>${TITLE}</h1>`);
      expect(page.html).toContain('Ask your PA for a form.');
      expect(page.html).toContain('Preview of a draft (Draft)');
    }
  });

  it('refuses an anonymous request and another council’s staff, showing nothing of the draft', async () => {
    const anonymous = await preview('anonymous');
    expect(anonymous.status).toBe(401);
    expect(anonymous.html).not.toContain(TITLE);
    const other = await preview('otherStaff');
    expect(other.status).toBe(404);
    expect(other.html).not.toContain(TITLE);
    // The same answer as for a draft that isn't there, or a collection that has no drafts.
    expect((await preview('otherStaff', 'offers', 999999)).status).toBe(404);
    expect((await preview('reviewer', 'users', people.reviewer.user.id)).status).toBe(404);
  });
});

describe(`the dashboard's review queue (${DB})`, () => {
  beforeAll(async () => {
    const offer = (council: number, title: string, reviewState: 'in-review' | 'changes-requested' | 'approved' | 'draft') =>
      payload.create({ collection: 'offers', draft: true, context: { seeding: true }, data: { ...youngEditorsOffer(council, { title }), _status: 'draft', reviewState } });
    await offer(councilA, 'A waiting', 'in-review');
    await offer(councilA, 'A to change', 'changes-requested');
    await offer(councilA, 'A approved', 'approved');
    await offer(councilA, 'A only a draft', 'draft');
    await offer(councilB, 'B waiting', 'in-review');
    await payload.create({
      collection: 'glossary-terms', draft: true, context: { seeding: true },
      data: { term: 'Staying put', meaning: 'Staying with your foster carers after 18.', _status: 'draft', reviewState: 'in-review' },
    });
  });
  const queueOf = async (who: Person) => (await import('@cms/lib/reviewQueue')).reviewQueue(payload, people[who].user);
  const titles = (queue: { items: { title: string }[] }[]) => queue.flatMap((q) => q.items.map((i) => i.title));

  it('shows a council’s people their council’s waiting documents with counts, and nothing of another council’s', async () => {
    const queue = await queueOf('reviewer');
    expect(queue.map((q) => q.council?.name)).toEqual(['Council 1']);
    const mine = queue[0]!;
    expect(titles(queue)).toEqual(expect.arrayContaining(['A waiting', 'A to change', 'A approved']));
    expect(titles(queue)).not.toContain('A only a draft');
    expect(titles(queue)).not.toContain('B waiting');
    expect(titles(queue)).not.toContain('Staying put');
    expect(mine.counts).toEqual({ 'in-review': expect.any(Number), 'changes-requested': 1, approved: 1 });
    expect(mine.counts['in-review']).toBe(mine.items.filter((i) => i.state === 'in-review').length);
    const waiting = mine.items.find((i) => i.title === 'A waiting')!;
    expect(waiting.href).toMatch(/^\/admin\/collections\/offers\/\d+$/);

    const other = await queueOf('otherStaff');
    expect(other.map((q) => q.council?.name)).toEqual(['Council 2']);
    expect(titles(other)).toEqual(['B waiting']);
  });

  it('shows platform editors the national content waiting, and no council’s', async () => {
    const queue = await queueOf('moderator');
    expect(queue.map((q) => q.council)).toEqual([null]);
    expect(titles(queue)).toEqual(['Staying put']);
  });
});

describe(`a young editor is shown only what they can create (${DB})`, () => {
  it('hides the collections they can’t create in, and the server refuses them', async () => {
    const { isEntityHidden } = await import('payload');
    // As the admin decides what its navigation and dashboard show (Payload's own rule).
    const hiddenFor = (slug: string, user: TypedUser) => {
      const collection = Object.values(payload.collections).find((c) => c.config.slug === slug);
      expect(collection, slug).toBeDefined();
      return isEntityHidden({ hidden: collection?.config.admin.hidden, user });
    };
    for (const slug of ['offers', 'guides', 'pledges', 'local-details', 'media']) expect(hiddenFor(slug, people.youngEditor.user), slug).toBe(false);
    for (const slug of ['spotlights', 'areas', 'entitlements', 'glossary-terms', 'authorities', 'council-register', 'indicators']) {
      expect(hiddenFor(slug, people.youngEditor.user), slug).toBe(true);
      // Nothing is hidden from a reviewer who can't create there either: only young editors get the short list.
      expect(hiddenFor(slug, people.reviewer.user), slug).toBe(false);
    }
    const spotlight = await rest('POST', '/spotlights?draft=true', { token: people.youngEditor.token, body: { title: 'Mine', _status: 'draft' } });
    expect(spotlight.status).toBe(403);
    const area = await rest('POST', '/areas', { token: people.youngEditor.token, body: { title: 'Mine', summary: 'Mine.', order: 9 } });
    expect(area.status).toBe(403);
  });
});
