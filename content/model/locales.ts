/**
 * The languages the platform speaks, one record each: the BCP 47 tag for `<html lang>` and
 * every `Intl` call, the writing direction for `<html dir>`, the language's name in itself
 * (for a language switcher), and the number, money, date, list and sorting formats readers
 * see. This is the only place a language tag is written (`eslint.config.mjs` refuses an
 * `'en-GB'` literal anywhere else): code takes a {@link Locale} and builds its formatters
 * with the factories below, so a new language is a new record here and a new
 * `site/i18n/<id>.json`, not a refactor.
 *
 * Only English is published today. The next languages (Arabic, Dari and Pashto, written right
 * to left; Tigrinya, Kurdish, Albanian, Vietnamese; Easy Read English) are planned in
 * {@link PLANNED_LOCALE_IDS}; the type already holds them. The CMS already stores text in the
 * demo's languages ({@link STORED_LOCALES}: English, Arabic, Dari, Tigrinya), which no site
 * publishes yet. Easy Read is a variant of a page, not a language, so it is not stored as one.
 *
 * Every `Intl` call takes {@link intlTag}: the tag with the record's calendar and digits, so
 * dates, amounts and counts in one language agree (Dari's `fa-AF` alone would give Solar Hijri
 * dates and Persian digits while a number formatted elsewhere came out in Latin ones).
 *
 * The zod schema is built lazily (`/*#__PURE__*\/`), so browser scripts that import the
 * record (the checker, search) do not carry zod.
 */
import { z } from 'zod';

/** Languages published today. */
export const LOCALE_IDS = ['en'] as const;
/** Languages the next issue adds (ids as in `site/i18n/<id>.json` and, later, URL segments). */
export const PLANNED_LOCALE_IDS = ['ar', 'prs', 'ps', 'ti', 'ku', 'sq', 'vi', 'en-easy'] as const;
/**
 * Languages the CMS stores text in (Payload's locales, `cms/lib/localization.ts`): English and the
 * demo's translations. Stored is not published: a site shows only {@link LOCALE_IDS}.
 */
export const STORED_LOCALE_IDS = ['en', 'ar', 'prs', 'ti'] as const;
export type StoredLocaleId = (typeof STORED_LOCALE_IDS)[number];
/** The stored languages a translation is written in (all but English). */
export const TRANSLATION_LOCALE_IDS = ['ar', 'prs', 'ti'] as const satisfies readonly Exclude<StoredLocaleId, 'en'>[];
export type TranslationLocaleId = (typeof TRANSLATION_LOCALE_IDS)[number];
/** True for a language the CMS keeps translations in (not English). */
export const isTranslationLocale = (id: string): id is TranslationLocaleId => (TRANSLATION_LOCALE_IDS as readonly string[]).includes(id);

export type LocaleId = (typeof LOCALE_IDS)[number] | (typeof PLANNED_LOCALE_IDS)[number];

/** The named number formats pages use. Money formats take the record's `currency`. */
export type NumberFormatName = 'moneyWhole' | 'moneyPence' | 'decimal';
/** The named date formats pages use. */
export type DateFormatName = 'long';

export interface Locale {
  /** The site's own id for the language: the messages file `site/i18n/<id>.json`. */
  readonly id: LocaleId;
  /** BCP 47 tag for `<html lang>`, `Intl` and `hreflang`, e.g. `en-GB`. */
  readonly lang: string;
  /** Writing direction for `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
  /** The language's name in itself ("English", "العربية"). */
  readonly name: string;
  /** ISO 4217 code amounts are in (the offers are in England: GBP for every language). */
  readonly currency: string;
  /** Number formats by name (`Intl.NumberFormat` options; money ones get `style: 'currency'` and {@link currency}). */
  readonly numbers: { readonly [N in NumberFormatName]: Intl.NumberFormatOptions };
  /** Date formats by name (`Intl.DateTimeFormat` options). Dates are calendar days, so UTC. */
  readonly dates: { readonly [N in DateFormatName]: Intl.DateTimeFormatOptions };
  /** How lists of names are sorted (`Intl.Collator` options). */
  readonly collation: Intl.CollatorOptions;
  /** The calendar dates are written in (`gregory`: the offers' dates are England's). */
  readonly calendar: string;
  /** The one digit system every number, amount, date and count is written in (`latn`: 0-9). */
  readonly numberingSystem: string;
}

