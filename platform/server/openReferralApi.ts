/**
 * The Open Referral UK API of every council's site (issue 12), answered by the platform's
 * server under `<site>/api/openreferral/`: `/`, `/openapi.json`, `/services` (paged, with the
 * specification's filters), `/services/{id}`, `/taxonomies`, `/taxonomy_terms`,
 * `/organizations` (each with `/{id}`).
 *
 * The routes and their query schemas (zod) are `openReferralRoutes` (`site/lib/openReferralOpenApi.ts`):
 * this app validates with them, and the OpenAPI document it serves is generated from them.
 *
 * It answers from memory: the feed of published content each build writes into the site
 * (`open-data/openreferral/feed.json`, `site/lib/openReferral.ts`) is read once per build
 * folder and indexed, with every single item already serialised. A publish rebuilds the site
 * and swaps its folder; the next request reads the new feed, so the API follows every publish
 * with no database query per request and nothing to restart. Open to all (no key), with
 * `Access-Control-Allow-Origin: *` on every response, errors included.
 *
 * Pages of unfiltered lists, once serialised, are kept in one cache for every council,
 * bounded in bytes (`OPEN_REFERRAL_CACHE_MB`, default 64; least recently used pages go
 * first), so no run of distinct queries can grow the server (issue 18).
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import {
  apiInfo,
  DEFAULT_PER_PAGE,
  fullOrganization,
  MAX_PER_PAGE,
  fullTaxonomy,
  OPEN_REFERRAL_ENDPOINTS,
  OPEN_REFERRAL_PATHS,
  organizationListItem,
  page,
  serviceListItem,
  type OpenReferralFeed,
} from '@content/model/openReferral';
import { DEFAULT_LOCALE } from '@content/model/locales';
import { HandOffError } from '@content/model/handOff';
import { parseOpenReferralFeed } from '@content/model/openReferralFeed';
import { parseSettings, settings, SettingsError } from '@platform/config';
import { openReferralOpenApi, openReferralRoutes, servicesQuery, type PagingQuery, type ServicesQuery } from '@site/lib/openReferralOpenApi';

type Json = Record<string, unknown>;

/** A feed ready to answer from: items by id, serialised once; what the filters look at, worked out once. */
export type FeedIndex = {
  feed: OpenReferralFeed;
  byId: Record<'services' | 'taxonomies' | 'taxonomy_terms' | 'organizations', Map<string, Body>>;
  serviceItems: Json[];
  searchText: string[];
  terms: Set<string>[];
  taxonomies: Set<string>[];
  modified: number[];
  organizationItems: Json[];
  /** This index's own prefix for its pages in the shared page cache. */
  cacheKey: string;
};

/** The cache's budget when `OPEN_REFERRAL_CACHE_MB` is not set: the setting's default. */
export const DEFAULT_CACHE_MB = parseSettings({}).OPEN_REFERRAL_CACHE_MB;

/**
 * The budget in bytes, from the setting `OPEN_REFERRAL_CACHE_MB` (`@platform/config`;
 * megabytes, `0` keeps no pages) of this process, or of `env`. A value that is not a number
 * is refused, rather than silently meaning "no limit".
 */
export function cacheBudget(env?: Record<string, string | undefined>): number {
  try {
    return Math.floor(settings(env).OPEN_REFERRAL_CACHE_MB * 2 ** 20);
  } catch (error) {
    if (!(error instanceof SettingsError) || !error.message.startsWith('Setting OPEN_REFERRAL_CACHE_MB:')) throw error;
    throw new Error(`OPEN_REFERRAL_CACHE_MB must be a number of megabytes (0 or more); it is "${(env ?? process.env).OPEN_REFERRAL_CACHE_MB?.trim()}".`);
  }
}

/**
 * An answer's body: JSON text, or for a single item of the index, its bytes (UTF-8), encoded
 * once when the feed is indexed, so a request for one sends them as they are instead of
 * measuring and encoding the text again. (Pages stay text: encoding each page made, most of
 * them asked for once, cost more than it saved.)
 */
type Body = string | NonSharedBuffer;
const encoded = (json: string): NonSharedBuffer => Buffer.from(json, 'utf8');

/**
 * What a page costs in memory: a JavaScript string of n UTF-16 code units takes up to 2n
 * bytes (n when every character fits one byte), and its key likewise. Counting 2 a unit keeps
 * the total an upper bound.
 */
