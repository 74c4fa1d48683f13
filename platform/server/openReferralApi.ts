/**
 * The Open Referral UK API of every council's site (issue 12), answered by the platform's
 * server under `<site>/api/openreferral/`: `/`, `/openapi.json`, `/services` (paged, with the
 * specification's filters), `/services/{id}`, `/taxonomies`, `/taxonomy_terms`,
 * `/organizations` (each with `/{id}`).
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
import { readFile, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
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
import { openReferralOpenApi } from '@site/lib/openReferralOpenApi';
import { securityHeaders } from '@site/lib/securityPolicy';

type Json = Record<string, unknown>;

/** A feed ready to answer from: items by id, serialised once; what the filters look at, worked out once. */
export type FeedIndex = {
  feed: OpenReferralFeed;
  byId: Record<'services' | 'taxonomies' | 'taxonomy_terms' | 'organizations', Map<string, string>>;
  serviceItems: Json[];
  searchText: string[];
  terms: Set<string>[];
  taxonomies: Set<string>[];
  modified: number[];
  organizationItems: Json[];
  /** This index's own prefix for its pages in the shared page cache. */
  cacheKey: string;
};

/** The cache's budget when `OPEN_REFERRAL_CACHE_MB` is not set. */
export const DEFAULT_CACHE_MB = 64;

/**
 * The budget in bytes, from `OPEN_REFERRAL_CACHE_MB` (megabytes; `0` keeps no pages). A value
 * that is not a number is refused, rather than silently meaning "no limit".
 */
export function cacheBudget(env: Record<string, string | undefined> = process.env): number {
  const raw = env.OPEN_REFERRAL_CACHE_MB?.trim();
  if (!raw) return DEFAULT_CACHE_MB * 2 ** 20;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`OPEN_REFERRAL_CACHE_MB must be a number of megabytes (0 or more); it is "${raw}".`);
  return Math.floor(mb * 2 ** 20);
}

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

const fold = (text: string) => text.toLocaleLowerCase('en-GB').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

export function indexFeed(feed: OpenReferralFeed): FeedIndex {
  const services = feed.services;
  return {
    feed,
    byId: {
      services: new Map(services.map((s) => [s.id, JSON.stringify(s)])),
      taxonomies: new Map(feed.taxonomies.map((x) => [x.id, JSON.stringify(fullTaxonomy(feed, x))])),
      taxonomy_terms: new Map(feed.taxonomy_terms.map((term) => [term.id, JSON.stringify(term)])),
      organizations: new Map([[feed.organization.id, JSON.stringify(fullOrganization(feed))]]),
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

export type ApiAnswer = { status: number; body: string };

const error = (status: number, message: string): ApiAnswer => ({ status, body: JSON.stringify({ status, error: message }) });

/** A whole number of at least `min` from the query, its default when absent, or an error naming the parameter. */
function wholeNumber(params: URLSearchParams, name: string, fallback: number, min: number): number | ApiAnswer {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min) return error(400, `"${name}" must be a whole number of at least ${min}; it was "${raw.slice(0, 40)}".`);
  return Number(raw);
}

function numberParam(params: URLSearchParams, name: string): number | null | ApiAnswer {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) return error(400, `"${name}" must be a number; it was "${raw.slice(0, 40)}".`);
  return value;
}

const isAnswer = (value: unknown): value is ApiAnswer => typeof value === 'object' && value !== null && 'status' in value;

/** One page of a list: the page and size from the query, filtered by `keep` when given. */
function listPage(index: FeedIndex, name: string, items: unknown[], params: URLSearchParams, keep?: (i: number) => boolean): ApiAnswer {
  const pageNumber = wholeNumber(params, 'page', 1, 1);
  if (isAnswer(pageNumber)) return pageNumber;
  const perPage = wholeNumber(params, 'per_page', DEFAULT_PER_PAGE, 1);
  if (isAnswer(perPage)) return perPage;
  const size = Math.min(perPage, MAX_PER_PAGE);
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
    return { status: 200, body };
  }
  return { status: 200, body: JSON.stringify(page(items.filter((_, i) => keep(i)), pageNumber, size)) };
}

/** `/services` with the specification's filters: every filter given must hold. */
function services(index: FeedIndex, params: URLSearchParams): ApiAnswer {
  const tests: ((i: number) => boolean)[] = [];
  const search = params.get('search')?.trim();
  if (search) {
    const words = fold(search).split(/[^\p{L}\p{N}£]+/u).filter(Boolean);
    tests.push((i) => words.every((word) => index.searchText[i]!.includes(word)));
  }
  const term = params.get('taxonomy_term_id');
  if (term) tests.push((i) => index.terms[i]!.has(term.toLowerCase()));
  const taxonomy = params.get('taxonomy_id');
  if (taxonomy) tests.push((i) => index.taxonomies[i]!.has(taxonomy.toLowerCase()));
  // "A minimum age of at least" / "a maximum age at or below" the value: a service with no such age is left out.
  const minimum = numberParam(params, 'minimum_age');
  if (isAnswer(minimum)) return minimum;
  if (minimum !== null) tests.push((i) => typeof index.feed.services[i]!.minimum_age === 'number' && index.feed.services[i]!.minimum_age! >= minimum);
  const maximum = numberParam(params, 'maximum_age');
  if (isAnswer(maximum)) return maximum;
  if (maximum !== null) tests.push((i) => typeof index.feed.services[i]!.maximum_age === 'number' && index.feed.services[i]!.maximum_age! <= maximum);
  const after = params.get('modified_after');
  if (after) {
    const since = Date.parse(after);
    if (Number.isNaN(since)) return error(400, `"modified_after" must be a date and time (ISO 8601, e.g. 2026-11-01T00:00:00Z); it was "${after.slice(0, 40)}".`);
    tests.push((i) => index.modified[i]! >= since);
  }
  return listPage(index, 'services', index.serviceItems, params, tests.length ? (i) => tests.every((test) => test(i)) : undefined);
}

