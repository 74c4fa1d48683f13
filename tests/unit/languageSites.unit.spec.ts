/**
 * A council's site in several languages (issue 21, part 4): site keys with a language
 * (`demo-borough/ar`), the routes of a language's site (the council's base, then the language),
 * the files every language shares, and what a reader is told about a translation.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { councilKeyOf, isLanguageSite, readSitePlan, sitesOfCouncil, splitEntryId } from '@content/model/sitePlan';
import { english, i18nFor } from '@site/i18n';
import { routesFor } from '@site/lib/routes';
import { putSitesTogether } from '@site/lib/sitesIntegration';
import { pagePath, siteOf } from '@site/lib/siteKey';
import { isolatePostcodes, linkPhoneNumbers } from '@site/lib/phone';
import { formatAmount, formatMoney } from '@site/lib/format';
import type { EntryTranslation } from '@content/model/translation';
import { textLang, translationNotice } from '@site/lib/languageNotice';

const plan = (() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'language-plan-'));
  const file = path.join(dir, 'plan.json');
  writeFileSync(
    file,
    JSON.stringify({
      sites: [
        { key: 'northdale', snapshot: 'n.json' },
        { key: 'demo-borough/ar', lang: 'ar', snapshot: 'ar.json' },
        { key: 'demo-borough', snapshot: 'd.json', siteUrl: 'https://shared.example/demo/' },
        { key: 'demo-borough/ti', lang: 'ti', snapshot: 'ti.json' },
      ],
    }),
  );
  return { SITE_PLAN: file };
})();

describe('site keys with a language', () => {
  it('reads a language of a council’s site from the plan, its language with it', () => {
    expect(readSitePlan(plan)!.sites.map((s) => `${s.key}:${s.lang}`)).toEqual(['northdale:en', 'demo-borough/ar:ar', 'demo-borough:en', 'demo-borough/ti:ti']);
    expect(sitesOfCouncil('demo-borough/ar', plan).map((s) => s.key)).toEqual(['demo-borough', 'demo-borough/ar', 'demo-borough/ti']);
    expect(sitesOfCouncil('northdale', plan).map((s) => s.key)).toEqual(['northdale']);
    expect(sitesOfCouncil(undefined, plan)).toEqual([]);
    expect([isLanguageSite('demo-borough/ar'), isLanguageSite('demo-borough'), isLanguageSite(undefined)]).toEqual([true, false, false]);
    expect(councilKeyOf('demo-borough/ar')).toBe('demo-borough');
  });

  it('splits an entry id on the longest key it starts with', () => {
    const keys = ['demo-borough', 'demo-borough/ar', 'demo'];
    expect(splitEntryId('demo-borough/ar/offer-a', keys)).toEqual({ key: 'demo-borough/ar', id: 'offer-a' });
    expect(splitEntryId('demo-borough/offer-a', keys)).toEqual({ key: 'demo-borough', id: 'offer-a' });
    // An entry of the English site whose own id starts like a language is still the English site's.
    expect(splitEntryId('demo-borough/ar-offer', keys)).toEqual({ key: 'demo-borough', id: 'ar-offer' });
    expect(splitEntryId('demo/x', keys)).toEqual({ key: 'demo', id: 'x' });
    expect(() => splitEntryId('elsewhere/x', keys)).toThrow(/belongs to no site/);
    expect(splitEntryId('offer-a', null)).toEqual({ key: undefined, id: 'offer-a' });
  });

  it('gives a page its site and its path on it, the language’s segment left to the routes', () => {
    const params = { council: 'demo-borough/ar' };
    expect(siteOf({ params })).toBe('demo-borough/ar');
    expect(siteOf({ params: {} })).toBeUndefined();
    expect(pagePath({ params, url: new URL('http://build/demo-borough/ar/offers/x/') })).toBe('/offers/x/');
    expect(pagePath({ params: { council: 'demo-borough' }, url: new URL('http://build/demo-borough/offers/x/') })).toBe('/offers/x/');
  });
});

describe('the routes of a language’s site', () => {
  const ar = routesFor({ base: '/demo/', lang: 'ar' });

  it('put its pages under the council’s base, then the language', () => {
    expect(ar.href('offer', { slug: 'x' })).toBe('/demo/ar/offers/x/');
    expect(ar.href('home')).toBe('/demo/ar/');
    expect(ar.local('offer', { slug: 'x' })).toBe('/ar/offers/x/');
    expect(ar.at('/help-now/')).toBe('/demo/ar/help-now/');
    expect(routesFor({ base: '/', lang: 'ar' }).href('search')).toBe('/ar/search/');
  });

  it('never put English under a segment', () => {
    expect(routesFor({ base: '/demo/', lang: 'en' }).href('offer', { slug: 'x' })).toBe('/demo/offers/x/');
  });

  it('share the council’s site-wide files: search index, service worker, icons, fonts, media, sitemap, open data', () => {
    expect(ar.href('pagefind')).toBe('/demo/pagefind/');
    expect(ar.href('serviceWorker')).toBe('/demo/sw.js');
    expect(ar.href('icon', { name: 'icon-192.png' })).toBe('/demo/icons/icon-192.png');
    expect(ar.href('font', { file: 'ethiopic.css' })).toBe('/demo/fonts/ethiopic.css');
    expect(ar.href('media', { file: 'a.webp' })).toBe('/demo/media/a.webp');
    expect(ar.href('sitemap')).toBe('/demo/sitemap.xml');
    expect(ar.href('openData')).toBe('/demo/open-data/');
    expect(ar.href('openDataFile', { file: 'offers.csv' })).toBe('/demo/open-data/offers.csv');
    // The manifest and the search words are the language's own.
    expect(ar.href('manifest')).toBe('/demo/ar/manifest.webmanifest');
  });
});

describe('every language’s messages, compiled once', () => {
  it('gives each language its record and its words', () => {
    expect(i18nFor('ar').dir).toBe('rtl');
    expect(i18nFor('prs').lang).toBe('fa-AF');
    expect(i18nFor('ti').t('language.label')).toBe('ቋንቋታት');
    expect(english().t('language.label')).toBe('Languages');
    expect(i18nFor('ar')).toBe(i18nFor('ar'));
    expect(() => i18nFor('dr')).toThrow(/no language "dr"/);
  });
});

describe('numbers in right-to-left text', () => {
  const ar = i18nFor('ar');

  it('writes money as England does and isolates it left to right on a right-to-left page', () => {
    expect(formatMoney(ar, 3000)).toBe('\u2066£3,000\u2069');
    expect(formatAmount(ar, { type: 'money', value: 3000, period: 'once' })).toBe(ar.t('offer.amount.period.once', { amount: '\u2066£3,000\u2069' }));
    // English pages are as they were.
    expect(formatMoney(english(), 3000)).toBe('£3,000');
    expect(formatMoney(i18nFor('ti'), 3000)).toBe('£3,000');
  });

  it('isolates phone numbers and postcodes', () => {
    expect(linkPhoneNumbers('اتصل على 020 7946 0100')).toBe('اتصل على <a href="tel:02079460100" dir="ltr">020 7946 0100</a>');
    expect(isolatePostcodes('ديموتون DM1 1AA')).toBe('ديموتون <bdi dir="ltr" class="nowrap">DM1 1AA</bdi>');
    expect(isolatePostcodes('1 High Street, SW1A 2AA & <b>')).toBe('1 High Street, <bdi dir="ltr" class="nowrap">SW1A 2AA</bdi> &amp; &lt;b&gt;');
  });
});

describe('what a reader is told about a translation', () => {
  const ar = i18nFor('ar');
  const day = (iso: string) => iso;
  const t = (over: Partial<EntryTranslation>): EntryTranslation => ({ shownIn: 'ar', state: 'needs-checking', outOfDate: false, englishChangedOn: null, checkedOn: null, ...over });

  it('says the English changed on a date when the translation is out of date', () => {
    expect(translationNotice(t({ shownIn: 'en', state: 'checked', outOfDate: true, englishChangedOn: '2026-11-20' }), ar, day)).toEqual({
      kind: 'out-of-date',
      text: ar.t('translation.outOfDate', { date: '2026-11-20' }),
    });
  });

  it('says a page is not translated yet, or not checked, and nothing on a checked translation or an English page', () => {
    expect(translationNotice(t({ shownIn: 'en', state: 'not-started' }), ar, day)?.kind).toBe('english');
    expect(translationNotice(t({}), ar, day)?.kind).toBe('unchecked');
    expect(translationNotice(t({ state: 'checked', checkedOn: '2026-11-02' }), ar, day)).toBeNull();
    expect(translationNotice(undefined, ar, day)).toBeNull();
    expect(translationNotice(t({ shownIn: 'en' }), english(), day)).toBeNull();
  });

  it('marks an entry’s words with the language they are in, when it is not the page’s', () => {
    expect(textLang({ translation: t({ shownIn: 'en', state: 'not-started' }) }, ar)).toEqual({ lang: 'en-GB', dir: 'ltr' });
    expect(textLang({ translation: t({}) }, ar)).toEqual({});
    expect(textLang({}, english())).toEqual({});
  });
});

describe('putting a council’s languages into its site', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'language-sites-'));
  const written: Record<string, string> = {
    'demo/index.html': '<html lang="en-GB">home</html>',
    'demo/offers/x/index.html': '<html lang="en-GB">x</html>',
    'demo/ar/index.html': '<html lang="ar" dir="rtl" data-base="/" data-translation="unchecked">home</html>',
    'demo/ar/offers/x/index.html': '<html lang="ar" dir="rtl" data-base="/" data-translation="checked">x</html>',
    'demo/ar/offers/y/index.html': '<html lang="ar" dir="rtl" data-base="/" data-translation="unchecked">y</html>',
    'demo/ar/offline/index.html': '<html lang="ar" dir="rtl" data-translation="checked">offline</html>',
    'demo/ar/404/index.html': '<html lang="ar">404</html>',
    '_astro/a.css': 'body{}',
  };
  for (const [file, text] of Object.entries(written)) {
    const full = path.join(out, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const planFile = path.join(out, '..', `${path.basename(out)}-plan.json`);
  writeFileSync(planFile, JSON.stringify({ sites: [{ key: 'demo', snapshot: 'd.json', siteUrl: 'https://demo.example/' }, { key: 'demo/ar', lang: 'ar', snapshot: 'a.json', siteUrl: 'https://demo.example/' }] }));
  const pathnames = ['demo/', 'demo/offers/x/', 'demo/ar/', 'demo/ar/offers/x/', 'demo/ar/offers/y/', 'demo/ar/offline/', 'demo/ar/404/'];
  const sites = putSitesTogether(out, pathnames, { SITE_PLAN: planFile });

  it('makes the language’s pages part of the council’s site, with its own 404 page, no copy of the shared files', () => {
    expect(sites.map((s) => [s.key, s.languages])).toEqual([['demo', ['ar']]]);
    expect(existsSync(path.join(out, 'demo', 'ar', '404.html'))).toBe(true);
    expect(existsSync(path.join(out, 'demo', '_astro', 'a.css'))).toBe(true);
    expect(existsSync(path.join(out, 'demo', 'ar', '_astro'))).toBe(false);
  });

  it('lists a language’s page in the sitemap only when it is a checked translation', () => {
    const listed = [...readFileSync(path.join(out, 'demo', 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed).toEqual(['https://demo.example/', 'https://demo.example/offers/x/', 'https://demo.example/ar/offers/x/']);
  });
});
