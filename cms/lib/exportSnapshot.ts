import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionSlug, Payload } from 'payload';
import type { Area, GlossaryTerm, Guide, Indicator, Media, Offer, Pledge, Spotlight } from '@cms/payload-types';

/**
 * Writes what an anonymous reader may see to `<outDir>/snapshot.json` (plus the media files
 * it uses under `<outDir>/media/`), in the shape `@site/loaders/schemas` checks.
 *
 * Every query runs with `overrideAccess: false` and no user, so the collections' own read
 * rules decide: drafts (and anything else not public) never leave the CMS. The site build
 * reads only this file; it never talks to the database.
 */
export async function exportSnapshot(payload: Payload, outDir: string): Promise<{ file: string; counts: Record<string, number> }> {
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

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'media'), { recursive: true });
  const mediaDir = path.join(outDir, 'media');
  const uploadDir = payload.collections.media.config.upload.staticDir as string;

  const media = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return null;
    const m = value as Media;
    if (!m.filename) return null;
    const copy = (filename: string) => {
      copyFileSync(path.join(uploadDir, filename), path.join(mediaDir, filename));
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
  const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : null);

  const [authorities, areas, offers, guides, spotlights, glossary, pledges, indicators] = await Promise.all([
    read<Record<string, unknown>>('authorities'),
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
  const { id: _id, createdAt: _c, updatedAt: _u, ...authority } = authorities[0];

  const snapshot = {
    generatedAt: new Date().toISOString(),
    authority,
    areas: areas.map((a) => ({ slug: a.slug, title: a.title, summary: a.summary, statutory: Boolean(a.statutory), order: a.order })),
    offers: offers.map((o) => ({
      slug: o.slug,
      title: o.title,
      summary: o.summary,
      body: o.body,
      area: slugOf(o.area),
      kind: o.kind,
      eligibility: {
        ageFrom: o.eligibility?.ageFrom ?? null,
        ageTo: o.eligibility?.ageTo ?? null,
        careStatus: o.eligibility?.careStatus ?? [],
        circumstances: o.eligibility?.circumstances ?? [],
        notes: o.eligibility?.notes ?? null,
      },
      amount: {
        type: o.amount?.type ?? 'none',
        value: o.amount?.value ?? null,
        period: o.amount?.period ?? null,
        nationalMinimum: o.amount?.nationalMinimum ?? null,
        note: o.amount?.note ?? null,
      },
      howToGet: (o.howToGet ?? []).map((s) => s.step),
      whoToAsk: o.whoToAsk,
      ifRefused: o.ifRefused,
      legalBasis: o.legalBasis,
      sourceUrl: o.sourceUrl ?? null,
      lastReviewed: day(o.lastReviewed),
      nextReview: day(o.nextReview),
      credits: offerCredits.get(o.slug) ?? [],
      updatedAt: o.updatedAt,
    })),
    guides: guides.map((g) => ({
      slug: g.slug,
      title: g.title,
      summary: g.summary,
      intro: g.intro ?? null,
      // A related offer that is not published arrives as a bare id: leave it out.
      chapters: (g.chapters ?? []).map((c) => ({
        slug: c.slug,
        title: c.title,
        summary: c.summary,
        body: c.body,
        relatedOffers: (c.relatedOffers ?? []).map(slugOf).filter((s): s is string => Boolean(s)),
      })),
      credits: guideCredits.get(g.slug) ?? [],
      updatedAt: g.updatedAt,
    })),
    spotlights: spotlights.map((s) => ({
      slug: s.slug,
      council: s.council,
      title: s.title,
      summary: s.summary,
      themes: s.themes ?? [],
      team: s.team ?? null,
      partners: (s.partners ?? []).map((p) => p.name),
      contactRole: s.contactRole,
      body: s.body,
      outcomes: (s.outcomes ?? []).map(({ label, value, unit, period }) => ({ label, value, unit, period: period ?? null })),
      source: { collection: s.source?.collection, year: s.source?.year },
      image: media(s.image),
      credits: spotlightCredits.get(s.slug) ?? [],
      updatedAt: s.updatedAt,
    })),
    glossary: glossary.map((t) => ({ slug: t.slug, term: t.term, meaning: t.meaning, aliases: (t.aliases ?? []).map((a) => a.alias) })),
    pledges: pledges.map((p) => ({
      slug: p.slug,
      youSaid: p.youSaid,
      weDid: p.weDid,
      status: p.progress,
      askedAt: p.askedAt,
      askedOn: day(p.askedOn),
      updatedOn: day(p.updatedOn),
      area: slugOf(p.area),
    })),
    indicators: indicators.map((i) => ({
      slug: i.slug,
      title: i.title,
      description: i.description,
      unit: i.unit,
      figures: (i.figures ?? []).map(({ period, place, placeKind, value, isDemo, source }) => ({
        period,
        place,
        placeKind,
        value,
        isDemo: Boolean(isDemo),
        source,
      })),
    })),
  };

  const file = path.join(outDir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot));
  const counts = Object.fromEntries(
    Object.entries(snapshot).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length]),
  );
  return { file, counts };
}