const pageBytes = (body: string, key: string) => 2 * (body.length + key.length) + 64;

/** Serialised pages of every council's unfiltered lists, least recently used first out; made at first use. */
let pageCache: LRUCache<string, string> | null | undefined;
function pages(): LRUCache<string, string> | null {
  if (pageCache === undefined) {
    const budget = cacheBudget();
    pageCache = budget > 0 ? new LRUCache<string, string>({ maxSize: budget, sizeCalculation: pageBytes }) : null;
  }
  return pageCache;
}

/** How much the page cache holds now (bytes as counted against the budget), and its budget. */
export function openReferralCacheUsage(): { bytes: number; entries: number; budget: number } {
  const cache = pages();
  return { bytes: cache?.calculatedSize ?? 0, entries: cache?.size ?? 0, budget: cache?.maxSize ?? 0 };
}

/** Drops the pages of a feed no longer served (its council was rebuilt). */
function forgetPages(index: FeedIndex): void {
  const cache = pages();
  if (!cache) return;
  for (const key of cache.keys()) if (key.startsWith(index.cacheKey)) cache.delete(key);
}

let indexes = 0;

/** Text as search compares it: lower case (by the site's language), without accents. */
const fold = (text: string) => text.toLocaleLowerCase(DEFAULT_LOCALE.lang).normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

export function indexFeed(feed: OpenReferralFeed): FeedIndex {
  const services = feed.services;
  return {
    feed,
    byId: {
      services: new Map(services.map((s) => [s.id, encoded(JSON.stringify(s))])),
      taxonomies: new Map(feed.taxonomies.map((x) => [x.id, encoded(JSON.stringify(fullTaxonomy(feed, x)))])),
      taxonomy_terms: new Map(feed.taxonomy_terms.map((term) => [term.id, encoded(JSON.stringify(term))])),
      organizations: new Map([[feed.organization.id, encoded(JSON.stringify(fullOrganization(feed)))]]),
    },
    serviceItems: services.map(serviceListItem),
    searchText: services.map((s) =>
      fold([s.name, s.description, s.eligibility_description, s.application_process, ...s.attributes.map((a) => a.taxonomy_term.name)].join(' \u0000 ')),
    ),
    terms: services.map((s) => new Set(s.attributes.map((a) => a.taxonomy_term_id))),
    taxonomies: services.map((s) => new Set(s.attributes.map((a) => a.taxonomy_term.taxonomy_id))),
    modified: services.map((s) => (s.last_modified ? Date.parse(s.last_modified) : Number.NaN)),
    organizationItems: [organizationListItem(feed.organization)],
    cacheKey: `${++indexes}\u0000`,
  };
}

export type ApiAnswer = { status: number; body: Body };

const error = (status: number, message: string): ApiAnswer => ({ status, body: JSON.stringify({ status, error: message }) });

/** A parameter given (absent and empty both mean not given). */
const given = (raw: string | undefined): raw is string => raw !== undefined && raw !== '';

/** One page of a list: the page and size from the (validated) query, filtered by `keep` when given. */
function listPage(index: FeedIndex, name: string, items: unknown[], query: PagingQuery, keep?: (i: number) => boolean): Body {
  const pageNumber = given(query.page) ? Number(query.page) : 1;
  const size = Math.min(given(query.per_page) ? Number(query.per_page) : DEFAULT_PER_PAGE, MAX_PER_PAGE);
  if (!keep) {
    // A page size past the list's length gives the same page as its length: one entry for all of them.
    const clamped = Math.max(1, Math.min(size, items.length));
    const cache = pages();
    const key = `${index.cacheKey}${name}\u0000${pageNumber}\u0000${clamped}`;
    let body = cache?.get(key);
    if (body === undefined) {
      body = JSON.stringify(page(items, pageNumber, clamped));
      // A page past the end is empty and cheap to make: not worth a place.
      if (cache && (pageNumber - 1) * clamped < items.length) cache.set(key, body);
    }
    return body;
  }
  return JSON.stringify(page(items.filter((_, i) => keep(i)), pageNumber, size));
}

