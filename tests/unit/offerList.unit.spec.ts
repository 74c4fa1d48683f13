import { describe, expect, it } from 'vitest';
import { ruleAttributes } from '@site/components/Checker/filterRules';
import { offerRows, printedUrl } from '@site/lib/offerList';
import { routesFor } from '@site/lib/routes';
import { areaSchema, offerSchema, type Offer } from '@site/loaders/schemas';
import { PLATFORM_NAMESPACE, uuidFrom } from '@content/model/uuid';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

/**
 * Issue 20: "What can I get?" and the PA's checklist list the same offers from one module
 * (`@site/lib/offerList`): ended ones left out, grouped by area in the site's order, each
 * with its page, its address on paper, its amount, whether it is money and its rules.
 */
const body = { root: { type: 'root' as const, children: [] } };
const area = (slug: string, order: number) =>
  areaSchema.parse({ slug, uuid: uuidFrom(PLATFORM_NAMESPACE, `test area ${slug}`), title: slug, summary: `${slug}.`, statutory: false, order });
const offer = (slug: string, inArea: string, extra: Partial<Offer> = {}): Offer =>
  offerSchema.parse({
    slug, uuid: uuidFrom(PLATFORM_NAMESPACE, `test offer ${slug}`), title: slug, summary: 'A test offer.', body, area: inArea, kind: 'local',
    eligibility: { ageFrom: 16, ageTo: 25 }, amount: { type: 'free' }, howToGet: ['Ask your PA.'], whoToAsk: 'Your PA.', ifRefused: 'Complain.',
    legalBasis: 'Test', lastReviewed: '2026-01-01', updatedAt: '2026-01-01', ...extra,
  });

const areas = [area('money', 1), area('housing', 2), area('health', 3)];
const offers = [
  offer('rent-deposit', 'housing', { livingElsewhere: 'in-area-only' }),
  offer('setting-up-home', 'money', { amount: { type: 'money', value: 3000, period: 'once' } }),
  offer('old-grant', 'money', { legalStatus: 'ended' }),
  offer('bus-pass', 'money', { eligibility: { ageFrom: 18, ageTo: 21, careStatus: [], circumstances: ['in-education'] } }),
];

describe('the checker’s and the checklist’s offer list', () => {
  it('leaves out ended offers and groups the rest by area, in the site’s order, leaving out empty areas', () => {
    const { offers: listed, groups } = offerRows(i18n, areas, offers, routesFor({ base: '/' }), undefined);
    expect(listed.map((o) => o.slug)).toEqual(['rent-deposit', 'setting-up-home', 'bus-pass']);
    expect(groups.map((g) => [g.area.slug, g.rows.map((r) => r.offer.slug)])).toEqual([
      ['money', ['setting-up-home', 'bus-pass']],
      ['housing', ['rent-deposit']],
    ]);
  });

  it('gives each row its page, its address on paper, its amount, whether it is money, and its rules', () => {
    const { groups } = offerRows(i18n, areas, offers, routesFor({ base: '/riverford/' }), 'https://care-leavers.partnership.example/riverford/');
    const [home, bus] = groups[0]!.rows;
    expect(home).toMatchObject({ href: '/riverford/offers/setting-up-home/', printed: 'https://care-leavers.partnership.example/riverford/offers/setting-up-home/', money: true });
    expect(home!.amount).toMatch(/£3,000/);
    expect(bus).toMatchObject({ money: false, amount: 'Free', rules: ruleAttributes(bus!.offer.eligibility, bus!.offer.livingElsewhere) });
    expect(groups[1]!.rows[0]!.rules).toMatchObject({ 'data-living': 'in-area-only' });
  });

  it('writes the path alone on paper when the site has no public address (never localhost)', () => {
    const { groups } = offerRows(i18n, areas, offers, routesFor({ base: '/' }), undefined);
    expect(groups[0]!.rows[0]!.printed).toBe('/offers/setting-up-home/');
    expect(printedUrl('/guides/x/', 'https://local-offer.northdale.example/')).toBe('https://local-offer.northdale.example/guides/x/');
  });
});
