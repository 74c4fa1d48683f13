import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionSlug, Payload, TypedUser } from 'payload';
import type { Area, Authority, Entitlement, GlossaryTerm, Guide, GuideChapter, GuideLocalPart, Indicator, LocalDetail, Media, Offer, Pledge, Spotlight } from '@cms/payload-types';
import { idOf } from '@cms/access/roles';
import { ENGLISH } from '@cms/lib/localization';
import { withStaffStandIns } from '@cms/hooks/checkPublishable';
import { nationalChapter, searchWordsToSnapshot, toSnapshot, type MappingContext } from '@cms/lib/snapshotMapping';
import { withNationalGuide } from '@content/model/guides';
import type { MappedEntry } from '@content/model/fields';
import { applyLocalDetails, type LocalDetails } from '@content/model/localDetails';
import { isUuid, uuidFrom } from '@content/model/uuid';

/**
 * Writes what an anonymous reader may see to `<outDir>/snapshot.json` (plus the media files
 * it uses under `<outDir>/media/`), in the shape the content model's schemas check (`@content/model`).
 *
 * Every query runs with `overrideAccess: false` and no user, so the collections' own read
 * rules decide: drafts (and anything else not public) never leave the CMS. The site build
 * reads only this file; it never talks to the database. Every query names its language: the
 * sites are English (`locale: ENGLISH`; with no fallback, another language's missing text
 * would be empty, never English).
 *
 * With `preview` (the admin's preview of a draft, `platform/scripts/preview.ts`), one document
 * is read as it is in its latest draft, as that person may read it: see `PreviewDraft`.
 */
export async function exportSnapshot(
  payload: Payload,
  outDir: string,
  { council, library = false, preview }: SnapshotOptions = {},
): Promise<{ file: string; counts: Record<string, number> }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'media'), { recursive: true });
  const snapshot = await collectSnapshot(payload, path.join(outDir, 'media'), { council, library, preview });
  const file = path.join(outDir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot));
  const counts = Object.fromEntries(
    Object.entries(snapshot).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length]),
  );
  return { file, counts };
}

/**
 * One document's latest draft in a snapshot, for the admin's preview of it: read as `user`
 * (`draft: true, overrideAccess: false`), so only someone who may read that draft gets it. It
 * takes the place of the published version of the same document, or is added if it was never
 * published. Everything else stays what the public sees.
 */
export type PreviewDraft = { collection: CollectionSlug; id: number | string; user: TypedUser };

export type SnapshotOptions = {
  /** The council whose site it is for (the only one, when not given). */
  council?: number | string | undefined;
  /** The national practice library's site: national content only, no council. */
  library?: boolean | undefined;
  /** The admin's preview of one draft (never a public build). */
  preview?: PreviewDraft | undefined;
};

/**
 * The snapshot as an object: what an anonymous reader may see, mapped by
 * `@cms/lib/snapshotMapping`. With `mediaDir`, the media files it uses are copied there;
 * without, nothing is written (the dashboard's check of published content).
 */
