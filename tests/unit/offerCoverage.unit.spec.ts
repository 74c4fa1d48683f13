/**
 * "Is our offer complete?" (issue 22, part 6): each demo council's summary, made from its offer
 * pages as the content files give them (`councilOffers`, what the seed imports and the site
 * shows), checked against the files themselves: the council's own offers by area, the national
 * entitlements, the help the guidance names, and the pages with no amount or no contact.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { EXPECTED_AREAS, EXPECTED_ITEMS, givesContact, offerCoverage } from '@content/model/offerCoverage';

const content = readContent('content');
const council = (slug: string) => content.councils.find((c) => c.slug === slug)!;
const published = (slug: string) => councilOffers(content, council(slug)).filter((o) => !o.draft);
const summary = (slug: string) => offerCoverage(published(slug));
const slugs = (pages: { slug: string }[]) => pages.map((p) => p.slug).sort();

describe('is our offer complete?', () => {
  it('expects the six areas of section 2, and financial literacy marked as not confirmed', () => {
    expect(EXPECTED_AREAS.map((a) => a.area)).toEqual([
      'health-and-wellbeing',
      'relationships',
      'education-and-training',
      'employment',
      'accommodation',
      'participation-in-society',
      'financial-literacy',
    ]);
    expect(EXPECTED_AREAS.filter((a) => !a.confirmed).map((a) => a.area)).toEqual(['financial-literacy']);
    // What FACTS.md marks ⚠ is not confirmed here either.
    expect(EXPECTED_ITEMS.filter((i) => !i.confirmed).map((i) => i.key).sort()).toEqual(['health-charges', 'homelessness', 'leaving-custody', 'staying-close']);
    // Every expected area is an area of the content, and every named entitlement exists.
    const areas = new Set(content.areas.map((a) => a.slug));
    for (const a of EXPECTED_AREAS) expect(areas.has(a.area), a.area).toBe(true);
    const entitlements = new Set(content.entitlements.map((e) => e.slug));
    for (const item of EXPECTED_ITEMS) for (const slug of item.slugs) expect(entitlements.has(slug), `${item.key}: ${slug}`).toBe(true);
  });

  for (const slug of ['demo-borough', 'northdale', 'riverford']) {
    it(`${slug}: each area lists exactly the council's own published offers and the national entitlements in it`, () => {
      const { areas } = summary(slug);
      for (const area of areas) {
        const own = council(slug).offers.filter((o) => !o.draft && o.area === area.area).map((o) => o.slug).sort();
        const national = content.entitlements.filter((e) => !e.draft && e.area === area.area).map((e) => e.slug).sort();
        expect(slugs(area.local), `${slug} ${area.area}`).toEqual(own);
        expect(slugs(area.national), `${slug} ${area.area}`).toEqual(national);
      }
    });

    it(`${slug}: the help the guidance names is matched to its pages, and pages with no amount or no contact are named`, () => {
      const pages = published(slug);
      const result = summary(slug);
      for (const item of result.items) {
        const expected = pages.filter((o) => item.slugs.includes(o.slug) || (item.compareAs && o.compareAs === item.compareAs)).map((o) => o.slug).sort();
        expect(slugs(item.pages), `${slug} ${item.key}`).toEqual(expected);
      }
      expect(slugs(result.noAmount)).toEqual(pages.filter((o) => o.amount.type === 'money' && o.amount.value == null).map((o) => o.slug).sort());
      expect(slugs(result.noContact)).toEqual(pages.filter((o) => !givesContact(o)).map((o) => o.slug).sort());
    });
  }

  it('Demo Borough has offers of its own in every area; Northdale none in education, Riverford none for somewhere to live', () => {
    const status = (slug: string) => Object.fromEntries(summary(slug).areas.map((a) => [a.area, a.status]));
    expect(Object.values(status('demo-borough')).every((s) => s === 'local')).toBe(true);
    expect(status('northdale')).toMatchObject({ 'education-and-training': 'national-only', accommodation: 'local', 'financial-literacy': 'local' });
    expect(Object.entries(status('northdale')).filter(([, s]) => s !== 'local')).toEqual([['education-and-training', 'national-only']]);
    expect(Object.entries(status('riverford')).filter(([, s]) => s !== 'local')).toEqual([['accommodation', 'national-only']]);
    for (const slug of ['demo-borough', 'northdale', 'riverford']) expect(summary(slug).missing, slug).toEqual({ areas: [], items: [] });
  });

  it('council tax help is found by "compare as", a draft offer is left out, and a setting-up-home amount counts', () => {
    expect(slugs(summary('northdale').items.find((i) => i.key === 'council-tax')!.pages)).toEqual(['council-tax-support']);
    const demo = summary('demo-borough');
    expect(demo.areas.flatMap((a) => slugs(a.local))).not.toContain('wellbeing-break-grant');
    expect(demo.items.find((i) => i.key === 'setting-up-home')).toMatchObject({ noAmount: false });
    // Demo Borough's PA page gives the duty worker's number; "Your Personal Adviser." alone gives none.
    expect(slugs(demo.noContact)).not.toContain('personal-adviser');
    expect(slugs(demo.noContact)).toContain('pathway-plan');
  });

  it('with nothing published, every area and every required item is missing', () => {
    const empty = offerCoverage([]);
    expect(empty.missing.areas).toHaveLength(EXPECTED_AREAS.length);
    expect(empty.missing.items).toEqual(EXPECTED_ITEMS.filter((i) => i.required).map((i) => i.key));
    const money = offerCoverage([{ slug: 'x', title: 'X', area: 'accommodation', kind: 'local', amount: { type: 'money' }, whoToAsk: 'Call 020 7946 0100.', howToGet: ['Ask.'], compareAs: 'setting-up-home' }]);
    expect(money.items.find((i) => i.key === 'setting-up-home')).toMatchObject({ noAmount: true });
    expect(slugs(money.noAmount)).toEqual(['x']);
    expect(money.noContact).toEqual([]);
  });

  it('the site words every area and item, in every language', () => {
    for (const lang of ['en', 'ar', 'prs', 'ti']) {
      const messages = JSON.parse(readFileSync(`site/i18n/${lang}.json`, 'utf8')) as { coverage: { areas: Record<string, string>; items: Record<string, string> } };
      expect(Object.keys(messages.coverage.areas).sort(), lang).toEqual(EXPECTED_AREAS.map((a) => a.area).sort());
      expect(Object.keys(messages.coverage.items).sort(), lang).toEqual(EXPECTED_ITEMS.map((i) => i.key).sort());
    }
  });
});
