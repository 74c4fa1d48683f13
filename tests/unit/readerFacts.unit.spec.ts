import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatNationalFigure, formatNationalFigureShort, formatOutcome, pluralUnit, singularUnit } from '@site/lib/format';
import { JargonLinker } from '@site/lib/jargon';
import { cashOffers, offerStanding, offerStatusWords } from '@site/lib/offers';
import { fromAttribute, isOpen, parseOfficeHours, toAttribute } from '@site/lib/openingHours';
import { findPhoneNumbers, linkPhoneNumbers, telHref } from '@site/lib/phone';
import { renderRichText } from '@site/lib/richtext';
import { NO_SITE_URL_WARNING, publicSiteUrl } from '@site/lib/siteUrl';
import type { Offer } from '@site/loaders/schemas';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

/**
 * Issue 9, the reader's side: phone numbers are tap-to-call, figures read as the source gives
 * them, the national figure is worded by what it is, legal status is never overstated, and
 * the public address comes from the CMS.
 */

describe('phone numbers become tel: links', () => {
  it.each([
    ['Call 020 7946 0000 now.', '020 7946 0000', 'tel:02079460000'],
    ['Freephone 0800 123 4567.', '0800 123 4567', 'tel:08001234567'],
    ['Childline: 0800 1111', '0800 1111', 'tel:08001111'],
    ['Ring (020) 7946 0123 today', '(020) 7946 0123', 'tel:02079460123'],
    ['From abroad +44 20 7946 0000.', '+44 20 7946 0000', 'tel:+442079460000'],
    ['From abroad +44 (0)20 7946 0125.', '+44 (0)20 7946 0125', 'tel:+442079460125'],
    ['Mobile 07700 900123', '07700 900123', 'tel:07700900123'],
    ['Samaritans on 116 123, free', '116 123', 'tel:116123'],
    ['In danger, call 999.', '999', 'tel:999'],
    ['call NHS 111 and choose', '111', 'tel:111'],
    ['Police (not urgent): 101', '101', 'tel:101'],
  ])('finds the number in "%s"', (text, number, href) => {
    expect(findPhoneNumbers(text).map((m) => [m.number, m.href])).toEqual([[number, href]]);
    expect(linkPhoneNumbers(text)).toContain(`<a href="${href}" dir="ltr">${number.replace(/&/g, '&amp;')}</a>`);
  });

  it.each([
    'A grant of £999 once',
    '1,111 young people',
    'It cost 111.50 in total',
    'Since 2020 and 2,020 more',
    'The ONS code E09000009',
    'Press 55 when asked',
    'Aged 16 to 25, in 2023/24',
    'Opening 9am to 5pm',
    'Room 9999',
    'Postcode DM1 1AA',
  ])('leaves "%s" alone', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('stops at the end of the number, not at the next figure', () => {
    expect(findPhoneNumbers('Call 020 7946 0100 24 hours a day').map((m) => m.number)).toEqual(['020 7946 0100']);
    expect(findPhoneNumbers('020 7946 0100 or 020 7946 0999').map((m) => m.number)).toEqual(['020 7946 0100', '020 7946 0999']);
  });

  it('escapes everything that is not a number', () => {
    expect(linkPhoneNumbers('<b>call</b> 999 & "run"')).toBe('&lt;b&gt;call&lt;/b&gt; <a href="tel:999" dir="ltr">999</a> &amp; &quot;run&quot;');
    expect(telHref('+44 (0)20 7946 0000')).toBe('tel:+442079460000');
  });

  it('links numbers in rich text, headings included, but never inside a link or code', () => {
    const text = (value: string, format = 0) => ({ type: 'text', text: value, format });
    const html = renderRichText(i18n, {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [text('Call 0800 123 4567')] },
          { type: 'paragraph', children: [text('In a crisis call NHS '), text('111', 1), text(' or 999.')] },
          { type: 'paragraph', children: [{ type: 'link', fields: { url: 'tel:08001111', linkType: 'custom' }, children: [text('0800 1111')] }] },
          { type: 'paragraph', children: [text('020 7946 0000', 16)] },
        ],
      },
    });
    expect(html).toContain('<h2>Call <a href="tel:08001234567" dir="ltr">0800 123 4567</a></h2>');
    expect(html).toContain('call NHS <a href="tel:111" dir="ltr"><strong>111</strong></a> or <a href="tel:999" dir="ltr">999</a>.');
    expect(html).toContain('<a href="tel:08001111" dir="ltr">0800 1111</a>');
    expect(html).not.toMatch(/<a[^>]*>[^<]*<a/);
    expect(html).toContain('<code>020 7946 0000</code>');
  });

  it('links numbers and glossary terms together in plain fields', () => {
    const linker = new JargonLinker([{ slug: 'personal-adviser', term: 'Personal Adviser', meaning: 'Your worker.', aliases: ['PA'] }], { i18n });
    expect(linker.text('Ask your PA, or call 020 7946 0100.')).toBe(
      'Ask your <a href="/glossary/#personal-adviser" class="jargon" aria-describedby="jargon-personal-adviser">PA</a>, or call <a href="tel:02079460100" dir="ltr">020 7946 0100</a>.',
    );
  });
});

