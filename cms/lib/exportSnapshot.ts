import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
import type { EntryTranslation } from '@content/model/translation';
import type { StoredLocaleId } from '@content/model/locales';
import { NATIONAL_CHANGES, type ChangeEntry } from '@content/model/changeLog';
import { combined, translationChooser, type Chosen, type StoredTranslation } from '@cms/lib/languageSnapshot';
import { mediaStore } from '@cms/lib/mediaStore';

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
  { council, library = false, preview, lang }: SnapshotOptions = {},
): Promise<{ file: string; counts: Record<string, number> }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'media'), { recursive: true });
  const snapshot = await collectSnapshot(payload, path.join(outDir, 'media'), { council, library, preview, lang });
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
  /**
   * The language of a council's site (a stored locale id; English when not given): every text
   * is read in it, and each translatable entry says what it is shown in (`translation`); an
   * entry whose translation readers may not see (not shown yet, out of date, or missing text)
   * is the English entry, `shownIn: 'en'` (issue 21, part 4).
   */
  lang?: StoredLocaleId | undefined;
};

/**
 * The snapshot as an object: what an anonymous reader may see, mapped by
 * `@cms/lib/snapshotMapping`. With `mediaDir`, the media files it uses are copied there;
 * without, nothing is written (the dashboard's check of published content).
 */
