/**
 * The snapshot, sorted and indexed once per build (issue 10, item 7: work per page must not
 * depend on the size of the collections). `@site/lib/data` builds one `SiteIndex` from the
 * content collections and every page reads it: offers and areas by slug, offers and pledges
 * by area, the guide chapters that mention each offer, and each offer's related offers.
 *
 * A plain function of the data, so it is tested without a build: every lookup here gives
 * exactly what the per-page functions of `@site/lib/offers` give (`relatedOffers`,
 * `chaptersMentioning`, `ifThingsGoWrongChapter`), only without scanning every offer.
 */
import { ifThingsGoWrongChapter, type ChapterLink } from '@site/lib/offers';
import type { Area, Guide, Offer, Pledge } from '@site/loaders/schemas';
import { collator, DEFAULT_LOCALE } from '@content/model/locales';
import { route } from '@site/lib/routes';

/** The same order as `String.prototype.localeCompare` in English, the tie-break of related offers (`@site/lib/offers`: any script sorts by it). */
const byTitle = collator(DEFAULT_LOCALE, {});

/** Offers of one area that score the same against any other offer: same kind, same circumstances. */
interface Bucket {
  kind: Offer['kind'];
  /** Sorted, duplicates kept: `relatedOffers` counts each one. */
  circumstances: Offer['eligibility']['circumstances'];
  /** By title (`localeCompare`), then by position in the A to Z list: the order the sort would leave them in. */
  offers: { offer: Offer; at: number }[];
}

export interface SiteIndexInput {
  /** Sorted as `getAreas()` sorts them. */
  areas: readonly Area[];
  /** Sorted as `getOffers()` sorts them (A to Z). */
  offers: readonly Offer[];
  /** Sorted as `getGuides()` sorts them. */
  guides: readonly Guide[];
  /** Sorted as `getPledges()` sorts them. */
  pledges?: readonly Pledge[];
}

export class SiteIndex {
  readonly areas: readonly Area[];
  readonly offers: readonly Offer[];
  readonly guides: readonly Guide[];
  readonly pledges: readonly Pledge[];
  readonly #areaBySlug = new Map<string, Area>();
  readonly #offerBySlug = new Map<string, Offer>();
  readonly #offersByArea = new Map<string, Offer[]>();
  readonly #pledgesByArea = new Map<string, Pledge[]>();
  readonly #chaptersByOffer = new Map<string, ChapterLink[]>();
  readonly #buckets = new Map<string, Bucket[]>();
  readonly #related = new Map<string, Offer[]>();
  readonly #position = new Map<Offer, number>();
  readonly ifThingsGoWrong: ChapterLink | undefined;

  constructor({ areas, offers, guides, pledges = [] }: SiteIndexInput) {
    this.areas = areas;
    this.offers = offers;
    this.guides = guides;
    this.pledges = pledges;
    for (const area of areas) if (!this.#areaBySlug.has(area.slug)) this.#areaBySlug.set(area.slug, area);
    offers.forEach((offer, at) => {
      if (!this.#offerBySlug.has(offer.slug)) this.#offerBySlug.set(offer.slug, offer);
      this.#position.set(offer, at);
      const inArea = this.#offersByArea.get(offer.area) ?? [];
      inArea.push(offer);
      this.#offersByArea.set(offer.area, inArea);
    });
    for (const pledge of pledges) {
      if (!pledge.area) continue;
      const inArea = this.#pledgesByArea.get(pledge.area) ?? [];
      inArea.push(pledge);
      this.#pledgesByArea.set(pledge.area, inArea);
    }
    // Guide order, then chapter order; a chapter that lists an offer twice mentions it once.
    for (const guide of guides) {
      for (const chapter of guide.chapters) {
        const link = { href: route('guideChapter', { slug: guide.slug, chapter: chapter.slug }), title: chapter.title, guide: guide.title };
        for (const slug of new Set(chapter.relatedOffers)) {
          const list = this.#chaptersByOffer.get(slug) ?? [];
          list.push(link);
          this.#chaptersByOffer.set(slug, list);
        }
      }
    }
    this.ifThingsGoWrong = ifThingsGoWrongChapter(guides);
    // Related offers: one bucket per (kind, circumstances) in each area. There are few of
    // them whatever the number of offers, so finding an offer's best four is cheap.
    for (const [area, inArea] of this.#offersByArea) {
      const buckets = new Map<string, Bucket>();
      for (const offer of inArea) {
        const circumstances = [...offer.eligibility.circumstances].sort();
        const key = `${offer.kind}|${circumstances.join(',')}`;
        let bucket = buckets.get(key);
        if (!bucket) {
          bucket = { kind: offer.kind, circumstances, offers: [] };
          buckets.set(key, bucket);
        }
        bucket.offers.push({ offer, at: this.#position.get(offer)! });
      }
      for (const bucket of buckets.values()) {
        bucket.offers.sort((a, b) => byTitle.compare(a.offer.title, b.offer.title) || a.at - b.at);
      }
      this.#buckets.set(area, [...buckets.values()]);
    }
  }

  area(slug: string): Area | undefined {
    return this.#areaBySlug.get(slug);
  }

  offer(slug: string): Offer | undefined {
    return this.#offerBySlug.get(slug);
  }

  /** The offers in an area, A to Z. */
  offersIn(area: string): readonly Offer[] {
    return this.#offersByArea.get(area) ?? [];
  }

  /** The pledges about an area, most recently asked first. */
  pledgesIn(area: string): readonly Pledge[] {
    return this.#pledgesByArea.get(area) ?? [];
  }

  /** Offers by slug, in the order given, leaving out any not published. */
  offersBySlug(slugs: readonly string[]): Offer[] {
    return slugs.map((slug) => this.#offerBySlug.get(slug)).filter((offer) => offer !== undefined);
  }

  /** The guide chapters that list this offer as related, in guide order (as `chaptersMentioning`). */
  chaptersMentioning(offer: Pick<Offer, 'slug'>): ChapterLink[] {
    return this.#chaptersByOffer.get(offer.slug) ?? [];
  }

  /**
   * Up to `limit` other offers in the same area, in the order `relatedOffers` of
   * `@site/lib/offers` gives (same circumstances first, then same kind, then A to Z), from the
   * first few offers of each bucket instead of every offer in the area.
   */
  relatedOffers(offer: Offer, limit = 4): Offer[] {
    const key = `${offer.slug}@${limit}`;
    const known = this.#related.get(key);
    if (known && this.#offerBySlug.get(offer.slug) === offer) return known;
    const mine = offer.eligibility.circumstances;
    const candidates: { offer: Offer; at: number; score: number }[] = [];
    for (const bucket of this.#buckets.get(offer.area) ?? []) {
      // Counted as `relatedOffers` counts: each of the other's circumstances this offer has.
      let shared = 0;
      for (const c of bucket.circumstances) if (mine.includes(c)) shared += 1;
      const score = shared * 2 + (bucket.kind === offer.kind ? 1 : 0);
      let taken = 0;
      for (const entry of bucket.offers) {
        if (taken === limit) break;
        if (entry.offer.slug === offer.slug) continue;
        candidates.push({ ...entry, score });
        taken += 1;
      }
    }
    const related = candidates
      .sort((a, b) => b.score - a.score || byTitle.compare(a.offer.title, b.offer.title) || a.at - b.at)
      .slice(0, limit)
      .map(({ offer: other }) => other);
    this.#related.set(key, related);
    return related;
  }
}

