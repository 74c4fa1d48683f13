import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload';
import { CHANGE_COLLECTIONS, CHANGE_KIND, CHANGE_KINDS, CHANGE_LINE_MAX, type ChangeKind, type ChangePage } from '@content/model/changeLog';
import { ENGLISH, keepingLocale } from '@cms/lib/localization';
import { idOf } from '@cms/access/roles';

/**
 * The public change log (issue 22, part 4). Publishing a change to one of these asks for a
 * short "what changed" line (`whatChanged`): required when the amount, who can get it, who to
 * ask or how to get it changed since the version last published; optional otherwise (a typo
 * fix with no line is not listed). The line becomes an entry of the append-only `change-log`
 * (made here, with `overrideAccess`: nobody writes one through the API), and the field is
 * emptied for the next change. The first publish of a new document needs no line.
 */
export const CHANGE_LOGGED = CHANGE_COLLECTIONS;
export type ChangeLogged = (typeof CHANGE_LOGGED)[number];
export const isChangeLogged = (slug: string): slug is ChangeLogged => (CHANGE_LOGGED as readonly string[]).includes(slug);

/** A document as a hook sees it (saved or sent fields). */
type Fields = Record<string, unknown>;
const fieldsOf = (doc: object | null | undefined): Fields => (doc ? Object.fromEntries(Object.entries(doc)) : {});
const group = (doc: Fields, name: string): Fields => {
  const value = doc[name];
  return value && typeof value === 'object' && !Array.isArray(value) ? fieldsOf(value) : {};
};
const pick = (doc: Fields, names: string[]) => Object.fromEntries(names.map((n) => [n, doc[n]]));
/** Array rows (`howToGet`, `steps`) as their text. */
const steps = (value: unknown) => (Array.isArray(value) ? value.map((row) => (row && typeof row === 'object' ? fieldsOf(row).step : row)) : []);

/** The facts a reader acts on, per collection and kind of change. */
const OFFER: Partial<Record<ChangeKind, (doc: Fields) => unknown>> = {
  amount: (doc) => pick(group(doc, 'amount'), ['type', 'value', 'period', 'nationalMinimum', 'nationalBasis']),
  eligibility: (doc) => ({ ...pick(group(doc, 'eligibility'), ['ageFrom', 'ageTo', 'careStatus', 'circumstances']), livingElsewhere: doc.livingElsewhere }),
  contacts: (doc) => doc.whoToAsk,
  'how-to-claim': (doc) => steps(doc.howToGet),
};
const WATCHED: Record<ChangeLogged, Partial<Record<ChangeKind, (doc: Fields) => unknown>>> = {
  offers: OFFER,
  entitlements: OFFER,
  'local-details': {
    amount: (doc) => pick(group(doc, 'amount'), ['type', 'value', 'period']),
    eligibility: (doc) => doc.eligibilityNotes,
    contacts: (doc) => doc.whoToAsk,
    'how-to-claim': (doc) => steps(doc.howToGet),
  },
  'guide-chapters': { eligibility: (doc) => doc.circumstances },
  'guide-local-parts': { contacts: (doc) => doc.whoToAsk, 'how-to-claim': (doc) => steps(doc.steps) },
  pledges: {},
};

/** A value compared for meaning: no row ids, empty is empty, lists of words in any order, text by its words. */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ');
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v) => v !== null);
    return items.length === 0 ? null : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, v]) => [key, canonical(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }
  return value;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
/** Lists of choices compare as sets (`careStatus`, `circumstances`). */
const sortedChoices = (value: unknown): unknown => {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value].sort();
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortedChoices(v)]));
  return value;
};

/** The kinds of change between two versions of a document of `collection`. */
export function changedKinds(collection: ChangeLogged, before: Fields, after: Fields): ChangeKind[] {
  const watched = WATCHED[collection];
  return CHANGE_KINDS.filter((kind) => {
    const facts = watched[kind];
    return facts !== undefined && !same(sortedChoices(facts(before)), sortedChoices(facts(after)));
  });
}