describe('office hours, by the reader’s clock', () => {
  const hours = parseOfficeHours("Monday to Friday, 9am to 5pm. The Care Leavers' Hub is open until 7pm on Thursdays.");

  it('reads the hours editors write', () => {
    expect(hours).toEqual({ days: [1, 2, 3, 4, 5], opens: 540, closes: 1020 });
    expect(parseOfficeHours('Mon–Fri 9:00–17:00')).toEqual({ days: [1, 2, 3, 4, 5], opens: 540, closes: 1020 });
    expect(parseOfficeHours('Weekdays, 8.30am to 4.30pm')).toEqual({ days: [1, 2, 3, 4, 5], opens: 510, closes: 990 });
    expect(parseOfficeHours('Evenings, weekends and bank holidays')).toBeNull();
    expect(fromAttribute(toAttribute(hours))).toEqual(hours);
    expect(fromAttribute('1,2;x;3')).toBeNull();
  });

  it('is open in office hours and closed at night and at weekends', () => {
    expect(isOpen(hours!, new Date(2026, 11, 2, 10, 30))).toBe(true); // Wednesday morning
    expect(isOpen(hours!, new Date(2026, 11, 2, 17, 0))).toBe(false); // closing time
    expect(isOpen(hours!, new Date(2026, 11, 2, 23, 15))).toBe(false); // Wednesday night
    expect(isOpen(hours!, new Date(2026, 11, 5, 11, 0))).toBe(false); // Saturday
  });
});

describe('figures as the source gives them', () => {
  it('gets the number of things right (Intl.PluralRules)', () => {
    expect(formatOutcome(i18n, { value: 1, unit: 'posts' })).toBe('1 post');
    expect(formatOutcome(i18n, { value: 2, unit: 'posts' })).toBe('2 posts');
    expect(formatOutcome(i18n, { value: 1, unit: 'young people' })).toBe('1 young person');
    expect(formatOutcome(i18n, { value: 435, unit: 'young people' })).toBe('435 young people');
    expect(formatOutcome(i18n, { value: 1, unit: 'suitcases' })).toBe('1 suitcase');
    expect(formatOutcome(i18n, { value: 1005, unit: 'episodes' })).toBe('1,005 episodes');
    expect(formatOutcome(i18n, { value: 21, unit: 'staff' })).toBe('21 staff');
    expect(formatCount(i18n, 1, 'outcome areas')).toBe('1 outcome area');
    expect(formatCount(i18n, 3, 'family')).toBe('3 families');
    expect(singularUnit('classes')).toBe('class');
    expect(pluralUnit('young person')).toBe('young people');
  });

  it('prints money, currencies and percentages through Intl.NumberFormat', () => {
    expect(formatOutcome(i18n, { value: 2500, unit: 'GBP' })).toBe('£2,500');
    expect(formatOutcome(i18n, { value: 400000, unit: 'USD' })).toBe('US$400,000');
    expect(formatOutcome(i18n, { value: 82.35, unit: '%' })).toBe('82.35%');
  });

  it('never prints a year as an amount', () => {
    expect(formatOutcome(i18n, { value: 2020, unit: 'year' })).toBe('2020');
    expect(formatOutcome(i18n, { value: 2020, unit: 'year' })).not.toContain(',');
  });
});

const offer = (fields: Omit<Partial<Offer>, 'amount'> & { amount?: Partial<Offer['amount']> }): Offer =>
  ({
    slug: 'x',
    title: 'X',
    area: 'financial-support',
    kind: 'national',
    legalStatus: 'in-force',
    livingElsewhere: 'applies',
    ...fields,
    amount: { type: 'money', value: 3000, period: 'once', nationalMinimum: null, nationalBasis: null, note: null, ...fields.amount },
  }) as Offer;