export async function collectSnapshot(
  payload: Payload,
  mediaDir: string | null,
  { council: wanted, library = false, preview }: SnapshotOptions = {},
): Promise<Record<string, unknown>> {
  // The national practice library's site has the national content only, and no council.
  const council = library ? null : await whichCouncil(payload, wanted);
  /** A council's own documents (`mine`), or national ones. */
  const read = async <T extends object>(collection: CollectionSlug, sort?: string, mine = false): Promise<T[]> => {
    if (mine && !council) return [];
    const result = await payload.find({
      collection,
      locale: ENGLISH,
      overrideAccess: false,
      draft: false,
      depth: 1,
      pagination: false,
      sort,
      ...(mine ? { where: { council: { equals: council!.id } } } : {}),
    });
    const docs = result.docs as T[];
    if (preview?.collection !== collection) return docs;
    // The previewed draft, read as the person previewing it: in place of its published version, or added.
    const draft = await payload.findByID({ collection, id: preview.id, locale: ENGLISH, draft: true, depth: 1, overrideAccess: false, user: preview.user, disableErrors: true });
    if (!draft) return docs;
    const fields: Record<string, unknown> = { ...draft };
    if (mine && String(idOf(fields.council)) !== String(council!.id)) return docs;
    const isDraft = (doc: T) => typeof doc === 'object' && doc !== null && 'id' in doc && String(doc.id) === String(draft.id);
    // What staff fill in on approval stands in until they do, so a young editor's draft has its page too.
    const shown = withStaffStandIns(draft as T);
    return docs.some(isDraft) ? docs.map((doc) => (isDraft(doc) ? shown : doc)) : [...docs, shown];
  };

  const uploadDir = payload.collections.media.config.upload.staticDir as string;

  const media = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return null;
    const m = value as Media;
    if (!m.filename) return null;
    const copy = (filename: string) => {
      if (mediaDir) copyFileSync(path.join(uploadDir, filename), path.join(mediaDir, filename));
      return `/media/${encodeURIComponent(filename)}`;
    };
    const sizes = Object.values(m.sizes ?? {})
      .filter((s): s is { filename: string; width: number } => Boolean(s?.filename && s.width))
      .filter((s) => s.width < (m.width ?? Infinity))
      .map((s) => ({ url: copy(s.filename), width: s.width }));
    return { id: m.id, url: copy(m.filename), alt: m.alt, width: m.width, height: m.height, caption: m.caption ?? null, sizes };
  };
  const slugOf = (value: unknown): string | null =>
    value && typeof value === 'object' && 'slug' in value ? String((value as { slug: unknown }).slug) : null;

  const [areas, offers, entitlements, localDetails, guides, guideChapters, guideLocalParts, spotlights, nationalTerms, localTerms, pledges, indicators] = await Promise.all([
    read<Area>('areas', 'order'),
    read<Offer>('offers', 'title', true),
    read<Entitlement>('entitlements', 'title'),
    read<LocalDetail>('local-details', 'title', true),
    read<Guide>('guides', 'title', true),
    read<GuideChapter>('guide-chapters', 'order'),
    read<GuideLocalPart>('guide-local-parts', 'title', true),
    read<Spotlight>('spotlights', 'title'),
    read<GlossaryTerm>('glossary-terms', 'term'),
    read<GlossaryTerm>('local-terms', 'term', true),
    read<Pledge>('pledges', '-askedOn', true),
    read<Indicator>('indicators', 'title', true),
  ]);

  // Credits: the only account data that leaves the CMS, and only for young editors who
  // opted in, as the display name they chose. Looked up with a narrow, privileged query,
  // because anonymous readers can't (and mustn't) read co-authors or accounts.
  const credited = await payload.find({
    collection: 'users',
    where: { 'credit.showName': { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { credit: true },
  });
  const displayNames = new Map(
    credited.docs
      .map((u) => [String(u.id), u.credit?.displayName?.trim()] as const)
      .filter((entry): entry is readonly [string, string] => Boolean(entry[1])),
  );
  const creditsFor = async (collection: 'offers' | 'guides' | 'spotlights') => {
    const { docs } = await payload.find({
      collection,
      locale: ENGLISH,
      // Spotlights are national; the others, this council's only.
      where: { and: [{ _status: { equals: 'published' } }, ...(collection === 'spotlights' ? [] : [{ council: { equals: council?.id ?? null } }])] },
      draft: false,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true, coAuthors: true },
    });
    return new Map(
      docs.map((d) => {
        const ids = (d.coAuthors ?? []).map((c) => String(c && typeof c === 'object' ? c.id : c));
        return [d.slug, [...new Set(ids.map((id) => displayNames.get(id)).filter((n): n is string => Boolean(n)))]];
      }),
    );
  };
  const [offerCredits, guideCredits, spotlightCredits] = await Promise.all([creditsFor('offers'), creditsFor('guides'), creditsFor('spotlights')]);

  const ctx = {
    slugOf,
    media,
    credits: (collection: 'offers' | 'guides' | 'spotlights', slug: string) =>
      ({ offers: offerCredits, guides: guideCredits, spotlights: spotlightCredits })[collection].get(slug) ?? [],
  };
  const snapshot = {
    generatedAt: new Date().toISOString(),
    kind: council ? 'council' : 'library',
    authority: council ? toSnapshot.authorities(council, ctx) : null,
    areas: areas.map((a) => toSnapshot.areas(a, ctx)),
    offers: (council ? [...offers.map((o) => toSnapshot.offers(o, ctx)), ...withLocalDetails(entitlements, localDetails, offers, council, ctx)] : []).sort((a, b) =>
      String(a.title).localeCompare(String(b.title)),
    ),
    guides: council ? withNationalGuides(guideChapters, guideLocalParts, guides, ctx) : [],
    spotlights: spotlights.map((s) => toSnapshot.spotlights(s, ctx)),
    // The national glossary, with the council's own terms (a local one replaces a national one of the same slug).
    glossary: [...new Map([...nationalTerms, ...localTerms].map((t) => [t.slug, t])).values()]
      .sort((a, b) => a.term.localeCompare(b.term))
      .map((t) => toSnapshot['glossary-terms'](t, ctx)),
    pledges: pledges.map((p) => toSnapshot.pledges(p, ctx)),
    indicators: indicators.map((i) => toSnapshot.indicators(i, ctx)),
    searchWords: searchWordsToSnapshot(await payload.findGlobal({ slug: 'search-words', locale: ENGLISH, overrideAccess: false, depth: 0 })),
  };

  return snapshot;
}

