/**
 * How the CMS's collections line up with the snapshot's: names, the one field whose CMS name
 * differs, list fields the CMS keeps as rows, the type a mapping must return, and the text
 * fields a translation covers.
 */
import type { z } from 'zod';
import type { collectionSchemas, CollectionName } from './snapshot';

/** The snapshot's name for each CMS collection the site is built from (CMS slug → snapshot key). */
export const SNAPSHOT_NAMES = {
  authorities: 'authority',
  areas: 'areas',
  offers: 'offers',
  guides: 'guides',
  spotlights: 'spotlights',
  'glossary-terms': 'glossary',
  pledges: 'pledges',
  indicators: 'indicators',
} as const satisfies Record<string, CollectionName>;
export type MappedCollection = keyof typeof SNAPSHOT_NAMES;

/**
 * The only fields whose CMS (database) name differs from the contract's, declared once.
 * A pledge's `status` is stored as `progress`: versioned collections already have
 * `_status` (draft/published), and on PostgreSQL both would claim the same enum type. The
 * snapshot, the site and the content files say `status`; the export's mapping, the publish
 * check's error paths and the content import rename through this table.
 */
export const CMS_FIELD_NAMES = {
  pledges: { status: 'progress' },
} as const satisfies { [C in MappedCollection]?: Record<string, string> };

/**
 * Lists of text the snapshot keeps as plain strings and the CMS as array rows of one field
 * (`howToGet: ['…']` ↔ `howToGet: [{ step: '…' }]`).
 */
export const CMS_LIST_ROWS = {
  offers: { howToGet: 'step' },
  spotlights: { partners: 'name' },
  'glossary-terms': { aliases: 'alias' },
} as const satisfies { [C in MappedCollection]?: Record<string, string> };

/** The CMS field a snapshot path comes from (`status` → `progress`, `howToGet.2` → `howToGet.2.step`). */
export function cmsFieldPath(collection: MappedCollection, snapshotPath: readonly (string | number)[]): string {
  const path = snapshotPath.map(String);
  const [first, second] = path;
  if (first === undefined) return '';
  const renamed = (CMS_FIELD_NAMES as Partial<Record<MappedCollection, Record<string, string>>>)[collection]?.[first];
  if (renamed) path[0] = renamed;
  const row = (CMS_LIST_ROWS as Partial<Record<MappedCollection, Record<string, string>>>)[collection]?.[first];
  if (row && second !== undefined) path.splice(2, 0, row);
  return path.join('.');
}

/** A content entry's fields under their CMS names (`status` → `progress` for pledges). */
export function withCmsNames<T extends Record<string, unknown>>(collection: MappedCollection, entry: T): Record<string, unknown> {
  const renames = (CMS_FIELD_NAMES as Partial<Record<MappedCollection, Record<string, string>>>)[collection] ?? {};
  return Object.fromEntries(Object.entries(entry).map(([key, value]) => [renames[key] ?? key, value]));
}

/**
 * Every key required, all the way down (lists and nested groups included); optional ones
 * become "value or null". A mapping typed with it must name every field of the schema, so a
 * field renamed on either side is a type error rather than a field silently left empty.
 */
export type Complete<T> = T extends readonly (infer E)[]
  ? Complete<E>[]
  : T extends { root: unknown }
    ? { root: object } // rich text: the editor's own shape, checked by the schema at run time
    : T extends object
      ? { [K in keyof T]-?: Complete<Exclude<T[K], undefined>> }
      : T;

/** What a snapshot entry of `C` may be written as: the schema's input (before defaults). */
export type SnapshotInput<C extends CollectionName> = z.input<(typeof collectionSchemas)[C]>;

/**
 * What the export's mapping of CMS collection `C` returns: every field of the snapshot
 * schema's input. Images are the exception: the export maps them (it copies the files) and
 * the schema checks them, so a mapping passes on what it was given. `translation` is not the
 * mapping's: the export adds it to the entries of a language's snapshot (`./translation`).
 */
export type MappedEntry<C extends MappedCollection> = Complete<Omit<SnapshotInput<(typeof SNAPSHOT_NAMES)[C]>, 'image' | 'translation'>> &
  ('image' extends keyof SnapshotInput<(typeof SNAPSHOT_NAMES)[C]> ? { image: unknown } : unknown);

/** Text fields every page built from the offer fields has (a council's offers and the national entitlements). */
const OFFER_TEXT = ['title', 'summary', 'body', 'eligibility.notes', 'amount.note', 'howToGet.step', 'whoToAsk', 'ifRefused', 'legalBasis'] as const;
/** A guide chapter's own text (national, or in a council's guide). */
const CHAPTER_TEXT = ['title', 'summary', 'body', 'legalBasis', 'sources.title'] as const;
/** A glossary term's text (national and local terms alike). */
const GLOSSARY_TEXT = ['term', 'meaning', 'aliases.alias'] as const;

/**
 * Text written for readers: what a translation covers. One list, by CMS collection and
 * field path (through groups and array rows: `howToGet.step`, `chapters.sources.title`), and
 * the CMS follows it: these fields, and only these, are `localized` (`cms/lib/localization.ts`;
 * `tests/unit/translatable.unit.spec.ts` holds the two together). Each is stored once per
 * language, English being the default, and is never filled from English in another.
 *
 * Everything else is the same in every language: slugs and ids, relations, amounts, ages and
 * other figures, dates, phone numbers, email and web addresses, postal addresses, names (a
 * council's, a partner's, a place's, a publication's: an indicator's source, a spotlight's
 * source collection), word lists (labelled by language already, `./vocabularies`), review
 * state and history. Array rows are shared too: a translation has the same steps, chapters
 * and sources as the English, each with its own words. Titles the CMS copies for its lists
 * (a local part's, a local detail's) come from the English.
 */
export const TRANSLATABLE = {
  authorities: ['serviceName', 'openingHours', 'emergency.label', 'emergency.hours'],
  areas: ['title', 'summary'],
  offers: OFFER_TEXT,
  entitlements: OFFER_TEXT,
  'local-details': ['summary', 'amount.note', 'howToGet.step', 'whoToAsk', 'ifRefused', 'eligibilityNotes', 'note'],
  guides: ['title', 'summary', 'intro', ...CHAPTER_TEXT.map((path) => `chapters.${path}` as const)],
  'guide-chapters': CHAPTER_TEXT,
  'guide-local-parts': ['whoToAsk', 'steps.step', 'note'],
  spotlights: [
    'title',
    'summary',
    'body',
    'team',
    'contactRole',
    'outcomes.label',
    'outcomes.unit',
    'outcomes.period',
    'facts.label',
    'facts.unit',
    'facts.period',
    'milestones.label',
    'milestones.when',
  ],
  'glossary-terms': GLOSSARY_TEXT,
  'local-terms': GLOSSARY_TEXT,
  pledges: ['youSaid', 'weDid', 'askedAt'],
  indicators: ['title', 'description'],
  media: ['alt', 'caption'],
} as const satisfies Record<string, readonly string[]>;

/** A CMS collection with text to translate. */
export type TranslatableCollection = keyof typeof TRANSLATABLE;

/**
 * Lists each language keeps its own rows of (not a translation of the English rows): what people
 * type in that language and what it means there, crisis words included (issue 21, part 5). The
 * CMS localizes the whole array (`cms/lib/localization.ts`).
 */
export const PER_LANGUAGE_LISTS = {
  'search-words': ['entries'],
} as const satisfies Record<string, readonly string[]>;
