import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { atomFeed, changeRoute, chapterKey, type AtomFeed } from '@site/lib/changes';
import { changeEntrySchema, type ChangeEntry } from '@content/model/changeLog';
import { changedKinds } from '@cms/hooks/changeLog';
import { openReferralFeed } from '@site/lib/openReferral';
import { validateSnapshot } from '@content/model/snapshot';
import { readFileSync } from 'node:fs';

/** Issue 22, part 4: what counts as a change, the feed's shape, and Open Referral's last_modified. */
const change = (over: Partial<ChangeEntry> = {}): ChangeEntry =>
  changeEntrySchema.parse({ id: '1', page: 'offer', slug: 'grant', title: 'Grant', line: 'Now £250.', changedAt: '2026-11-02T10:00:00.000Z', kinds: ['amount'], national: false, ...over });

describe('what counts as a change to the facts', () => {
  const offer = { amount: { type: 'money', value: 200, period: 'once', note: 'A note.' }, eligibility: { ageFrom: 18, careStatus: ['relevant', 'former-relevant'] }, whoToAsk: 'Your PA.', howToGet: [{ id: 'a', step: 'Ask.' }], summary: 'Old.' };
  it('names the amount, who can get it, who to ask and how to get it; not the wording elsewhere', () => {
    expect(changedKinds('offers', offer, { ...offer, summary: 'New words.', amount: { ...offer.amount, note: 'Another note.' } })).toEqual([]);
    expect(changedKinds('offers', offer, { ...offer, howToGet: [{ id: 'b', step: ' Ask. ' }], eligibility: { ...offer.eligibility, careStatus: ['former-relevant', 'relevant'] } })).toEqual([]);
    expect(changedKinds('offers', offer, { ...offer, amount: { ...offer.amount, value: 250 } })).toEqual(['amount']);
    expect(changedKinds('offers', offer, { ...offer, eligibility: { ageFrom: 16 }, whoToAsk: 'The team.', howToGet: [{ step: 'Fill in a form.' }] })).toEqual(['eligibility', 'contacts', 'how-to-claim']);
    expect(changedKinds('pledges', { weDid: 'A' }, { weDid: 'B' })).toEqual([]);
  });
});

describe('the Atom feed', () => {
  const base: AtomFeed = { id: 'urn:uuid:00000000-0000-4000-8000-000000000000', self: null, page: null, title: 'What’s new', subtitle: 'Changes', author: 'A & B Council', generated: '2026-12-01T00:00:00.000Z', entries: [] };
  it('has no links without a public address, and escapes text', () => {
    const xml = atomFeed({ ...base, entries: [{ id: 'urn:uuid:1', title: 'Grant <new>', line: 'Now £250 & more.', updated: '2026-11-02T10:00:00.000Z', link: null }] });
    expect(xml).not.toContain('<link');
    const feed = parseFeed(xml);
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.authors[0]?.name).toBe('A & B Council');
    expect(feed.items[0]?.title).toBe('Grant <new>');
    expect(feed.items[0]?.url).toBeNull();
    expect(feed.updated?.toISOString()).toBe('2026-11-02T10:00:00.000Z');
  });
  it('with no entries, is updated when it was built', () => {
    expect(parseFeed(atomFeed(base)).updated?.toISOString()).toBe(base.generated);
  });
  it('links a change only to a page the site has', () => {
    const pages = { offers: new Set(['grant']), chapters: new Set([chapterKey('rights-and-entitlements', 'money'), chapterKey('our-money-guide', 'debt-help')]), pledges: new Set(['p']) };
    expect(changeRoute(change(), pages)).toBe('/offers/grant/');
    expect(changeRoute(change({ slug: 'gone' }), pages)).toBeNull();
    expect(changeRoute(change({ page: 'chapter', slug: 'money' }), pages)).toBe('/guides/rights-and-entitlements/money/');
    expect(changeRoute(change({ page: 'pledge', slug: 'p' }), pages)).toBe('/you-said-we-did/#pledge-p');
    // A chapter of a council's own guide, in that guide; not in the national one.
    expect(changeRoute(change({ page: 'chapter', slug: 'debt-help', guide: 'our-money-guide' }), pages)).toBe('/guides/our-money-guide/debt-help/');
    expect(changeRoute(change({ page: 'chapter', slug: 'debt-help' }), pages)).toBeNull();
    expect(changeRoute(change({ page: 'chapter', slug: 'money', guide: 'our-money-guide' }), pages)).toBeNull();
  });
});

describe('Open Referral', () => {
  it('a service last changed when its newest change was published; without one, when it was published', () => {
    const site = validateSnapshot(JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')), 'fixture');
    const [first, second] = site.offers;
    const changes = [change({ slug: first!.slug, changedAt: '2026-10-01T09:00:00.000Z' }), change({ id: '2', slug: first!.slug, changedAt: '2026-11-01T09:00:00.000Z' })];
    const feed = openReferralFeed(site.authority!, site.areas, site.offers, undefined, '2026-12-01T00:00:00Z', changes);
    expect(feed.services.find((s) => s.name === first!.title)?.last_modified).toBe('2026-11-01T09:00:00.000Z');
    expect(feed.services.find((s) => s.name === second!.title)?.last_modified).toBe(new Date(second!.updatedAt).toISOString());
  });
});