const kindList = (kinds: ChangeKind[]) => {
  const words = kinds.map((k) => CHANGE_KIND[k]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
};

/** What the afterChange hook writes, keyed by collection and document, set by the beforeChange hook. */
type Pending = { line: string; kinds: ChangeKind[] };
const contextKey = (collection: string, id: unknown) => `changeLog:${collection}:${String(id)}`;

/** The version last published, in English, or null (never published). */
async function lastPublished(req: PayloadRequest, collection: ChangeLogged, id: number | string): Promise<Fields | null> {
  const { docs } = await keepingLocale(req, () =>
    req.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      locale: ENGLISH,
      overrideAccess: true,
      req,
    }),
  );
  return docs[0] ? fieldsOf(docs[0].version) : null;
}

/**
 * On publishing, in English: works out what changed since the version last published, refuses
 * a change to the facts without a line (naming what changed), and keeps the line for
 * `logChange`. The field is always emptied, so the next change starts with an empty line.
 */
export const askWhatChanged: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection, context }) => {
  if (!isChangeLogged(collection.slug) || data._status !== 'published' || context?.seeding) return data;
  if (req.locale && req.locale !== ENGLISH) return data;
  const line = typeof data.whatChanged === 'string' ? data.whatChanged.trim() : '';
  const id = originalDoc?.id;
  const before = operation === 'update' && id !== undefined ? await lastPublished(req, collection.slug, id) : null;
  const kinds = before ? changedKinds(collection.slug, before, { ...fieldsOf(originalDoc), ...fieldsOf(data) }) : [];
  if (before && kinds.length > 0 && !line) {
    const message = `What changed: ${kindList(kinds)} changed, so say in one short line what changed (up to ${CHANGE_LINE_MAX} characters). Readers see it on the page and on "What’s new".`;
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'whatChanged', message }], req });
  }
  if (line) req.context[contextKey(collection.slug, id ?? 'new')] = { line, kinds } satisfies Pending;
  return { ...data, whatChanged: null };
};

const isPending = (value: unknown): value is Pending =>
  Boolean(value && typeof value === 'object' && 'line' in value && typeof value.line === 'string' && 'kinds' in value && Array.isArray(value.kinds));

/** The page a document's change shows on, and its title and slug there. */
async function pageOf(req: PayloadRequest, collection: ChangeLogged, doc: Fields): Promise<{ page: ChangePage; slug: string; title: string } | null> {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
  const english = (slug: 'entitlements' | 'guide-chapters', value: unknown) => {
    const id = idOf(value);
    return id === null
      ? Promise.resolve(null)
      : keepingLocale(req, () => req.payload.findByID({ collection: slug, id, depth: 0, locale: ENGLISH, overrideAccess: true, req, disableErrors: true }));
  };
  switch (collection) {
    case 'offers':
    case 'entitlements': {
      const slug = text(doc.slug);
      return slug ? { page: 'offer', slug, title: text(doc.title) ?? slug } : null;
    }
    case 'local-details': {
      const entitlement = await english('entitlements', doc.entitlement);
      return entitlement?.slug ? { page: 'offer', slug: entitlement.slug, title: entitlement.title } : null;
    }
    case 'guide-chapters': {
      const slug = text(doc.slug);
      return slug ? { page: 'chapter', slug, title: text(doc.title) ?? slug } : null;
    }
    case 'guide-local-parts': {
      const chapter = await english('guide-chapters', doc.chapter);
      return chapter?.slug ? { page: 'chapter', slug: chapter.slug, title: chapter.title } : null;
    }
    case 'pledges': {
      const slug = text(doc.slug);
      return slug ? { page: 'pledge', slug, title: text(doc.youSaid) ?? slug } : null;
    }
  }
}

/** Adds the line kept by `askWhatChanged` to the change log, in the same transaction as the publish. */
export const logChange: CollectionAfterChangeHook = async ({ doc, req, collection, operation }) => {
  const slug = collection.slug;
  if (!isChangeLogged(slug)) return doc;
  const key = contextKey(slug, operation === 'create' ? 'new' : doc.id);
  const pending: unknown = req.context[key];
  if (!isPending(pending)) return doc;
  delete req.context[key];
  const fields = fieldsOf(doc);
  const page = await pageOf(req, slug, fields);
  if (!page) return doc;
  await keepingLocale(req, () =>
    req.payload.create({
      collection: 'change-log',
      data: {
        council: idOf(fields.council) === null ? null : Number(idOf(fields.council)),
        changedIn: slug,
        documentId: Number(doc.id),
        ...page,
        line: pending.line,
        changedAt: new Date().toISOString(),
        kinds: pending.kinds,
      },
      overrideAccess: true,
      locale: ENGLISH,
      req,
    }),
  );
  return doc;
};
