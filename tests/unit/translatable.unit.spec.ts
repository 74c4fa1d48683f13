/**
 * One list of the text written for readers (`TRANSLATABLE`, `@content/model/fields`), and the
 * CMS follows it (issue 21, part 1): in the built Payload config, every listed field is
 * localized, and every localized field is listed; nothing else (amounts, dates, phone numbers,
 * addresses, slugs, relations) is. The languages come from the locale records, English the
 * default and nothing falling back to it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Field, SanitizedConfig } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { PER_LANGUAGE_LISTS, TRANSLATABLE } from '@content/model/fields';
import { LOCALE_IDS, STORED_LOCALE_IDS } from '@content/model/locales';

let config: SanitizedConfig;

beforeAll(async () => {
  // The config makes a session secret in the data folder: a throwaway one.
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'lop-translatable-'));
  config = await (await import('@cms/payload.config')).default;
}, 60_000);

/** The dotted paths of the localized fields, through groups, arrays, rows and tabs. */
function localizedPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => localizedPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix));
    if (field.type === 'row' || field.type === 'collapsible') return localizedPaths(field.fields, prefix);
    if (!('name' in field)) return [];
    const own = 'localized' in field && field.localized ? [`${prefix}${field.name}`] : [];
    return 'fields' in field ? [...own, ...localizedPaths(field.fields, `${prefix}${field.name}.`)] : own;
  });
}

describe('translatable text', () => {
  it('is localized in the CMS exactly where TRANSLATABLE says', () => {
    const inCms = Object.fromEntries(
      config.collections.map((collection) => [collection.slug, localizedPaths(collection.fields).sort()] as const).filter(([, paths]) => paths.length),
    );
    const listed = Object.fromEntries(Object.entries(TRANSLATABLE).map(([slug, paths]) => [slug, [...paths].sort()]));
    expect(inCms).toEqual(listed);
    // Globals translate nothing field by field; a per-language list is localized whole (its rows are that language's own).
    const globals = Object.fromEntries(config.globals.map((global) => [global.slug, localizedPaths(global.fields).filter((p) => !p.includes('.')).sort()] as const).filter(([, paths]) => paths.length));
    expect(globals).toEqual(Object.fromEntries(Object.entries(PER_LANGUAGE_LISTS).map(([slug, paths]) => [slug, [...paths].sort()])));
  });

  it('leaves figures, dates, contacts, slugs and relations the same in every language', () => {
    const localized = config.collections.flatMap((collection) => localizedPaths(collection.fields).map((p) => `${collection.slug}.${p}`));
    const shared = /\.(slug|uuid|council|area|phone|email|website|url|sourceUrl|formUrl|address|value|ageFrom|ageTo|lastReviewed|nextReview|askedOn|name|onsCode|source)$/;
    expect(localized.filter((p) => shared.test(p))).toEqual([]);
  });

  it('is stored in English and the demo’s languages, English the default, with no fallback; sites stay English', () => {
    expect(config.localization && config.localization.localeCodes).toEqual([...STORED_LOCALE_IDS]);
    expect(config.localization && [config.localization.defaultLocale, config.localization.fallback]).toEqual(['en', false]);
    expect(LOCALE_IDS).toEqual(['en']);
  });

  it('refuses a listed field the CMS does not have, and a localized field that is not listed', async () => {
    const { localizeCollection } = await import('@cms/lib/localization');
    expect(() => localizeCollection({ slug: 'areas', fields: [{ name: 'title', type: 'text' }] })).toThrow(/areas\.summary, which the CMS does not have/);
    expect(() => localizeCollection({ slug: 'pledges', fields: [{ name: 'youSaid', type: 'text' }, { name: 'weDid', type: 'text' }, { name: 'askedAt', type: 'text' }, { name: 'area', type: 'text', localized: true }] })).toThrow(
      /pledges\.area is localized but not in TRANSLATABLE/,
    );
  });
});
