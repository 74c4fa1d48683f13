import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload';
import { CHANGE_COLLECTIONS, CHANGE_KIND, CHANGE_KINDS, CHANGE_LINE_MAX, type ChangeKind, type ChangePage } from '@content/model/changeLog';
import { ENGLISH, keepingLocale } from '@cms/lib/localization';
import { idOf } from '@cms/access/roles';

/**
 * The public change log (issue 22, part 4). Publishing a change to one of these (offers,
 * entitlements and their local details, national guide chapters and their local parts, a
 * council's own guide, whose chapters are logged each on its page, and pledges) asks for a
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
  // A council's own guide: who each of its chapters is for (by the chapter's slug), like a national chapter's.
  guides: { eligibility: (doc) => Object.fromEntries(chaptersOf(doc).map((c) => [String(c.slug ?? c.title ?? ''), c.circumstances])) },
  // A pledge has no amount, eligibility, contact or steps: its line is optional.
  pledges: {},
};

/** A council's guide's chapters (`guides.chapters`), as fields. */
function chaptersOf(doc: Fields): Fields[] {
  return Array.isArray(doc.chapters) ? doc.chapters.filter((c): c is object => Boolean(c && typeof c === 'object')).map(fieldsOf) : [];
}

/** What a reader reads of a chapter of a council's guide (anything else, like its order, is not a change to it). */
const CHAPTER_WORDS = ['title', 'summary', 'body', 'relatedOffers', 'relatedEntitlements', 'legalBasis', 'sources', 'circumstances'];

/**
 * The slugs of the chapters of a council's guide that changed between two versions (new ones
 * too); none changed (only the introduction or the order): the first chapter, so the line is
 * still on a page.
 */
export function changedChapters(before: Fields, after: Fields): string[] {
  const old = new Map(chaptersOf(before).map((c) => [String(c.slug ?? ''), c]));
  const chapters = chaptersOf(after).filter((c) => typeof c.slug === 'string' && c.slug);
  const changed = chapters.filter((c) => {
    const was = old.get(String(c.slug));
    return !was || !same(sortedChoices(pick(was, CHAPTER_WORDS)), sortedChoices(pick(c, CHAPTER_WORDS)));
  });
  return (changed.length ? changed : chapters.slice(0, 1)).map((c) => String(c.slug));
}

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

/** What the afterChange hook writes, keyed by collection and document, set by the beforeChange hook (a council's guide: the chapters it is about). */
type Pending = { line: string; kinds: ChangeKind[]; chapters?: string[] };
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
  if (line) {
    const pending: Pending = { line, kinds };
    // A council's guide: the chapters that changed since the version last published (a new guide: its first).
    if (collection.slug === 'guides') pending.chapters = changedChapters(before ?? {}, { ...fieldsOf(originalDoc), ...fieldsOf(data) });
    req.context[contextKey(collection.slug, id ?? 'new')] = pending;
  }
  return { ...data, whatChanged: null };
};

const isPending = (value: unknown): value is Pending =>
  Boolean(value && typeof value === 'object' && 'line' in value && typeof value.line === 'string' && 'kinds' in value && Array.isArray(value.kinds));

/** A page a change shows on: its kind, slug and title there, and a council's own guide's slug for its chapters. */
type ChangedPage = { page: ChangePage; slug: string; title: string; guide?: string };

/** The pages a document's change shows on (a council's guide: each chapter that changed; anything else: one). */
async function pagesOf(req: PayloadRequest, collection: ChangeLogged, doc: Fields, pending: Pending): Promise<ChangedPage[]> {
  if (collection !== 'guides') {
    const page = await pageOf(req, collection, doc);
    return page ? [page] : [];
  }
  const guide = typeof doc.slug === 'string' && doc.slug ? doc.slug : null;
  if (!guide) return [];
  const chapters = chaptersOf(doc);
  // The chapters that changed, as they are now (a slug the editor changed since: its new one, by position).
  const wanted = new Set(pending.chapters ?? []);
  const shown = chapters.filter((c) => wanted.has(String(c.slug)));
  return (shown.length ? shown : chapters.slice(0, 1))
    .filter((c) => typeof c.slug === 'string' && c.slug)
    .map((c) => ({ page: 'chapter' as const, slug: String(c.slug), title: typeof c.title === 'string' && c.title ? c.title : String(c.slug), guide }));
}

/** The page a document's change shows on, and its title and slug there. */
async function pageOf(req: PayloadRequest, collection: Exclude<ChangeLogged, 'guides'>, doc: Fields): Promise<ChangedPage | null> {
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
  for (const page of await pagesOf(req, slug, fields, pending)) {
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
  }
  return doc;
};
