import type { CollectionBeforeOperationHook, CollectionConfig, Field, GlobalConfig, LocalizationConfig, PayloadRequest } from 'payload';
import { PER_LANGUAGE_LISTS, TRANSLATABLE, type TranslatableCollection } from '@content/model/fields';
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
 * `found`. A listed group or array is refused: a translation keeps the English rows. An array
 * in `ownLists` (`PER_LANGUAGE_LISTS`) is localized whole: each language keeps its own rows.
 */
function copyFields(fields: Field[], wanted: ReadonlySet<string>, prefix: string, found: Set<string>, where: string, ownLists: ReadonlySet<string>): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: copyFields(field.fields, wanted, prefix, found, where, ownLists) };
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: copyFields(tab.fields, wanted, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, found, where, ownLists) })),
      };
    }
    if (!('name' in field) || field.type === 'ui') return { ...field };
    const path = `${prefix}${field.name}`;
    if (field.type === 'array' && ownLists.has(path)) {
      found.add(path);
      return { ...field, localized: true, fields: copyFields(field.fields, new Set(), `${path}.`, new Set(), where, new Set()) };
    }
    if (field.type === 'group' || field.type === 'array') {
      if (wanted.has(path)) throw new Error(`TRANSLATABLE lists ${where}.${path}, a ${field.type}: list the text fields in it instead.`);
      return { ...field, fields: copyFields(field.fields, wanted, `${path}.`, found, where, ownLists) };
    }
    if (field.type === 'blocks') throw new Error(`${where}.${path}: blocks are not translated field by field yet.`);
    if (field.localized && !wanted.has(path)) throw new Error(`${where}.${path} is localized but not in TRANSLATABLE (@content/model/fields).`);
    if (!wanted.has(path)) return { ...field };
    found.add(path);
    return { ...field, localized: true };
  });
}

/** The lists a collection or global keeps per language (`PER_LANGUAGE_LISTS`); none for most. */
export function perLanguageLists(slug: string): readonly string[] {
  return slug in PER_LANGUAGE_LISTS ? PER_LANGUAGE_LISTS[slug as keyof typeof PER_LANGUAGE_LISTS] : [];
}

function localizedFields(fields: Field[], slug: string, where = slug): Field[] {
  const wanted = new Set(translatablePaths(slug));
  const ownLists = new Set(perLanguageLists(slug));
  const found = new Set<string>();
  const copied = copyFields(fields, wanted, '', found, where, ownLists);
  const missing = [...wanted, ...ownLists].filter((path) => !found.has(path));
  if (missing.length) throw new Error(`TRANSLATABLE or PER_LANGUAGE_LISTS lists ${missing.map((path) => `${where}.${path}`).join(', ')}, which the CMS does not have.`);
  return copied;
}

/** A collection with its `TRANSLATABLE` text fields localized, and only those. */
export function localizeCollection(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: localizedFields(collection.fields, collection.slug) };
}

/** A global, copied, with its per-language lists localized (the search words: each language its own, issue 21 part 5). */
export function localizeGlobal(global: GlobalConfig): GlobalConfig {
  return { ...global, fields: localizedFields(global.fields, global.slug, `global:${global.slug}`) };
}
