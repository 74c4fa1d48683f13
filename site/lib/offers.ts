/**
 * What an offer page shows around the offer itself: other help in the same area, the guide
 * chapters that explain it, where to turn if it is refused, and how search can filter it.
 * Plain functions of the snapshot data, so they are tested without a build.
 */
import { t } from '@site/i18n';
import { CIRCUMSTANCES, type Guide, type Offer } from '@site/loaders/schemas';

/** Age bands for the search filter: the ages at which care leavers' rights change. */
export const AGE_BANDS = [
  { key: '16-17', from: 16, to: 17 },
  { key: '18-20', from: 18, to: 20 },
  { key: '21-25', from: 21, to: 25 },
  { key: 'over-25', from: 26, to: 30 },
] as const;

/**
 * Up to `limit` other offers in the same area: those for the same circumstances first
 * (a young parent's offer next to other parents' offers), then local extras beside national
 * entitlements of the same kind, then A to Z, so the choice is stable from build to build.
 */
export function relatedOffers(offer: Offer, offers: readonly Offer[], limit = 4): Offer[] {
  const shared = (other: Offer) =>
    other.eligibility.circumstances.filter((c) => offer.eligibility.circumstances.includes(c)).length;
  return offers
    .filter((other) => other.area === offer.area && other.slug !== offer.slug)
    .map((other) => ({ other, score: shared(other) * 2 + (other.kind === offer.kind ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title, 'en-GB'))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** A guide chapter, with where it lives. */
export interface ChapterLink {
  href: string;
  title: string;
  guide: string;
}

/** The guide chapters that list this offer as related (the reverse of `chapter.relatedOffers`), in guide order. */
export function chaptersMentioning(offer: Pick<Offer, 'slug'>, guides: readonly Guide[]): ChapterLink[] {
  return guides.flatMap((guide) =>
    guide.chapters
      .filter((chapter) => chapter.relatedOffers.includes(offer.slug))
      .map((chapter) => ({ href: `/guides/${guide.slug}/${chapter.slug}/`, title: chapter.title, guide: guide.title })),
  );
}

/**
 * The chapter on complaints and advocacy, if a guide has one: a chapter whose slug is
 * `if-things-go-wrong` or whose title starts "If things go wrong". Offer pages link it
 * under "If you are told no", so a refusal always comes with the next step.
 */
export function ifThingsGoWrongChapter(guides: readonly Guide[]): ChapterLink | undefined {
  for (const guide of guides) {
    const chapter = guide.chapters.find(
      (c) => c.slug === 'if-things-go-wrong' || /^if things go wrong\b/i.test(c.title.trim()),
    );
    if (chapter) return { href: `/guides/${guide.slug}/${chapter.slug}/`, title: chapter.title, guide: guide.title };
  }
  return undefined;
}

/** Who an offer is for, as search filter labels: its circumstances, or "any care leaver" when it has none. */
export function audienceLabels(offer: Offer, council: string): string[] {
  const { circumstances } = offer.eligibility;
  if (!circumstances.length) return [t('search.audience.any')];
  return CIRCUMSTANCES.filter((c) => circumstances.includes(c)).map((c) => t(`search.audience.${c}`, { council }));
}

/** The age bands an offer's age range touches, as search filter labels. No age rule: every band. */
export function ageBandLabels(offer: Offer): string[] {
  const from = offer.eligibility.ageFrom ?? 0;
  const to = offer.eligibility.ageTo ?? Number.POSITIVE_INFINITY;
  return AGE_BANDS.filter((band) => band.from <= to && band.to >= from).map((band) => t(`search.ages.${band.key}`));
}
