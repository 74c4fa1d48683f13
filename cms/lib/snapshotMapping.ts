import type { Area, GlossaryTerm, Guide, Indicator, Offer, Pledge, Spotlight } from '@cms/payload-types';

/**
 * How each CMS document becomes an entry of the site snapshot (the shape the site's zod
 * schemas in `@site/loaders/schemas` check). One mapping, used by the export (what the
 * site is built from) and by the publish check (so the CMS refuses to publish what the
 * site build would leave out, with the same messages).
 */
export type MappingContext = {
  /** A related document's slug (the export gets them populated; the publish check gets ids). */
  slugOf: (value: unknown) => string | null;
  /** An image, as the site will reference it. */
  media: (value: unknown) => unknown;
  /** Credited co-authors' display names for a document. */
  credits: (collection: 'offers' | 'guides' | 'spotlights', slug: string) => string[];
};

/** The snapshot's name for each collection the site is built from. */
export const SNAPSHOT_NAMES = {
  authorities: 'authority',
  areas: 'areas',
  offers: 'offers',
  guides: 'guides',
  spotlights: 'spotlights',
  'glossary-terms': 'glossary',
  pledges: 'pledges',
  indicators: 'indicators',
} as const;
export type MappedCollection = keyof typeof SNAPSHOT_NAMES;

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : null);

export const toSnapshot: { [K in MappedCollection]: (doc: any, ctx: MappingContext) => Record<string, unknown> } = {
  authorities: (doc: Record<string, unknown>) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...authority } = doc;
    return authority;
  },
  areas: (a: Area) => ({ slug: a.slug, title: a.title, summary: a.summary, statutory: Boolean(a.statutory), order: a.order }),
  offers: (o: Offer, ctx) => ({
    slug: o.slug,
    title: o.title,
    summary: o.summary,
    body: o.body,
    area: ctx.slugOf(o.area),
    kind: o.kind,
    legalStatus: (o as { legalStatus?: string }).legalStatus ?? 'in-force',
    livingElsewhere: (o as { livingElsewhere?: string }).livingElsewhere ?? 'applies',
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
      nationalBasis: (o.amount as { nationalBasis?: string | null } | undefined)?.nationalBasis ?? null,
      note: o.amount?.note ?? null,
    },
    howToGet: (o.howToGet ?? []).map((s) => s.step),
    whoToAsk: o.whoToAsk,
    ifRefused: o.ifRefused,
    legalBasis: o.legalBasis,
    sourceUrl: o.sourceUrl || null,
    lastReviewed: day(o.lastReviewed),
    nextReview: day(o.nextReview),
    credits: ctx.credits('offers', o.slug ?? ''),
    updatedAt: o.updatedAt ?? new Date().toISOString(),
  }),
  guides: (g: Guide, ctx) => ({
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
      relatedOffers: (c.relatedOffers ?? []).map(ctx.slugOf).filter((s): s is string => Boolean(s)),
      lastReviewed: day((c as { lastReviewed?: string | null }).lastReviewed),
    })),
    credits: ctx.credits('guides', g.slug ?? ''),
    updatedAt: g.updatedAt ?? new Date().toISOString(),
  }),
  spotlights: (s: Spotlight, ctx) => ({
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
    milestones: ((s as { milestones?: { label: string; when: string }[] | null }).milestones ?? []).map(({ label, when }) => ({ label, when })),
    source: { collection: s.source?.collection, year: s.source?.year ?? null },
    lastReviewed: day((s as { lastReviewed?: string | null }).lastReviewed),
    image: ctx.media(s.image),
    credits: ctx.credits('spotlights', s.slug ?? ''),
    updatedAt: s.updatedAt ?? new Date().toISOString(),
  }),
  'glossary-terms': (t: GlossaryTerm) => ({ slug: t.slug, term: t.term, meaning: t.meaning, aliases: (t.aliases ?? []).map((a) => a.alias) }),
  pledges: (p: Pledge, ctx) => ({
    slug: p.slug,
    youSaid: p.youSaid,
    weDid: p.weDid,
    status: p.progress,
    askedAt: p.askedAt,
    askedOn: day(p.askedOn),
    updatedOn: day(p.updatedOn),
    area: ctx.slugOf(p.area),
  }),
  indicators: (i: Indicator) => ({
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
  }),
};

/** The search words global as snapshot entries: one per row, what people type split into lines. */
export function searchWordsToSnapshot(global: { entries?: { says?: string | null; means?: string | null; urgent?: boolean | null }[] | null } | null): Record<string, unknown>[] {
  return (global?.entries ?? []).map((entry) => ({
    says: String(entry.says ?? '')
      .split(/\r?\n|,/)
      .map((s) => s.trim())
      .filter(Boolean),
    means: entry.means ?? '',
    urgent: Boolean(entry.urgent),
  }));
}

/**
 * The CMS field a snapshot path comes from (`howToGet.2` → `howToGet.2.step`,
 * `status` → `progress`), so a publish error lands on the field the editor sees.
 */
export function cmsFieldPath(collection: MappedCollection, snapshotPath: (string | number)[]): string {
  const path = snapshotPath.map(String);
  const [first, second] = path;
  if (collection === 'offers' && first === 'howToGet' && second !== undefined) return `howToGet.${second}.step`;
  if (collection === 'pledges' && first === 'status') return 'progress';
  if (collection === 'spotlights' && first === 'partners' && second !== undefined) return `partners.${second}.name`;
  if (collection === 'glossary-terms' && first === 'aliases' && second !== undefined) return `aliases.${second}.alias`;
  return path.join('.');
}
