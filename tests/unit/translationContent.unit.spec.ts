/**
 * The demo's translations (issue 21, part 7), `content/translations/<lang>/` (format:
 * `content/README.md`, *Translations*): every file parses and mirrors an English file, holds
 * only text to translate (`TRANSLATABLE`) and all of it, has as many steps as the English (array
 * rows are shared between languages), and keeps every number, amount, date, phone number and
 * web address of the English text as it is. A reader would otherwise see a step matched to the
 * wrong English one, a different phone number or amount than the English page, or English text
 * passed off as a translation. Every demo translation says it needs checking: none is presented
 * as checked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseFrontMatter, readContent } from '@cms/seed/readContent';
import { TRANSLATABLE } from '@content/model/fields';
import { LIMITS } from '@content/model/patterns';
import { STORED_LOCALE_IDS } from '@content/model/locales';
import { TRANSLATION_STATES } from '@content/model/translation';

type Doc = { [key: string]: unknown };
type Kind = 'entitlements' | 'offers' | 'authorities' | 'local-details' | 'areas' | 'glossary-terms';

const root = path.resolve('content');
const translationsDir = path.join(root, 'translations');
const LANGS = STORED_LOCALE_IDS.filter((id) => id !== 'en');
const english = readContent('content');
const demo = english.councils.find((c) => c.slug === 'demo-borough')!;

/** The 10 offer pages the demo translates (the same 10 as its Easy Read pages), and where their files are. */
const DEMO_ENTITLEMENTS = ['setting-up-home-allowance', 'higher-education-bursary', 'bursary-16-to-19', 'homelessness-help', 'staying-put', 'care-leaver-apprenticeship-bursary', 'personal-adviser', 'claiming-benefits'];
const DEMO_OFFERS = ['council-tax-support', 'emergency-help'];

/** The file's fields a translation may hold, from TRANSLATABLE (a list's row field, `howToGet.step`, is the list itself in files). */
function allowedPaths(kind: Kind): Set<string> {
  const paths = TRANSLATABLE[kind].map((p) => p.replace(/\.(step|alias)$/, ''));
  return new Set(paths);
}
const KEY: Partial<Record<Kind, string>> = { 'local-details': 'entitlement', areas: 'slug', 'glossary-terms': 'slug' };

/** Every field's dotted path and value, lists and text as leaves; `translation` (what the file says about itself) apart. */
function leaves(doc: Doc, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(doc)) {
    if (!prefix && key === 'translation') continue;
    const at = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of leaves(value as Doc, at)) out.set(k, v);
    else out.set(at, value);
  }
  return out;
}

const readMarkdown = (file: string): Doc => {
  const { data, body } = parseFrontMatter(readFileSync(file, 'utf8'), path.relative(root, file));
  return { ...data, body };
};
const readYamlFile = (file: string): unknown => parse(readFileSync(file, 'utf8'));

/** One translated document and the English it mirrors. */
type Pair = { where: string; lang: string; kind: Kind; key: string; translation: Doc; english: Doc | undefined };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const at = path.join(dir, name);
    return statSync(at).isDirectory() ? filesUnder(at) : [at];
  });
}

function byKey(list: unknown, key: string, where: string): Map<string, Doc> {
  if (!Array.isArray(list)) throw new Error(`${where}: a list of entries`);
  return new Map((list as Doc[]).map((entry) => [String(entry[key]), entry]));
}

/** Every translation, paired with its English; a file with nothing to mirror is a pair with no English. */
function pairs(): Pair[] {
  const out: Pair[] = [];
  for (const lang of LANGS) {
    const dir = path.join(translationsDir, lang);
    if (!existsSync(dir)) continue;
    for (const file of filesUnder(dir)) {
      const rel = path.relative(dir, file);
      const where = path.relative(root, file);
      const englishFile = path.join(root, rel);
      const parts = rel.split(path.sep);
      const add = (kind: Kind, key: string, translation: Doc, englishDoc: Doc | undefined) => out.push({ where, lang, kind, key, translation, english: englishDoc });
      if (parts[0] === 'entitlements' && rel.endsWith('.md')) add('entitlements', path.basename(rel, '.md'), readMarkdown(file), existsSync(englishFile) ? readMarkdown(englishFile) : undefined);
      else if (parts[0] === 'councils' && parts[2] === 'offers' && rel.endsWith('.md'))
        add('offers', `${parts[1]}/${path.basename(rel, '.md')}`, readMarkdown(file), existsSync(englishFile) ? readMarkdown(englishFile) : undefined);
      else if (parts[0] === 'councils' && parts[2] === 'authority.yaml') add('authorities', parts[1]!, readYamlFile(file) as Doc, existsSync(englishFile) ? (readYamlFile(englishFile) as Doc) : undefined);
      else if (parts[0] === 'councils' && parts[2] === 'local-details.yaml') {
        const englishEntries = existsSync(englishFile) ? byKey(readYamlFile(englishFile), 'entitlement', rel) : new Map<string, Doc>();
        for (const entry of readYamlFile(file) as Doc[]) add('local-details', `${parts[1]}/${String(entry.entitlement)}`, entry, englishEntries.get(String(entry.entitlement)));
      } else if (rel === 'areas.yaml') {
        const englishEntries = byKey(readYamlFile(path.join(root, 'areas.yaml')), 'slug', 'areas.yaml');
        for (const entry of readYamlFile(file) as Doc[]) add('areas', String(entry.slug), entry, englishEntries.get(String(entry.slug)));
      } else if (rel === 'glossary.yaml') {
        const englishEntries = new Map(english.glossary.map((t) => [t.slug, { term: t.term, meaning: t.meaning, aliases: t.aliases } as Doc]));
        for (const entry of readYamlFile(file) as Doc[]) add('glossary-terms', String(entry.slug), entry, englishEntries.get(String(entry.slug)));
      } else out.push({ where, lang, kind: 'offers', key: rel, translation: {}, english: undefined });
    }
  }
  return out;
}

