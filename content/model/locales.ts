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
 * {@link PLANNED_LOCALE_IDS}; the type already holds them.
 *
 * The zod schema is built lazily (`/*#__PURE__*\/`), so browser scripts that import the
 * record (the checker, search) do not carry zod.
 */
import { z } from 'zod';

/** Languages published today. */
export const LOCALE_IDS = ['en'] as const;
/** Languages the next issue adds (ids as in `site/i18n/<id>.json` and, later, URL segments). */
export const PLANNED_LOCALE_IDS = ['ar', 'prs', 'ps', 'ti', 'ku', 'sq', 'vi', 'en-easy'] as const;

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
}

/** The published languages. */
export const LOCALES = {
  en: {
    id: 'en',
    lang: 'en-GB',
    dir: 'ltr',
    name: 'English',
    currency: 'GBP',
    numbers: {
      // GOV.UK: "£3,000" (no ".00" on whole pounds), "£12.50" when there are pence.
      moneyWhole: { maximumFractionDigits: 0 },
      moneyPence: { minimumFractionDigits: 2 },
      decimal: { maximumFractionDigits: 2 },
    },
    dates: {
      // "1 October 2026"
      long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    },
    collation: { sensitivity: 'base', numeric: true },
  },
} as const satisfies { readonly [Id in (typeof LOCALE_IDS)[number]]: Locale & { readonly id: Id } };

/** The language sites are built in today. */
export const DEFAULT_LOCALE: Locale = LOCALES.en;

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
    for (const [name, options] of Object.entries(record.numbers))
      tryIntl(['numbers', name], () => new Intl.NumberFormat(record.lang, { ...options, style: 'currency', currency: record.currency }));
    for (const [name, options] of Object.entries(record.dates))
      tryIntl(['dates', name], () => new Intl.DateTimeFormat(record.lang, options));
    tryIntl(['collation'], () => new Intl.Collator(record.lang, record.collation));
  });

// Formatters are built once per language and format (building one is the costly part).
const cache = new Map<string, unknown>();
function memo<T>(key: string, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

/** Money in the record's currency: `£3,000`, `£12.50`. */
export function moneyFormat(locale: Locale, name: 'moneyWhole' | 'moneyPence', currency = locale.currency): Intl.NumberFormat {
  return memo(`n:${locale.lang}:${name}:${currency}`, () =>
    new Intl.NumberFormat(locale.lang, { ...locale.numbers[name], style: 'currency', currency }),
  );
}

/** A plain number: `1,250.5`. */
export function numberFormat(locale: Locale, name: 'decimal' = 'decimal'): Intl.NumberFormat {
  return memo(`n:${locale.lang}:${name}`, () => new Intl.NumberFormat(locale.lang, locale.numbers[name]));
}

/** A calendar day: `1 October 2026`. */
export function dateFormat(locale: Locale, name: DateFormatName = 'long'): Intl.DateTimeFormat {
  return memo(`d:${locale.lang}:${name}`, () => new Intl.DateTimeFormat(locale.lang, locale.dates[name]));
}

/** A list of names: `a, b and c` (conjunction) or `a, b or c` (disjunction). */
export function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  return memo(`l:${locale.lang}:${type}`, () => new Intl.ListFormat(locale.lang, { style: 'long', type }));
}

/**
 * How names are sorted. The record's collation by default; `options` replace it where an order
 * is part of a contract (e.g. the related offers' tie-break is plain `localeCompare`).
 */
export function collator(locale: Locale, options: Intl.CollatorOptions = locale.collation): Intl.Collator {
  return memo(`c:${locale.lang}:${JSON.stringify(options)}`, () => new Intl.Collator(locale.lang, options));
}

/** Grammatical number for `locale` (`one`, `few`, `many`…), e.g. for a unit's plural form. */
export function pluralRules(locale: Locale): Intl.PluralRules {
  return memo(`p:${locale.lang}`, () => new Intl.PluralRules(locale.lang));
}
