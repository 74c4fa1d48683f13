import type { CollectionBeforeOperationHook, CollectionConfig, Field, GlobalConfig, LocalizationConfig, PayloadRequest } from 'payload';
import { TRANSLATABLE, type TranslatableCollection } from '@content/model/fields';
import { LOCALES, STORED_LOCALE_IDS, STORED_LOCALES } from '@content/model/locales';

/** The language every English read and write names (`locale: ENGLISH`): the default, said out loud. */
export const ENGLISH = LOCALES.en.id;

/**
 * The languages the CMS stores text in (issue 21, part 1), from the locale records: English
 * first and the default, then the demo's translations. No fallback: a text not translated is
 * empty in that language, never the English shown as a translation. Stored is not published:
 * the sites are still built in English only (`LOCALE_IDS`).
 */
export const cmsLocalization: LocalizationConfig = {
  locales: STORED_LOCALE_IDS.map((code) => ({ code, label: STORED_LOCALES[code].name, rtl: STORED_LOCALES[code].dir === 'rtl' })),
  defaultLocale: ENGLISH,
  fallback: false,
};

/**
 * A request that names no language is English, as the Local API's are. With `fallback` off,
 * Payload leaves a REST or GraphQL request without `?locale=` with no language at all: it would
 * read no text (an update then sees a document with no title) and write it nowhere in particular.
 * Runs before every operation of every collection (`cms/payload.config.ts`).
 */
export const englishUnlessNamed: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!req.locale) req.locale = ENGLISH;
  return args;
};

/**
 * Runs a Local API call that names its own language (an English read inside a hook) and then
 * gives the request back its language. Payload's Local API sets `req.locale` on the request it
 * is handed, so without this a hook's English read in the middle of an Arabic save made the rest
 * of the save write the Arabic text over the English (issue 21, part 2: found by the seed's
 * translations of local details).
 */
export async function keepingLocale<T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req;
  try {
    return await call();
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
  }
}

/** The text fields to translate in a collection (`TRANSLATABLE`); none for the others. */
export function translatablePaths(slug: string): readonly string[] {
  return slug in TRANSLATABLE ? TRANSLATABLE[slug as TranslatableCollection] : [];
}

/**
 * Copies fields (new objects all the way down, so two configs never share a field Payload
 * sanitizes in place), marking `localized` exactly the leaf fields whose dotted path (through
 * groups and array rows, not rows or collapsibles) is in `wanted`; each path found is added to
 * `found`. A listed group or array is refused: a translation keeps the English rows.
 */
function copyFields(fields: Field[], wanted: ReadonlySet<string>, prefix: string, found: Set<string>, where: string): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: copyFields(field.fields, wanted, prefix, found, where) };
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: copyFields(tab.fields, wanted, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, found, where) })),
      };
    }
    if (!('name' in field) || field.type === 'ui') return { ...field };
    const path = `${prefix}${field.name}`;
    if (field.type === 'group' || field.type === 'array') {
      if (wanted.has(path)) throw new Error(`TRANSLATABLE lists ${where}.${path}, a ${field.type}: list the text fields in it instead.`);
      return { ...field, fields: copyFields(field.fields, wanted, `${path}.`, found, where) };
    }
    if (field.type === 'blocks') throw new Error(`${where}.${path}: blocks are not translated field by field yet.`);
    if (field.localized && !wanted.has(path)) throw new Error(`${where}.${path} is localized but not in TRANSLATABLE (@content/model/fields).`);
    if (!wanted.has(path)) return { ...field };
    found.add(path);
    return { ...field, localized: true };
  });
}

function localizedFields(fields: Field[], slug: string): Field[] {
  const wanted = new Set(translatablePaths(slug));
  const found = new Set<string>();
  const copied = copyFields(fields, wanted, '', found, slug);
  const missing = [...wanted].filter((path) => !found.has(path));
  if (missing.length) throw new Error(`TRANSLATABLE lists ${missing.map((path) => `${slug}.${path}`).join(', ')}, which the CMS does not have.`);
  return copied;
}

/** A collection with its `TRANSLATABLE` text fields localized, and only those. */
export function localizeCollection(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: localizedFields(collection.fields, collection.slug) };
}

/** A global, copied: none has text to translate yet (search words per language come with search, issue 21 part 5). */
export function localizeGlobal(global: GlobalConfig): GlobalConfig {
  return { ...global, fields: localizedFields(global.fields, `global:${global.slug}`) };
}
