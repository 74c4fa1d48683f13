/**
 * The offers "What can I get?" (`site/components/Checker`) and the Personal Adviser's
 * checklist (`site/components/Checklist`) list: loaded once, shaped once, so the two pages
 * always list the same offers, in the same groups, with the same addresses, amounts and
 * rules (the checklist opened from the checker ticks what the checker leaves in).
 */
import { ruleAttributes } from '@site/components/Checker/filterRules';
import type { SiteKey } from '@site/lib/data';
import type { I18n } from '@site/i18n';
import { formatAmount } from '@site/lib/format';
import { isCash } from '@site/lib/offers';
import type { SiteRoutes } from '@site/lib/routes';
import { absoluteUrl } from '@site/lib/siteUrl';
import type { Area, Authority, Offer } from '@site/loaders/schemas';

/** One offer as both pages list it. */
export interface OfferRow {
  offer: Offer;
  /** Its page on this site. */
  href: string;
  /** Its web address on paper: the public one; the path alone when the site has none (never localhost). */
  printed: string;
  /** How much, in words ("£2,000 once", "Free"), or null when it says nothing about money (`formatAmount`). */
  amount: string | null;
  /** Paid in money (the checklist's "Money only"). */
  money: boolean;
  /** The attributes its list item carries for the rules that hide it (`ruleAttributes`). */
  rules: Record<string, string>;
}

/** An area and its offers, in the order the site shows areas; an area with none is left out. */
export interface AreaRows {
  area: Area;
  rows: OfferRow[];
}

/** What both pages are built from. */
export interface OfferList {
  authority: Authority;
  areas: Area[];
  /** Every offer a young person could still get: ended ones are left out. */
  offers: Offer[];
  groups: AreaRows[];
}

/** A path of the site as written on paper: its public address, or the path alone when the site has none. */
export function printedUrl(path: string, siteUrl: string | undefined): string {
  return absoluteUrl(path, siteUrl) ?? path;
}

/** The offers a young person could still get, grouped by area as rows (pure: `tests/unit/offerList.unit.spec.ts`). */
export function offerRows(
  i18n: I18n,
  areas: readonly Area[],
  allOffers: readonly Offer[],
  routes: Pick<SiteRoutes, 'href' | 'local'>,
  siteUrl: string | undefined,
): { offers: Offer[]; groups: AreaRows[] } {
  const offers = allOffers.filter((offer) => offer.legalStatus !== 'ended');
  const row = (offer: Offer): OfferRow => ({
    offer,
    href: routes.href('offer', { slug: offer.slug }),
    printed: printedUrl(routes.local('offer', { slug: offer.slug }), siteUrl),
    amount: formatAmount(i18n, offer.amount),
    money: isCash(offer),
    rules: ruleAttributes(offer.eligibility, offer.livingElsewhere),
  });
  const groups = areas
    .map((area) => ({ area, rows: offers.filter((offer) => offer.area === area.slug).map(row) }))
    .filter((group) => group.rows.length > 0);
  return { offers, groups };
}

/** The council, its areas and the offer list of one site of this build. */
export async function loadOfferList(site: SiteKey): Promise<OfferList> {
  // Imported here, not above: they read the build's content (`astro:content`), so the shaping
  // above stays importable by the unit tests.
  const [{ getAreas, getAuthority, getOffers, siteUrlOf }, { routesOfSite }, { i18nOfSite }] = await Promise.all([import('@site/lib/data'), import('@site/lib/siteBase'), import('@site/i18n')]);
  const [authority, areas, offers] = await Promise.all([getAuthority(site), getAreas(site), getOffers(site)]);
  return { authority, areas, ...offerRows(i18nOfSite(site), areas, offers, routesOfSite(site), siteUrlOf(site)) };
}
