/**
 * An offer's amount, once: its schema (the snapshot's, so the CMS's publish check, the
 * content files and the site read the same), its type, the one way it is said in words
 * (the offer page, "how councils compare" and the Open Referral feed) and the one way it
 * becomes the flat columns of the public files (open data and the comparison's downloads,
 * whose column names are a published format and do not change).
 *
 *   CMS `amount` group ─ snapshotMapping ─▶ Amount (snapshot, nested)
 *     ├─ formatAmount ─▶ page text, comparison cell, Open Referral `fees`/`lop_amount`
 *     └─ amountColumns ─▶ `amount_type`, `amount_value`, … (open data, comparison CSV/JSON)
 *
 * Numbers are formatted in the reader's locale (`./locales`: its money formats and currency);
 * the words around them are the site's messages (`offer.amount.*`), passed in as `say`, so
 * the model holds no language of its own.
 */
import { z } from 'zod';
import { enumOf } from './enumOf';
import { moneyFormat, type Locale } from './locales';
import { AMOUNT_TYPE, NATIONAL_BASIS, PERIOD, type ValueOf } from './vocabularies';

export const amountSchema = z.object({
  type: enumOf(AMOUNT_TYPE),
  value: z.number().nonnegative().nullish(),
  period: enumOf(PERIOD).nullish(),
  /** A national figure to compare with (`nationalBasis` says what kind). */
  nationalMinimum: z.number().nonnegative().nullish(),
  nationalBasis: enumOf(NATIONAL_BASIS).nullish(),
  note: z.string().nullish(),
});

/** An offer's amount, as the snapshot holds it. */
export type Amount = z.infer<typeof amountSchema>;
export type AmountType = ValueOf<typeof AMOUNT_TYPE>;
export type Period = ValueOf<typeof PERIOD>;
export type NationalBasis = ValueOf<typeof NATIONAL_BASIS>;

/** The site's messages an amount is said with, and what they are given. */
export type AmountMessage = 'offer.amount.free' | `offer.amount.period.${Period}`;
export type AmountWords = (key: AmountMessage, vars: { amount: string }) => string;

/** `£3,000`, or `£12.50` when there are pence (GOV.UK: no `.00` on whole pounds). */
export function formatMoney(value: number, locale: Locale): string {
  return moneyFormat(locale, Number.isInteger(value) ? 'moneyWhole' : 'moneyPence').format(value);
}

/** Two amounts as a span, `£2,800` and `£3,300`; one figure when they are the same (never "£900 to £900"). */
export function formatMoneySpan(low: number, high: number, locale: Locale): { low: string; high: string } | { same: string } {
  const [a, b] = low <= high ? [low, high] : [high, low];
  return a === b ? { same: formatMoney(a, locale) } : { low: formatMoney(a, locale), high: formatMoney(b, locale) };
}

/**
 * How much an offer is worth, in words: `£3,000, paid once`, `£50 a week`, `Free`.
 * `null` when the offer is support rather than money (or gives no figure).
 */
export function formatAmount(amount: Pick<Amount, 'type' | 'value' | 'period'>, locale: Locale, say: AmountWords): string | null {
  if (amount.type === 'free') return say('offer.amount.free', { amount: '' });
  if (amount.type !== 'money' || amount.value == null) return null;
  const figure = formatMoney(amount.value, locale);
  return amount.period ? say(`offer.amount.period.${amount.period}`, { amount: figure }) : figure;
}

/** A national figure beside an offer's amount, and what kind it is. */
export type NationalFigure = { amount: number; basis: NationalBasis | 'unknown' };

/** The national figure an offer's amount compares with, or `null` when there is none. */
export function nationalFigure(amount: Pick<Amount, 'type' | 'nationalMinimum' | 'nationalBasis'>): NationalFigure | null {
  if (amount.type !== 'money' || amount.nationalMinimum == null) return null;
  return { amount: amount.nationalMinimum, basis: amount.nationalBasis ?? 'unknown' };
}

/**
 * The amount's columns in the public files (open data, the comparison's CSV and JSON): names
 * that are a published format, each described once (what `/open-data/` and the JSON Schemas say).
 */
export const amountColumnSchemas = {
  amount_type: z.enum(AMOUNT_TYPE.values).describe('`money`: an amount of money; `free`: something free; `none`: not about money.'),
  amount_value: z.number().nonnegative().nullable().describe('The amount in pounds, as the council gives it; empty when there is none or it varies.'),
  amount_period: z.enum(PERIOD.values).nullable().describe('How often the amount is paid: `once`, `weekly`, `monthly`, `yearly` or `instalments`.'),
  amount_note: z.string().nullable().describe('The council’s own words on the amount (a discount, a top-up, what it covers).'),
  national_minimum: z.number().nonnegative().nullable().describe('A national figure to compare the amount with, in pounds, if there is one (the setting-up-home allowance: £3,000, recommended).'),
  national_basis: z.enum(NATIONAL_BASIS.values).nullable().describe('What that national figure is: `set-in-law`, `legal-minimum` or `recommended`.'),
};
export type AmountColumns = z.infer<z.ZodObject<typeof amountColumnSchemas>>;

/** The one mapping from an amount to the public files' columns. */
export function amountColumns(amount: Amount): AmountColumns {
  return {
    amount_type: amount.type,
    amount_value: amount.value ?? null,
    amount_period: amount.period ?? null,
    amount_note: amount.note ?? null,
    national_minimum: amount.nationalMinimum ?? null,
    national_basis: amount.nationalBasis ?? null,
  };
}

/** A row with no amount (a council that published nothing for a comparison item). */
export const NO_AMOUNT_COLUMNS: { [K in keyof AmountColumns]: null } = {
  amount_type: null,
  amount_value: null,
  amount_period: null,
  amount_note: null,
  national_minimum: null,
  national_basis: null,
};

/** The amount a row of the public files was made from (the inverse of {@link amountColumns}); null for a row without one. */
export function amountFromColumns(row: { [K in keyof AmountColumns]: AmountColumns[K] | null }): Amount | null {
  if (row.amount_type === null) return null;
  return {
    type: row.amount_type,
    value: row.amount_value,
    period: row.amount_period,
    note: row.amount_note,
    nationalMinimum: row.national_minimum,
    nationalBasis: row.national_basis,
  };
}