describe('money and what the law says', () => {
  it('words the national figure by its basis, never calling a recommendation a minimum', () => {
    expect(formatNationalFigure(i18n, offer({ amount: { nationalMinimum: 3000, nationalBasis: 'recommended' } }).amount)).toBe(
      'The amount recommended in national guidance is £3,000. This is guidance, not the law.',
    );
    expect(formatNationalFigure(i18n, offer({ amount: { value: 2000, nationalMinimum: 3000, nationalBasis: 'recommended' } }).amount)).toBe(
      'This is less than the £3,000 recommended in national guidance.',
    );
    expect(formatNationalFigure(i18n, offer({ amount: { value: 2000, nationalMinimum: 2000, nationalBasis: 'set-in-law' } }).amount)).toBe('The amount set in law is £2,000.');
    expect(formatNationalFigure(i18n, offer({ amount: { nationalMinimum: 100, nationalBasis: 'legal-minimum' } }).amount)).toBe('The legal minimum is £100.');
    expect(formatNationalFigureShort(i18n, offer({ amount: { nationalMinimum: 3000, nationalBasis: 'recommended' } }).amount)).toBe(
      'National figure: £3,000, recommended in national guidance',
    );
    for (const text of [
      formatNationalFigure(i18n, offer({ amount: { nationalMinimum: 3000, nationalBasis: 'recommended' } }).amount),
      formatNationalFigure(i18n, offer({ amount: { value: 1, nationalMinimum: 3000, nationalBasis: 'recommended' } }).amount),
      formatNationalFigureShort(i18n, offer({ amount: { nationalMinimum: 3000, nationalBasis: 'recommended' } }).amount),
    ]) {
      expect(text).not.toMatch(/minimum/i);
    }
    expect(formatNationalFigure(i18n, offer({ amount: { type: 'free', value: null, nationalMinimum: 3000 } }).amount)).toBeNull();
  });

  it('says "paid in instalments"', () => {
    expect(formatAmount(i18n, offer({ amount: { value: 3000, period: 'instalments' } }).amount)).toBe('£3,000, paid in instalments');
  });

  it('badges an announced or ended offer as such, never as a national entitlement', () => {
    expect(offerStanding(offer({ legalStatus: 'announced' }))).toBe('announced');
    expect(offerStatusWords(i18n, offer({ legalStatus: 'announced' }), 'Demo')).toEqual({
      tag: 'Announced, not yet in force',
      words: 'Announced — not yet in force. Ask your PA.',
    });
    expect(offerStatusWords(i18n, offer({ legalStatus: 'ended' }), 'Demo').tag).toBe('Ended');
    expect(offerStatusWords(i18n, offer({}), 'Demo').words).toBe('This is a national entitlement: care leavers across England can get it.');
    expect(offerStatusWords(i18n, offer({ kind: 'local' }), 'Demo').tag).toBe('Local offer');
  });

  it('lists every cash entitlement still to be had, in area order', () => {
    const offers = [
      offer({ slug: 'b', title: 'B', area: 'money' }),
      offer({ slug: 'a', title: 'A', area: 'housing' }),
      offer({ slug: 'free', title: 'Free', amount: { type: 'free', value: null } }),
      offer({ slug: 'gone', title: 'Gone', legalStatus: 'ended' }),
      offer({ slug: 'soon', title: 'Soon', legalStatus: 'announced', area: 'money' }),
    ];
    expect(cashOffers(offers, ['housing', 'money']).map((o) => o.slug)).toEqual(['a', 'b', 'soon']);
  });
});

describe('the public address', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lop-site-url-'));
  const snapshot = (siteUrl: unknown) => {
    const file = path.join(dir, `${Math.random()}.json`);
    writeFileSync(file, JSON.stringify({ authority: { siteUrl } }));
    return file;
  };

  it('comes from the CMS, and SITE_URL overrides it', () => {
    expect(publicSiteUrl({ override: undefined, snapshot: snapshot('https://offer.council.gov.uk') })).toEqual({ url: 'https://offer.council.gov.uk', from: 'cms' });
    expect(publicSiteUrl({ override: 'https://preview.example', snapshot: snapshot('https://offer.council.gov.uk') })).toEqual({ url: 'https://preview.example', from: 'SITE_URL' });
  });

  it('is missing, with a warning, when neither is set or the CMS value breaks the URL rule', () => {
    for (const value of [undefined, null, '', 'javascript:alert(1)', 'offer.council.gov.uk']) {
      const result = publicSiteUrl({ override: '', snapshot: snapshot(value) });
      expect(result.url).toBeUndefined();
      expect(result.warning).toBe(NO_SITE_URL_WARNING);
    }
    expect(NO_SITE_URL_WARNING).toMatch(/public address/);
    expect(() => publicSiteUrl({ override: 'javascript:alert(1)' })).toThrow(/SITE_URL/);
  });
});

describe('living outside the council’s area', () => {
  it('rules out in-area-only offers and asks about "ask" ones, for someone who lives elsewhere', async () => {
    const { checkOffer, livingVerdict } = await import('@site/lib/eligibility');
    const { filterCss, ruleAttributes } = await import('@site/components/Checker/filterRules');
    const anyone = { ageFrom: null, ageTo: null, careStatus: [], circumstances: [] };
    expect(checkOffer(anyone, { live: 'elsewhere' }, 'in-area-only')).toBe('no');
    expect(checkOffer(anyone, { live: 'here' }, 'in-area-only')).toBe('yes');
    expect(checkOffer(anyone, {}, 'in-area-only')).toBe('maybe');
    expect(checkOffer(anyone, { live: 'elsewhere' }, 'ask')).toBe('maybe');
    expect(checkOffer(anyone, { live: 'elsewhere' }, 'applies')).toBe('yes');
    expect(livingVerdict(undefined, { live: 'elsewhere' })).toBe('yes');
    // The same rule without JavaScript: the CSS hides in-area-only offers and shows "ask your PA".
    expect(ruleAttributes(anyone, 'in-area-only')).toEqual({ 'data-living': 'in-area-only' });
    expect(ruleAttributes(anyone, 'applies')).toEqual({});
    const css = filterCss([anyone]);
    expect(css).toContain('.checker:has(#live-elsewhere:checked) :is([data-living="in-area-only"]){display:none}');
    expect(css).toContain('.checker:has(#live-elsewhere:checked) [data-living="ask"] .checker__elsewhere{display:block}');
  });
});
