import { createHash } from 'node:crypto';
import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload';
import { TRANSLATABLE, type TranslatableCollection } from '@content/model/fields';
import { isShown, type TranslationState } from '@content/model/translation';
import { ENGLISH, translatablePaths } from '@cms/lib/localization';

/**
 * The collections readers see whose text is translated, each document per language with a
 * record in `translations` (issue 21, part 2): every `TRANSLATABLE` collection but media
 * (an image's alt text goes with the page that shows it).
 */
export const TRANSLATED_COLLECTIONS = (Object.keys(TRANSLATABLE) as TranslatableCollection[]).filter(
  (slug): slug is Exclude<TranslatableCollection, 'media'> => slug !== 'media',
);
export type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number];
export const isTranslated = (slug: string): slug is TranslatedCollection => (TRANSLATED_COLLECTIONS as readonly string[]).includes(slug);

/** The values at a dotted path, through groups and every row of an array (`howToGet.step`). */
export function valuesAt(value: unknown, parts: readonly string[]): unknown[] {
  if (!parts.length) return [value ?? null];
  if (Array.isArray(value)) return value.flatMap((row) => valuesAt(row, parts));
  if (!value || typeof value !== 'object') return [null];
  const [head, ...rest] = parts;
  return valuesAt((value as Record<string, unknown>)[head!], rest);
}

/**
 * A fingerprint of a document's English text to translate (`translatablePaths`): the same
 * English gives the same hash, whatever else changed (an amount, another language). A
 * translation records the hash of the English it was made from; when the document's hash
 * differs, the translation is out of date.
 */
export function englishTextHash(slug: string, doc: Record<string, unknown>): string {
  const texts = translatablePaths(slug).map((path) => [path, valuesAt(doc, path.split('.'))]);
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex');
}

/** The key that makes one translation record per document and language. */
export const translationKey = (collection: string, id: number | string, language: string) => `${collection}/${String(id)}/${language}`;

/** A translation record as the export and the dashboards read it. */
export type TranslationRecord = {
  state: TranslationState;
  englishHash: string;
  englishChangedOn?: string | null;
  checkedOn?: string | null;
};

/** Whether the record is out of date against the document's current English, and whether readers see it. */
export function translationStatus(record: TranslationRecord | null | undefined, currentHash: string) {
  if (!record) return { state: 'not-started' as const, outOfDate: false, shown: false };
  const outOfDate = record.englishHash !== currentHash;
  return { state: record.state, outOfDate, shown: isShown(record.state, outOfDate) };
}

/**
 * When a document's English text changes (an English save of what readers see: a published
 * version, or a collection without drafts), every translation of it notes the day
 * (`englishChangedOn`, for "the English was updated on …"). Whether a translation is out of
 * date is the hash's to say; another language's save changes no English and so notes nothing.
 */
export const noteEnglishChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || (req.locale ?? ENGLISH) !== ENGLISH || !isTranslated(collection.slug)) return doc;
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts);
  if (drafts && (doc as { _status?: string })._status !== 'published') return doc;
  if (englishTextHash(collection.slug, doc) === englishTextHash(collection.slug, previousDoc ?? {})) return doc;
  await markEnglishChanged(req, collection.slug, doc.id);
  return doc;
};

async function markEnglishChanged(req: PayloadRequest, slug: string, id: number | string) {
  await req.payload.update({
    collection: 'translations' as CollectionSlug,
    where: { and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { equals: id } }] },
    data: { englishChangedOn: new Date().toISOString() },
    overrideAccess: true,
    req,
    context: { ...req.context, englishChanged: true },
  });
}
