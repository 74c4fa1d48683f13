/**
 * How the search page reads what someone typed, without the DOM or Pagefind, so it can be
 * unit-tested and reused by the bench:
 *
 *   1. `normalise` and `tokens`: lower case, curly quotes and apostrophes dropped
 *      ("can't" → "cant"), punctuation to spaces, hyphenated words kept whole (Pagefind
 *      reads "self-harm" as one word too).
 *   2. `planQuery`: phrases from the search words list (editors keep it in the CMS) are found
 *      as whole words, longest first, and replaced by what they mean ("broke" → "money
 *      emergency payment"); an `urgent` entry marks the search as urgent. Stop words ("how do
 *      I get … for") are dropped from what is left. Each remaining word is searched on its own.
 *   3. `rankPages`: the per-word results are merged; a page scores the sum of Pagefind's own
 *      scores for the words it matches, scaled by the share of the words it matches. Pages
 *      that match most of the words come first.
 *   4. `closestWord`: for a word that finds nothing, the nearest word of the site's own
 *      vocabulary (Damerau–Levenshtein distance), for "Did you mean …?".
 */

export interface SearchWordEntry {
  says: string[];
  means: string;
  urgent: boolean;
}

/**
 * Words that carry no meaning in a question or phrase. Dropped before searching, because
 * Pagefind matches word beginnings: "do" would find "doctor", "i" every word with an i.
 */
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any anybody anyone anything are aren arent around as at be
  because been before being below between both but by can cannot cant could couldnt did didnt do does doesnt doing
  done dont down during each else even ever every few for from further get gets getting give given go goes going gone
  got gotta gonna had hadnt has hasnt have havent having he her here hers herself him himself his how hows i if im
  in into is isnt it its itself ive just know let lets like may me might mine more most much must my myself need
  needs no nor not now of off on once only or other ought our ours ourselves out over own please pls plz really
  same shall she should shouldnt so some someone something still such tell than thank thanks that thats the their
  theirs them themselves then there theres these they thing things this those though through to too u under until
  up us very want wanna wants was wasnt way we were werent what whats when whens where wheres which while who whos
  happen happens happened
  whom why will with wont would wouldnt yeah yes yet you youre your youll youve yours yourself yourselves ur`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that only matter when nothing else was typed: "help" alone is a search, but in
 * "help with rent" it is every page of this site.
 */
export const WEAK_WORDS = new Set(['help', 'helps', 'find', 'info', 'information', 'support', 'am', 'able', 'ask']);

/**
 * Letters a reader's keyboard may type differently from how the site's text is written, by
 * language (a locale id of `@content/model/locales`), folded before searching:
 *
 * - Arabic (`ar`): hamza seats and madda (أ إ آ ٱ ؤ ئ) lose their marks, as Pagefind's Arabic
 *   stemmer does to the pages' words; vowel marks and tatweel go; Persian-keyboard ی and ک
 *   become Arabic ي and ك; ى (alef maksura) becomes ي.
 * - Dari (`prs`) and other Perso-Arabic languages: the site writes Persian ی and ک (Pagefind has
 *   no stemmer for them, so the letters must be the page's), so Arabic-keyboard ي ى and ك become
 *   those; vowel marks and tatweel go; آ stays (a letter of its own in Dari).
 * - Tigrinya (`ti`): Ethiopic word and sentence marks (፡ ። ፣ …) are spaces.
 * - Every language: Arabic-Indic and Persian digits become 0-9 (amounts and numbers on the site
 *   are written in Latin digits in every language).
 */
function foldLetters(text: string, lang: string): string {
  const digits = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const noVowelMarks = (t: string) => t.replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '');
  if (lang === 'ar') return noVowelMarks(digits.normalize('NFKD').replace(/\u0671/g, '\u0627')).replace(/\u06CC|\u0649/g, '\u064A').replace(/\u06A9/g, '\u0643');
  if (lang === 'prs' || lang === 'ps' || lang === 'ku') return noVowelMarks(digits.normalize('NFC')).replace(/[\u064A\u0649]/g, '\u06CC').replace(/\u0643/g, '\u06A9');
  if (lang === 'ti') return digits.normalize('NFC').replace(/[\u1361-\u1368]/g, ' ');
  // English and other Latin-script languages: accents go ("café" → "cafe").
  return digits.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lower case, without accents, apostrophes or punctuation; hyphens kept inside words; letters
 * folded for the page's language (`foldLetters`). Marks that are part of a letter in a script
 * (Ethiopic, Devanagari) stay inside the word.
 */
export function normalise(text: string, lang = 'en'): string {
  return foldLetters(text, lang)
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/[^\p{L}\p{M}\p{N}-]+/gu, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(text: string, lang = 'en'): string[] {
  const normal = normalise(text, lang);
  return normal ? normal.split(' ') : [];
}

/** One thing to search for: a word as typed, or one of the words a phrase means. */
export interface Concept {
  word: string;
  /** The phrase from the search words list that brought this word in, if any. */
  from?: string;
}

export interface Plan {
  /** Searched one by one, then merged. */
  concepts: Concept[];
  /** A search words entry marked urgent matched: put urgent help first. */
  urgent: boolean;
  /** The phrases that matched, with what they mean, in the order typed. */
  mapped: { says: string; means: string; urgent: boolean }[];
  /** The words as typed that were searched for as they are (candidates for "Did you mean"). */
  typed: string[];
  /**
   * Misspellings the list corrected ("bursery" means "bursary"): a one-word phrase within a
   * few letters of a word it means, so the page can say what it searched for instead.
   */
  respelt: Map<string, string>;
}

interface Phrase {
  words: string[];
  says: string;
  entry: SearchWordEntry;
}

/** The search words list as phrases, longest first (so "nowhere to sleep" wins over "sleep"). */
export function phrasesOf(entries: SearchWordEntry[], lang = 'en'): Phrase[] {
  const phrases: Phrase[] = [];
  for (const entry of entries) {
    for (const says of entry.says) {
      const words = tokens(says, lang);
      if (words.length) phrases.push({ words, says, entry });
    }
  }
  return phrases.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
}

/** A typed word matches a listed one as it is, or with a plural or -ed/-ing ending. */
function sameWord(typed: string, listed: string): boolean {
  if (typed === listed) return true;
  if (listed.length < 3) return false;
  return [`${listed}s`, `${listed}es`, `${listed}ed`, `${listed}d`, `${listed}ing`].includes(typed);
}

const MAX_CONCEPTS = 8;

/** What to search for, from what someone typed and the search words list. */
export function planQuery(query: string, entries: SearchWordEntry[] | Phrase[], lang = 'en'): Plan {
  const phrases = (entries.length && 'words' in entries[0]! ? entries : phrasesOf(entries as SearchWordEntry[], lang)) as Phrase[];
  const words = tokens(query, lang);
  const used = new Array<boolean>(words.length).fill(false);
  const found: { at: number; phrase: Phrase }[] = [];
  for (const phrase of phrases) {
    const n = phrase.words.length;
    for (let i = 0; i + n <= words.length; i += 1) {
      let match = true;
      for (let j = 0; j < n && match; j += 1) match = !used[i + j] && sameWord(words[i + j]!, phrase.words[j]!);
      if (!match) continue;
      for (let j = 0; j < n; j += 1) used[i + j] = true;
      found.push({ at: i, phrase });
    }
  }
  found.sort((a, b) => a.at - b.at);

  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const add = (word: string, from?: string) => {
    if (seen.has(word)) return;
    seen.add(word);
    concepts.push(from ? { word, from } : { word });
  };
  // Words as typed, in order, then what the phrases mean.
  const left = words.filter((word, i) => !used[i] && !STOP_WORDS.has(word) && !/^\p{L}$/u.test(word));
  const strong = left.filter((word) => !WEAK_WORDS.has(word));
  const typed = strong.length || found.length ? strong : left;
  for (const word of typed) add(word);
  for (const { phrase } of found) {
    const means = tokens(phrase.entry.means, lang).filter((word) => !STOP_WORDS.has(word));
    const telling = means.filter((word) => !WEAK_WORDS.has(word));
    for (const word of telling.length ? telling : means) add(word, phrase.says);
  }
  // Nothing left but small words ("help me", "what can I get"): search the words as typed.
  if (!concepts.length) for (const word of words.filter((w) => w.length > 1)) add(word);
  const respelt = new Map<string, string>();
  for (const { at, phrase } of found) {
    if (phrase.words.length !== 1) continue;
    const typedWord = words[at]!;
    const near = tokens(phrase.entry.means, lang)
      .filter((word) => word !== typedWord && !typedWord.startsWith(word.slice(0, -1))) // not a plural or -ing form
      .map((word) => ({ word, distance: editDistance(typedWord, word, allowedMistakes(typedWord)) }))
      .filter(({ distance }) => distance <= allowedMistakes(typedWord))
      .sort((a, b) => a.distance - b.distance)[0];
    if (near) respelt.set(typedWord, near.word);
  }
  return {
    respelt,
    concepts: concepts.slice(0, MAX_CONCEPTS),
    urgent: found.some(({ phrase }) => phrase.entry.urgent),
    mapped: found.map(({ phrase }) => ({ says: phrase.says, means: phrase.entry.means, urgent: phrase.entry.urgent })),
    typed: typed.filter((word) => seen.has(word)),
  };
}

/** A page found for one concept, with Pagefind's score for it. */
export interface Hit {
  id: string;
  score: number;
}

export interface Ranked {
  id: string;
  /** Combined score (see `rankPages`). */
  score: number;
  /** How many of the concepts the page matched. */
  matched: number;
}

/**
 * Merges the results of each concept's search. Pagefind's score for a word on a page is
 * already BM25-like (rarer words, more uses, titles and headings score more), so a page's
 * score is the sum of its scores over the words it matches, times (½ + ½ × the share of the
 * words it matches): a page that matches more of what was typed comes first, and among those,
 * the one Pagefind rates higher. Pages matching fewer than half as many words as the best
 * page are left out, so one stray common word does not bring in the whole site.
 */
export function rankPages(perConcept: Hit[][]): Ranked[] {
  const pages = new Map<string, Ranked>();
  const searched = perConcept.filter((hits) => hits.length > 0).length;
  for (const hits of perConcept) {
    for (const hit of new Map(hits.map((h) => [h.id, h])).values()) {
      const page = pages.get(hit.id) ?? { id: hit.id, score: 0, matched: 0 };
      page.score += hit.score;
      page.matched += 1;
      pages.set(hit.id, page);
    }
  }
  const ranked = [...pages.values()].map((page) => ({ ...page, score: page.score * (0.5 + (0.5 * page.matched) / Math.max(1, searched)) }));
  const most = Math.max(0, ...ranked.map((page) => page.matched));
  return ranked.filter((page) => page.matched * 2 >= most).sort((a, b) => b.score - a.score || b.matched - a.matched);
}

/** Damerau–Levenshtein distance (adjacent swaps count as one), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typing mistakes a word of this length may have and still be recognised. */
export function allowedMistakes(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 5) return 1;
  if (word.length <= 8) return 2;
  return 3;
}

/**
 * The site's word nearest to `word`, or null. `vocabulary` is ordered most used first, so
 * among equally near words the commoner wins; a word starting with the same letter wins
 * over one that does not (people rarely get the first letter wrong), and one of about the
 * same length over a much shorter or longer one.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  const limit = allowedMistakes(word);
  if (!limit || /\d/.test(word)) return null;
  let best: { word: string; cost: number } | null = null;
  for (const candidate of vocabulary) {
    if (candidate === word) return null;
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    // Half a mistake more for a different first letter, a tenth for each letter longer or
    // shorter ("counciling" is nearer "counselling" than "council").
    const cost = distance + (candidate[0] === word[0] ? 0 : 0.5) + 0.1 * Math.abs(candidate.length - word.length);
    if (!best || cost < best.cost) best = { word: candidate, cost };
  }
  return best?.word ?? null;
}

/** Endings to take off a word before looking it up ("bursaries" → "bursary", "lessons" → "lesson"). */
const ENDINGS: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/ied$/, 'y'],
  [/es$/, ''],
  [/s$/, ''],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/er$/, ''],
  [/ly$/, ''],
];

/**
 * The words of the site (and of the search words list), for telling a misspelling from a
 * word the site uses, and for finding what was meant.
 */
export class Vocabulary {
  private readonly known: Set<string>;
  private readonly sorted: string[];

  /** `words` most used first. */
  constructor(readonly words: readonly string[]) {
    this.known = new Set(words);
    this.sorted = [...this.known].sort();
  }

  get size(): number {
    return this.known.size;
  }

  /**
   * Whether the site uses this word, or a form of it, or a word starting with it (someone
   * still typing). Short words, numbers and an empty vocabulary count as known: there is
   * nothing to correct them with.
   */
  knows(word: string): boolean {
    if (!this.known.size || word.length < 4 || /\d/.test(word)) return true;
    if (this.known.has(word)) return true;
    if (ENDINGS.some(([ending, replacement]) => ending.test(word) && this.known.has(word.replace(ending, replacement)))) return true;
    // The first word in A to Z order at or after `word`: does it start with it?
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]! < word) low = middle + 1;
      else high = middle;
    }
    return this.sorted[low]?.startsWith(word) ?? false;
  }

  /** The nearest word the site uses, for a word it does not; else null. */
  closest(word: string): string | null {
    return this.knows(word) ? null : closestWord(word, this.words);
  }
}

/**
 * A correction sure enough to search for at once, without asking: one letter wrong, missing,
 * extra or swapped, and the same first letter ("bursery", "pasport", "benifits").
 */
export function sureCorrection(typed: string, fix: string): boolean {
  return typed[0] === fix[0] && editDistance(typed, fix, 1) <= 1;
}

/** `query` with each misspelt word replaced, keeping the rest as typed where it can. */
export function respell(query: string, corrections: Map<string, string>, lang = 'en'): string {
  if (!corrections.size) return query;
  let changed = 0;
  const out = query.replace(/[\p{L}\p{M}\p{N}’'-]+/gu, (typed) => {
    const fix = corrections.get(normalise(typed, lang));
    if (!fix) return typed;
    changed += 1;
    return fix;
  });
  return changed ? out : tokens(query, lang).map((word) => corrections.get(word) ?? word).join(' ');
}

/**
 * The reader's own help first (issue 20): on a council's site, other councils' practice
 * spotlights come after every other result (the council's offers, the national entitlements,
 * the guide's chapters, areas, urgent help), whatever Pagefind scored them, because they
 * are ideas for staff, not help the reader can get. Each group keeps its order.
 */
export function ownHelpFirst<T extends { id: string }>(pages: readonly T[], otherCouncils: ReadonlySet<string>): T[] {
  return [...pages.filter((page) => !otherCouncils.has(page.id)), ...pages.filter((page) => otherCouncils.has(page.id))];
}

/**
 * Which spotlights are another council's: every spotlight but those of this council (a joint
 * project with another council is this council's too). Ids are Pagefind's.
 */
export function otherCouncilsOf(spotlights: readonly string[], own: readonly string[]): Set<string> {
  const mine = new Set(own);
  return new Set(spotlights.filter((id) => !mine.has(id)));
}

/**
 * What a result card says above its title: its type ("Offer", "Spotlight"…), or for another
 * council's spotlight that it is another council's project; and whose work a spotlight is.
 */
export function resultLabels(
  meta: { type?: string | undefined; council?: string | undefined },
  anotherCouncils: boolean,
  anotherCouncilsLabel: string,
): { tag: string | undefined; council: string | undefined } {
  return { tag: anotherCouncils ? anotherCouncilsLabel : meta.type, council: meta.council };
}
