/**
 * Formatting for readers: money, dates, phone links. Plain English, GOV.UK style
 * ("£3,000", "1 October 2026", "9am to 5pm"). Each takes the page's language first
 * (`i18nOf(Astro)`), so a page in Arabic formats in Arabic.
 */
import type { I18n } from '@site/i18n';
import type { Offer, Spotlight } from '@site/loaders/schemas';
import * as amounts from '@content/model/amount';
import type { NationalFigure } from '@content/model/amount';
import { formatDay, isoDay } from '@content/model/dates';
import { DEFAULT_LOCALE, intlTag, numberFormat, pluralRules } from '@content/model/locales';

export type { NationalFigure };

/**
 * Money is England's, and written as England writes it on every language's page (`£3,000`,
 * not Arabic's `3,000 UK£`): the figure a reader shows their Personal Adviser is the same.
 * On a right-to-left page it is isolated left to right (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069
 * POP DIRECTIONAL ISOLATE: a `<bdi>` left to right, for text that may end up in an attribute or a
 * message), so the symbol and the figure keep their order inside Arabic or Dari words.
 */
function money(i18n: I18n, value: number): string {
  const figure = amounts.formatMoney(value, DEFAULT_LOCALE);
  return i18n.dir === 'rtl' ? `\u2066${figure}\u2069` : figure;
}

/** `£3,000`, or `£12.50` when there are pence: the model's one money format (`@content/model/amount`). */
export const formatMoney = (i18n: I18n, value: number): string => money(i18n, value);

/** `2026-10-01` (or a full ISO timestamp) as `1 October 2026`: the model's one date format (`@content/model/dates`). */
export const formatDate = (i18n: I18n, iso: string): string => formatDay(iso, i18n.locale);

/** The machine-readable date for `<time datetime>`. */
export { isoDay };

/**
 * How much an offer is worth, in words: `£3,000, paid once`, `£50 a week`, `Free`.
 * `null` when the offer is support rather than money. The model's one formatter, in the site's words.
 */
export function formatAmount(i18n: I18n, amount: Pick<Offer['amount'], 'type' | 'value' | 'period'>): string | null {
  // The model's formatter on an English page; the same words with the isolated figure on a right-to-left one.
  if (i18n.dir === 'ltr') return amounts.formatAmount(amount, DEFAULT_LOCALE, i18n.t);
  if (amount.type !== 'money' || amount.value == null) return amounts.formatAmount(amount, DEFAULT_LOCALE, i18n.t);
  const figure = money(i18n, amount.value);
  return amount.period ? i18n.t(`offer.amount.period.${amount.period}`, { amount: figure }) : figure;
}

/** The national figure an offer's amount compares with, or `null` when there is none. */
export const nationalFigure = amounts.nationalFigure;

/**
 * The national figure in a sentence, worded by its basis: `The amount set in law is £2,000.`,
 * `The legal minimum is …`, `The amount recommended in national guidance is £3,000.` A
 * recommended figure is never called a minimum. When the offer pays less, it says so.
 */
export function formatNationalFigure(i18n: I18n, amount: Offer['amount']): string | null {
  const figure = nationalFigure(amount);
  if (!figure) return null;
  const below = amount.value != null && amount.value < figure.amount;
  return i18n.t(`offer.national.${below ? 'below' : 'is'}.${figure.basis}`, { amount: formatMoney(i18n, figure.amount) });
}

/** The national figure in a list: `National figure: £3,000, recommended in national guidance`. */
export function formatNationalFigureShort(i18n: I18n, amount: Offer['amount']): string | null {
  const figure = nationalFigure(amount);
  if (!figure) return null;
  return i18n.t(`offer.national.short.${figure.basis}`, { amount: formatMoney(i18n, figure.amount) });
}

/** `aged 16 to 25`, `aged 18 or over`, `aged up to 25`, or `null` when there is no age rule. */
export function formatAges(i18n: I18n, eligibility: Offer['eligibility']): string | null {
  const { ageFrom, ageTo } = eligibility;
  const { t } = i18n;
  if (ageFrom != null && ageTo != null) return t('offer.ages.range', { from: ageFrom, to: ageTo });
  if (ageFrom != null) return t('offer.ages.from', { from: ageFrom });
  if (ageTo != null) return t('offer.ages.to', { to: ageTo });
  return null;
}


