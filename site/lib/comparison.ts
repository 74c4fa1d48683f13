/**
 * How a cell of "how councils compare" reads: what the council gives (an amount in words,
 * "Free", or the offer's name), up to what age, and where its page is. Built from the
 * records of `@content/model/comparison`, so the pages and the downloads say the same.
 */
import type { ComparisonRecord } from '@content/model/comparison';
import type { I18n } from '@site/i18n';
import { amountFromColumns } from '@content/model/amount';
import { formatAmount, formatMoney } from '@site/lib/format';
import { route } from '@site/lib/routes';

/** What the council gives, in words: "£3,300, paid once", "Free", or the offer's name. */
export function cellText(i18n: I18n, record: ComparisonRecord): string {
  if (!record.has_data) return i18n.t('compare.noData');
  const amount = amountFromColumns(record);
  return (amount && formatAmount(i18n, amount)) ?? record.offer_title ?? '';
}

/** "Up to 25", or null. */
export const ageText = (i18n: I18n, record: ComparisonRecord) => (record.age_to == null ? null : i18n.t('compare.upTo', { age: record.age_to }));

/**
 * Where a cell links: this site's own offer page by its path, another council's by its
 * public address; null when that council's site has none.
 */
export function cellHref(record: ComparisonRecord, ownOnsCode: string | null): string | null {
  if (!record.has_data || !record.offer_slug) return null;
  return record.council_ons_code === ownOnsCode ? route('offer', { slug: record.offer_slug }) : record.offer_url;
}

/** The spread of amounts across councils with money figures: "£2,800 to £3,300 across 3 councils". */
export function moneyRange(i18n: I18n, records: ComparisonRecord[]): string | null {
  const { t } = i18n;
  const money = records.filter((r) => r.has_data && r.amount_type === 'money' && r.amount_value != null).map((r) => r.amount_value!);
  if (money.length < 2) return null;
  const councils = new Set(records.filter((r) => r.has_data && r.amount_value != null).map((r) => r.council_ons_code)).size;
  const [low, high] = [Math.min(...money), Math.max(...money)];
  // Money as England writes it, isolated on a right-to-left page (`formatMoney`).
  // Every council giving the same figure is one figure, never "£900 to £900".
  return low === high
    ? t('compare.rangeSame', { amount: formatMoney(i18n, low), count: councils })
    : t('compare.range', { low: formatMoney(i18n, low), high: formatMoney(i18n, high), count: councils });
}
