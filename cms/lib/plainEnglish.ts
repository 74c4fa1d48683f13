/**
 * Plain English checks for the copy care leavers read (offer and chapter summaries first).
 *
 * Flesch reading ease: 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
 * 60–70 is "plain English" (a reading age of about 12 to 13); higher is easier. The syllable
 * count is an estimate, as in every Flesch tool: it is good enough to spot long sentences and
 * long words, which is what an editor needs to fix, not an exact phonetic count.
 */

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = ['e.g.', 'i.e.', 'etc.', 'approx.', 'no.', 'dr.', 'mr.', 'mrs.', 'ms.', 'st.', 'vs.'];

/**
 * Markdown as a reader hears it: no heading marks, list markers, emphasis, code or link
 * targets. Headings and list items become sentences of their own, because a reader takes
 * them one at a time even when they have no full stop.
 */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter, if any
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '').trim())
    .filter(Boolean)
    .map((line) => (/[.!?:;]["'”’)]?$/.test(line) ? line : `${line}.`))
    .join(' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of a text (Markdown allowed), in order. */
export function sentences(text: string): string[] {
  let plain = toPlainText(text);
  // Protect abbreviations so their full stops do not split a sentence.
  ABBREVIATIONS.forEach((abbr, i) => {
    const re = new RegExp(abbr.replace(/\./g, '\\.'), 'gi');
    plain = plain.replace(re, `\u0000${i}\u0000`);
  });
  return plain
    .split(/(?<=[.!?:;])["'”’)]?\s+(?=["'“‘(]?[A-Z0-9£])/)
    .map((s) => s.replace(/\u0000(\d+)\u0000/g, (_, i) => ABBREVIATIONS[Number(i)]).trim())
    .filter((s) => words(s).length > 0);
}

/** The words of a text: runs of letters or digits (hyphenated words and "£3,000" count as one). */
export function words(text: string): string[] {
  return text.match(/[£$]?[\p{L}\p{N}]+(?:[-'’,.][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Estimated syllables in one word. Numbers count one syllable per digit group, because
 * "£3,000" is read as "three thousand", not digit by digit. Short all-capital abbreviations
 * (PA, GP, EET) are spelled out, one syllable per letter.
 */
export function syllables(word: string): number {
  const w = word.replace(/^[£$]/, '');
  if (/^[\d,.]+$/.test(w)) return Math.max(1, w.split(/[,.]/).filter(Boolean).length * 2);
  if (/-/.test(w)) return w.split('-').reduce((n, part) => n + (part ? syllables(part) : 0), 0);
  if (/^[A-Z]{2,3}$/.test(w)) return w.length;
  let s = w.toLowerCase().replace(/[^a-z]/g, '');
  if (!s) return 1;
  if (s.length <= 3) return 1;
  s = s.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = s.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/**
 * Flesch reading ease of a text (Markdown allowed). Higher is easier; aim for 60 or more.
 * Returns 0 for a text with no words, so an empty summary never passes a check by accident.
 */
export function fleschReadingEase(text: string): number {
  const ss = sentences(text);
  const ws = ss.flatMap((s) => words(s));
  if (ws.length === 0) return 0;
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  const score = 206.835 - 1.015 * (ws.length / ss.length) - 84.6 * (syl / ws.length);
  return Math.round(score * 10) / 10;
}
