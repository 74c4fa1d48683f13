import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilData } from '@tests/helpers/accounts';
import { restClient } from '@tests/helpers/rest';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';
import { englishTextHash } from '@cms/lib/translationState';
import { idOf } from '@cms/access/roles';

/**
 * Translations (issue 21, part 2) on SQLite and PostgreSQL: the translator's access matrix,
 * through REST (`?locale=`) and the Local API as the person (`overrideAccess: false`), beside
 * the council roles' matrix in access.int.spec.ts; a translation's state (out of date when the
 * English text changes, not when another language's does or a shared field does); and a
 * language's snapshot (part 4: what is shown translated, what falls back to English and why).
 */
type Person = 'translator' | 'nationalTranslator' | 'staff' | 'reviewer' | 'admin';

let cms: TestCms;
let payload: Payload;
let rest: Awaited<ReturnType<typeof restClient>>;
const users = {} as Record<Person, { id: number; token: string; user: any }>;
let home: number;
let other: number;
let areaId: number;
let n = 0;
const next = () => ++n;

type OfferData = RequiredDataFromCollectionSlug<'offers'>;
const offerData = (council: number): OfferData => ({
  council, title: `Offer ${next()}`, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local',
  legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'money', value: 100, period: 'once', note: 'Paid once.' },
  howToGet: [{ step: 'Ask your PA.' }, { step: 'Fill in the form.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer',
  lastReviewed: '2026-01-01', _status: 'published',
});
const entitlementData = () => ({
  title: `Entitlement ${next()}`, summary: 'National.', body: lexical('Body'), area: areaId, legalStatus: 'in-force' as const, livingElsewhere: 'applies' as const,
  amount: { type: 'none' as const }, howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Children Act 1989', sourceUrl: 'https://www.legislation.gov.uk/ukpga/1989/41',
  lastReviewed: '2026-01-01', _status: 'published' as const,
});

/** The whole Arabic text of an offer, on the English rows (a language's save is of all its required text). */
async function arabicOf(collection: 'offers' | 'entitlements', id: number) {
  const english = await payload.findByID({ collection, id, locale: 'en', depth: 0 });
  return {
    title: 'عنوان', summary: 'ملخص قصير.', body: lexical('نص'), whoToAsk: 'مستشارك.', ifRefused: 'قدّم شكوى.', legalBasis: 'العرض المحلي',
    howToGet: (english.howToGet ?? []).map((row) => ({ ...row, step: 'خطوة' })),
    amount: { ...english.amount, ...(english.amount?.note ? { note: 'يُدفع مرة واحدة.' } : {}) },
  };
}

const as = (who: Person) => ({ overrideAccess: false, user: users[who].user });

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  rest = await restClient((await import('@cms/payload.config')).default);
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 } })).id;
  home = (await payload.create({ collection: 'authorities', data: councilData('HOME', { isDemo: true, languages: ['ar'] }) })).id;
  other = (await payload.create({ collection: 'authorities', data: councilData('OTHER') })).id;
  // The admin first: the very first account is made a platform admin, whatever it asks for.
  const accounts: Record<Person, Partial<RequiredDataFromCollectionSlug<'users'>>> = {
    admin: { platformRole: 'admin' },
    translator: { councils: [{ council: home, role: 'translator' }], translatorLanguage: 'ar' },
    nationalTranslator: { translatorLanguage: 'ar' },
    staff: { councils: [{ council: home, role: 'staff' }] },
    reviewer: { councils: [{ council: home, role: 'reviewer' }] },
  };
  for (const [who, account] of Object.entries(accounts) as [Person, (typeof accounts)[Person]][]) {
    const email = `${who.toLowerCase()}@test.example`;
    const password = `pw-${who}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: who, ...account } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    users[who] = { id: user.id, token: token!, user: { ...user, collection: 'users' } };
  }
});

afterAll(async () => {
  await cms?.stop();
});

describe('a translator for Arabic in one council', () => {
  it('changes the Arabic text of their council\'s offer, through REST and the Local API, and the English stays as it was', async () => {
    const offer = await payload.create({ collection: 'offers', data: offerData(home) });
    const arabic = await arabicOf('offers', offer.id);
    const viaRest = await rest('PATCH', `/offers/${offer.id}?locale=ar`, { token: users.translator.token, body: arabic });
    expect(viaRest.status).toBe(200);
    await payload.update({ collection: 'offers', id: offer.id, locale: 'ar', data: { ...arabic, title: 'عنوان جديد' }, ...as('translator') });
    const ar = await payload.findByID({ collection: 'offers', id: offer.id, locale: 'ar', depth: 0 });
    const en = await payload.findByID({ collection: 'offers', id: offer.id, locale: 'en', depth: 0 });
    expect(ar.title).toBe('عنوان جديد');
    expect(ar.howToGet?.map((row) => row.step)).toEqual(['خطوة', 'خطوة']);
    expect(en.title).toBe(offer.title);
    expect(en.howToGet?.map((row) => row.step)).toEqual(['Ask your PA.', 'Fill in the form.']);
  });

  it('cannot change the English, another language, another council\'s document or a field shared by every language', async () => {
    const offer = await payload.create({ collection: 'offers', data: offerData(home) });
    const elsewhere = await payload.create({ collection: 'offers', data: offerData(other) });
    const arabic = await arabicOf('offers', offer.id);
    const token = users.translator.token;
    // REST: no ?locale= is English.
    expect((await rest('PATCH', `/offers/${offer.id}`, { token, body: { title: 'Changed' } })).status).toBe(403);
    expect((await rest('PATCH', `/offers/${offer.id}?locale=en`, { token, body: { title: 'Changed' } })).status).toBe(403);
    expect((await rest('PATCH', `/offers/${offer.id}?locale=prs`, { token, body: arabic })).status).toBe(403);
    expect([403, 404]).toContain((await rest('PATCH', `/offers/${elsewhere.id}?locale=ar`, { token, body: await arabicOf('offers', elsewhere.id) })).status);
    expect((await rest('PATCH', `/offers/${offer.id}?locale=ar`, { token, body: { ...arabic, amount: { type: 'money', value: 5000, period: 'once' } } })).status).toBe(403);
    expect((await rest('PATCH', `/offers/${offer.id}?locale=ar`, { token, body: { ...arabic, sourceUrl: 'https://example.org/' } })).status).toBe(403);
    expect((await rest('PATCH', `/offers/${offer.id}?locale=ar`, { token, body: { ...arabic, howToGet: [{ step: 'خطوة' }] } })).status).toBe(403);
    expect((await rest('POST', '/offers?locale=ar', { token, body: offerData(home) })).status).toBe(403);
    expect((await rest('DELETE', `/offers/${offer.id}`, { token })).status).toBe(403);
    // The Local API, as the translator.
    await expect(payload.update({ collection: 'offers', id: offer.id, locale: 'en', data: { title: 'Changed' }, ...as('translator') })).rejects.toThrow();
    await expect(payload.update({ collection: 'offers', id: offer.id, locale: 'ti', data: arabic, ...as('translator') })).rejects.toThrow();
    await expect(payload.update({ collection: 'offers', id: elsewhere.id, locale: 'ar', data: await arabicOf('offers', elsewhere.id), ...as('translator') })).rejects.toThrow();
    await expect(payload.update({ collection: 'offers', id: offer.id, locale: 'ar', data: { ...arabic, lastReviewed: '2027-01-01' }, ...as('translator') })).rejects.toThrow();
    await expect(payload.create({ collection: 'offers', locale: 'ar', data: offerData(home), ...as('translator') })).rejects.toThrow();
    await expect(payload.delete({ collection: 'offers', id: offer.id, ...as('translator') })).rejects.toThrow();
    const en = await payload.findByID({ collection: 'offers', id: offer.id, locale: 'en', depth: 0 });
    expect(en.title).toBe(offer.title);
    expect(en.amount?.value).toBe(100);
    const prs = await payload.findByID({ collection: 'offers', id: offer.id, locale: 'prs', depth: 0 });
    expect(prs.title ?? null).toBeNull();
  });

  it('translates their council\'s urgent-help text, not its phone number, nor another council\'s', async () => {
    const token = users.translator.token;
    const text = { serviceName: 'خدمة', openingHours: 'من 9 إلى 5', emergency: { label: 'الطوارئ', hours: 'ليلًا', phone: '020 7946 0999' } };
    expect((await rest('PATCH', `/authorities/${home}?locale=ar`, { token, body: text })).status).toBe(200);
    expect((await rest('PATCH', `/authorities/${home}?locale=ar`, { token, body: { ...text, phone: '020 7946 0001' } })).status).toBe(403);
    expect((await rest('PATCH', `/authorities/${home}?locale=ar`, { token, body: { ...text, emergency: { ...text.emergency, phone: '020 7946 0001' } } })).status).toBe(403);
    expect([403, 404]).toContain((await rest('PATCH', `/authorities/${other}?locale=ar`, { token, body: text })).status);
    const council = await payload.findByID({ collection: 'authorities', id: home, locale: 'en', depth: 0 });
    expect(council.serviceName).toBe('Leaving care');
    expect(council.phone).toBe('020 7946 0000');
  });

  it('writing the Arabic of local details leaves their English alone (a hook\'s English read no longer switches the save to English)', async () => {
    const entitlement = await payload.create({ collection: 'entitlements', data: entitlementData() });
    const detail = await payload.create({ collection: 'local-details', data: { council: home, entitlement: entitlement.id, whoToAsk: 'The team here.', note: 'A local note.', _status: 'published' } });
    expect((await rest('PATCH', `/local-details/${detail.id}?locale=ar`, { token: users.translator.token, body: { whoToAsk: 'الفريق هنا.', note: 'ملاحظة محلية.' } })).status).toBe(200);
    const en = await payload.findByID({ collection: 'local-details', id: detail.id, locale: 'en', depth: 0 });
    const ar = await payload.findByID({ collection: 'local-details', id: detail.id, locale: 'ar', depth: 0 });
    expect([en.whoToAsk, en.note]).toEqual(['The team here.', 'A local note.']);
    expect([ar.whoToAsk, ar.note]).toEqual(['الفريق هنا.', 'ملاحظة محلية.']);
  });

  it('cannot touch national content; a national translator can, and nothing of a council\'s', async () => {
    const entitlement = await payload.create({ collection: 'entitlements', data: entitlementData() });
    const offer = await payload.create({ collection: 'offers', data: offerData(home) });
    const arabic = await arabicOf('entitlements', entitlement.id);
    expect((await rest('PATCH', `/entitlements/${entitlement.id}?locale=ar`, { token: users.translator.token, body: arabic })).status).toBe(403);
    expect((await rest('PATCH', `/entitlements/${entitlement.id}?locale=ar`, { token: users.nationalTranslator.token, body: arabic })).status).toBe(200);
    expect((await rest('PATCH', `/entitlements/${entitlement.id}?locale=en`, { token: users.nationalTranslator.token, body: { title: 'Changed' } })).status).toBe(403);
    expect([403, 404]).toContain((await rest('PATCH', `/offers/${offer.id}?locale=ar`, { token: users.nationalTranslator.token, body: await arabicOf('offers', offer.id) })).status);
  });
});

describe('a translator in every collection', () => {
  it('creates and deletes nothing anywhere, and changes no account (REST)', async () => {
    const { default: config } = await import('@cms/payload.config');
    const slugs = (await config).collections.map((c) => c.slug).filter((slug) => !['translations', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-jobs', 'payload-kv', 'payload-query-presets', 'payload-folders'].includes(slug));
    expect(slugs).toContain('offers');
    for (const slug of slugs) {
      const created = await rest('POST', `/${slug}?locale=ar`, { token: users.translator.token, body: {} });
      // An account is refused before access is asked (inviting needs an email address): 400.
      expect([slug, created.status]).toEqual([slug, slug === 'users' ? 400 : 403]);
      const deleted = await rest('DELETE', `/${slug}/1`, { token: users.translator.token });
      expect([slug, [403, 404].includes(deleted.status)]).toEqual([slug, true]);
    }
    await rest('PATCH', `/users/${users.translator.id}`, { token: users.translator.token, body: { translatorLanguage: 'prs', councils: [{ council: other, role: 'translator' }] } });
    const self = await payload.findByID({ collection: 'users', id: users.translator.id, depth: 0 });
    expect([self.translatorLanguage, self.councils?.map((row) => [row.council, row.role])]).toEqual(['ar', [[home, 'translator']]]);
  });
});

describe('what the admin shows a translator', () => {
  it('the collections they translate, their translation records and their account; not the rest', async () => {
    const { isEntityHidden } = await import('payload');
    const hidden = (slug: string, who: Person) => isEntityHidden({ hidden: Object.values(payload.collections).find((c) => c.config.slug === slug)!.config.admin.hidden, user: users[who].user });
    for (const slug of ['offers', 'local-details', 'entitlements', 'authorities', 'glossary-terms', 'translations', 'users']) expect([slug, hidden(slug, 'translator')]).toEqual([slug, false]);
    for (const slug of ['media', 'council-register']) expect([slug, hidden(slug, 'translator')]).toEqual([slug, true]);
    expect(hidden('media', 'staff')).toBe(false);
  });
});

describe('translation records and their state', () => {
  it('a translator submits for checking; only staff or a reviewer marks it checked, which records who and when', async () => {
    const offer = await payload.create({ collection: 'offers', data: offerData(home) });
    const elsewhere = await payload.create({ collection: 'offers', data: offerData(other) });
    const token = users.translator.token;
    const made = await rest('POST', '/translations', { token, body: { document: { relationTo: 'offers', value: offer.id }, language: 'ar', state: 'in-progress' } });
    expect(made.status).toBe(201);
    const id = made.json.doc.id;
    expect(idOf(made.json.doc.council)).toBe(home);
    expect(idOf(made.json.doc.translator)).toBe(users.translator.id);
    expect((await rest('PATCH', `/translations/${id}`, { token, body: { state: 'needs-checking' } })).status).toBe(200);
    expect((await rest('PATCH', `/translations/${id}`, { token, body: { state: 'checked' } })).status).toBe(403);
    expect((await rest('POST', '/translations', { token, body: { document: { relationTo: 'offers', value: offer.id }, language: 'prs', state: 'in-progress' } })).status).toBe(403);
    expect((await rest('POST', '/translations', { token, body: { document: { relationTo: 'offers', value: elsewhere.id }, language: 'ar', state: 'in-progress' } })).status).toBe(403);
    const checked = await payload.update({ collection: 'translations', id, data: { state: 'checked' }, ...as('reviewer') });
    expect(checked.state).toBe('checked');
    expect(idOf(checked.checkedBy)).toBe(users.reviewer.id);
    expect(checked.checkedOn).toBeTruthy();
    // Another council's staff see none of it.
    const theirs = await payload.create({ collection: 'translations', data: { document: { relationTo: 'offers', value: elsewhere.id }, language: 'ar', state: 'in-progress' } });
    expect((await rest('GET', `/translations/${theirs.id}`, { token })).status).toBe(404);
  });

  it('is out of date when the English text changes, not when another language\'s text or a shared field changes', async () => {
    const offer = await payload.create({ collection: 'offers', data: offerData(home) });
    const record = await payload.create({ collection: 'translations', data: { document: { relationTo: 'offers', value: offer.id }, language: 'ar', state: 'needs-checking' } });
    const current = async () => englishTextHash('offers', { ...(await payload.findByID({ collection: 'offers', id: offer.id, locale: 'en', depth: 0 })) });
    expect(record.englishHash).toBe(await current());
    await payload.update({ collection: 'offers', id: offer.id, locale: 'ar', data: await arabicOf('offers', offer.id) });
    await payload.update({ collection: 'offers', id: offer.id, locale: 'en', data: { lastReviewed: '2026-06-01', amount: { type: 'money', value: 200, period: 'once', note: 'Paid once.' }, whatChanged: 'The amount is now £200, paid once.' } });
    expect(record.englishHash).toBe(await current());
    const unchanged = await payload.findByID({ collection: 'translations', id: record.id });
    expect(unchanged.englishChangedOn ?? null).toBeNull();
    await payload.update({ collection: 'offers', id: offer.id, locale: 'en', data: { summary: 'A new English summary.' } });
    expect(record.englishHash).not.toBe(await current());
    const noted = await payload.findByID({ collection: 'translations', id: record.id });
    expect(noted.englishChangedOn).toBeTruthy();
    // Nobody makes it look up to date by sending the current English's hash: only submitting it again (a translator's new work) takes the new English.
    const hash = await current();
    for (const who of ['translator', 'staff'] as const) {
      await rest('PATCH', `/translations/${record.id}`, { token: users[who].token, body: { englishHash: hash, englishChangedOn: null } });
      expect((await payload.findByID({ collection: 'translations', id: record.id })).englishHash).not.toBe(hash);
    }
    await payload.update({ collection: 'translations', id: record.id, data: { state: 'in-progress' }, ...as('translator') });
    await payload.update({ collection: 'translations', id: record.id, data: { state: 'needs-checking' }, ...as('translator') });
    expect((await payload.findByID({ collection: 'translations', id: record.id })).englishHash).toBe(hash);
  });
});

describe('a language\'s snapshot', () => {
  it('shows each entry in Arabic only when its translation may be shown, and otherwise the English, saying why', async () => {
    const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
    const council = (await payload.create({ collection: 'authorities', data: councilData('SNAP', { isDemo: true, languages: ['ar'] }) })).id;
    const record = (collection: 'offers' | 'entitlements' | 'local-details' | 'authorities', id: number, state: 'in-progress' | 'needs-checking') =>
      payload.create({ collection: 'translations', data: { document: { relationTo: collection, value: id }, language: 'ar', state } });
    const make = async (title: string) => payload.create({ collection: 'offers', data: { ...offerData(council), title } });
    const shown = await make('Shown');
    const inProgress = await make('In progress');
    const outOfDate = await make('Out of date');
    const notStarted = await make('Not started');
    const halfDone = await make('Half done');
    for (const offer of [shown, inProgress, outOfDate, halfDone]) {
      await payload.update({ collection: 'offers', id: offer.id, locale: 'ar', data: { ...(await arabicOf('offers', offer.id)), title: `عربي ${offer.title}` } });
    }
    await payload.update({ collection: 'offers', id: halfDone.id, locale: 'ar', data: { amount: { type: 'money', value: 100, period: 'once', note: null } } });
    await record('offers', shown.id, 'needs-checking');
    await record('offers', inProgress.id, 'in-progress');
    await record('offers', outOfDate.id, 'needs-checking');
    await record('offers', halfDone.id, 'needs-checking');
    await payload.update({ collection: 'offers', id: outOfDate.id, locale: 'en', data: { summary: 'The English moved on.' } });
    // An entitlement translated, its local details in this council not: its page here is English.
    const entitlement = await payload.create({ collection: 'entitlements', data: entitlementData() });
    await payload.update({ collection: 'entitlements', id: entitlement.id, locale: 'ar', data: await arabicOf('entitlements', entitlement.id) });
    await record('entitlements', entitlement.id, 'needs-checking');
    const detail = await payload.create({ collection: 'local-details', data: { council, entitlement: entitlement.id, whoToAsk: 'The team here.', _status: 'published' } });
    await payload.update({ collection: 'local-details', id: detail.id, locale: 'ar', data: { whoToAsk: 'الفريق هنا.' } });
    await record('local-details', detail.id, 'in-progress');

    const snapshot = (await collectSnapshot(payload, null, { council, lang: 'ar' })) as { lang: string; offers: { title: string; slug: string; translation: Record<string, unknown> }[] };
    expect(snapshot.lang).toBe('ar');
    const bySlug = (doc: { slug?: string | null }) => snapshot.offers.find((o) => o.slug === doc.slug)!;
    expect(bySlug(shown)).toMatchObject({ title: 'عربي Shown', translation: { shownIn: 'ar', state: 'needs-checking', outOfDate: false } });
    expect(bySlug(inProgress)).toMatchObject({ title: 'In progress', translation: { shownIn: 'en', state: 'in-progress' } });
    expect(bySlug(outOfDate)).toMatchObject({ title: 'Out of date', translation: { shownIn: 'en', state: 'needs-checking', outOfDate: true } });
    expect(bySlug(outOfDate).translation.englishChangedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(bySlug(notStarted)).toMatchObject({ title: 'Not started', translation: { shownIn: 'en', state: 'not-started' } });
    expect(bySlug(halfDone)).toMatchObject({ title: 'Half done', translation: { shownIn: 'en' } });
    expect(bySlug(entitlement)).toMatchObject({ title: entitlement.title, translation: { shownIn: 'en', state: 'in-progress' } });
    // The English snapshot is as before: no translation on its entries.
    const english = (await collectSnapshot(payload, null, { council })) as { lang: string; offers: { translation: unknown }[] };
    expect(english.lang).toBe('en');
    expect(english.offers.every((o) => o.translation === null)).toBe(true);
  });
});

describe('what staff see of translations', () => {
  it('the review queue lists a translation waiting to be checked, for its council\'s staff only', async () => {
    const { reviewQueue } = await import('@cms/lib/reviewQueue');
    const offer = await payload.create({ collection: 'offers', data: { ...offerData(home), title: 'Waiting offer' } });
    await payload.create({ collection: 'translations', data: { document: { relationTo: 'offers', value: offer.id }, language: 'ar', state: 'needs-checking' } });
    const queue = await reviewQueue(payload, users.staff.user);
    const items = queue.flatMap((q) => q.items).filter((i) => i.collection === 'Translations');
    expect(items.map((i) => i.title)).toContain('Waiting offer: العربية (ar) translation');
    const national = await reviewQueue(payload, users.nationalTranslator.user);
    expect(national.flatMap((q) => q.items).some((i) => i.title.startsWith('Waiting offer'))).toBe(false);
  });

  it('the dashboard counts, per council and language, what is missing, waiting and out of date, with links', async () => {
    const { translationOverview } = await import('@cms/lib/translationOverview');
    const council = (await payload.create({ collection: 'authorities', data: councilData('DASH', { languages: ['ar', 'ti'] }) })).id;
    await payload.update({ collection: 'users', id: users.staff.id, data: { councils: [{ council: home, role: 'staff' }, { council, role: 'staff' }] } });
    const staff = await payload.findByID({ collection: 'users', id: users.staff.id, depth: 0 });
    const stale = await payload.create({ collection: 'offers', data: { ...offerData(council), title: 'Stale' } });
    const waiting = await payload.create({ collection: 'offers', data: { ...offerData(council), title: 'Waiting' } });
    await payload.create({ collection: 'offers', data: { ...offerData(council), title: 'Untouched' } });
    for (const offer of [stale, waiting]) await payload.create({ collection: 'translations', data: { document: { relationTo: 'offers', value: offer.id }, language: 'ar', state: 'needs-checking' } });
    await payload.update({ collection: 'offers', id: stale.id, locale: 'en', data: { summary: 'Changed in English.' } });
    const overview = (await translationOverview(payload, { ...staff, collection: 'users' })).filter((o) => o.council?.id === council);
    expect(overview.map((o) => o.lang)).toEqual(['ar', 'ti']);
    const [ar, ti] = overview;
    // The council's settings (its urgent-help text) count too.
    expect(ar!.counts).toEqual({ missing: 2, 'in-progress': 0, 'needs-checking': 1, 'out-of-date': 1, checked: 0 });
    expect(ti!.counts.missing).toBe(4);
    expect(ar!.items[0]).toMatchObject({ title: 'Stale', status: 'out-of-date' });
    expect(ar!.items.find((i) => i.title === 'Untouched')!.href).toBe(`/admin/collections/offers/${(await payload.find({ collection: 'offers', where: { title: { equals: 'Untouched' } }, depth: 0 })).docs[0]!.id}?locale=ar`);
  });
});
