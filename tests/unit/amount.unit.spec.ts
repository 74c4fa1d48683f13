/**
 * One amount, one way to say it (content/model/amount.ts, content/model/dates.ts): the offer
 * page, "how councils compare" and the Open Referral feed say an amount the same way; open
 * data and the comparison's downloads get its columns from one mapping, and the comparison's
 * cell reads back the amount it was made from.
 */
import { describe, expect, it } from 'vitest';
import { amountColumns, amountFromColumns, formatAmount, formatMoneySpan, NO_AMOUNT_COLUMNS, type Amount } from '@content/model/amount';
import { comparisonRecords, councilComparison, councilComparisonSchema } from '@content/model/comparison';
import { day, formatDay, isoDay } from '@content/model/dates';
import { cellText, moneyRange } from '@site/lib/comparison';
import { english } from '@site/i18n';
import { formatAmount as pageAmount, formatDate } from '@site/lib/format';
import { openDataOffer } from '@site/lib/openData';
import { openReferralFeed } from '@site/lib/openReferral';
import { readFileSync } from 'node:fs';
import { validateSnapshot } from '@content/model/snapshot';

/** The English site's language: what these tests read. */
const i18n = english();
const { locale, t } = i18n;

const grant: Amount = { type: 'money', value: 3300, period: 'once', note: 'Paid in two parts.', nationalMinimum: 3000, nationalBasis: 'recommended' };

describe('an amount', () => {
  it('is said in words the same way everywhere', () => {
    expect(formatAmount(grant, locale, t)).toBe('£3,300, paid once');
    expect(formatAmount({ type: 'money', value: 12.5, period: 'weekly' }, locale, t)).toBe('£12.50 a week');
    expect(formatAmount({ type: 'money', value: 2000, period: 'yearly' }, locale, t)).toBe('£2,000 a year');
    expect(formatAmount({ type: 'free' }, locale, t)).toBe('Free');
    expect(formatAmount({ type: 'none' }, locale, t)).toBeNull();
    expect(pageAmount(i18n, grant)).toBe(formatAmount(grant, locale, t));
  });

  it('gives one figure for a span whose ends are the same, never "£900 to £900"', () => {
    expect(formatMoneySpan(900, 900, locale)).toEqual({ same: '£900' });
    expect(formatMoneySpan(3300, 2800, locale)).toEqual({ low: '£2,800', high: '£3,300' });
    const part = (name: string, value: number) =>
      councilComparison(name.toLowerCase(), { name, onsCode: `DEMO${name[0]}`, isDemo: true, siteUrl: null }, [
        { compareAs: 'leisure', slug: 'leisure-pass', title: 'Leisure pass', amount: { type: 'money', value, period: 'yearly' }, lastReviewed: '2026-11-01', eligibility: { ageTo: 25 } },
      ]);
    const same = comparisonRecords([part('Abbey', 900), part('Zed', 900)]).filter((r) => r.item === 'leisure');
    expect(moneyRange(i18n, same)).toBe('Across councils: £900 (2 councils).');
    const spread = comparisonRecords([part('Abbey', 900), part('Zed', 1200)]).filter((r) => r.item === 'leisure');
    expect(moneyRange(i18n, spread)).toBe('Across councils: £900 to £1,200 (2 councils).');
  });

  it('becomes the public files’ columns by one mapping, and the comparison cell reads back the same amount', () => {
    expect(amountColumns(grant)).toEqual({ amount_type: 'money', amount_value: 3300, amount_period: 'once', amount_note: 'Paid in two parts.', national_minimum: 3000, national_basis: 'recommended' });
    expect(amountFromColumns(amountColumns(grant))).toEqual(grant);
    expect(amountFromColumns(NO_AMOUNT_COLUMNS)).toBeNull();
  });

  it('reads the same on the offer page, in the comparison, in open data and in the Open Referral feed', () => {
    const { authority, offers, areas } = validateSnapshot(JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')), 'fixture');
    if (!authority) throw new Error('the fixture is a council’s snapshot');
    const found = offers.find((o) => o.amount.type === 'money' && o.amount.value != null);
    if (!found) throw new Error('the fixture has an offer of money');
    const offer = { ...found, compareAs: 'setting-up-home' as const };
    const words = pageAmount(i18n, offer.amount);
    const record = comparisonRecords([councilComparison('site', authority, [offer])]).find((r) => r.offer_slug === offer.slug)!;
    expect(cellText(i18n, record)).toBe(words);
    const open = openDataOffer(offer, authority, undefined);
    expect([open.amount_type, open.amount_value, open.amount_period]).toEqual([offer.amount.type, offer.amount.value, offer.amount.period ?? null]);
    const service = openReferralFeed(authority, areas, offers, undefined, '2026-12-01T00:00:00Z').services.find((s) => s.id === offer.uuid)!;
    expect(service.lop_amount).toBe(words);
    expect(open.last_reviewed).toBe(isoDay(offer.lastReviewed));
    expect(service.assured_date).toBe(open.last_reviewed);
  });
});

describe('a date', () => {
  it('is a day in the snapshot and the files, and words on the page', () => {
    expect(day('2026-10-01T09:30:00.000Z')).toBe('2026-10-01');
    expect(day(null)).toBeNull();
    expect(formatDay('2026-10-01', locale)).toBe('1 October 2026');
    expect(formatDate(i18n, '2026-10-01T23:30:00.000Z')).toBe('1 October 2026');
    expect(() => formatDay('soon', locale)).toThrow(/Not a date/);
  });
});

describe('a comparison part written before the amount was one type', () => {
  it('is read with its amount nested, so the council stays compared until its next build', () => {
    const old = {
      key: 'northdale',
      name: 'Northdale County Council',
      onsCode: 'DEMO2',
      isDemo: true,
      siteUrl: null,
      offers: [{ item: 'setting-up-home', slug: 'setting-up-home-allowance', title: 'Setting-up-home allowance', amountType: 'money', amountValue: 2800, amountPeriod: 'once', amountNote: null, nationalMinimum: 3000, nationalBasis: 'recommended', ageTo: 25, lastReviewed: '2026-11-01' }],
    };
    const part = councilComparisonSchema.parse(old);
    expect(part.offers[0]!.amount).toEqual({ type: 'money', value: 2800, period: 'once', note: null, nationalMinimum: 3000, nationalBasis: 'recommended' });
    expect(comparisonRecords([part]).find((r) => r.item === 'setting-up-home')).toMatchObject({ amount_value: 2800, national_minimum: 3000 });
  });
});
