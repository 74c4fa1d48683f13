import type { Area, Authority, CouncilRegister, GlossaryTerm, Guide, GuideChapter, GuideLocalPart, Indicator, Offer, Pledge, Spotlight } from '@cms/payload-types';
import { day } from '@content/model/dates';
import { CMS_FIELD_NAMES, type MappedCollection, type MappedEntry, type SnapshotInput } from '@content/model/fields';

export { cmsFieldPath, SNAPSHOT_NAMES, type MappedCollection } from '@content/model/fields';

/**
 * How each CMS document becomes an entry of the site snapshot. One mapping, used by the
 * export (what the site is built from) and by the publish check (so the CMS refuses to
 * publish what the site build would leave out, with the same messages).
 *
 * Typed against the content model: each function takes the CMS's generated type and must
 * return every field of the snapshot schema's input (`MappedEntry`), so a field renamed,
 * added or dropped on either side fails `tsc` here instead of reaching the site empty.
 */
export type MappingContext = {
  /** A related document's slug (the export gets them populated; the publish check gets ids). */
  slugOf: (value: unknown) => string | null;
  /** An image, as the site will reference it (checked by the snapshot's media schema). */
  media: (value: unknown) => unknown;
  /** Credited co-authors' display names for a document. */
  credits: (collection: 'offers' | 'guides' | 'spotlights', slug: string) => string[];
  /**
   * A council from the register, as the snapshot names it (the export gets it populated;
   * the publish check gets an id, and Payload has already checked the relationship).
   */
  registered?: (value: unknown) => MappedRegisteredCouncil | null;
};

type MappedRegisteredCouncil = MappedEntry<'spotlights'>['councils'][number];

/** A populated register entry as the snapshot names it; an id (not populated) gives null. */
export function registeredCouncil(value: unknown): MappedRegisteredCouncil | null {
  if (!value || typeof value !== 'object' || !('onsCode' in value)) return null;
  const c = value as CouncilRegister;
  return { name: c.name, onsCode: c.onsCode, type: c.type, region: c.region, isDemo: Boolean(c.isDemo) };
}

/** The CMS's generated type of each mapped collection. */
type CmsDocument = {
  authorities: Authority;
  areas: Area;
  offers: Offer;
  guides: Guide;
  spotlights: Spotlight;
  'glossary-terms': GlossaryTerm;
  pledges: Pledge;
  indicators: Indicator;
};

export const toSnapshot: { [K in MappedCollection]: (doc: CmsDocument[K], ctx: MappingContext) => MappedEntry<K> } = {
  authorities: (a) => ({
    name: a.name,
    uuid: a.uuid ?? '',
    onsCode: a.onsCode,
    isDemo: Boolean(a.isDemo),
    serviceName: a.serviceName,
    phone: a.phone,
    email: a.email,
    address: a.address,
    openingHours: a.openingHours,
    emergency: { phone: a.emergency?.phone, label: a.emergency?.label, hours: a.emergency?.hours },
    website: a.website ?? null,
    siteUrl: a.siteUrl ?? null,
    closureDays: (a.closureDays ?? []).map((closure) => ({ firstDay: day(closure.firstDay), lastDay: day(closure.lastDay) })),
    // Given in full or not at all (a council upgraded without one shows its service's contact).
    complaints:
      a.complaints?.phone || a.complaints?.email || a.complaints?.formUrl
        ? { phone: a.complaints.phone ?? '', email: a.complaints.email ?? '', formUrl: a.complaints.formUrl ?? '' }
        : null,
    languages: a.languages ?? [],
    easyRead: Boolean(a.easyRead),
    translation: null,
  }),
  areas: (a: Area) => ({ slug: a.slug ?? '', uuid: a.uuid ?? '', title: a.title, summary: a.summary, statutory: Boolean(a.statutory), order: a.order, translation: null }),
  offers: (o: Offer, ctx) => ({
    slug: o.slug ?? '',
    uuid: o.uuid ?? '',
    title: o.title,
    summary: o.summary,
    body: o.body,
    // No area (required in the CMS) fails the schema's slug rule on `area`, like any bad slug.
    area: ctx.slugOf(o.area) ?? '',
    kind: o.kind,
    legalStatus: o.legalStatus ?? 'in-force',
    livingElsewhere: o.livingElsewhere ?? 'applies',
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
      nationalBasis: o.amount?.nationalBasis ?? null,
      note: o.amount?.note ?? null,
    },
    howToGet: (o.howToGet ?? []).map((s) => s.step),
    whoToAsk: o.whoToAsk,
    ifRefused: o.ifRefused,
    legalBasis: o.legalBasis,
    sourceUrl: o.sourceUrl || null,
    lastReviewed: day(o.lastReviewed),
    nextReview: day(o.nextReview),
    compareAs: o.compareAs ?? null,
    easyRead: easyReadOf(o.easyRead),
    credits: ctx.credits('offers', o.slug ?? ''),
    updatedAt: o.updatedAt ?? new Date().toISOString(),
    translation: null,
  }),
  guides: (g: Guide, ctx) => ({
    slug: g.slug ?? '',
    title: g.title,
    summary: g.summary,
    intro: g.intro ?? null,
    // A related offer that is not published arrives as a bare id: leave it out.
    chapters: (g.chapters ?? []).map((c) => ({
      slug: c.slug ?? '',
      title: c.title,
      summary: c.summary,
      body: c.body,
      // The council's offers, then national entitlements: both are offer pages on its site.
      relatedOffers: [...new Set([...(c.relatedOffers ?? []), ...(c.relatedEntitlements ?? [])].map(ctx.slugOf).filter((s): s is string => Boolean(s)))],
      ...chapterFacts(c),
      national: false,
      local: null,
    })),
    credits: ctx.credits('guides', g.slug ?? ''),
    updatedAt: g.updatedAt ?? new Date().toISOString(),
    translation: null,
  }),
  spotlights: (s: Spotlight, ctx) => ({
    slug: s.slug ?? '',
    councils: (s.councils ?? []).map((c) => (ctx.registered ?? registeredCouncil)(c)).filter((c): c is MappedRegisteredCouncil => c !== null),
    title: s.title,
    summary: s.summary,
    themes: s.themes ?? [],
    team: s.team ?? null,
    partners: (s.partners ?? []).map((p) => p.name),
    contactRole: s.contactRole,
    // The organisation's web page, email or phone; none given is no contact (never an empty one).
    contact:
      s.contact?.website || s.contact?.email || s.contact?.phone
        ? { website: s.contact.website || null, email: s.contact.email || null, phone: s.contact.phone || null }
        : null,
    body: s.body,
    outcomes: (s.outcomes ?? []).map(({ label, value, unit, period, kind }) => ({ label, value, unit, period: period ?? null, kind: kind ?? null })),
    facts: (s.facts ?? []).map(({ label, value, unit, period }) => ({ label, value, unit, period: period ?? null })),
    milestones: (s.milestones ?? []).map(({ label, when }) => ({ label, when })),
    source: { collection: s.source?.collection, year: s.source?.year ?? null },
    lastReviewed: day(s.lastReviewed),
    image: ctx.media(s.image),
    credits: ctx.credits('spotlights', s.slug ?? ''),
    updatedAt: s.updatedAt ?? new Date().toISOString(),
    translation: null,
  }),
  'glossary-terms': (t: GlossaryTerm) => ({ slug: t.slug ?? '', term: t.term, meaning: t.meaning, aliases: (t.aliases ?? []).map((a) => a.alias), translation: null }),
  pledges: (p: Pledge, ctx) => ({
    slug: p.slug ?? '',
    youSaid: p.youSaid,
    weDid: p.weDid,
    // The one field the CMS names differently (`CMS_FIELD_NAMES` in @content/model/fields).
    status: p[CMS_FIELD_NAMES.pledges.status],
    askedAt: p.askedAt,
    source: p.source ?? null,
    askedOn: day(p.askedOn),
    updatedOn: day(p.updatedOn),
    area: ctx.slugOf(p.area),
    translation: null,
  }),
  indicators: (i: Indicator, ctx) => ({
    slug: i.slug ?? '',
    title: i.title,
    description: i.description,
    unit: i.unit,
    figures: (i.figures ?? []).map(({ period, place, placeKind, registeredCouncil: council, value, isDemo, source }) => ({
      period,
      place,
      placeKind,
      onsCode: (ctx.registered ?? registeredCouncil)(council)?.onsCode ?? null,
      value,
      isDemo: Boolean(isDemo),
      source,
    })),
    translation: null,
  }),
};

