/**
 * The locale record (`@content/model/locales`): every published language passes its schema,
 * the record gives the formats readers see today, and a broken record (a lower-case tag, a
 * direction that is not one, options Intl refuses) is refused before any page uses it; and
 * no other file writes a language tag or a direction (ESLint checks TypeScript the same way).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  LOCALE_IDS,
  LOCALES,
  STORED_LOCALES,
  collator,
  dateFormat,
  listFormat,
  localeIdOfTag,
  localeSchema,
  moneyFormat,
  numberFormat,
  pluralRules,
  type Locale,
} from '@content/model/locales';

/** A right-to-left test language, as the next issue's Arabic record will look. */
const ARABIC: Locale = {
  id: 'ar',
  lang: 'ar',
  dir: 'rtl',
  name: 'العربية',
  currency: 'GBP',
  numbers: LOCALES.en.numbers,
  dates: LOCALES.en.dates,
  collation: { sensitivity: 'base' },
  calendar: 'gregory',
  numberingSystem: 'latn',
};

describe('locale record', () => {
  it('every published language passes the schema', () => {
    for (const record of Object.values(LOCALES)) expect(localeSchema.parse(record)).toEqual(record);
    expect(localeSchema.parse(ARABIC).dir).toBe('rtl');
  });

  it('English is the site language today, with the GOV.UK formats readers see', () => {
    expect(DEFAULT_LOCALE).toMatchObject({ lang: 'en-GB', dir: 'ltr', name: 'English' });
    expect(moneyFormat(DEFAULT_LOCALE, 'moneyWhole').format(3000)).toBe('£3,000');
    expect(moneyFormat(DEFAULT_LOCALE, 'moneyPence').format(12.5)).toBe('£12.50');
    expect(numberFormat(DEFAULT_LOCALE).format(1250.456)).toBe('1,250.46');
    expect(dateFormat(DEFAULT_LOCALE).format(new Date('2026-10-01T00:00:00Z'))).toBe('1 October 2026');
    expect(listFormat(DEFAULT_LOCALE, 'conjunction').format(['a', 'b', 'c'])).toBe('a, b and c');
    expect(['Item 10', 'item 2'].sort(collator(DEFAULT_LOCALE).compare)).toEqual(['item 2', 'Item 10']);
  });

  it('the languages the CMS stores pass the schema too, and only English is published', () => {
    for (const record of Object.values(STORED_LOCALES)) expect(localeSchema.parse(record)).toEqual(record);
    expect(Object.keys(STORED_LOCALES)).toEqual(['en', 'ar', 'prs', 'ti']);
    expect(LOCALE_IDS).toEqual(['en']);
    expect([STORED_LOCALES.prs.lang, STORED_LOCALES.prs.dir, STORED_LOCALES.ar.dir, STORED_LOCALES.ti.dir]).toEqual(['fa-AF', 'rtl', 'rtl', 'ltr']);
  });

  it('Dari writes Gregorian dates and one digit system everywhere (fa-AF alone: Solar Hijri and Persian digits)', () => {
    const dari = STORED_LOCALES.prs;
    const date = dateFormat(dari).format(new Date('2026-10-01T00:00:00Z'));
    expect(date).toContain('2026');
    expect(date).not.toMatch(/[۰-۹]/);
    expect(moneyFormat(dari, 'moneyWhole').format(3000)).toMatch(/3,000/);
    expect(numberFormat(dari).format(12)).toBe('12');
    expect(listFormat(dari, 'conjunction').format(['1', '2'])).not.toMatch(/[۰-۹]/);
    expect(pluralRules(dari).select(1)).toBe('one');
    // What the record prevents: the bare tag's own calendar and digits.
    expect(new Intl.DateTimeFormat(dari.lang, dari.dates.long).format(new Date('2026-10-01T00:00:00Z'))).toMatch(/[۰-۹]/);
  });

  it('a broken record is refused, naming the field', () => {
    const broken = (change: Record<string, unknown>) => localeSchema.safeParse({ ...LOCALES.en, ...change });
    expect(broken({ lang: 'en-gb' }).error?.issues[0]?.path).toEqual(['lang']);
    expect(broken({ dir: 'sideways' }).error?.issues[0]?.path).toEqual(['dir']);
    expect(broken({ currency: 'pounds' }).error?.issues[0]?.path).toEqual(['currency']);
    const badDate = broken({ dates: { long: { month: 'longest' } } });
    expect(badDate.error?.issues[0]?.path).toEqual(['dates', 'long']);
    expect(badDate.error?.issues[0]?.message).toMatch(/Intl refuses/);
    expect(broken({ calendar: 'moonish' }).error?.issues[0]?.path).toEqual(['calendar']);
  });
});

/** Source files outside tests and generated output. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(astro|ts|tsx|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('the language is written once', () => {
  /** Not the product's pages, or waiting for their own rewrite; the list only shrinks. */
  const ALLOWED = new Set([
    'content/model/locales.ts',
    // The bare Astro project the scale benchmark measures Astro itself with (no product code).
    'bench/bare/src/pages/[...page].astro',
  ]);

  it("no 'en-GB' and no hard-coded dir outside the locale record", () => {
    const offending = ['site', 'content', 'cms', 'platform', 'bench']
      .flatMap((dir) => sourceFiles(dir))
      .filter((file) => !ALLOWED.has(file) && !file.startsWith('cms/app/(payload)/'))
      .filter((file) => /['"`]en-GB['"`]|lang="en-GB"|\bdir=["'](ltr|rtl)["']/i.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });
});

describe('a page’s <html lang> as a stored language (search and its vocabulary fold words by it)', () => {
  it('finds the record by its tag, whatever the case; English for a tag no record has', () => {
    expect(localeIdOfTag('fa-AF')).toBe('prs');
    expect(localeIdOfTag('FA-af')).toBe('prs');
    expect(localeIdOfTag('ar')).toBe('ar');
    expect(localeIdOfTag('en-GB')).toBe('en');
    expect(localeIdOfTag('ps')).toBe('en');
    expect(localeIdOfTag(undefined)).toBe('en');
  });
});
