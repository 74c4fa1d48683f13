/**
 * A council's site in several languages (issue 21, part 4): the languages a page exists in,
 * where the same page is in each, what a language's snapshot says about the page's entry (its
 * translation), and which of them are checked (only those get `hreflang` alternates and a
 * place in the sitemap).
 *
 * A council's languages are the sites of the build plan keyed `<council>/<lang>`
 * (`demo-borough/ar`); their pages are built under `/<council>/<lang>/` and so land in the
 * `<lang>/` folder of the council's site (`site/lib/sitesIntegration.ts`).
 */
import type { Locale } from '@content/model/locales';
import { sitesOfCouncil, type SiteKey } from '@content/model/sitePlan';
import type { EntryTranslation } from '@content/model/translation';
import { i18nFor, i18nOfSite } from '@site/i18n';
import { getAreas, getAuthority, getGlossary, getGuides, getIndicators, getOffers, getPledges, getSpotlights, pagePath, siteOf, siteUrlOf } from '@site/lib/data';
import { routesOfSite } from '@site/lib/siteBase';
import { absoluteUrl } from '@site/lib/siteUrl';

type Astro = { params: Record<string, string | undefined>; url: URL };

/**
 * The entry a page shows (an offer, a guide and its chapters, an area…), so the layout can
 * ask each language's snapshot about its translation. `authority` is the council's own text
 * (the home and urgent-help pages).
 */
export type EntryRef =
  | { collection: 'offers' | 'areas' | 'guides' | 'spotlights' | 'pledges' | 'indicators' | 'glossary'; slug: string }
  | { collection: 'authority' };

/**
 * How far the interface text (`site/i18n/<id>.json`) is translated: every file but English is a
 * machine translation nobody qualified has checked (issue 21, part 7), so a page that is only
 * interface (the search page, the A to Z of areas) is never presented as checked.
 */
export const INTERFACE_STATE = 'needs-checking' as const;

/** Paths not built per language (open data is English only): the switch links a language's home instead. */
const ENGLISH_ONLY = /^\/open-data(\/|$)/;

/** The translation a language's snapshot gives the page's entry, or undefined (an English site, or no such entry). */
export async function entryTranslation(site: SiteKey, ref: EntryRef | undefined): Promise<EntryTranslation | undefined> {
  if (!ref) return undefined;
  if (ref.collection === 'authority') return (await getAuthority(site)).translation;
  const lists = { offers: getOffers, areas: getAreas, guides: getGuides, spotlights: getSpotlights, pledges: getPledges, indicators: getIndicators, glossary: getGlossary };
  const list: readonly { slug: string; translation?: EntryTranslation | undefined }[] = await lists[ref.collection](site);
  return list.find((entry) => entry.slug === ref.slug)?.translation;
}

/**
 * Whether the page on `site` is a checked translation: its entry translated, checked and not
 * out of date; a page with no entry of its own is as checked as the interface text (never).
 * English, the original, counts as checked.
 */
export async function isCheckedPage(site: SiteKey, ref: EntryRef | undefined): Promise<boolean> {
  if (i18nOfSite(site).locale.id === 'en') return true;
  if (!ref) return false;
  const translation = await entryTranslation(site, ref);
  return Boolean(translation && translation.shownIn !== 'en' && translation.state === 'checked' && !translation.outOfDate);
}

/** One language of the page, for the switch and the alternates. */
export type PageLanguage = {
  locale: Locale;
  site: SiteKey;
  /** The same page in that language (its home for a page not built per language). */
  href: string;
  /** Its absolute address, when the site has a public address. */
  url: string | null;
  /** The language of the page being built. */
  current: boolean;
};

/** The page in every language the council's site has, English first; empty for a site with none but English (and the library). */
export function pageLanguages(astro: Astro): PageLanguage[] {
  const site = siteOf(astro);
  const sites = sitesOfCouncil(site);
  if (sites.length < 2) return [];
  const path = pagePath(astro);
  return sites.map((s) => {
    const routes = routesOfSite(s.key);
    const there = ENGLISH_ONLY.test(path) && s.key.includes('/') ? '/' : path;
    const local = routes.local('home').replace(/\/$/, '') + there;
    return {
      locale: i18nFor(s.lang ?? 'en').locale,
      site: s.key,
      href: routes.at(there),
      url: absoluteUrl(local, siteUrlOf(s.key)),
      current: s.key === site,
    };
  });
}

/**
 * `hreflang` alternates of the page: English (and `x-default`, English) and every language
 * whose translation of the page is checked, only when there is at least one such language and
 * the page itself is one of them (an unchecked translation names no alternates). Absolute
 * addresses only: none without a public address.
 */
export async function alternatesOf(astro: Astro, ref: EntryRef | undefined): Promise<{ hreflang: string; href: string }[]> {
  const languages = pageLanguages(astro);
  const checked: PageLanguage[] = [];
  for (const language of languages) if (language.url && (await isCheckedPage(language.site, ref))) checked.push(language);
  if (checked.length < 2 || !checked.some((l) => l.current)) return [];
  const english = checked.find((l) => l.locale.id === 'en');
  return [
    ...checked.map((l) => ({ hreflang: l.locale.lang, href: l.url! })),
    ...(english ? [{ hreflang: 'x-default', href: english.url! }] : []),
  ];
}

/**
 * The page's canonical address (and its `og:url`): its own in English and in a checked
 * translation, which the sitemap lists; the English page's for a page the sitemap leaves out (an
 * unchecked translation, or English shown in a language's frame), so search engines index one
 * page, never a machine translation. Null without a public address.
 */
export async function canonicalOf(astro: Astro, ref: EntryRef | undefined): Promise<string | null> {
  const site = siteOf(astro);
  const languages = pageLanguages(astro);
  const own = languages.find((l) => l.current);
  if (!own) return absoluteUrl(pagePath(astro), siteUrlOf(site)) ?? null;
  if (await isCheckedPage(site, ref)) return own.url;
  return languages.find((l) => l.locale.id === 'en')?.url ?? null;
}

export { textLang, translationNotice } from '@site/lib/languageNotice';
