/**
 * The jargon buster: finds glossary terms (and their aliases) in body copy and links the
 * first use of each on a page to its entry in the A to Z (`/glossary/#slug`).
 *
 * Matching rules, the same everywhere:
 * - whole words only ("PA" is not found in "PAY"; "relevant" is not found in "former-relevant",
 *   a hyphenated word is one word), allowing a plural "-s" or "-es" ("Personal Advisers");
 * - case-insensitive, except a phrase written all in capitals (an acronym such as "PA" or "MR"),
 *   which must be in capitals too, so "Mr Smith" is not a "mandatory reconsideration";
 * - spaces and hyphens between words are interchangeable ("setting up home" = "setting-up-home"),
 *   and so are straight and curly apostrophes;
 * - the longest phrase wins where several start at the same word ("former relevant" before
 *   "relevant"), and text it covers is not matched again;
 * - only the first use of each entry on a page is linked: one `JargonLinker` per page.
 *
 * The linker never sees markup: `@site/lib/richtext` hands it the words of a paragraph (not
 * those in links, headings or code) and escapes everything itself. `text()` does the same for
 * plain strings. So its output is as safe as the renderer's.
 */
import { findPhoneNumbers, phoneLink } from '@site/lib/phone';
import { escapeHtml, renderRichText, type RichTextOptions } from '@site/lib/richtext';
import { route, routesFor, type SiteRoutes } from '@site/lib/routes';
import type { I18n } from '@site/i18n';
import type { GlossaryTerm } from '@site/loaders/schemas';

/** One place a glossary phrase was found: `text.slice(start, end)`. */
export interface JargonMatch {
  start: number;
  end: number;
  slug: string;
  /** False when the entry was already linked earlier on the page: the words are consumed, not linked. */
  link: boolean;
}

interface Phrase {
  slug: string;
  length: number;
  /** Sticky: tried at one position. */
  pattern: RegExp;
}

/** Where a term's entry is: the glossary page, at the term's anchor. */
export const glossaryHref = (slug: string) => `${route('glossary')}#${slug}`;

/** The id of the meaning a page lists under "Words used on this page", for `aria-describedby`. */
export const meaningId = (slug: string) => `jargon-${slug}`;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SEPARATOR = '[\\s\\u00a0\\u2010\\u2011-]+';

/** The first letter a phrase can start with, for bucketing (the pattern decides the rest). */
const firstKey = (phrase: string) => phrase.charAt(0).toLowerCase();

/** An acronym: two or more letters and no lower-case ones ("PA", "UASC", "EHCP"). */
function isAcronym(phrase: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
}

