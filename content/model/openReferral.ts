/**
 * Open Referral UK (HSDS 3.0, UK profile; issue 12): the shape of a council's feed, and what
 * both the site build (the static copy, `site/lib/openReferral.ts` maps the content) and the
 * platform's server (the API, `platform/server/openReferralApi.ts`) make from it: list items,
 * pages, nested items, the API's `/`. No imports: the server and the build share it as is.
 */

/** `version` of `/`: names the UK profile and HSDS 3.0, as the official validator reads it. */
export const ORUK_VERSION = 'HSDS-UK-3.0';
/** Where the UK profile is documented. */
export const ORUK_PROFILE = 'https://open-referral-uk-profile.readthedocs.io/en/latest/';

/** Where the API and its static copy are, under a council's site. */
export const OPEN_REFERRAL_PATHS = {
  api: '/api/openreferral/',
  copy: '/open-data/openreferral/',
  /** The bundle the server loads, inside the static copy. */
  feed: '/open-data/openreferral/feed.json',
} as const;

/** Lists give this many items a page unless asked otherwise, and never more than `MAX_PER_PAGE`. */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

/** The API's lists, each also by id (`openapi.json` describes each). */
export const OPEN_REFERRAL_ENDPOINTS = ['services', 'taxonomies', 'taxonomy_terms', 'organizations'] as const;

type Json = Record<string, unknown>;

export type OrukTaxonomyTerm = {
  id: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  code: string;
  term_uri?: string;
};
export type OrukTaxonomy = { id: string; name: string; description: string; uri?: string; version: string };
export type OrukService = Json & {
  id: string;
  name: string;
  description: string;
  minimum_age?: number;
  maximum_age?: number;
  last_modified?: string;
  attributes: { taxonomy_term_id: string; taxonomy_term: OrukTaxonomyTerm }[];
};
export type OrukOrganization = Json & { id: string; name: string; description: string };

/** Everything one council's API answers from: written once per build, held in memory by the server. */
export type OpenReferralFeed = {
  generated: string;
  /** The API's public address (from the site's), or null when the site has none: the server then uses the address it was asked at. */
  api_url: string | null;
  council: { name: string; ons_code: string };
  organization: OrukOrganization;
  services: OrukService[];
  taxonomies: OrukTaxonomy[];
  taxonomy_terms: OrukTaxonomyTerm[];
};

/** `object` without the fields named: the nested ones a list item leaves out. */
const without = (object: Json, fields: readonly string[]): Json => Object.fromEntries(Object.entries(object).filter(([key]) => !fields.includes(key)));

/** What a service has beyond its one-to-one fields (its lists), and an organisation beyond its own. */
const SERVICE_NESTED = ['schedules', 'service_areas', 'service_at_locations', 'languages', 'funding', 'cost_options', 'contacts', 'attributes', 'eligibility_description', 'application_process'] as const;
const ORGANIZATION_NESTED = ['organization_identifiers', 'attributes', 'services'] as const;

/** The one-to-one fields of a service, and its organisation (an item of `GET /services`). */
export function serviceListItem(service: OrukService): Json {
  return { ...without(service, SERVICE_NESTED), organization: without(service.organization as Json, ORGANIZATION_NESTED) };
}

/** An organisation's one-to-one fields (an item of `GET /organizations`). */
export const organizationListItem = (organization: OrukOrganization): Json => without(organization, ORGANIZATION_NESTED);

/** An organisation fully nested (`GET /organizations/{id}`): with its services. */
export const fullOrganization = (feed: OpenReferralFeed): Json => ({ ...feed.organization, services: feed.services });

/** A taxonomy with its terms (`GET /taxonomies/{id}`). */
export const fullTaxonomy = (feed: OpenReferralFeed, taxonomy: OrukTaxonomy): Json => ({
  ...taxonomy,
  taxonomy_terms: feed.taxonomy_terms.filter((term) => term.taxonomy_id === taxonomy.id),
});

/** A list as one page holding everything (the static copy's lists, and `per_page` large enough). */
export function wholeList(contents: unknown[]): Json {
  return page(contents, 1, Math.max(contents.length, 1));
}

/** One page of a list, with the `Page` fields the specification gives every list. */
export function page(all: unknown[], pageNumber: number, perPage: number): Json {
  const totalPages = Math.ceil(all.length / perPage);
  const contents = all.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: all.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** `GET /` of a council's API: the version and profile, and this API's own OpenAPI document. */
export function apiInfo(apiBase: string): Json {
  return { version: ORUK_VERSION, profile: ORUK_PROFILE, openapi_url: `${apiBase}openapi.json` };
}