type MappedEasyRead = MappedEntry<'offers'>['easyRead'];

/**
 * An offer's Easy Read version (issue 21, part 6), or null when it has none (no sentences).
 * One with too few sentences or no "based on" date is passed on as it is, so the publish check
 * and the snapshot schema say what is wrong rather than the page quietly having none.
 */
export function easyReadOf(e: Offer['easyRead']): MappedEasyRead {
  const sentences = (e?.sentences ?? []).map(({ text, picture }) => ({ text, picture }));
  if (!sentences.length) return null;
  return { sentences, checkedBy: e?.checkedBy?.trim() || null, basedOn: day(e?.basedOn) ?? '' };
}

type ChapterFacts = Pick<MappedEntry<'guides'>['chapters'][number], 'legalBasis' | 'sources' | 'circumstances' | 'lastReviewed' | 'nextReview'>;

/** What every guide chapter says about itself, national or a council's own (`cms/fields/guideChapter`). */
export function chapterFacts(c: Pick<GuideChapter, 'legalBasis' | 'sources' | 'circumstances' | 'lastReviewed' | 'nextReview'>): ChapterFacts {
  return {
    legalBasis: c.legalBasis || null,
    sources: (c.sources ?? []).map(({ title, url }) => ({ title, url })),
    circumstances: c.circumstances ?? [],
    lastReviewed: day(c.lastReviewed),
    nextReview: day(c.nextReview),
  };
}

/**
 * A national guide chapter as a chapter of a council's national guide, with the council's
 * local part (who to ask here, steps, a note; its own offers join the related ones).
 */
export function nationalChapter(c: GuideChapter, local: GuideLocalPart | null, ctx: MappingContext): MappedEntry<'guides'>['chapters'][number] {
  const related = [...(c.relatedEntitlements ?? []), ...(local?.relatedOffers ?? [])].map(ctx.slugOf).filter((s): s is string => Boolean(s));
  const steps = (local?.steps ?? []).map((row) => row.step);
  return {
    slug: c.slug ?? '',
    title: c.title,
    summary: c.summary,
    body: c.body,
    relatedOffers: [...new Set(related)],
    ...chapterFacts(c),
    national: true,
    local: local && (local.whoToAsk || local.note || steps.length) ? { whoToAsk: local.whoToAsk || null, steps, note: local.note || null } : null,
  };
}

/** The search words global as snapshot entries: one per row, what people type split into lines. */
export function searchWordsToSnapshot(
  global: { entries?: { says?: string | null; means?: string | null; urgent?: boolean | null }[] | null } | null,
): MappedSearchWord[] {
  return (global?.entries ?? []).map((entry) => ({
    says: String(entry.says ?? '')
      .split(/\r?\n|,/)
      .map((s) => s.trim())
      .filter(Boolean),
    means: entry.means ?? '',
    urgent: Boolean(entry.urgent),
  }));
}

type MappedSearchWord = Required<SnapshotInput<'searchWords'>>;