const LISTS = {
  taxonomies: (index: FeedIndex) => index.feed.taxonomies,
  taxonomy_terms: (index: FeedIndex) => index.feed.taxonomy_terms,
  organizations: (index: FeedIndex) => index.organizationItems,
} as const;

/**
 * The answer to one request of the API: `route` is the path under the API's address (`''`,
 * `services`, `services/<id>`, …) and `apiUrl` the API's own address (for `/`).
 */
export function answer(index: FeedIndex, route: string, params: URLSearchParams, apiUrl: string): ApiAnswer {
  const parts = route.split('/').filter(Boolean);
  if (parts.length === 0) return { status: 200, body: JSON.stringify(apiInfo(apiUrl)) };
  const [collection, id, ...rest] = parts;
  if (rest.length) return error(404, 'There is nothing at this address.');
  if (collection === 'openapi.json' && id === undefined) return { status: 200, body: JSON.stringify(openReferralOpenApi(apiUrl, index.feed.council.name)) };
  if ((OPEN_REFERRAL_ENDPOINTS as readonly string[]).includes(collection!)) {
    const list = collection as (typeof OPEN_REFERRAL_ENDPOINTS)[number];
    if (id !== undefined) {
      let key: string;
      try {
        key = decodeURIComponent(id).toLowerCase();
      } catch {
        return error(400, 'The id in the address is not valid.');
      }
      const body = index.byId[list].get(key);
      const singular = { services: 'service', taxonomies: 'taxonomy', taxonomy_terms: 'taxonomy term', organizations: 'organization' }[list];
      return body === undefined ? error(404, `There is no ${singular} with id "${id.slice(0, 60)}" in this feed.`) : { status: 200, body };
    }
    if (list === 'services') return services(index, params);
    return listPage(index, list, LISTS[list](index), params);
  }
  return error(404, `There is no "${collection!.slice(0, 40)}" endpoint. This API has: ${OPEN_REFERRAL_ENDPOINTS.join(', ')}.`);
}

const HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'no-cache',
};

function send(req: IncomingMessage, res: ServerResponse, { status, body }: ApiAnswer, extra: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
  res.writeHead(status, { ...HEADERS, ...extra, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The API handler for the sites in `root` (the folder of `sites.json`). `route` is the path
 * under the API's address; `apiUrl` the API's address as the request reached it (used when
 * the site has no public address).
 */
export function createOpenReferralApi(root: string) {
  // One feed in memory per site: the one of the build folder it is served from now. Many
  // councils each keep theirs (never evicting one another); a publish replaces its council's.
  // Their serialised pages share one cache bounded in bytes (`pages()`).
  const feeds = new Map<string, { folder: string; feed: Promise<FeedIndex | null> }>();
  const load = (slug: string, folder: string): Promise<FeedIndex | null> => {
    const held = feeds.get(slug);
    if (held?.folder === folder) return held.feed;
    // The council was rebuilt: its old pages leave the cache with its old feed.
    if (held) void held.feed.then((old) => old && forgetPages(old));
    const feed = readFile(path.join(folder, OPEN_REFERRAL_PATHS.feed), 'utf8')
      .then((text) => indexFeed(JSON.parse(text) as OpenReferralFeed))
      .catch(() => null);
    feeds.set(slug, { folder, feed });
    return feed;
  };
  // A bad OPEN_REFERRAL_CACHE_MB stops the server here, not its first request.
  pages();
  return async (req: IncomingMessage, res: ServerResponse, slug: string, route: string, query: string, requestApiUrl: string): Promise<void> => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Max-Age': '86400' });
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, error(405, 'Only GET and HEAD.'), { Allow: 'GET, HEAD, OPTIONS' });
      return;
    }
    let folder: string;
    try {
      // A build folder never changes once served: its realpath names its feed.
      folder = await realpath(path.join(root, slug));
    } catch {
      send(req, res, error(404, 'This site has not been built yet.'));
      return;
    }
    const index = await load(slug, folder);
    if (!index) {
      send(req, res, error(404, 'This site has no Open Referral feed.'));
      return;
    }
    send(req, res, answer(index, route, new URLSearchParams(query), index.feed.api_url ?? requestApiUrl));
  };
}