/** `/services` with the specification's filters (already validated): every filter given must hold. */
function listServices(index: FeedIndex, query: ServicesQuery): Body {
  const tests: ((i: number) => boolean)[] = [];
  const search = query.search?.trim();
  if (search) {
    const words = fold(search).split(/[^\p{L}\p{N}£]+/u).filter(Boolean);
    tests.push((i) => words.every((word) => index.searchText[i]!.includes(word)));
  }
  const term = query.taxonomy_term_id;
  if (term) tests.push((i) => index.terms[i]!.has(term.toLowerCase()));
  const taxonomy = query.taxonomy_id;
  if (taxonomy) tests.push((i) => index.taxonomies[i]!.has(taxonomy.toLowerCase()));
  // "A minimum age of at least" / "a maximum age at or below" the value: a service with no such age is left out.
  const services = index.feed.services;
  if (given(query.minimum_age)) {
    const minimum = Number(query.minimum_age);
    tests.push((i) => typeof services[i]!.minimum_age === 'number' && services[i]!.minimum_age! >= minimum);
  }
  if (given(query.maximum_age)) {
    const maximum = Number(query.maximum_age);
    tests.push((i) => typeof services[i]!.maximum_age === 'number' && services[i]!.maximum_age! <= maximum);
  }
  if (given(query.modified_after)) {
    const since = Date.parse(query.modified_after);
    tests.push((i) => index.modified[i]! >= since);
  }
  return listPage(index, 'services', index.serviceItems, query, tests.length ? (i) => tests.every((test) => test(i)) : undefined);
}

/** `/services` for a query as it came (checked by the route's own schema), as text: for tests of the filters without a server. */
export function servicesAnswer(index: FeedIndex, params: URLSearchParams): { status: number; body: string } {
  const query = servicesQuery.safeParse(Object.fromEntries(params));
  if (!query.success) return { status: 400, body: JSON.stringify({ status: 400, error: query.error.issues[0]!.message }) };
  return { status: 200, body: listServices(index, query.data).toString() };
}

const SINGULAR = { services: 'service', taxonomies: 'taxonomy', taxonomy_terms: 'taxonomy term', organizations: 'organization' } as const;

/**
 * What the platform's server tells the API about a request: the site, the path under the
 * API's address, the API's address, and the headers its middlewares give every answer.
 */
