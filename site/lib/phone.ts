/**
 * Phone numbers in words from the CMS, as `tel:` links, so one tap calls them on a phone
 * (issue 9: every number is tap-to-call, wherever it appears).
 *
 * Finds UK numbers as people write them: `020 7946 0000`, `0800 123 4567`, `0800 1111`,
 * `(020) 7946 0000`, `+44 20 7946 0000`, `+44 (0)20 7946 0000`, and the short lines
 * `999`, `112`, `111`, `101`, `105`, `119`, `116 123`. Not money (`£999`), not part of a
 * longer number (`1,111`, `111.5`, `2020`), not inside a word or a code (`E09000009`).
 *
 * No imports but the model's plain `telHref` and `NUMBERS_DIR`, so the browser could use it too; everything that is not a
 * number is escaped, so the output is as safe as `escapeHtml`.
 */

import { telHref } from '@content/model/contact';
import { NUMBERS_DIR } from '@content/model/locales';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** One number found in a text: `text.slice(start, end)` is what was written. */
export interface PhoneMatch {
  start: number;
  end: number;
  /** As written. */
  number: string;
  /** `tel:` URL: digits, and a leading `+` for international numbers. */
  href: string;
}

/** Separators inside a number: one space, no-break space or hyphen. */
const SEP = '[ \\u00a0\\u2011-]?';
const CANDIDATE = new RegExp(
  [
    // +44, optionally with the trunk 0 in brackets: +44 20 7946 0000, +44 (0)20 7946 0000
    `\\+44${SEP}(?:\\(0\\)${SEP})?\\d{2,4}(?:${SEP}\\d{2,4}){1,3}`,
    // national: 020 7946 0000, (020) 7946 0000, 0800 1111, 07700 900123
    `(?:\\(0\\d{2,4}\\)|0\\d{2,4})(?:${SEP}\\d{2,4}){1,3}`,
    // short lines: 116 123 (and other 116 xxx), 999, 112, 111, 101, 105, 119
    `116${SEP}\\d{3}`,
    '999|112|111|101|105|119',
  ].join('|'),
  'gu',
);

/** What may not come just before a number: a letter or digit, a currency sign, a joiner. */
const BEFORE = /[\p{L}\p{N}£$€.,/:#+_-]/u;
/** What may not come just after: a letter or digit, `%`, or `.5` / `,000` / `/24` (part of a longer figure). */
const AFTER = /^(?:[\p{L}\p{N}%_]|[.,/:]\p{N})/u;

const digits = (text: string) => text.replace(/\(0\)/, '').replace(/\D/g, '');

/** Whether `text` (a candidate, separators included) has the digits of a real UK number. */
function valid(text: string): boolean {
  if (text.startsWith('+')) {
    const national = digits(text).slice(2);
    return national.length === 9 || national.length === 10;
  }
  const all = digits(text);
  if (!all.startsWith('0')) return true; // a short line, matched whole
  // Freephone numbers can be shorter (Childline 0800 1111).
  if (/^080[08]/.test(all)) return all.length >= 8 && all.length <= 11;
  return all.length === 10 || all.length === 11;
}

/** A phone number (as written) as a `tel:` URL: the model's one (`@content/model/contact`). */
export { telHref };

/** Every UK phone number in `text`, left to right. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const start = m.index;
    if (start > 0 && BEFORE.test(text.charAt(start - 1))) continue;
    // Too many groups ("020 7946 0100 24 hours"): drop groups from the end until it is a number.
    let candidate = m[0];
    while (candidate && !(valid(candidate) && !AFTER.test(text.slice(start + candidate.length)))) {
      const shorter = candidate.replace(/[ \u00a0\u2011-]?\d+$/u, '');
      candidate = shorter === candidate || /^\+44\D*$|^\(?0\d*\)?$/.test(shorter) ? '' : shorter;
    }
    if (!candidate) continue;
    const end = start + candidate.length;
    found.push({ start, end, number: candidate, href: telHref(candidate) });
    CANDIDATE.lastIndex = end;
  }
  return found;
}

/**
 * The opening tag of a number's link. Its `dir` (left to right: `NUMBERS_DIR`) isolates the number (an element with `dir`
 * is a bidi isolate), so `020 7946 0100` reads in its own order inside Arabic or Dari text
 * instead of `0100 7946 020`; the stylesheet keeps it on one line (`a[href^='tel:']`).
 */
export function phoneLink(match: Pick<PhoneMatch, 'href'>): string {
  return `<a href="${escape(match.href)}" dir="${NUMBERS_DIR}">`;
}

/** A UK postcode (`DM1 1AA`, `SW1A 2AA`). */
const POSTCODE = /\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b/g;

/**
 * Escaped text with each UK postcode isolated left to right and kept on one line
 * (a `<bdi>` left to right, `nowrap`): in right-to-left text its two halves
 * would otherwise swap places.
 */
export function isolatePostcodes(text: string): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(POSTCODE)) {
    html += `${escape(text.slice(at, match.index))}<bdi dir="${NUMBERS_DIR}" class="nowrap">${escape(match[0])}</bdi>`;
    at = match.index + match[0].length;
  }
  return html + escape(text.slice(at));
}

/**
 * Plain text as escaped HTML with every phone number a `tel:` link: for any words from
 * the CMS that a page prints (`<p set:html={linkPhoneNumbers(text)} />`), and every UK postcode
 * isolated (`isolatePostcodes`).
 */
export function linkPhoneNumbers(text: string | null | undefined): string {
  if (!text) return '';
  let html = '';
  let at = 0;
  for (const match of findPhoneNumbers(text)) {
    html += `${isolatePostcodes(text.slice(at, match.start))}${phoneLink(match)}${escape(match.number)}</a>`;
    at = match.end;
  }
  return html + isolatePostcodes(text.slice(at));
}
