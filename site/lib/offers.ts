/**
 * What an offer page shows around the offer itself: other help in the same area, the guide
 * chapters that explain it, where to turn if it is refused, and how search can filter it.
 * Plain functions of the snapshot data, so they are tested without a build.
 */
import type { I18n } from '@site/i18n';
import { DEFAULT_LOCALE } from '@content/model/locales';

/**
 * Tie-breaks of stable orders (related offers, money lists) compare titles as English does:
 * the order only has to be the same from build to build, and the Unicode root order it falls
 * back to sorts every script.
 */
const TIE_BREAK = DEFAULT_LOCALE.lang;
import { CIRCUMSTANCES, type Area, type Guide, type Offer } from '@site/loaders/schemas';
import { route } from '@site/lib/routes';
import { COMPLAINTS_CHAPTER } from '@content/model/guides';

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
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title, TIE_BREAK))
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
      .map((chapter) => ({ href: route('guideChapter', { slug: guide.slug, chapter: chapter.slug }), title: chapter.title, guide: guide.title })),
  );
}

/**
 * The chapter on complaints and advocacy, if a guide has one: the national "How to complain"
 * chapter (`COMPLAINTS_CHAPTER`) first, else a chapter whose slug is `if-things-go-wrong` or
 * whose title starts "If things go wrong". Offer pages link it under "If you are told no", so
 * a refusal always comes with the next step.
 */
export function ifThingsGoWrongChapter(guides: readonly Guide[]): ChapterLink | undefined {
  for (const guide of guides) {
    const chapter = guide.chapters.find((c) => c.slug === COMPLAINTS_CHAPTER);
    if (chapter) return { href: route('guideChapter', { slug: guide.slug, chapter: chapter.slug }), title: chapter.title, guide: guide.title };
  }
  for (const guide of guides) {
    const chapter = guide.chapters.find(
      (c) => c.slug === 'if-things-go-wrong' || /^if things go wrong\b/i.test(c.title.trim()),
    );
    if (chapter) return { href: route('guideChapter', { slug: guide.slug, chapter: chapter.slug }), title: chapter.title, guide: guide.title };
  }
  return undefined;
}

/** Who an offer is for, as search filter labels: its circumstances, or "any care leaver" when it has none. */
export function audienceLabels(i18n: I18n, offer: Offer, council: string): string[] {
  const { t } = i18n;
  const { circumstances } = offer.eligibility;
  if (!circumstances.length) return [t('search.audience.any')];
  return CIRCUMSTANCES.filter((c) => circumstances.includes(c)).map((c) => t(`search.audience.${c}`, { council }));
}

/** The age bands an offer's age range touches, as search filter labels. No age rule: every band. */
export function ageBandLabels(i18n: I18n, offer: Offer): string[] {
  const { t } = i18n;
  const from = offer.eligibility.ageFrom ?? 0;
  const to = offer.eligibility.ageTo ?? Number.POSITIVE_INFINITY;
  return AGE_BANDS.filter((band) => band.from <= to && band.to >= from).map((band) => t(`search.ages.${band.key}`));
}

/** How an offer's badge and words say where it stands: in force (national or local), announced, or ended. */
export type OfferStanding = 'national' | 'local' | 'announced' | 'ended';

/**
 * Where an offer stands, for its badge: an announced or ended offer says so whatever its
 * kind, so nothing that is not yet law is ever badged "National entitlement" (issue 9).
 */
export function offerStanding(offer: Pick<Offer, 'kind' | 'legalStatus'>): OfferStanding {
  if (offer.legalStatus === 'announced' || offer.legalStatus === 'ended') return offer.legalStatus;
  return offer.kind;
}

/** The badge's words and the sentence that explains it. */
export function offerStatusWords(i18n: I18n, offer: Pick<Offer, 'kind' | 'legalStatus'>, council: string): { tag: string; words: string } {
  const { t } = i18n;
  const standing = offerStanding(offer);
  if (standing === 'announced' || standing === 'ended') {
    return { tag: t(`offer.legalStatus.tag.${standing}`), words: t(`offer.legalStatus.words.${standing}`) };
  }
  return { tag: t(`offer.kind.${standing}`), words: t(`offer.kindExplained.${standing}`, { council }) };
}

/** Whether an offer is money paid to the young person (not free, not support). */
export function isCash(offer: Pick<Offer, 'amount'>): boolean {
  return offer.amount.type === 'money' && offer.amount.value != null;
}

/**
 * Every cash entitlement a reader could still get, in the order areas are shown, then A to Z:
 * "Money you could get" in the checker and "All the money you could get" on the money area's
 * page. Ended offers are left out; announced ones stay, badged as such.
 */
export function cashOffers<T extends Pick<Offer, 'amount' | 'legalStatus' | 'area' | 'title'>>(
  offers: readonly T[],
  areaOrder: readonly string[] = [],
): T[] {
  const rank = (offer: T) => {
    const index = areaOrder.indexOf(offer.area);
    return index === -1 ? areaOrder.length : index;
  };
  return offers
    .filter((offer) => isCash(offer) && offer.legalStatus !== 'ended')
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, TIE_BREAK));
}

/**
 * The area that is about money ("Money you can get"): its page also lists every cash
 * entitlement from every area. The demo's is `financial-support`; `money` also counts.
 */
export const MONEY_AREA_SLUGS = ['financial-support', 'money'] as const;
export function isMoneyArea(area: Pick<Area, 'slug'>): boolean {
  return (MONEY_AREA_SLUGS as readonly string[]).includes(area.slug);
}
