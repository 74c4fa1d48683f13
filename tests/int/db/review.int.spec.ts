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
  const headersOf = (who: Person | 'anonymous') => new Headers(who === 'anonymous' ? {} : { Authorization: `JWT ${people[who].token}` });
  /** The admin's "Preview" link, as the route answers it. */
  const open = async (who: Person | 'anonymous', collection = 'offers', docId: number | string = id) => {
    const { previewResponse } = await import('@cms/lib/preview');
    return previewResponse(payload, new Request(`http://localhost:3000/preview/${collection}/${docId}`, { headers: headersOf(who) }), collection, String(docId));
  };
  /** A file of a preview's site by its address path (`/preview/offers/7/site/<version>/…`). */
  const file = async (who: Person | 'anonymous', address: string, docId: number | string = id) => {
    const { previewSiteFile } = await import('@cms/lib/preview');
    const prefix = `/preview/offers/${docId}/site/`;
    expect(address.startsWith(prefix), address).toBe(true);
    const segments = address.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
    return previewSiteFile(payload, new Request(`http://localhost:3000${address}`, { headers: headersOf(who) }), 'offers', String(docId), segments);
  };
  const textOf = (answer: { body: string | Uint8Array | null }) => (typeof answer.body === 'string' ? answer.body : answer.body ? new TextDecoder().decode(answer.body) : '');

  it('falls back to the draft’s text on its own, for the young editor and their reviewer', async () => {
    const { previewPage } = await import('@cms/lib/preview');
    for (const who of ['youngEditor', 'reviewer'] as const) {
      const page = await previewPage(payload, headersOf(who), 'offers', String(id), 'The site could not be built.');
      expect(page.status, who).toBe(200);
      expect(page.html).toContain(`<h1>${TITLE}</h1>`);
      expect(page.html).toContain('Ask your PA for a form.');
      expect(page.html).toContain('Preview of a draft (Draft)');
      expect(page.html).toContain('The site could not be built.');
    }
  });

  it('builds the draft’s page on the real site, in its layout, and serves it only to people who may read the draft', async () => {
    const { previewBuildsSettled } = await import('@cms/lib/previewBuild');
    const first = await open('youngEditor');
    expect(first.status).toBe(200);
    expect(first.headers).toMatchObject({ 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' });
    // A page that names the draft and reloads itself while the site is built.
    expect(textOf(first)).toContain('Preparing the preview');
    expect(textOf(first)).toContain(TITLE);
    expect(textOf(first)).toContain('<meta http-equiv="refresh" content="2">');
    // Asked again meanwhile: still preparing, not a second build.
    expect(textOf(await open('reviewer'))).toContain('Preparing the preview');
    const started = Date.now();
    await previewBuildsSettled();
    const ready = await open('reviewer');
    console.log(`preview built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(ready.status, textOf(ready)).toBe(303);
    const location = ready.headers.Location ?? '';
    expect(location).toMatch(new RegExp(`^/preview/offers/${id}/site/[0-9a-z]+-[0-9a-z]+/offers/driving-lessons-paid-for$`));

    const page = await file('youngEditor', location);
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' });
    const html = textOf(page);
    // The site's own page: its header and navigation, the offer's title and steps, from the draft.
    expect(html).toMatch(/<header class="header[ "]/);
    expect(html).toMatch(/<nav class="header__nav[ "][^>]*aria-label="Main"/);
    expect(html).toMatch(/<h2 id="how"[^>]*>How to get it<\/h2>/);
    expect(html).toContain(`>${TITLE}</h1>`);
    expect(html).toContain('Ask your PA for a form.');
    // Marked as a preview on every page; not indexed; no service worker on the admin's origin.
    expect(html).toContain('Preview of a draft (Draft). The public can’t see it.');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-service-worker');
    // Its styles are served from the preview, under its address.
    const base = location.replace(/offers\/driving-lessons-paid-for$/, '');
    const stylesheet = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(html)?.[1] ?? '';
    expect(stylesheet.startsWith(base), stylesheet).toBe(true);
    const css = await file('youngEditor', stylesheet);
    expect(css.status).toBe(200);
    expect(css.headers['Content-Type']).toBe('text/css; charset=utf-8');

    // Nobody else: anonymous 401; another council's staff 404, for the preview and its files alike.
    expect((await open('anonymous')).status).toBe(401);
    expect((await file('anonymous', location)).status).toBe(401);
    const other = await file('otherStaff', location);
    expect(other.status).toBe(404);
    expect(textOf(other)).not.toContain(TITLE);
    expect((await open('otherStaff')).status).toBe(404);
    // Nothing outside the preview's site folder.
    for (const escape of [`${base}../status.json`, `${base}%2e%2e/status.json`, `${base}..%2fstatus.json`, `${base}sw.js`]) {
      expect((await file('youngEditor', escape)).status, escape).toBe(404);
    }
    // What the public is built from never has the draft.
    const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
    const published = await collectSnapshot(payload, null, { council: councilA });
    expect(JSON.stringify(published)).not.toContain(TITLE);
  }, 10 * 60_000);

  it('shows a draft the site can’t be built from yet as its text on its own, saying why', async () => {
    const { previewBuildsSettled } = await import('@cms/lib/previewBuild');
    const broken = (await payload.create({
      collection: 'offers', draft: true,
      data: { ...youngEditorsOffer(councilA, { title: 'Half-written offer', howToGet: [{ step: 'Ask your PA.' }, { step: '' }] }), _status: 'draft' },
    })).id;
    expect(textOf(await open('youngEditor', 'offers', broken))).toContain('Preparing the preview');
    await previewBuildsSettled();
    const answer = await open('youngEditor', 'offers', broken);
    expect(answer.status).toBe(200);
    const html = textOf(answer);
    expect(html).toContain('<h1>Half-written offer</h1>');
    expect(html).toContain('The site’s page could not be built from this draft');
    expect(html).toMatch(/offers &quot;half-written-offer&quot;: field &quot;howToGet/);
  }, 10 * 60_000);

  it('takes a published page’s draft in its place, read as the person previewing it', async () => {
    const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
    const data: OfferData = {
      title: 'Bus pass', summary: 'The published summary.', body: lexical('What it is.'), area: areaId, kind: 'local', council: councilA,
      howToGet: [{ step: 'Ask your Personal Adviser.' }], whoToAsk: 'Your Personal Adviser.', ifRefused: 'Ask for a review.',
      legalBasis: 'Children Act 1989', lastReviewed: '2026-12-01', legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, _status: 'published',
    };
    const live = await payload.create({ collection: 'offers', context: { seeding: true }, data });
    await payload.update({ collection: 'offers', id: live.id, draft: true, data: { summary: 'The draft summary.', _status: 'draft' } });
    const summaries = (snapshot: Record<string, unknown>) =>
      (Array.isArray(snapshot.offers) ? snapshot.offers : []).map((o: { title?: string; summary?: string }) => `${o.title}: ${o.summary}`).filter((line: string) => line.startsWith('Bus pass'));
    expect(summaries(await collectSnapshot(payload, null, { council: councilA }))).toEqual(['Bus pass: The published summary.']);
    const preview = (who: Person) => collectSnapshot(payload, null, { council: councilA, preview: { collection: 'offers', id: live.id, user: people[who].user } });
    expect(summaries(await preview('reviewer'))).toEqual(['Bus pass: The draft summary.']);
    // Someone who may not read the draft gets what the public sees.
    expect(summaries(await preview('otherStaff'))).toEqual(['Bus pass: The published summary.']);
  });

  it('refuses an anonymous request and another council’s staff, showing nothing of the draft', async () => {
    const anonymous = await open('anonymous');
    expect(anonymous.status).toBe(401);
    expect(textOf(anonymous)).not.toContain(TITLE);
    const other = await open('otherStaff');
    expect(other.status).toBe(404);
    expect(textOf(other)).not.toContain(TITLE);
    // The same answer as for a draft that isn't there, or a collection that has no drafts.
    expect((await open('otherStaff', 'offers', 999999)).status).toBe(404);
    expect((await open('reviewer', 'users', people.reviewer.user.id)).status).toBe(404);
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
    for (const slug of ['offers', 'guides', 'pledges', 'local-details', 'media', 'feedback']) expect(hiddenFor(slug, people.youngEditor.user), slug).toBe(false);
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
