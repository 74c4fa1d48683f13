/**
 * Every page and file of a site, by name, written once (issue 19, part 3). Pages, components,
 * the manifest, the service worker, search and the sitemap make their URLs here, so a site's
 * base path is in a URL because the route table put it there, not because the built HTML was
 * rewritten afterwards.
 *
 * A URL has three parts: the site's base path (`/` for a council at the root of its own
 * domain, `/riverford/` for one under a shared address), a language segment (the slot for
 * the next languages: nothing for English today) and the route's own path:
 *
 *     routesFor({ base: '/riverford/' }).href('offer', { slug: 'x' })  →  /riverford/offers/x/
 *     routesFor({ base: '/', lang: 'cy' }).href('search')              →  /cy/search/
 *
 * The compiler refuses an unknown route name or a missing parameter. No `node:` imports: the
 * browser's scripts import it too.
 */
import type { FacetBy } from './spotlightFacets';

/** The open-data files of `/open-data/` (site/pages/[...council]/open-data/). */
export type OpenDataFile = 'offers.csv' | 'offers.json' | 'offers.schema.json' | 'comparison.csv' | 'comparison.json' | 'comparison.schema.json';

/** Each route's path within a site, from its parameters. Paths start and (pages) end with `/`. */
const ROUTES = {
  home: () => '/',
  about: () => '/about/',
  accessibility: () => '/accessibility/',
  areas: () => '/areas/',
  area: (p: { slug: string }) => `/areas/${p.slug}/`,
  offer: (p: { slug: string }) => `/offers/${p.slug}/`,
  /** An offer's Easy Read version (issue 21, part 6): built only for an offer that has one. */
  easyRead: (p: { slug: string }) => `/offers/${p.slug}/easy-read/`,
  guides: () => '/guides/',
  guide: (p: { slug: string }) => `/guides/${p.slug}/`,
  guideChapter: (p: { slug: string; chapter: string }) => `/guides/${p.slug}/${p.chapter}/`,
  guideAll: (p: { slug: string }) => `/guides/${p.slug}/all/`,
  glossary: () => '/glossary/',
  helpNow: () => '/help-now/',
  howWereDoing: () => '/how-were-doing/',
  search: () => '/search/',
  checker: () => '/what-can-i-get/',
  checkerFilters: () => '/what-can-i-get/filters.css',
  checklist: () => '/what-can-i-get/checklist/',
  compare: () => '/compare/',
  compareItem: (p: { item: string }) => `/compare/${p.item}/`,
  spotlights: () => '/spotlights/',
  spotlight: (p: { slug: string }) => `/spotlights/${p.slug}/`,
  spotlightOutcomes: () => '/spotlights/outcomes/',
  spotlightFacet: (p: { by: FacetBy; value: string }) => `/spotlights/${p.by}/${p.value}/`,
  pledges: () => '/you-said-we-did/',
  pledgeStatus: (p: { status: string }) => `/you-said-we-did/${p.status}/`,
  /** The change log (issue 22, part 4): every change, newest first, and its Atom feed (English only). */
  whatsNew: () => '/whats-new/',
  whatsNewFeed: () => '/whats-new.xml',
  openData: () => '/open-data/',
  openDataFile: (p: { file: OpenDataFile }) => `/open-data/${p.file}`,
  openReferral: (p: { file: string }) => `/open-data/openreferral/${p.file}.json`,
  openReferralRecord: (p: { list: string; id: string }) => `/open-data/openreferral/${p.list}/${p.id}.json`,
  offline: () => '/offline/',
  sitemap: () => '/sitemap.xml',
  manifest: () => '/manifest.webmanifest',
  serviceWorker: () => '/sw.js',
  searchWords: () => '/search-words.json',
  searchVocabulary: () => '/search-vocabulary.json',
  pagefind: () => '/pagefind/',
  favicon: () => '/favicon.svg',
  font: (p: { file: string }) => `/fonts/${p.file}`,
  icon: (p: { name: string }) => `/icons/${p.name}`,
  media: (p: { file: string }) => `/media/${p.file}`,
};

export type RouteName = keyof typeof ROUTES;

/**
 * Files a council's site has once, whatever the language of the page that links them: the
 * search index (Pagefind keeps one index per language in it), the service worker, icons,
 * media, the sitemap, and open data with Open Referral, which is English only (not built per
 * language). Their URLs never take the language segment.
 */
const SITE_WIDE: ReadonlySet<RouteName> = new Set<RouteName>([
  'sitemap',
  'serviceWorker',
  'searchVocabulary',
  'pagefind',
  'favicon',
  'font',
  'icon',
  'media',
  'openData',
  'openDataFile',
  'openReferral',
  'openReferralRecord',
  'whatsNewFeed',
]);
/** A route's parameters as a rest list: none for `home`, one object for `offer`. */
export type RouteParams<N extends RouteName> = Parameters<(typeof ROUTES)[N]>;
/** The table seen as one mapped type, so a route's maker and its parameters stay paired for the compiler. */
const TABLE: { [N in RouteName]: (...params: RouteParams<N>) => string } = ROUTES;

/** A route's path within a site, before base and language: `/offers/x/`. */
export function route<N extends RouteName>(name: N, ...params: RouteParams<N>): string {
  return TABLE[name](...params);
}

/**
 * Where a site is: its base path (`/` or `/riverford/`: the council's) and the language of its
 * pages (a locale id: `ar` puts them under `<base>ar/`; none, or `en`, for English).
 */
export type SitePlace = { base: string; lang?: string | undefined };

export type SiteRoutes = {
  /** The site's base path, always ending in `/`. */
  base: string;
  /** The URL path a browser asks for: base, language, route (`/riverford/offers/x/`). */
  href<N extends RouteName>(name: N, ...params: RouteParams<N>): string;
  /** The route's path on the site without the base (`/offers/x/`, `/cy/offers/x/`): what `absoluteUrl` puts after the site's public address, which has the base. */
  local<N extends RouteName>(name: N, ...params: RouteParams<N>): string;
  /**
   * A path within the site that was made elsewhere (`route('guideChapter', …)` in a library
   * function, an internal link an editor wrote in rich text: `/help-now/`) under the base and
   * language, as `href` does. Anything not a root path (`https:`, `#x`, `tel:`) is returned as it is.
   */
  at(path: string): string;
};

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The routes of one site. */
export function routesFor(place: SitePlace): SiteRoutes {
  const base = withSlash(place.base.startsWith('/') ? place.base : `/${place.base}`);
  const lang = place.lang && place.lang !== 'en' ? `${place.lang}/` : '';
  const local = <N extends RouteName>(name: N, ...params: RouteParams<N>) => `/${SITE_WIDE.has(name) ? '' : lang}${route(name, ...params).slice(1)}`;
  const at = (path: string) => (path.startsWith('/') && !path.startsWith('//') ? `${base}${lang}${path.slice(1)}` : path);
  return {
    base,
    local,
    href: (name, ...params) => `${base}${local(name, ...params).slice(1)}`,
    at,
  };
}
