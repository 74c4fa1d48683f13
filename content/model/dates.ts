/**
 * Calendar days, once: when an offer was last checked and is next due a review, when a pledge
 * was asked and updated, a chapter or spotlight last checked. The snapshot holds each as a
 * `YYYY-MM-DD` day (`daySchema`); the CMS's timestamps become one by `day()` (the export's
 * mapping), open data and Open Referral publish the day as it is (`isoDay`), and pages say it
 * in the reader's locale (`formatDay`).
 *
 *   CMS date field (ISO timestamp) ─ day() ─▶ snapshot `YYYY-MM-DD`
 *     ├─ isoDay ─▶ `<time datetime>`, open data `last_reviewed`/`next_review`, Open Referral `assured_date`
 *     └─ formatDay ─▶ "1 October 2026" (page, comparison table)
 */
import { z } from 'zod';
import { dateFormat, type Locale } from './locales';
import { ISO_DATE } from './patterns';

/** A calendar day as the snapshot holds it (`2026-10-01`; a full ISO timestamp is accepted and read as its day). */
export const daySchema = z.string().regex(ISO_DATE.regex, ISO_DATE.message);

/** The day of a date or timestamp, `YYYY-MM-DD`: what the snapshot, `<time datetime>` and the public files give. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/** A CMS date field (a timestamp, or nothing) as the snapshot's day. */
export function day(value: string): string;
export function day(value: string | null | undefined): string | null;
export function day(value: string | null | undefined): string | null {
  return value ? isoDay(value) : null;
}

/** A day in words, in the reader's locale (`./locales`, its long date): `2026-10-01` (or a full timestamp) as `1 October 2026`. */
export function formatDay(iso: string, locale: Locale): string {
  const date = new Date(`${isoDay(iso)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: "${iso}"`);
  return dateFormat(locale, 'long').format(date);
}

/** Whether a page's next review day (`YYYY-MM-DD`, or none) is before `today`: it is overdue for review. */
export function isOverdue(nextReview: string | null | undefined, today: Date | string = new Date()): boolean {
  if (!nextReview) return false;
  return isoDay(nextReview) < isoDay(typeof today === 'string' ? today : today.toISOString());
}
