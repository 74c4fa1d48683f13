/**
 * Writes `/search-vocabulary.json` after the build: every word of four letters or more that
 * Pagefind will index (the text inside `data-pagefind-body`, less `data-pagefind-ignore`
 * parts), most used first. The search page fetches it only when a word finds nothing, to
 * offer "Did you mean …?" from the site's own words (`closestWord` in query.ts).
 *
 * Imported by `astro.config.mjs`, which loads before the `@site/…` aliases exist: so
 * relative and `node:` imports only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { tokens } from './query.ts';
import { localeIdOfTag } from '../../../content/model/locales';
import { builtSites } from '../../lib/sitesIntegration';

export const VOCABULARY_FILE = 'search-vocabulary.json';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  pound: '£',
};
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/** The text Pagefind indexes on a page, or '' for a page it does not index. */
export function indexedText(html: string): string {
  const out: string[] = [];
  // Open elements: whether each is the indexed body, ignored, or skipped.
  const stack: { tag: string; body: boolean; ignore: boolean }[] = [];
  let inBody = 0;
  let ignored = 0;
  let last = 0;
  const tagPattern = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    if (inBody && !ignored) out.push(decode(html.slice(last, match.index)));
    last = tagPattern.lastIndex;
    const [, closing, rawTag, attributes = ''] = match;
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (closing) {
      // Pop to the matching element (tolerates elements left open).
      const at = stack.map((entry) => entry.tag).lastIndexOf(tag);
      if (at === -1) continue;
      for (const entry of stack.splice(at)) {
        if (entry.body) inBody -= 1;
        if (entry.ignore) ignored -= 1;
      }
      out.push(' ');
      continue;
    }
    if (VOID.has(tag) || attributes.trimEnd().endsWith('/')) {
      out.push(' ');
      continue;
    }
    const body = /\sdata-pagefind-body(?:[\s=]|$)/.test(attributes);
    const ignore = /\sdata-pagefind-ignore(?:[\s=]|$)/.test(attributes) || SKIP.has(tag);
    stack.push({ tag, body, ignore });
    if (body) inBody += 1;
    if (ignore) ignored += 1;
    out.push(' ');
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The locale id of a built page, from its `<html lang>` (`fa-AF` → `prs`); English when it has none. */
export function pageLanguage(html: string): string {
  return localeIdOfTag(/<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1]);
}

/** Words of four letters or more over all pages, most used first (then A to Z). */
export function vocabulary(texts: (string | { text: string; lang: string })[], lang = 'en'): string[] {
  const counts = new Map<string, number>();
  for (const item of texts) {
    // Each page's words folded as a search in its language folds what is typed (query.ts).
    const [text, pageLang] = typeof item === 'string' ? [item, lang] : [item.text, item.lang];
    for (const word of tokens(text, pageLang)) {
      if (word.length < 4 || !/^[\p{L}\p{M}-]+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

export default function searchVocabulary(): AstroIntegration {
  return {
    name: 'local-offer:search-vocabulary',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        for (const site of builtSites(fileURLToPath(dir), pages.map((p) => p.pathname))) {
          const texts: { text: string; lang: string }[] = [];
          for (const page of site.pages) {
            const file = path.join(site.dir, page, 'index.html');
            let html: string;
            try {
              html = readFileSync(file, 'utf8');
            } catch {
              continue; // an endpoint (sitemap.xml, …), not a page
            }
            const text = indexedText(html);
            if (text) texts.push({ text, lang: pageLanguage(html) });
          }
          const words = vocabulary(texts);
          writeFileSync(path.join(site.dir, VOCABULARY_FILE), JSON.stringify({ pages: texts.length, words }));
          logger.info(`${site.key ? `${site.key}: ` : ''}${VOCABULARY_FILE}: ${words.length} words from ${texts.length} indexed pages`);
        }
      },
    },
  };
}
