/**
 * The one message formatter, shared by the pages (at build time, `@site/i18n`) and the
 * browser scripts (`@site/i18n/browser`): ICU messages (`{count, plural, one {# offer}
 * other {# offers}}`, `{name}`, `{day, date, long}`)
 * formatted by `intl-messageformat`, plurals by `Intl.PluralRules` for any language.
 *
 * Messages arrive already parsed (the build compiles `site/i18n/<id>.json` once), so the
 * browser never needs the ICU parser: `site/i18n/integration.ts` leaves it out of the
 * scripts. Named number and date formats come from the locale record
 * (`@content/model/locales`).
 */
import { formatToParts, type Formatters } from 'intl-messageformat';
import type { Locale } from '@content/model/locales';

/** One message, parsed (the ICU AST, plain JSON). */
export type CompiledMessage = Parameters<typeof formatToParts>[0][number];
/** Messages by dotted key (`'checker.status.count'`). */
export type CompiledMessages = { readonly [key: string]: readonly CompiledMessage[] };
/** The named formats messages may use (`{day, date, long}`). */
export type MessageFormats = Parameters<typeof formatToParts>[3];
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/**
 * What a page hands its script: the language, its formats and the few messages the script
 * needs (`browserMessages` in `@site/i18n` writes it, `pageTranslator` reads it).
 */
export interface MessageBundle {
  readonly lang: string;
  readonly source: string;
  readonly formats: MessageFormats;
  readonly messages: CompiledMessages;
}

/** A translation function: the message at `key`, with `values` put in. */
export type Translate = (key: string, values?: MessageValues) => string;

/** The record's named formats, as ICU messages refer to them. */
export function messageFormats(locale: Locale): MessageFormats {
  // Amounts are formatted by `@site/lib/format` before they reach a message, so only dates here.
  return { number: {}, date: { ...locale.dates }, time: {} };
}

// Intl objects are costly to build: one per language and options.
const built = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, build: () => T): T {
  const found = built.get(key);
  if (found) return found as T;
  const made = build();
  built.set(key, made);
  return made;
}
const formatters: Formatters = {
  getNumberFormat: (locales, options = {}) => {
    // A value intl-messageformat allows and TypeScript's Intl types do not yet: left out (so `auto`).
    const { trailingZeroDisplay, ...rest } = options;
    const known = trailingZeroDisplay === 'stripToMinimum' ? rest : { ...rest, trailingZeroDisplay };
    return once(`n${JSON.stringify([locales, known])}`, () => new Intl.NumberFormat(locales, known));
  },
  getDateTimeFormat: (locales, options) =>
    once(`d${JSON.stringify([locales, options])}`, () => new Intl.DateTimeFormat(locales, options)),
  getPluralRules: (locales, options) =>
    once(`p${JSON.stringify([locales, options])}`, () => new Intl.PluralRules(locales, options)),
};

/**
 * The translation function over `bundle`. A missing key throws naming the key and the file,
 * and so does a message missing one of its values: a typo fails the build (or the script's
 * test) instead of showing a raw key or `{count}` to a reader.
 */
export function translator(bundle: MessageBundle): Translate {
  const { lang, source, formats, messages } = bundle;
  return (key, values = {}) => {
    const message = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!message) throw new Error(`i18n: no string for key "${key}" in ${source}`);
    try {
      return formatToParts([...message], lang, formatters, formats, values)
        .map((part) => String(part.value))
        .join('');
    } catch (error) {
      throw new Error(`i18n: "${key}" in ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
