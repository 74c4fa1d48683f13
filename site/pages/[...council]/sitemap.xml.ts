/**
 * /sitemap.xml: every public page, for search engines and link checkers. Built with the
 * site from the same snapshot, so it never lists a page that does not exist.
 */
import type { APIRoute } from 'astro';
import { escapeHtml } from '@site/lib/richtext';
import { getAreas, getGuides, getOffers, getPledges, getSpotlights, isLibrary, onEverySiteAndLibrary, siteOf, siteUrlOf } from '@site/lib/data';
import { absoluteUrl } from '@site/lib/siteUrl';
import { FACETS, facetPath } from '@site/lib/spotlightFacets';
import { COMPARISON_ITEM } from '@content/model/vocabularies';
import { countByStatus, PLEDGE_STATUSES } from '@site/lib/pledges';

export const getStaticPaths = onEverySiteAndLibrary;

export const GET: APIRoute = async (context) => {
  const siteKey = siteOf(context);
  const site = siteUrlOf(siteKey);
  const [areas, offers, guides, spotlights, pledges] = await Promise.all([getAreas(siteKey), getOffers(siteKey), getGuides(siteKey), getSpotlights(siteKey), getPledges(siteKey)]);
  const pledgeCounts = countByStatus(pledges);
  const library = [
    ...spotlights.map((spotlight) => `/spotlights/${spotlight.slug}/`),
    '/spotlights/outcomes/',
    '/compare/',
    ...COMPARISON_ITEM.values.map((item) => `/compare/${item}/`),
    ...FACETS.flatMap(({ by, facets }) => facets(spotlights).map((facet) => facetPath(by, facet.slug))),
  ];
  // The national practice library's site: the library and the comparison (pages/[...council]/index.astro).
  const paths = isLibrary(siteKey) ? ['/', '/spotlights/', '/glossary/', '/search/', '/open-data/', ...library] : [
    '/',
    '/areas/',
    '/guides/',
    '/spotlights/',
    '/glossary/',
    '/you-said-we-did/',
    ...PLEDGE_STATUSES.filter((status) => pledgeCounts[status] > 0).map((status) => `/you-said-we-did/${status}/`),
    '/how-were-doing/',
    '/search/',
    '/what-can-i-get/',
    '/help-now/',
    '/about/',
    '/accessibility/',
    '/open-data/',
    ...areas.map((area) => `/areas/${area.slug}/`),
    ...offers.map((offer) => `/offers/${offer.slug}/`),
    ...guides.flatMap((guide) => [
      `/guides/${guide.slug}/`,
      `/guides/${guide.slug}/all/`,
      ...guide.chapters.map((chapter) => `/guides/${guide.slug}/${chapter.slug}/`),
    ]),
    ...library,
  ];
  // A sitemap lists absolute addresses: with no public address (site/lib/siteUrl.ts; the build
  // warns) it lists none rather than make one up.
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(site ? [] : ['<!-- No public address is set for this site, so no pages are listed. -->']),
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...(site ? paths.map((path) => `<url><loc>${escapeHtml(absoluteUrl(path, site)!)}</loc></url>`) : []),
    '</urlset>',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
