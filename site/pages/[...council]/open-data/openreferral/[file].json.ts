/**
 * The static copy of the council's Open Referral UK feed (`site/lib/openReferral.ts`), for
 * hosts that serve only files: `index.json` (what `GET /` answers), `openapi.json`, each list
 * as one page holding everything (`services.json`, `taxonomies.json`, `taxonomy_terms.json`,
 * `organizations.json`) and `feed.json`, the bundle the platform's server answers the API from.
 * Each item is in `<list>/<id>.json` (`./[list]/[id].json.ts`).
 */
import type { APIRoute } from 'astro';
import { everySite, getOpenReferralFeed, siteOf } from '@site/lib/data';
import { apiInfo, OPEN_REFERRAL_PATHS, organizationListItem, serviceListItem, wholeList } from '@site/lib/openReferral';
import { openReferralOpenApi } from '@site/lib/openReferralOpenApi';

const FILES = ['index', 'openapi', 'feed', 'services', 'taxonomies', 'taxonomy_terms', 'organizations'] as const;

export const getStaticPaths = () => everySite(() => FILES.map((file) => ({ params: { file } })), { languages: false });

export const GET: APIRoute = async (context) => {
  const feed = await getOpenReferralFeed(siteOf(context));
  const apiUrl = feed.api_url ?? OPEN_REFERRAL_PATHS.api;
  const file = context.params.file as (typeof FILES)[number];
  const body = {
    index: () => apiInfo(apiUrl),
    openapi: () => openReferralOpenApi(apiUrl, feed.council.name),
    feed: () => feed,
    services: () => wholeList(feed.services.map(serviceListItem)),
    taxonomies: () => wholeList(feed.taxonomies),
    taxonomy_terms: () => wholeList(feed.taxonomy_terms),
    organizations: () => wholeList([organizationListItem(feed.organization)]),
  }[file]();
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
