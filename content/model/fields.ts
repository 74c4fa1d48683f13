/**
 * How the CMS's collections line up with the snapshot's: names, the one field whose CMS name
 * differs, list fields the CMS keeps as rows, the type a mapping must return, and the text
 * fields a translation will cover.
 */
import type { z } from 'zod';
import type { collectionSchemas, CollectionName } from './snapshot';
import type { Authority, Chapter, GlossaryTerm, Guide, Indicator, Offer, Pledge, Spotlight, Area } from './schemas';

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
 * the schema checks them, so a mapping passes on what it was given.
 */
export type MappedEntry<C extends MappedCollection> = Complete<Omit<SnapshotInput<(typeof SNAPSHOT_NAMES)[C]>, 'image'>> &
  ('image' extends keyof SnapshotInput<(typeof SNAPSHOT_NAMES)[C]> ? { image: unknown } : unknown);

/** Dotted paths to the fields of a snapshot entry (through lists and groups, not into rich text). */
export type FieldPath<T> = T extends readonly (infer E)[]
  ? FieldPath<E>
  : T extends { root: unknown }
    ? never
    : T extends object
      ? { [K in keyof T & string]: K | (NonNullable<T[K]> extends object ? `${K}.${FieldPath<NonNullable<T[K]>>}` : never) }[keyof T & string]
      : never;

/**
 * Text written for readers, to be translated when languages come (they are not yet). A
 * language is then a `localized: true` on these CMS fields and a snapshot per language;
 * everything else (slugs, word lists, figures, dates, URLs) stays the same in every
 * language, and word lists are labelled by language already (`./vocabularies`).
 */
export const TRANSLATABLE = {
  authority: ['serviceName', 'openingHours', 'emergency.label', 'emergency.hours'],
  areas: ['title', 'summary'],
  offers: ['title', 'summary', 'body', 'eligibility.notes', 'amount.note', 'howToGet', 'whoToAsk', 'ifRefused'],
  guides: ['title', 'summary', 'intro', 'chapters.title', 'chapters.summary', 'chapters.body', 'chapters.legalBasis', 'chapters.sources.title', 'chapters.local.whoToAsk', 'chapters.local.steps', 'chapters.local.note'],
  spotlights: ['title', 'summary', 'body', 'outcomes.label', 'outcomes.unit', 'facts.label', 'facts.unit', 'milestones.label', 'milestones.when'],
  glossary: ['term', 'meaning', 'aliases'],
  pledges: ['youSaid', 'weDid', 'askedAt'],
  indicators: ['title', 'description'],
} as const satisfies {
  authority: readonly FieldPath<Authority>[];
  areas: readonly FieldPath<Area>[];
  offers: readonly FieldPath<Offer>[];
  guides: readonly (FieldPath<Guide> | `chapters.${FieldPath<Chapter>}`)[];
  spotlights: readonly FieldPath<Spotlight>[];
  glossary: readonly FieldPath<GlossaryTerm>[];
  pledges: readonly FieldPath<Pledge>[];
  indicators: readonly FieldPath<Indicator>[];
};
