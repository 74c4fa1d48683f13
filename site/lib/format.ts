/**
 * Formatting for readers: money, dates, phone links. Plain English, GOV.UK style
 * ("£3,000", "1 October 2026", "9am to 5pm").
 */
import { t } from '@site/i18n';
import type { Offer, Spotlight } from '@site/loaders/schemas';

const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const pence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

/** `£3,000`, or `£12.50` when there are pence (GOV.UK: no `.00` on whole pounds). */
export function formatMoney(value: number): string {
  return Number.isInteger(value) ? wholePounds.format(value) : pence.format(value);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-10-01` (or a full ISO timestamp) as `1 October 2026`. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: "${iso}"`);
  return longDate.format(date);
}

/** The machine-readable date for `<time datetime>`. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * How much an offer is worth, in words: `£3,000, paid once`, `£50 a week`, `Free`.
 * `null` when the offer is support rather than money.
 */
export function formatAmount(amount: Offer['amount']): string | null {
  if (amount.type === 'free') return t('offer.amount.free');
  if (amount.type !== 'money' || amount.value == null) return null;
  const money = formatMoney(amount.value);
  return amount.period ? t(`offer.amount.period.${amount.period}`, { amount: money }) : money;
}

/** `aged 16 to 25`, `aged 18 or over`, `aged up to 25`, or `null` when there is no age rule. */
export function formatAges(eligibility: Offer['eligibility']): string | null {
  const { ageFrom, ageTo } = eligibility;
  if (ageFrom != null && ageTo != null) return t('offer.ages.range', { from: ageFrom, to: ageTo });
  if (ageFrom != null) return t('offer.ages.from', { from: ageFrom });
  if (ageTo != null) return t('offer.ages.to', { to: ageTo });
  return null;
}

/** A spotlight outcome's figure with its unit: `£1,200`, `100%`, `21 people`. */
export function formatOutcome(outcome: Spotlight['outcomes'][number]): string {
  const number = new Intl.NumberFormat('en-GB').format(outcome.value);
  if (outcome.unit === 'GBP') return formatMoney(outcome.value);
  if (outcome.unit === '%') return `${number}%`;
  return `${number} ${outcome.unit}`;
}

/** A phone number as a `tel:` URL: digits and a leading `+` only. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}
