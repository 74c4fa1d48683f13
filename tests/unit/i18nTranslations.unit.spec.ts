/**
 * Every translation of the interface text (`site/i18n/<id>.json` other than `en.json`, issue 21)
 * says what the English says in a shape the site can format: the same keys, valid ICU, the same
 * `{names}` the pages fill in, a plural form for every plural category of its language (Arabic's
 * six, Dari's and Tigrinya's two), the same `select` branches, and nothing left in English by
 * mistake. A reader would otherwise see a raw key, a `{council}`, a build failure, or a sentence
 * that is wrong for 2 or 11 things.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { compileMessages } from '@site/i18n';
import type { CompiledMessage } from '@site/i18n/messages';

type Tree = { readonly [key: string]: string | Tree };

const folder = new URL('../../site/i18n/', import.meta.url);
const read = (file: string): Tree => JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Tree;

/** Every message by dotted key, as `@site/i18n` names them. */
function flatten(node: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(node)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') out.set(key, value);
    else for (const [k, v] of flatten(value, key)) out.set(k, v);
  }
  return out;
}

/**
 * The BCP 47 tag of each file's language, for `Intl.PluralRules`. Dari's file is `prs`, its tag
 * `fa-AF` (`dr` is not a language code). A new file needs its tag here before its plurals can
 * be checked.
 */
const TAGS: Readonly<Record<string, string>> = { ar: 'ar', prs: 'fa-AF', ti: 'ti' };

/**
 * English messages a translation may keep as they are: phone numbers, a bare placeholder, and
 * punctuation that the language writes the same way (Tigrinya's question mark is "?").
 */
const SAME_AS_ENGLISH = new Set([
  '999',
  '111',
  '101',
  '116 123',
  '85258',
  '0800 1111',
  '0808 800 4444',
  '0808 2000 247',
  '0800 528 0731',
  '{age}',
  '{collection}',
  '{today, date, long}',
  '?',
]);

/** The parser's kind for plain text (its `TYPE` enum is not a dependency of ours). */
const LITERAL = compileMessages({ probe: 'text' }, 'en', 'probe').probe?.[0]?.type;

interface Shape {
  /** Every argument name, at any depth (`{council}` inside a plural branch too). */
  readonly names: Set<string>;
  /** Each plural argument's selectors, e.g. `count: ['=0', 'one', 'other']`. */
  readonly plurals: { readonly name: string; readonly ordinal: boolean; readonly selectors: readonly string[] }[];
  /** Each select argument's branches. */
  readonly selects: { readonly name: string; readonly selectors: readonly string[] }[];
}

function shapeOf(elements: readonly CompiledMessage[], shape: Shape = { names: new Set(), plurals: [], selects: [] }): Shape {
  for (const element of elements) {
    if (element.type === LITERAL) continue;
    if ('options' in element) {
      shape.names.add(element.value);
      const selectors = Object.keys(element.options);
      if ('pluralType' in element) shape.plurals.push({ name: element.value, ordinal: element.pluralType === 'ordinal', selectors });
      else shape.selects.push({ name: element.value, selectors: [...selectors].sort() });
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    } else if ('children' in element) {
      shapeOf(element.children, shape);
    } else if ('value' in element) {
      shape.names.add(element.value);
    }
  }
  return shape;
}

const english = flatten(read('en.json'));
const englishShapes = new Map([...english].map(([key, message]) => [key, shapeOf(compileMessages({ [key]: message }, 'en', 'en.json')[key] ?? [])]));
const translations = readdirSync(folder)
  .filter((file) => file.endsWith('.json') && file !== 'en.json')
  .map((file) => ({ file, id: file.replace(/\.json$/, '') }));

describe('interface translations', () => {
  it('there are translations to check (Arabic, Dari and Tigrinya at least)', () => {
    expect(translations.map(({ id }) => id)).toEqual(expect.arrayContaining(['ar', 'prs', 'ti']));
  });

  describe.each(translations)('$file', ({ file, id }) => {
    const messages = flatten(read(file));
    const tag = TAGS[id];

    it('has its language tag for plurals', () => {
      expect(tag, `add ${id}'s BCP 47 tag to TAGS`).toBeDefined();
    });

    it('has every key of en.json and no other', () => {
      const missing = [...english.keys()].filter((key) => !messages.has(key));
      const extra = [...messages.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('every message is valid ICU, as the build parses it', () => {
      const invalid: string[] = [];
      for (const [key, message] of messages) {
        try {
          compileMessages({ [key]: message }, tag ?? id, file);
        } catch (error) {
          invalid.push(error instanceof Error ? error.message : String(error));
        }
      }
      expect(invalid).toEqual([]);
    });

    it('every message takes the same arguments as the English, with the same select branches', () => {
      const wrong: { key: string; english: string[]; translation: string[] }[] = [];
      for (const [key, message] of messages) {
        const want = englishShapes.get(key);
        if (!want) continue;
        let got: Shape;
        try {
          got = shapeOf(compileMessages({ [key]: message }, tag ?? id, file)[key] ?? []);
        } catch {
          continue; // reported by the ICU test
        }
        const describe = (shape: Shape) => [
          ...[...shape.names].sort(),
          ...shape.selects.map(({ name, selectors }) => `${name}: select ${selectors.join(' ')}`).sort(),
          ...shape.plurals.map(({ name, ordinal }) => `${name}: ${ordinal ? 'selectordinal' : 'plural'}`).sort(),
        ];
        const [englishArgs, translatedArgs] = [describe(want), describe(got)];
        if (JSON.stringify(englishArgs) !== JSON.stringify(translatedArgs)) wrong.push({ key, english: englishArgs, translation: translatedArgs });
      }
      expect(wrong).toEqual([]);
    });

    it('every plural has a form for each plural category of the language, and none it never uses', () => {
      const wrong: { key: string; argument: string; missing: string[]; unused: string[] }[] = [];
      for (const [key, message] of messages) {
        let shape: Shape;
        try {
          shape = shapeOf(compileMessages({ [key]: message }, tag ?? id, file)[key] ?? []);
        } catch {
          continue; // reported by the ICU test
        }
        for (const { name, ordinal, selectors } of shape.plurals) {
          const categories: readonly string[] = new Intl.PluralRules(tag ?? id, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
          // `=0` and the like are exact values, not categories: allowed in any language.
          const named = selectors.filter((selector) => !selector.startsWith('='));
          const missing = categories.filter((category) => !named.includes(category));
          const unused = named.filter((selector) => !categories.includes(selector));
          if (missing.length || unused.length) wrong.push({ key, argument: name, missing, unused });
        }
      }
      expect(wrong).toEqual([]);
    });

    it('no message is left in English, except numbers, bare placeholders and shared punctuation', () => {
      const untranslated = [...messages]
        .filter(([key, message]) => message === english.get(key) && !SAME_AS_ENGLISH.has(message))
        .map(([key, message]) => `${key}: ${message}`);
      expect(untranslated).toEqual([]);
    });
  });
});