const GOV_UK_NUMBERS = {
  // GOV.UK: "£3,000" (no ".00" on whole pounds), "£12.50" when there are pence.
  moneyWhole: { maximumFractionDigits: 0 },
  moneyPence: { minimumFractionDigits: 2 },
  decimal: { maximumFractionDigits: 2 },
} as const;
/** A calendar day, in UTC ("1 October 2026"). */
const LONG_DATE = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/** The published languages. */
export const LOCALES = {
  en: {
    id: 'en',
    lang: 'en-GB',
    dir: 'ltr',
    name: 'English',
    currency: 'GBP',
    numbers: GOV_UK_NUMBERS,
    dates: { long: LONG_DATE },
    collation: { sensitivity: 'base', numeric: true },
    calendar: 'gregory',
    numberingSystem: 'latn',
  },
} as const satisfies { readonly [Id in (typeof LOCALE_IDS)[number]]: Locale & { readonly id: Id } };

/**
 * The demo's translations (issue 21): stored in the CMS, published on no site yet. Amounts,
 * phone numbers and postcodes in them stay as in England, so every one writes Latin digits and
 * Gregorian dates: the same `£3,000` and `1 October 2026` figures as the English page.
 */
export const TRANSLATION_LOCALES = {
  ar: {
    id: 'ar',
    lang: 'ar',
    dir: 'rtl',
    name: 'العربية',
    currency: 'GBP',
    numbers: GOV_UK_NUMBERS,
    dates: { long: LONG_DATE },
    collation: { sensitivity: 'base', numeric: true },
    calendar: 'gregory',
    numberingSystem: 'latn',
  },
  // Dari: `fa-AF` (BCP 47 has no `dr`). Its defaults are the Solar Hijri calendar and Persian digits.
  prs: {
    id: 'prs',
    lang: 'fa-AF',
    dir: 'rtl',
    name: 'دری',
    currency: 'GBP',
    numbers: GOV_UK_NUMBERS,
    dates: { long: LONG_DATE },
    collation: { sensitivity: 'base', numeric: true },
    calendar: 'gregory',
    numberingSystem: 'latn',
  },
  ti: {
    id: 'ti',
    lang: 'ti',
    dir: 'ltr',
    name: 'ትግርኛ',
    currency: 'GBP',
    numbers: GOV_UK_NUMBERS,
    dates: { long: LONG_DATE },
    collation: { sensitivity: 'base', numeric: true },
    calendar: 'gregory',
    numberingSystem: 'latn',
  },
} as const satisfies { readonly [Id in Exclude<StoredLocaleId, (typeof LOCALE_IDS)[number]>]: Locale & { readonly id: Id } };

/** Every language the CMS stores text in, English first. */
export const STORED_LOCALES: { readonly [Id in StoredLocaleId]: Locale } = { ...LOCALES, ...TRANSLATION_LOCALES };

/**
 * The stored language a page's `<html lang>` names (`fa-AF` → `prs`), matched without regard to
 * case; English for a tag no record has. The search script and the search vocabulary both fold
 * words by it, so they agree on what a page's language is.
 */
export function localeIdOfTag(tag: string | undefined): Locale['id'] {
  const wanted = tag?.toLowerCase();
  return Object.values(STORED_LOCALES).find((locale) => locale.lang.toLowerCase() === wanted)?.id ?? 'en';
}

/** The language sites are built in today. */
export const DEFAULT_LOCALE: Locale = LOCALES.en;

/**
 * The direction numbers are written in on every page, whatever its language: phone numbers,
 * postcodes and amounts are isolated left to right (`dir` on their element), so
 * `020 7946 0100` does not come out `0100 7946 020` inside Arabic or Dari words.
 */
export const NUMBERS_DIR = 'ltr' as const;

/** The tag every `Intl` call takes: the record's language with its calendar and digits (`fa-AF-u-ca-gregory-nu-latn`). */
export function intlTag(locale: Locale): string {
  return `${locale.lang}-u-ca-${locale.calendar}-nu-${locale.numberingSystem}`;
}