export async function collectSnapshot(
  payload: Payload,
  mediaDir: string | null,
  { council: wanted, library = false, preview, lang = ENGLISH }: SnapshotOptions = {},
): Promise<Record<string, unknown>> {
  // The national practice library's site has the national content only, and no council.
  const council = library ? null : await whichCouncil(payload, wanted);
  const translating = lang !== ENGLISH;
  /** A council's own documents (`mine`), or national ones, in `locale` (depth 0: for the English hash). */
  const read = async <T extends object>(collection: CollectionSlug, sort?: string, mine = false, locale: StoredLocaleId = ENGLISH, depth = 1): Promise<T[]> => {
    if (mine && !council) return [];
    const result = await payload.find({
      collection,
      locale,
      overrideAccess: false,
      draft: false,
      depth,
      pagination: false,
      sort,
      ...(mine ? { where: { council: { equals: council!.id } } } : {}),
    });
    const docs = result.docs as T[];
    if (locale !== ENGLISH || depth !== 1 || preview?.collection !== collection) return docs;
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

  /** The media files the snapshot uses, copied into `mediaDir` at the end (from the disk or the bucket: `@cms/lib/mediaStore`). */
  const used = new Set<string>();

  const media = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return null;
    const m = value as Media;
    if (!m.filename) return null;
    const copy = (filename: string) => {
      used.add(filename);
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

  const readAll = (locale: StoredLocaleId, depth = 1) =>
    Promise.all([
      read<Area>('areas', 'order', false, locale, depth),
      read<Offer>('offers', 'title', true, locale, depth),
      read<Entitlement>('entitlements', 'title', false, locale, depth),
      read<LocalDetail>('local-details', 'title', true, locale, depth),
      read<Guide>('guides', 'title', true, locale, depth),
      read<GuideChapter>('guide-chapters', 'order', false, locale, depth),
      read<GuideLocalPart>('guide-local-parts', 'title', true, locale, depth),
      read<Spotlight>('spotlights', 'title', false, locale, depth),
      read<GlossaryTerm>('glossary-terms', 'term', false, locale, depth),
      read<GlossaryTerm>('local-terms', 'term', true, locale, depth),
      read<Pledge>('pledges', '-askedOn', true, locale, depth),
      read<Indicator>('indicators', 'title', true, locale, depth),
    ]);
  const english = await readAll(ENGLISH);
  const [areas, offers, entitlements, localDetails, guides, guideChapters, guideLocalParts, spotlights, nationalTerms, localTerms, pledges, indicators] = english;
  // A language's site: the same documents in the language, the English at depth 0 (for the hash), and the language's translation records.
  const [translated, plain, records] = translating
    ? await Promise.all([
        readAll(lang),
        readAll(ENGLISH, 0),
        payload
          .find({ collection: 'translations', where: { language: { equals: lang } }, depth: 0, pagination: false, overrideAccess: true, select: { key: true, state: true, englishHash: true, englishChangedOn: true, checkedOn: true } })
          .then(({ docs }) => docs.map((d): StoredTranslation => ({ key: d.key, state: d.state, englishHash: d.englishHash ?? '', englishChangedOn: d.englishChangedOn, checkedOn: d.checkedOn }))),
      ])
    : [null, null, []];
  const choose = translationChooser(lang, records);
  /** Each English document with what the language's site shows of it (the English itself, untouched, on an English site). */
  const chooseAll = <T extends { id: number | string }>(slug: CollectionSlug, list: T[], inLanguage: T[] | undefined, atDepth0: T[] | undefined): Chosen<T>[] => {
    if (!inLanguage || !atDepth0) return list.map((doc) => ({ doc, english: doc, shown: true, translation: ENGLISH_ENTRY }));
    const tr = new Map(inLanguage.map((d) => [String(d.id), d]));
    const base = new Map(atDepth0.map((d) => [String(d.id), d]));
    return list.map((doc) => choose(slug, doc, tr.get(String(doc.id)), base.get(String(doc.id))));
  };
  const withTranslation = <E extends object>(entry: E, t: EntryTranslation): E & { translation: EntryTranslation | null } => ({ ...entry, translation: translating ? t : null });

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
  const chosenAreas = chooseAll('areas', areas, translated?.[0], plain?.[0]);
  const chosenOffers = chooseAll('offers', offers, translated?.[1], plain?.[1]);
  const chosenEntitlements = chooseAll('entitlements', entitlements, translated?.[2], plain?.[2]);
  const chosenDetails = new Map(chooseAll('local-details', localDetails, translated?.[3], plain?.[3]).map((c) => [String(idOf(c.english.entitlement)), c]));
  const chosenGuides = chooseAll('guides', guides, translated?.[4], plain?.[4]);
  const chosenChapters = chooseAll('guide-chapters', guideChapters, translated?.[5], plain?.[5]);
  const chosenParts = chooseAll('guide-local-parts', guideLocalParts, translated?.[6], plain?.[6]);
  const chosenTerms = [...chooseAll('glossary-terms', nationalTerms, translated?.[8], plain?.[8]), ...chooseAll('local-terms', localTerms, translated?.[9], plain?.[9])];

  // The council itself: its service and urgent-help text in the language.
  const chosenCouncil = council
    ? translating
      ? choose('authorities', council, await payload.findByID({ collection: 'authorities', id: council.id, locale: lang, depth: 0, overrideAccess: false, disableErrors: true }) ?? undefined, council)
      : { doc: council, english: council, shown: true, translation: ENGLISH_ENTRY }
    : null;

  // An entitlement's page on the council's site is the entitlement and the council's local details: translated only if both are.
  const nationalOffers = council
    ? chosenEntitlements.flatMap((e) => {
        const local = chosenDetails.get(String(e.english.id));
        const both = combined(lang, local ? [e, local] : [e]);
        const page = withLocalDetails([both.shown ? e.doc : e.english], local ? [both.shown ? local.doc : local.english] : [], offers, council, ctx);
        return page.map((entry) => withTranslation(entry, both.translation));
      })
    : [];

  // The national guide is its chapters and the council's local parts: translated only if every one is.
  const nationalGuide = combined(lang, [...chosenChapters, ...chosenParts]);
  const guideEntries = council
    ? withNationalGuides(
        chosenChapters.map((c) => (nationalGuide.shown ? c.doc : c.english)),
        chosenParts.map((c) => (nationalGuide.shown ? c.doc : c.english)),
        chosenGuides.map((g) => g.doc),
        ctx,
      ).map((entry) => {
        const own = chosenGuides.find((g) => g.doc.slug === entry.slug);
        const national = entry.chapters.some((c) => c.national);
        return withTranslation(entry, national ? combined(lang, own ? [nationalGuide, own] : [nationalGuide]).translation : (own?.translation ?? nationalGuide.translation));
      })
    : [];

  const snapshot = {
    generatedAt: new Date().toISOString(),
    kind: council ? 'council' : 'library',
    lang,
    authority: chosenCouncil ? withTranslation(toSnapshot.authorities(chosenCouncil.doc, ctx), chosenCouncil.translation) : null,
    areas: chosenAreas.map((a) => withTranslation(toSnapshot.areas(a.doc, ctx), a.translation)),
    offers: (council ? [...chosenOffers.map((o) => withTranslation(toSnapshot.offers(o.doc, ctx), o.translation)), ...nationalOffers] : []).sort((a, b) =>
      String(a.title).localeCompare(String(b.title)),
    ),
    guides: guideEntries,
    spotlights: chooseAll('spotlights', spotlights, translated?.[7], plain?.[7]).map((s) => withTranslation(toSnapshot.spotlights(s.doc, ctx), s.translation)),
    // The national glossary, with the council's own terms (a local one replaces a national one of the same slug).
    glossary: [...new Map(chosenTerms.map((t) => [t.doc.slug, t])).values()]
      .sort((a, b) => a.doc.term.localeCompare(b.doc.term))
      .map((t) => withTranslation(toSnapshot['glossary-terms'](t.doc, ctx), t.translation)),
    pledges: chooseAll('pledges', pledges, translated?.[10], plain?.[10]).map((p) => withTranslation(toSnapshot.pledges(p.doc, ctx), p.translation)),
    indicators: chooseAll('indicators', indicators, translated?.[11], plain?.[11]).map((i) => withTranslation(toSnapshot.indicators(i.doc, ctx), i.translation)),
    // Each language's own search words (its crisis words first), not the English ones (issue 21, part 5).
    searchWords: searchWordsToSnapshot(await payload.findGlobal({ slug: 'search-words', locale: lang, overrideAccess: false, depth: 0 })),
    changes: council ? await changeLogOf(payload, council.id) : [],
  };

  if (mediaDir) await copyMedia([...used], mediaDir);
  return snapshot;
}

/**
 * Copies the named media files from wherever they are kept (`@cms/lib/mediaStore`) into
 * `mediaDir`, a few at a time. A file the database names but the store lacks stops the export.
 */
async function copyMedia(filenames: string[], mediaDir: string): Promise<void> {
  const store = mediaStore();
  const AT_ONCE = 8;
  for (let i = 0; i < filenames.length; i += AT_ONCE) {
    await Promise.all(
      filenames.slice(i, i + AT_ONCE).map(async (filename) => {
        const bytes = await store.read(filename);
        if (!bytes) throw new Error(`media: "${filename}" is in the database but not in ${store.where}.`);
        writeFileSync(path.join(mediaDir, filename), bytes);
      }),
    );
  }
}

/**
 * A council's change log for its site (issue 22, part 4): its own entries and the national
 * ones (changes to entitlements and the national guide), newest first. The log is not public
 * through the CMS's API (`@cms/access/changeLog`), so this narrow query reads it as the system:
 * what it gives is exactly what the site shows. The lines are in English (a change is logged
 * when the English is published).
 */
export async function changeLogOf(payload: Payload, council: number | string): Promise<ChangeEntry[]> {
  // A CMS without the change log (the release before issue 22, as the upgrade tests run it) has none to export.
  if (!('change-log' in payload.collections)) return [];
  const { docs } = await payload.find({
    collection: 'change-log',
    where: { or: [{ changedIn: { in: [...NATIONAL_CHANGES] } }, { council: { equals: council } }] },
    sort: '-changedAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    locale: ENGLISH,
  });
  return docs.map((d) => ({
    id: String(d.id),
    page: d.page,
    slug: d.slug,
    guide: d.guide ?? null,
    title: d.title,
    line: d.line,
    changedAt: new Date(d.changedAt).toISOString(),
    kinds: d.kinds ?? [],
    national: (NATIONAL_CHANGES as readonly string[]).includes(d.changedIn),
  }));
}

/** What an English site's entry says of its translation: nothing (`withTranslation` writes null). */
const ENGLISH_ENTRY: EntryTranslation = { shownIn: ENGLISH, state: 'checked', outOfDate: false, englishChangedOn: null, checkedOn: null };

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
