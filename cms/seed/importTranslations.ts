import type { CollectionSlug, Payload, PayloadRequest } from 'payload';
import type { TranslationFile } from '@cms/seed/readTranslations';
import { translationKey } from '@cms/lib/translationState';

type Lexical = (markdown: string) => unknown;
type Doc = Record<string, unknown> & { id: number };
type Row = { id?: string | null } & Record<string, unknown>;

const COLLECTION = {
  entitlement: 'entitlements',
  offer: 'offers',
  authority: 'authorities',
  localDetail: 'local-details',
  glossary: 'glossary-terms',
  area: 'areas',
} as const satisfies Record<TranslationFile['kind'], CollectionSlug>;

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * The translated text in the CMS's shape, on top of the English document (`english`, read at
 * depth 0 in English): a group keeps its shared fields, and an array keeps the English rows
 * (their ids) with the translated words in each, so nothing but the language's text changes.
 */
export function localizedData(kind: TranslationFile['kind'], text: Record<string, unknown>, english: Doc, lexical: Lexical): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const rows = (name: string, field: string, values: unknown) => {
    const englishRows = (Array.isArray(english[name]) ? english[name] : []) as Row[];
    data[name] = (values as unknown[]).map((value, i) => ({ ...englishRows[i], [field]: value }));
  };
  for (const [name, value] of Object.entries(text)) {
    if (value === null || value === undefined) continue;
    if (name === 'body') data.body = lexical(String(value));
    else if (name === 'howToGet') rows('howToGet', 'step', value);
    else if (name === 'aliases') rows('aliases', 'alias', value);
    else if (typeof value === 'object') data[name] = { ...asRecord(english[name]), ...asRecord(value) };
    else data[name] = value;
  }
  return data;
}

/**
 * Writes the demo translations (`content/translations/`, read and checked by
 * `readTranslations`) after the English, in the same transaction: each file's text with
 * `locale: <lang>` on the document it mirrors, and a translation record made from the current
 * English (so it is up to date). A file with `outOfDateBecause` then has the English edited as
 * an editor would (`englishEdit`): the English text no longer matches what the translation was
 * made from, so it is out of date by the real mechanism. Idempotent: a document and language
 * with a record already are left alone.
 */
export async function importTranslations(
  payload: Payload,
  req: PayloadRequest,
  files: TranslationFile[],
  { lexical, context, count }: { lexical: Lexical; context: Record<string, unknown>; count: (key: 'created' | 'skipped', collection: string) => void },
): Promise<void> {
  const common = { req, context, overrideAccess: true, depth: 0 } as const;
  const councils = new Map<string, number | string>();
  const councilId = async (slug: string) => {
    if (!councils.has(slug)) {
      const { docs } = await payload.find({ ...common, collection: 'authorities', where: { slug: { equals: slug } }, limit: 1 });
      if (!docs[0]) throw new Error(`content/councils/${slug}: the council was not imported`);
      councils.set(slug, docs[0].id);
    }
    return councils.get(slug)!;
  };
  const findOne = async (collection: CollectionSlug, where: Record<string, unknown>, file: string): Promise<Doc> => {
    const { docs } = await payload.find({
      ...common,
      collection,
      locale: 'en',
      draft: true,
      where: { and: Object.entries(where).map(([field, value]) => ({ [field]: { equals: value } })) },
      limit: 1,
    });
    const found = docs[0];
    if (!found) throw new Error(`${file}: the English document it translates was not imported`);
    return { ...found, id: found.id };
  };

  for (const t of files) {
    const collection = COLLECTION[t.kind];
    let english: Doc;
    if (t.kind === 'authority') english = await findOne(collection, { slug: t.key }, t.file);
    else if (t.kind === 'localDetail') {
      const entitlement = await findOne('entitlements', { slug: t.key }, t.file);
      english = await findOne(collection, { council: await councilId(t.council!), entitlement: entitlement.id }, t.file);
    } else if (t.council) english = await findOne(collection, { council: await councilId(t.council), slug: t.key }, t.file);
    else english = await findOne(collection, { slug: t.key }, t.file);

    const key = translationKey(collection, english.id, t.lang);
    const existing = await payload.find({ ...common, collection: 'translations', where: { key: { equals: key } }, limit: 1 });
    if (existing.docs[0]) {
      count('skipped', 'translations');
      continue;
    }
    try {
      const published = english._status === undefined || english._status === 'published';
      await payload.update({
        ...common,
        collection,
        id: english.id,
        locale: t.lang,
        data: localizedData(t.kind, t.text, english, lexical),
        ...(english._status !== undefined ? { draft: !published } : {}),
      });
      await payload.create({
        ...common,
        collection: 'translations',
        data: {
          document: { relationTo: collection, value: english.id },
          language: t.lang,
          state: t.translation.state,
          translatedBy: t.translation.translator,
          checkedByName: t.translation.checkedBy ?? null,
          checkedOn: t.translation.checkedOn ?? null,
        },
      });
      count('created', 'translations');
      if (t.translation.englishEdit) {
        // The English moves on after the translation was made, as an editor's save would.
        const fresh = await findOne(collection, { id: english.id }, t.file);
        await payload.update({
          ...common,
          collection,
          id: english.id,
          locale: 'en',
          data: localizedData(t.kind, t.translation.englishEdit, fresh, lexical),
          ...(english._status !== undefined ? { draft: !published } : {}),
        });
      }
    } catch (error) {
      throw new Error(`${t.file}: ${(error as Error).message}`, { cause: error });
    }
  }
  // The Local API leaves the last language named on the shared request: what follows is English.
  req.locale = 'en';
}