export type ApiRequest = { slug: string; route: string; apiUrl: string; headers: Record<string, string> };
/** `headers`: the server's, with CORS: what every answer of the API carries. */
type ApiEnv = { Bindings: ApiRequest; Variables: { index: FeedIndex; headers: Record<string, string> } };

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' };
const CORS = { 'Access-Control-Allow-Origin': '*' };
const PREFLIGHT = { ...CORS, 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Max-Age': '86400' };

const send = (c: Context<ApiEnv>, { status, body }: ApiAnswer, extra?: Record<string, string>) =>
  new Response(body, {
    status,
    headers: { ...c.var.headers, ...JSON_HEADERS, ...extra, 'Content-Length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength) },
  });
const ok = (c: Context<ApiEnv>, body: Body) => send(c, { status: 200, body });

/** CORS for anyone's app: preflights answered, other methods refused, `Access-Control-Allow-Origin: *` on every answer. */
const cors: MiddlewareHandler<ApiEnv> = (c, next) => {
  c.set('headers', { ...c.env.headers, ...CORS });
  if (c.req.method === 'OPTIONS') return Promise.resolve(new Response(null, { status: 204, headers: { ...c.env.headers, ...PREFLIGHT } }));
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return Promise.resolve(send(c, error(405, 'Only GET and HEAD.'), { Allow: 'GET, HEAD, OPTIONS' }));
  return next();
};

/** The raw (undecoded) id in a `/<list>/<id>` route, decoded here so a bad escape is a 400, not a guess. */
function itemById(c: Context<ApiEnv>, list: (typeof OPEN_REFERRAL_ENDPOINTS)[number]): Response {
  const raw = c.env.route.split('/')[2]!;
  let key: string;
  try {
    key = decodeURIComponent(raw).toLowerCase();
  } catch {
    return send(c, error(400, 'The id in the address is not valid.'));
  }
  const body = c.var.index.byId[list].get(key);
  return body === undefined ? send(c, error(404, `There is no ${SINGULAR[list]} with id "${raw.slice(0, 60)}" in this feed.`)) : ok(c, body);
}

/** Where the route is not one of the API's: what there is instead. */
function nothingHere(c: Context<ApiEnv>): Response {
  const [collection, , ...rest] = c.env.route.split('/').filter(Boolean);
  if (rest.length || (OPEN_REFERRAL_ENDPOINTS as readonly string[]).includes(collection!) || collection === 'openapi.json')
    return send(c, error(404, 'There is nothing at this address.'));
  return send(c, error(404, `There is no "${collection!.slice(0, 40)}" endpoint. This API has: ${OPEN_REFERRAL_ENDPOINTS.join(', ')}.`));
}

/**
 * The API for the sites in `root` (the folder of `sites.json`), as a Hono app routed on the
 * path under the API's address that the platform's server passes in (`ApiRequest.route`),
 * not on the request's own path (which carries the site's base path).
 */
export function createOpenReferralApi(root: string): OpenAPIHono<ApiEnv> {
  // One feed in memory per site: the one of the build folder it is served from now. Many
  // councils each keep theirs (never evicting one another); a publish replaces its council's.
  // Their serialised pages share one cache bounded in bytes (`pages()`).
  const feeds = new Map<string, { folder: string; feed: Promise<FeedIndex | null> }>();
  const load = (slug: string, folder: string): Promise<FeedIndex | null> => {
    const held = feeds.get(slug);
    if (held?.folder === folder) return held.feed;
    // The council was rebuilt: its old pages leave the cache with its old feed.
    if (held) void held.feed.then((old) => old && forgetPages(old));
    const file = path.join(folder, OPEN_REFERRAL_PATHS.feed);
    const feed = readFile(file, 'utf8')
      // Through its schema (content/model/openReferralFeed.ts): a feed that is not one is said, naming the field, and not served.
      .then((text) => indexFeed(parseOpenReferralFeed(text, file)))
      .catch((error: unknown) => {
        if (error instanceof HandOffError) console.error(error.message);
        return null;
      });
    feeds.set(slug, { folder, feed });
    return feed;
  };
  // A bad OPEN_REFERRAL_CACHE_MB stops the server here, not its first request.
  pages();

  const api = new OpenAPIHono<ApiEnv>({
    getPath: (_request, options) => {
      const env = options?.env;
      return env && 'route' in env && typeof env.route === 'string' ? env.route : '/';
    },
    // A parameter that fails its schema: the schema's own message, as the API's JSON error.
    defaultHook: (result, c) => (result.success ? undefined : send(c, error(400, result.error.issues[0]!.message))),
  });
  api.use(cors);
  api.use(async (c, next) => {
    let folder: string;
    try {
      // A build folder never changes once served: its realpath names its feed (resolved at once: the kernel has it cached).
      folder = realpathSync.native(path.join(root, c.env.slug));
    } catch {
      return send(c, error(404, 'This site has not been built yet.'));
    }
    const index = await load(c.env.slug, folder);
    if (!index) return send(c, error(404, 'This site has no Open Referral feed.'));
    c.set('index', index);
    await next();
  });
  const apiUrl = (c: Context<ApiEnv>) => c.var.index.feed.api_url ?? c.env.apiUrl;
  const routes = openReferralRoutes;
  api.openapi(routes.root, (c) => ok(c, JSON.stringify(apiInfo(apiUrl(c)))));
  const documents = new Map<string, string>();
  api.get('/openapi.json', (c) => {
    const key = `${apiUrl(c)}\u0000${c.var.index.feed.council.name}`;
    let body = documents.get(key);
    if (body === undefined) {
      if (documents.size > 100) documents.clear();
      documents.set(key, (body = JSON.stringify(openReferralOpenApi(apiUrl(c), c.var.index.feed.council.name))));
    }
    return ok(c, body);
  });
  api.openapi(routes.services, (c) => ok(c, listServices(c.var.index, c.req.valid('query'))));
  api.openapi(routes.taxonomies, (c) => ok(c, listPage(c.var.index, 'taxonomies', c.var.index.feed.taxonomies, c.req.valid('query'))));
  api.openapi(routes.taxonomy_terms, (c) => ok(c, listPage(c.var.index, 'taxonomy_terms', c.var.index.feed.taxonomy_terms, c.req.valid('query'))));
  api.openapi(routes.organizations, (c) => ok(c, listPage(c.var.index, 'organizations', c.var.index.organizationItems, c.req.valid('query'))));
  api.openapi(routes.service, (c) => itemById(c, 'services'));
  api.openapi(routes.taxonomy, (c) => itemById(c, 'taxonomies'));
  api.openapi(routes.taxonomy_term, (c) => itemById(c, 'taxonomy_terms'));
  api.openapi(routes.organization, (c) => itemById(c, 'organizations'));
  api.notFound(nothingHere);
  return api;
}