function compile(phrase: string): RegExp {
  const source = phrase
    .trim()
    .split(/[\s\u00a0\u2010\u2011-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join(SEPARATOR);
  // Optional plural, then the end of the word: not a letter or digit, and not a hyphen that
  // joins on to another word.
  const tail = '(?:e?s)?(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';
  return new RegExp(`${source}${tail}`, isAcronym(phrase) ? 'uy' : 'iuy');
}

/** True when position `i` of `text` starts a word (not inside one, not after a joining hyphen). */
function isWordStart(text: string, i: number): boolean {
  if (!WORD_CHAR.test(text.charAt(i))) return false;
  if (i === 0) return true;
  const before = text.charAt(i - 1);
  if (WORD_CHAR.test(before)) return false;
  if (before === '-' && i >= 2 && WORD_CHAR.test(text.charAt(i - 2))) return false;
  return true;
}

/** A glossary's phrases, compiled: the same for every page, so made once per glossary and exclusions. */
interface Dictionary {
  terms: Map<string, GlossaryTerm>;
  buckets: Map<string, Phrase[]>;
}

function compileDictionary(terms: readonly GlossaryTerm[], excluded: readonly string[]): Dictionary {
  const exclude = new Set(excluded);
  const dictionary: Dictionary = { terms: new Map(), buckets: new Map() };
  const seen = new Set<string>();
  for (const term of terms) {
    if (exclude.has(term.slug)) continue;
    dictionary.terms.set(term.slug, term);
    for (const text of [term.term, ...term.aliases]) {
      const phrase = text.trim();
      // Two entries sharing one alias would make the link a guess: the first (A to Z) wins.
      const key = phrase.toLowerCase();
      if (!phrase || seen.has(key)) continue;
      seen.add(key);
      const bucket = dictionary.buckets.get(firstKey(phrase)) ?? [];
      bucket.push({ slug: term.slug, length: phrase.length, pattern: compile(phrase) });
      dictionary.buckets.set(firstKey(phrase), bucket);
    }
  }
  for (const bucket of dictionary.buckets.values()) bucket.sort((a, b) => b.length - a.length);
  return dictionary;
}

/**
 * Compiled dictionaries by glossary (the array `getGlossary()` gives every page of a build)
 * and exclusions. The patterns are sticky and only used synchronously, so pages can share them.
 * A glossary array must not be changed once a linker has used it.
 */
const dictionaries = new WeakMap<readonly GlossaryTerm[], Map<string, Dictionary>>();

function dictionaryFor(terms: readonly GlossaryTerm[], excluded: readonly string[]): Dictionary {
  let byExclusion = dictionaries.get(terms);
  if (!byExclusion) {
    byExclusion = new Map();
    dictionaries.set(terms, byExclusion);
  }
  const key = excluded.join('\u0000');
  let dictionary = byExclusion.get(key);
  if (!dictionary) {
    dictionary = compileDictionary(terms, excluded);
    byExclusion.set(key, dictionary);
  }
  return dictionary;
}

/**
 * Finds glossary phrases in text and remembers which entries a page has linked.
 * Create one per page, and feed it the page's body copy in reading order.
 */
export class JargonLinker {
  readonly #terms: Map<string, GlossaryTerm>;
  readonly #buckets: Map<string, Phrase[]>;
  readonly #used: string[] = [];
  /** Where the page's links go: its site's routes. */
  readonly routes: SiteRoutes;
  /** The page's language (rich text's "opens in a new tab"). */
  readonly i18n: I18n;

  /**
   * @param terms the glossary (compiled once per array: pages of one build share the work)
   * @param options.exclude entries never to link (say, the term a page is about)
   * @param options.i18n the page's language (`i18nOf(Astro)`)
   * @param options.routes the page's site's routes, for the links (site/lib/routes.ts; a site at `/` without)
   */
  constructor(terms: readonly GlossaryTerm[], options: { i18n: I18n; exclude?: readonly string[]; routes?: SiteRoutes }) {
    const { terms: bySlug, buckets } = dictionaryFor(terms, options.exclude ?? []);
    this.routes = options.routes ?? routesFor({ base: '/' });
    this.i18n = options.i18n;
    this.#terms = bySlug;
    this.#buckets = buckets;
  }

  /** The entries linked so far, in the order of their first use. */
  get used(): GlossaryTerm[] {
    return this.#used.map((slug) => this.#terms.get(slug)!);
  }

  /**
   * Every glossary phrase in `text`, left to right, longest first where two start together.
   * Marks first uses as linked (`link: true`) and remembers them for the rest of the page.
   */
  match(text: string): JargonMatch[] {
    const matches: JargonMatch[] = [];
    let i = 0;
    while (i < text.length) {
      if (!isWordStart(text, i)) {
        i += 1;
        continue;
      }
      const found = this.#matchAt(text, i);
      if (!found) {
        i += 1;
        continue;
      }
      const link = !this.#used.includes(found.slug);
      if (link) this.#used.push(found.slug);
      matches.push({ start: i, end: found.end, slug: found.slug, link });
      i = found.end;
    }
    return matches;
  }

  #matchAt(text: string, i: number): { slug: string; end: number } | null {
    for (const phrase of this.#buckets.get(text.charAt(i).toLowerCase()) ?? []) {
      phrase.pattern.lastIndex = i;
      if (phrase.pattern.test(text)) return { slug: phrase.slug, end: phrase.pattern.lastIndex };
    }
    return null;
  }

  /** The opening tag of a term's link: to its A to Z entry, described by its meaning on this page. */
  openLink(slug: string): string {
    return `<a href="${escapeHtml(this.routes.at(glossaryHref(slug)))}" class="jargon" aria-describedby="${escapeHtml(meaningId(slug))}">`;
  }

  /**
   * Plain text (a step, a note) as escaped HTML, with the first use of each term linked and
   * every phone number a `tel:` link (`@site/lib/phone`).
   */
  text(value: string): string {
    let html = '';
    let from = 0;
    for (const phone of [...findPhoneNumbers(value), null]) {
      html += this.#words(value.slice(from, phone ? phone.start : value.length));
      if (!phone) break;
      html += `${phoneLink(phone)}${escapeHtml(phone.number)}</a>`;
      from = phone.end;
    }
    return html;
  }

  /** Words (no numbers) as escaped HTML with first uses linked. */
  #words(value: string): string {
    let html = '';
    let at = 0;
    for (const m of this.match(value)) {
      if (!m.link) continue;
      html += `${escapeHtml(value.slice(at, m.start))}${this.openLink(m.slug)}${escapeHtml(value.slice(m.start, m.end))}</a>`;
      at = m.end;
    }
    return html + escapeHtml(value.slice(at));
  }

  /** Rich text through the safe renderer, with the first use of each term linked. */
  richText(value: unknown, options: Omit<RichTextOptions, 'jargon'> = {}): string {
    return renderRichText(this.i18n, value, { routes: this.routes, ...options, jargon: this });
  }
}