const all = pairs();
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]);
/** Numbers (amounts without their £, dates' days and years, ages, section numbers), phone numbers and web addresses. */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const PHONE = /\b0\d{2,4} \d{3,4} \d{3,4}\b/g;
const URL = /https?:\/\/[^\s)>\]]+/g;

describe('the demo’s translations', () => {
  it('has translation files for every demo language', () => {
    for (const lang of LANGS) expect(existsSync(path.join(translationsDir, lang)), lang).toBe(true);
    expect(all.length).toBeGreaterThan(0);
  });

  it('mirrors an English file, entry for entry', () => {
    const orphans = all.filter((p) => !p.english).map((p) => `${p.where}: ${p.key}`);
    expect(orphans).toEqual([]);
  });

  it('holds only text to translate, and all of the English document’s', () => {
    for (const p of all.filter((p) => p.english)) {
      const allowed = allowedPaths(p.kind);
      const key = KEY[p.kind];
      const fields = [...leaves(p.translation).keys()].filter((f) => f !== key);
      for (const field of fields) expect(allowed.has(field), `${p.where} (${p.key}): "${field}" is not text to translate`).toBe(true);
      const englishFields = [...leaves(p.english!)].filter(([f, v]) => allowed.has(f) && texts(v).some((t) => t.trim())).map(([f]) => f);
      for (const field of englishFields) expect(fields, `${p.where} (${p.key}): the English has "${field}"`).toContain(field);
    }
  });

  it('says every demo translation needs checking, made by machine: none is presented as checked', () => {
    for (const p of all) {
      const meta = p.translation.translation as Doc | undefined;
      expect(meta, `${p.where} (${p.key}): a translation block`).toBeTruthy();
      expect(TRANSLATION_STATES, p.where).toContain(meta!.state);
      expect(meta!.state, `${p.where} (${p.key})`).toBe('needs-checking');
      expect(String(meta!.translator), p.where).toMatch(/machine translation/i);
      expect(meta!.checkedBy ?? null, p.where).toBeNull();
    }
  });

  it('has as many steps (and aliases) as the English, in the same rows', () => {
    for (const p of all.filter((p) => p.english)) {
      for (const list of ['howToGet', 'aliases']) {
        if (!Array.isArray(p.english![list]) && !Array.isArray(p.translation[list])) continue;
        expect(texts(p.translation[list]).length, `${p.where} (${p.key}): ${list}`).toBe(texts(p.english![list]).length);
      }
    }
  });

  it('keeps every number, amount, date, phone number and web address of the English, field by field', () => {
    for (const p of all.filter((p) => p.english)) {
      const translated = leaves(p.translation);
      for (const [field, value] of leaves(p.english!)) {
        if (!allowedPaths(p.kind).has(field) || !translated.has(field)) continue;
        const englishTexts = texts(value);
        const ours = texts(translated.get(field));
        // Lists compare row by row (a step's phone number stays in that step).
        const rows = Array.isArray(value) ? englishTexts.map((t, i) => [t, ours[i] ?? ''] as const) : [[englishTexts.join('\n'), ours.join('\n')] as const];
        for (const [en, other] of rows) {
          const where = `${p.where} (${p.key}) ${field}`;
          for (const phone of en.match(PHONE) ?? []) expect(other, `${where}: the phone number ${phone}`).toContain(phone);
          for (const url of en.match(URL) ?? []) expect(other, `${where}: the address ${url}`).toContain(url);
          const numbers = new Set(other.match(NUMBER) ?? []);
          for (const n of en.match(NUMBER) ?? []) expect(numbers.has(n), `${where}: the number ${n}`).toBe(true);
        }
      }
    }
  });

  it('keeps within the English limits: a summary at most 200 characters, a local note at most 700', () => {
    for (const p of all) {
      if (typeof p.translation.summary === 'string') expect(p.translation.summary.length, `${p.where} (${p.key}) summary`).toBeLessThanOrEqual(LIMITS.summary);
      if (p.kind === 'local-details' && typeof p.translation.note === 'string') expect(p.translation.note.length, `${p.where} (${p.key}) note`).toBeLessThanOrEqual(LIMITS.localNote);
    }
  });

  it('covers Demo Borough’s urgent help, its areas and the 10 offers young people use most in every demo language', () => {
    for (const lang of LANGS) {
      const of = (kind: Kind) => new Set(all.filter((p) => p.lang === lang && p.kind === kind).map((p) => p.key));
      expect(of('authorities'), lang).toContain(demo.slug);
      for (const slug of DEMO_ENTITLEMENTS) expect(of('entitlements'), `${lang}: ${slug}`).toContain(slug);
      for (const slug of DEMO_OFFERS) expect(of('offers'), `${lang}: ${slug}`).toContain(`${demo.slug}/${slug}`);
      // The council's local part of each of those entitlements, where it has one.
      for (const detail of demo.localDetails.filter((d) => DEMO_ENTITLEMENTS.includes(d.entitlement)))
        expect(of('local-details'), `${lang}: local details of ${detail.entitlement}`).toContain(`${demo.slug}/${detail.entitlement}`);
      for (const area of english.areas) expect(of('areas'), `${lang}: area ${area.slug}`).toContain(area.slug);
    }
  });
});