/** Plural nouns that don't just add -s, both ways. */
const IRREGULAR: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  foot: 'feet',
};
/** Nouns that are the same in the singular and the plural. */
const SAME = new Set(['staff', 'people', 'children', 'sheep', 'series', 'species', 'aircraft', 'data']);

/** The last word of a unit in the singular: `young people` → `young person`, `posts` → `post`. */
export function singularUnit(unit: string): string {
  const match = /^(.*?)([\p{L}']+)$/u.exec(unit);
  if (!match) return unit;
  const [, head = '', word = ''] = match;
  const lower = word.toLowerCase();
  const irregular = Object.entries(IRREGULAR).find(([, plural]) => plural === lower)?.[0];
  let singular = word;
  if (irregular) singular = irregular;
  else if (SAME.has(lower) || !/s$/i.test(word) || /(ss|us|is)$/i.test(word)) singular = word;
  else if (/ies$/i.test(word) && word.length > 4) singular = `${word.slice(0, -3)}y`;
  else if (/(ches|shes|xes|sses|zes)$/i.test(word)) singular = word.slice(0, -2);
  else singular = word.slice(0, -1);
  return `${head}${singular}`;
}

/** The last word of a unit in the plural: `post` → `posts`, `young person` → `young people`. */
export function pluralUnit(unit: string): string {
  const match = /^(.*?)([\p{L}']+)$/u.exec(unit);
  if (!match) return unit;
  const [, head = '', word = ''] = match;
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return `${head}${IRREGULAR[lower]}`;
  if (SAME.has(lower) || Object.values(IRREGULAR).includes(lower) || singularUnit(word) !== word) return unit;
  if (/[^aeiou]y$/i.test(word)) return `${head}${word.slice(0, -1)}ies`;
  if (/(ch|sh|x|s|z)$/i.test(word)) return `${head}${word}es`;
  return `${head}${word}s`;
}

/**
 * A number of things, in the right grammatical number (`Intl.PluralRules`): `1 post`,
 * `2 posts`, `1 young person`, `1.5 hours`. The unit may be given either way round.
 */
export function formatCount(i18n: I18n, value: number, unit: string): string {
  const one = pluralRules(i18n.locale).select(value) === 'one';
  return `${numberFormat(i18n.locale).format(value)} ${one ? singularUnit(unit) : pluralUnit(unit)}`;
}

/**
 * A spotlight outcome's figure with its unit: `£1,200`, `US$400,000`, `82.35%`,
 * `21 young people`, `1 post`. Numbers through `Intl.NumberFormat`, units through
 * `Intl.PluralRules`. A year or a date is never a figure (the schema refuses the unit and
 * the source's words go in a milestone); should one slip through, it prints as written,
 * never as an amount ("2,020").
 */
export function formatOutcome(i18n: I18n, outcome: Pick<Spotlight['outcomes'][number], 'value' | 'unit'>): string {
  const unit = outcome.unit.trim();
  if (unit === 'GBP') return formatMoney(i18n, outcome.value);
  if (/^[A-Z]{3}$/.test(unit)) {
    try {
      return new Intl.NumberFormat(intlTag(i18n.locale), { style: 'currency', currency: unit, maximumFractionDigits: Number.isInteger(outcome.value) ? 0 : 2 }).format(outcome.value);
    } catch {
      // Not a currency code: a unit like any other.
    }
  }
  if (unit === '%') return `${numberFormat(i18n.locale).format(outcome.value)}%`;
  if (/^(years?|dates?)$/i.test(unit) && Number.isInteger(outcome.value) && outcome.value >= 1000) return String(outcome.value);
  return formatCount(i18n, outcome.value, unit);
}

/** A phone number as a `tel:` URL (see `@site/lib/phone`, which also finds numbers in text). */
export { telHref } from '@site/lib/phone';