const BCP47 = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** The record's schema: a new language's record is checked before any page uses it. */
export const localeSchema = /*#__PURE__*/ z
  .object({
    id: z.enum([...LOCALE_IDS, ...PLANNED_LOCALE_IDS]),
    lang: z
      .string()
      .regex(BCP47, 'a BCP 47 language tag, like en-GB')
      .refine((tag) => Intl.getCanonicalLocales(tag)[0] === tag, 'a canonical BCP 47 tag (en-GB, not en-gb)'),
    dir: z.enum(['ltr', 'rtl']),
    name: z.string().trim().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code, like GBP'),
    numbers: z.object({
      moneyWhole: z.record(z.string(), z.unknown()),
      moneyPence: z.record(z.string(), z.unknown()),
      decimal: z.record(z.string(), z.unknown()),
    }),
    dates: z.object({ long: z.record(z.string(), z.unknown()) }),
    collation: z.record(z.string(), z.unknown()),
    calendar: z.string().regex(/^[a-z0-9-]{3,}$/, 'a Unicode calendar name, like gregory'),
    numberingSystem: z.string().regex(/^[a-z0-9]{3,8}$/, 'a Unicode numbering system, like latn'),
  })
  .superRefine((record, ctx) => {
    // Options Intl would refuse (a misspelt month style, an unknown time zone) fail here, not on a page.
    const tryIntl = (path: (string | number)[], build: () => unknown) => {
      try {
        build();
      } catch (error) {
        ctx.addIssue({ code: 'custom', path, message: `Intl refuses these options: ${(error as Error).message}` });
      }
    };
    const tag = intlTag(record);
    for (const [name, options] of Object.entries(record.numbers))
      tryIntl(['numbers', name], () => new Intl.NumberFormat(tag, { ...options, style: 'currency', currency: record.currency }));
    for (const [name, options] of Object.entries(record.dates))
      tryIntl(['dates', name], () => new Intl.DateTimeFormat(tag, options));
    tryIntl(['collation'], () => new Intl.Collator(tag, record.collation));
    // A calendar or digit system Intl doesn't know would be dropped without a word: refuse it here.
    const resolved = new Intl.DateTimeFormat(tag).resolvedOptions();
    if (resolved.calendar !== record.calendar) ctx.addIssue({ code: 'custom', path: ['calendar'], message: `Intl does not know the calendar "${record.calendar}"` });
    if (resolved.numberingSystem !== record.numberingSystem)
      ctx.addIssue({ code: 'custom', path: ['numberingSystem'], message: `Intl does not know the numbering system "${record.numberingSystem}"` });
  });

// Formatters are built once per language and format (building one is the costly part).
const cache = new Map<string, unknown>();
function memo<T>(key: string, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

/** Money in the record's currency: `£3,000`, `£12.50`. */
export function moneyFormat(locale: Locale, name: 'moneyWhole' | 'moneyPence', currency = locale.currency): Intl.NumberFormat {
  return memo(`n:${intlTag(locale)}:${name}:${currency}`, () =>
    new Intl.NumberFormat(intlTag(locale), { ...locale.numbers[name], style: 'currency', currency }),
  );
}

/** A plain number: `1,250.5`. */
export function numberFormat(locale: Locale, name: 'decimal' = 'decimal'): Intl.NumberFormat {
  return memo(`n:${intlTag(locale)}:${name}`, () => new Intl.NumberFormat(intlTag(locale), locale.numbers[name]));
}

/** A calendar day: `1 October 2026`. */
export function dateFormat(locale: Locale, name: DateFormatName = 'long'): Intl.DateTimeFormat {
  return memo(`d:${intlTag(locale)}:${name}`, () => new Intl.DateTimeFormat(intlTag(locale), locale.dates[name]));
}

/** A list of names: `a, b and c` (conjunction) or `a, b or c` (disjunction). */
export function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  return memo(`l:${intlTag(locale)}:${type}`, () => new Intl.ListFormat(intlTag(locale), { style: 'long', type }));
}

/**
 * How names are sorted. The record's collation by default; `options` replace it where an order
 * is part of a contract (e.g. the related offers' tie-break is plain `localeCompare`).
 */
export function collator(locale: Locale, options: Intl.CollatorOptions = locale.collation): Intl.Collator {
  return memo(`c:${intlTag(locale)}:${JSON.stringify(options)}`, () => new Intl.Collator(intlTag(locale), options));
}

/** Grammatical number for `locale` (`one`, `few`, `many`…), e.g. for a unit's plural form. */
export function pluralRules(locale: Locale): Intl.PluralRules {
  return memo(`p:${intlTag(locale)}`, () => new Intl.PluralRules(intlTag(locale)));
}
