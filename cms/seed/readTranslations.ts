import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { TRANSLATION_LOCALE_IDS, type TranslationLocaleId } from '@content/model/locales';
import { translationSchemas, type TranslationKind, type TranslationMeta } from '@content/model/translationFiles';
import { ContentError, parseFrontMatter, readText, readYaml, type SeedContent } from '@cms/seed/readContent';

/**
 * One translation (a file, or an entry of a YAML list) of `content/translations/<lang>/`,
 * checked against the English it mirrors. `text` has the translated fields under the English
 * file's names (the Markdown body as `body`); `translation` what the file says about itself.
 */
export type TranslationFile = {
  lang: TranslationLocaleId;
  kind: TranslationKind;
  /** The council's folder name, or null for national content. */
  council: string | null;
  /** The English document's key: its slug (an entitlement's, for a local detail). */
  key: string;
  /** Where it is, for messages (`content/translations/ar/areas.yaml (entry 2)`). */
  file: string;
  text: Record<string, unknown>;
  translation: TranslationMeta;
};

/** Every translation file, checked before anything is written; none when `content/translations/` is absent. */
export function readTranslations(contentDir: string, content: SeedContent): TranslationFile[] {
  const root = path.join(contentDir, 'translations');
  if (!existsSync(root)) return [];
  const rel = (p: string) => path.relative(path.dirname(contentDir), p);
  const found: TranslationFile[] = [];
  const languages = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const lang of languages) {
    if (!(TRANSLATION_LOCALE_IDS as readonly string[]).includes(lang)) {
      throw new ContentError(rel(path.join(root, lang)), '(folder name)', `"${lang}" is not a language the CMS stores: use one of ${TRANSLATION_LOCALE_IDS.join(', ')}`);
    }
    found.push(...readLanguage(path.join(root, lang), lang as TranslationLocaleId, content, rel));
  }
  return found;
}

function check<K extends TranslationKind>(kind: K, data: unknown, where: string): z.output<(typeof translationSchemas)[K]> {
  const result = translationSchemas[kind].safeParse(data);
  if (result.success) return result.data as z.output<(typeof translationSchemas)[K]>;
  const issue = result.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const field = [...issue.path, ...keys.slice(0, 1)].join('.') || '(whole entry)';
  throw new ContentError(where, field, keys.length ? 'is not text to translate here: a translation holds only the English file\'s translatable fields and `translation`' : issue.message);
}

const sameCount = (where: string, field: string, translated: readonly unknown[] | null | undefined, english: readonly unknown[] | null | undefined) => {
  if (!translated) return;
  if (translated.length !== (english ?? []).length) {
    throw new ContentError(where, field, `has ${translated.length} rows; the English has ${(english ?? []).length} (a translation keeps the English rows, each in its own words)`);
  }
};

function readLanguage(dir: string, lang: TranslationLocaleId, content: SeedContent, rel: (p: string) => string): TranslationFile[] {
  const out: TranslationFile[] = [];
  const add = (kind: TranslationKind, council: string | null, key: string, file: string, parsed: { translation: TranslationMeta } & Record<string, unknown>) => {
    // The key (`slug`, `entitlement`) says which document; it is not text.
    const { translation, slug: _slug, entitlement: _entitlement, ...text } = parsed;
    out.push({ lang, kind, council, key, file, text, translation });
  };
  const markdown = (sub: string) => (existsSync(path.join(dir, sub)) ? readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.md')).sort() : []);
  const fromMarkdown = (file: string) => {
    const { data, body } = parseFrontMatter(readText(file, rel(file)), rel(file));
    return { ...data, body };
  };
  const list = (file: string) => {
    if (!existsSync(file)) return [];
    const data = readYaml(file, rel(file));
    if (!Array.isArray(data)) throw new ContentError(rel(file), '(file)', 'must be a YAML list');
    return data.map((entry, i) => ({ entry, where: `${rel(file)} (entry ${i + 1})` }));
  };

  for (const f of markdown('entitlements')) {
    const file = path.join(dir, 'entitlements', f);
    const slug = f.replace(/\.md$/, '');
    const english = content.entitlements.find((e) => e.slug === slug);
    if (!english) throw new ContentError(rel(file), '(file name)', `no entitlement "${slug}" in content/entitlements/ to translate`);
    const parsed = check('entitlement', fromMarkdown(file), rel(file));
    sameCount(rel(file), 'howToGet', parsed.howToGet, english.howToGet);
    add('entitlement', null, slug, rel(file), parsed);
  }
  for (const { entry, where } of list(path.join(dir, 'areas.yaml'))) {
    const parsed = check('area', entry, where);
    if (!content.areas.some((a) => a.slug === parsed.slug)) throw new ContentError(where, 'slug', `no area "${parsed.slug}" in areas.yaml`);
    add('area', null, parsed.slug, where, parsed);
  }
  for (const { entry, where } of list(path.join(dir, 'glossary.yaml'))) {
    const parsed = check('glossary', entry, where);
    const english = content.glossary.find((g) => g.slug === parsed.slug);
    if (!english) throw new ContentError(where, 'slug', `no term "${parsed.slug}" in glossary.yaml`);
    sameCount(where, 'aliases', parsed.aliases, english.aliases);
    add('glossary', null, parsed.slug, where, parsed);
  }

  const councilsDir = path.join(dir, 'councils');
  const folders = existsSync(councilsDir) ? readdirSync(councilsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const folder of folders) {
    const council = content.councils.find((c) => c.slug === folder);
    const at = (...parts: string[]) => path.join(councilsDir, folder, ...parts);
    if (!council) throw new ContentError(rel(at()), '(folder name)', `no council folder "${folder}" in content/councils/`);
    const authorityFile = at('authority.yaml');
    if (existsSync(authorityFile)) add('authority', folder, folder, rel(authorityFile), check('authority', readYaml(authorityFile, rel(authorityFile)), rel(authorityFile)));
    for (const f of existsSync(at('offers')) ? readdirSync(at('offers')).filter((n) => n.endsWith('.md')).sort() : []) {
      const file = at('offers', f);
      const slug = f.replace(/\.md$/, '');
      const english = council.offers.find((o) => o.slug === slug);
      if (!english) throw new ContentError(rel(file), '(file name)', `no offer "${slug}" in content/councils/${folder}/offers/ to translate`);
      const parsed = check('offer', fromMarkdown(file), rel(file));
      sameCount(rel(file), 'howToGet', parsed.howToGet, english.howToGet);
      add('offer', folder, slug, rel(file), parsed);
    }
    for (const { entry, where } of list(at('local-details.yaml'))) {
      const parsed = check('localDetail', entry, where);
      const english = council.localDetails.find((d) => d.entitlement === parsed.entitlement);
      if (!english) throw new ContentError(where, 'entitlement', `no local details of "${parsed.entitlement}" in content/councils/${folder}/local-details.yaml`);
      sameCount(where, 'howToGet', parsed.howToGet, english.howToGet);
      for (const field of ['summary', 'whoToAsk', 'ifRefused', 'eligibilityNotes', 'note'] as const) {
        if (parsed[field] && !english[field]) throw new ContentError(where, field, 'the English local details have no such text to translate');
      }
      add('localDetail', folder, parsed.entitlement, where, parsed);
    }
  }
  const seen = new Map<string, string>();
  for (const t of out) {
    const id = `${t.kind}:${t.council ?? ''}:${t.key}`;
    const other = seen.get(id);
    if (other) throw new ContentError(t.file, 'slug', `already translated in ${other}`);
    seen.set(id, t.file);
  }
  return out;
}