/**
 * The council a snapshot is for: the one asked for, or the only one there is. A platform
 * with several councils must say which (each has its own site).
 */
export async function whichCouncil(payload: Payload, wanted?: number | string): Promise<Authority> {
  const { docs } = await payload.find({ collection: 'authorities', locale: ENGLISH, depth: 0, pagination: false, overrideAccess: false, sort: 'name' });
  if (wanted !== undefined) {
    const found = docs.find((c) => String(c.id) === String(wanted));
    if (!found) throw new Error(`authorities: there is no council with id ${String(wanted)}.`);
    return found;
  }
  if (!docs[0]) throw new Error('authorities: there is no council yet. Add one in the admin (Settings → Councils) or run `npm run seed`.');
  if (docs.length > 1) throw new Error(`authorities: there are ${docs.length} councils; say which one this site is for.`);
  return docs[0];
}

/** A Lexical heading and paragraph, appended to a national body for the council's note. */
export function appendNote(body: Offer['body'], heading: string, note: string): Offer['body'] {
  const text = (value: string) => ({ type: 'text', text: value, version: 1, format: 0, detail: 0, mode: 'normal', style: '' });
  const block = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 };
  return {
    ...body,
    root: {
      ...body.root,
      children: [
        ...body.root.children,
        { ...block, type: 'heading', tag: 'h2', children: [text(heading)] },
        ...note.split(/\n\s*\n/).map((para) => ({ ...block, type: 'paragraph', textFormat: 0, children: [text(para.trim())] })),
      ],
    },
  };
}

/**
 * The national entitlements as this council's offer pages, as snapshot entries: each
 * entitlement with the council's local details applied by the model's one rule
 * (`@content/model/localDetails`, the one the content checks run too): its summary, amount,
 * steps, who to ask, what to do if refused, who can get it here, and a note under
 * "In <council>". The national text is never copied into the council's content: it is
 * combined here, at export. A council offer with the same slug (a database upgraded from one
 * council) takes the page instead.
 */
export function withLocalDetails(entitlements: Entitlement[], details: LocalDetail[], offers: Offer[], council: Authority, ctx: MappingContext): MappedEntry<'offers'>[] {
  const taken = new Set(offers.map((o) => o.slug));
  const byEntitlement = new Map(details.map((d) => [String(idOf(d.entitlement)), d]));
  return entitlements
    .filter((e) => !taken.has(e.slug))
    .map((e) => {
      const local = byEntitlement.get(String(e.id));
      const page = {
        ...e,
        kind: 'national',
        council: council.id,
        // This council's page of the entitlement has an id of its own, made from the two, so it is as stable as they are.
        uuid: isUuid(e.uuid) && isUuid(council.uuid) ? uuidFrom(e.uuid, council.uuid) : null,
        updatedAt: [e.updatedAt, local?.updatedAt].filter(Boolean).sort().at(-1) ?? e.updatedAt,
      } satisfies Offer;
      // The entitlement as a snapshot entry, with its body in the CMS's own (Lexical) shape for the note.
      const national = { ...toSnapshot.offers(page, ctx), body: e.body };
      const { localNote: _note, ...applied } = applyLocalDetails(national, local ? localDetailsOf(local) : null, { council: council.name, appendNote });
      return applied;
    });
}

/**
 * The council's guides with the national guide first: every national chapter (in its order)
 * with the council's local part, then the council's own chapters (`withNationalGuide`).
 */
function withNationalGuides(chapters: GuideChapter[], localParts: GuideLocalPart[], guides: Guide[], ctx: MappingContext) {
  const byChapter = new Map(localParts.map((p) => [String(idOf(p.chapter)), p]));
  const national = [...chapters]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title))
    .map((c) => nationalChapter(c, byChapter.get(String(c.id)) ?? null, ctx));
  const updatedAt = [...chapters, ...localParts].map((d) => d.updatedAt).sort().at(-1) ?? new Date(0).toISOString();
  return withNationalGuide(national, guides.map((g) => toSnapshot.guides(g, ctx)), updatedAt);
}

/** A CMS local detail as the rule reads it: its steps as plain strings. */
function localDetailsOf(local: LocalDetail): LocalDetails {
  return { ...local, howToGet: local.howToGet?.map((row) => row.step) ?? null };
}
