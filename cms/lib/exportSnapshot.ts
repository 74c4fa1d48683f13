import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionSlug, Payload } from 'payload';
import type { Area, Authority, GlossaryTerm, Guide, Indicator, Media, Offer, Pledge, Spotlight } from '@cms/payload-types';
import { searchWordsToSnapshot, toSnapshot } from '@cms/lib/snapshotMapping';

/**
 * Writes what an anonymous reader may see to `<outDir>/snapshot.json` (plus the media files
 * it uses under `<outDir>/media/`), in the shape the content model's schemas check (`@content/model`).
 *
 * Every query runs with `overrideAccess: false` and no user, so the collections' own read
 * rules decide: drafts (and anything else not public) never leave the CMS. The site build
 * reads only this file; it never talks to the database.
 */
export async function exportSnapshot(payload: Payload, outDir: string): Promise<{ file: string; counts: Record<string, number> }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'media'), { recursive: true });
  const snapshot = await collectSnapshot(payload, path.join(outDir, 'media'));
  const file = path.join(outDir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot));
  const counts = Object.fromEntries(
    Object.entries(snapshot).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length]),
  );
  return { file, counts };
}

/**
 * The snapshot as an object: what an anonymous reader may see, mapped by
 * `@cms/lib/snapshotMapping`. With `mediaDir`, the media files it uses are copied there;
 * without, nothing is written (the dashboard's check of published content).
 */
export async function collectSnapshot(payload: Payload, mediaDir: string | null): Promise<Record<string, unknown>> {
  const read = async <T>(collection: CollectionSlug, sort?: string): Promise<T[]> => {
    const result = await payload.find({
      collection,
      overrideAccess: false,
      draft: false,
      depth: 1,
      pagination: false,
      sort,
    });
    return result.docs as T[];
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

  const [authorities, areas, offers, guides, spotlights, glossary, pledges, indicators] = await Promise.all([
    read<Authority>('authorities'),
    read<Area>('areas', 'order'),
    read<Offer>('offers', 'title'),
    read<Guide>('guides', 'title'),
    read<Spotlight>('spotlights', 'title'),
    read<GlossaryTerm>('glossary-terms', 'term'),
    read<Pledge>('pledges', '-askedOn'),
    read<Indicator>('indicators', 'title'),
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
    select: { credit: true } as never,
  });
  const displayNames = new Map(
    credited.docs
      .map((u) => [String(u.id), (u as { credit?: { displayName?: string | null } }).credit?.displayName?.trim()] as const)
      .filter((entry): entry is readonly [string, string] => Boolean(entry[1])),
  );
  const creditsFor = async (collection: 'offers' | 'guides' | 'spotlights') => {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      draft: false,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true, coAuthors: true } as never,
    });
    return new Map(
      docs.map((d) => {
        const ids = ((d as { coAuthors?: unknown[] }).coAuthors ?? []).map((c) => String(c && typeof c === 'object' ? (c as { id: unknown }).id : c));
        return [(d as { slug: string }).slug, [...new Set(ids.map((id) => displayNames.get(id)).filter((n): n is string => Boolean(n)))]];
      }),
    );
  };
  const [offerCredits, guideCredits, spotlightCredits] = await Promise.all([creditsFor('offers'), creditsFor('guides'), creditsFor('spotlights')]);

  if (!authorities[0]) throw new Error('authorities: there is no council yet. Add one in the admin (Settings → Authorities) or run `npm run seed`.');

  const ctx = {
    slugOf,
    media,
    credits: (collection: 'offers' | 'guides' | 'spotlights', slug: string) =>
      ({ offers: offerCredits, guides: guideCredits, spotlights: spotlightCredits })[collection].get(slug) ?? [],
  };
  const snapshot = {
    generatedAt: new Date().toISOString(),
    authority: toSnapshot.authorities(authorities[0], ctx),
    areas: areas.map((a) => toSnapshot.areas(a, ctx)),
    offers: offers.map((o) => toSnapshot.offers(o, ctx)),
    guides: guides.map((g) => toSnapshot.guides(g, ctx)),
    spotlights: spotlights.map((s) => toSnapshot.spotlights(s, ctx)),
    glossary: glossary.map((t) => toSnapshot['glossary-terms'](t, ctx)),
    pledges: pledges.map((p) => toSnapshot.pledges(p, ctx)),
    indicators: indicators.map((i) => toSnapshot.indicators(i, ctx)),
    searchWords: searchWordsToSnapshot(
      (await payload.findGlobal({ slug: 'search-words' as never, overrideAccess: false, depth: 0 })) as never,
    ),
  };

  return snapshot;
}
