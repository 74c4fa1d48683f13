import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBuildFolder, swapInto } from '@platform/build/siteFolders';
import { validateSnapshot } from '@content/model/snapshot';
import { OPEN_REFERRAL_PATHS, type OpenReferralFeed } from '@content/model/openReferral';
import { openReferralFeed } from '@site/lib/openReferral';
import { openReferralCacheUsage } from '@platform/server/openReferralApi';
import { servePlatform } from '@platform/server/staticServer';

/**
 * Issue 18, finding 9: anonymous requests must not grow the site server. The Open Referral
 * API keeps serialised pages of its lists in one cache for every council, bounded in bytes
 * (`OPEN_REFERRAL_CACHE_MB`); a page size past the end of a list is the same page as the
 * list's length. Before, every distinct (page, per_page) stayed in memory, up to 1,000 a
 * council, until the next rebuild: here that was hundreds of megabytes.
 */
const BUDGET_MB = 4;
const COUNCILS = ['north', 'south', 'east'];
/** Services in each council's feed: a big council's offer (each list item is about 1.4 kB). */
const SERVICES = 300;

const fixture = validateSnapshot(JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')), 'fixture');

/** A feed of `SERVICES` services: the fixture's, copied with ids and names of their own. */
function bigFeed(council: string): OpenReferralFeed {
  const feed = openReferralFeed(fixture.authority!, fixture.areas, fixture.offers, 'https://local-offer.demo-borough.example/', '2026-11-29T00:00:00Z');
  const services = Array.from({ length: SERVICES }, (_, i) => {
    const from = feed.services[i % feed.services.length]!;
    return { ...from, id: randomUUID(), name: `${from.name} ${council} ${i}` };
  });
  return { ...feed, services };
}

let root: string;
let server: Server;
let port: number;
const before = process.env.OPEN_REFERRAL_CACHE_MB;

function publish(slug: string, feed: OpenReferralFeed): void {
  const outDir = path.join(root, slug);
  const build = newBuildFolder(outDir);
  writeFileSync(path.join(build, '404.html'), '<!doctype html><title>Not found</title>');
  const file = path.join(build, OPEN_REFERRAL_PATHS.feed);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(feed));
  swapInto(build, outDir, { graceMs: 60_000 });
}

/** GETs `pathname` from `<council>.localhost`; the body is read and dropped, its length kept. */
function get(council: string, pathname: string): Promise<{ status: number; bytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: { Host: `${council}.localhost:${port}` }, agent: false }, (res) => {
      let bytes = 0;
      const keep: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= 4096) keep.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode!, bytes, text: Buffer.concat(keep).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** 10,000 distinct anonymous queries, split between the councils: page sizes, pages, lists, searches and filters. */
function distinctQueries(): { council: string; path: string }[] {
  const api = OPEN_REFERRAL_PATHS.api;
  const perCouncil = new Set<string>();
  // Every page size, first page: past the list's length they are all the same page.
  for (let size = 1; size <= 500; size++) perCouncil.add(`${api}services?per_page=${size}`);
  // Walking the pages of a few sizes, well past the end.
  for (const size of [7, 10, 20, 25, 50]) for (let p = 1; p <= 100; p++) perCouncil.add(`${api}services?per_page=${size}&page=${p}`);
  for (const list of ['taxonomies', 'taxonomy_terms', 'organizations']) for (let size = 1; size <= 100; size++) for (const p of [1, 2]) perCouncil.add(`${api}${list}?per_page=${size}&page=${p}`);
  // Searches and filters, each with a page size and page.
  const words = ['money', 'housing', 'council', 'tax', 'help', 'grant', 'travel', 'leisure', 'phone', 'zzqx'];
  const term = fixture.areas[0]!.uuid;
  for (let i = 0; perCouncil.size < Math.ceil(10_000 / COUNCILS.length); i++) {
    const filters = [`search=${words[i % words.length]}`, `minimum_age=${i % 26}`, `maximum_age=${(i % 26) + 1}`, `taxonomy_term_id=${term}`, `modified_after=2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`];
    perCouncil.add(`${api}services?${filters[i % filters.length]}&per_page=${(i % 97) + 1}&page=${(i % 3) + 1}`);
  }
  const all = COUNCILS.flatMap((council) => [...perCouncil].map((p) => ({ council, path: p })));
  return all.slice(0, 10_000);
}

/** The live heap after a full garbage collection. */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** The live heap and the bytes in Buffers outside it (the cached pages are kept encoded) after a full garbage collection. */
function heapAndBuffersAfterGc(): number {
  return heapAfterGc() + process.memoryUsage().arrayBuffers;
}

beforeAll(async () => {
  process.env.OPEN_REFERRAL_CACHE_MB = String(BUDGET_MB);
  root = mkdtempSync(path.join(tmpdir(), 'lop-oruk-memory-'));
  writeFileSync(
    path.join(root, 'sites.json'),
    JSON.stringify({ sites: COUNCILS.map((slug) => ({ slug, name: slug, hosts: [`${slug}.localhost`], base: '/' })) }),
  );
  for (const council of COUNCILS) publish(council, bigFeed(council));
  server = await servePlatform(root, 0, '127.0.0.1');
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
  if (before === undefined) delete process.env.OPEN_REFERRAL_CACHE_MB;
  else process.env.OPEN_REFERRAL_CACHE_MB = before;
});

describe('the Open Referral API’s memory under anonymous queries', () => {
  it('stays flat under 10,000 distinct queries: the cache holds at most its budget, across every council', async () => {
    // Every council's feed in memory first: what is measured is what the queries add.
    for (const council of COUNCILS) expect((await get(council, `${OPEN_REFERRAL_PATHS.api}services?per_page=1`)).status).toBe(200);
    const start = heapAfterGc();
    const startWithBuffers = heapAndBuffersAfterGc();
    const queries = distinctQueries();
    expect(new Set(queries.map((q) => `${q.council} ${q.path}`)).size).toBe(10_000);
    let served = 0;
    let i = 0;
    const worker = async () => {
      while (i < queries.length) {
        const query = queries[i++]!;
        const response = await get(query.council, query.path);
        expect(response.status, query.path).toBe(200);
        served += response.bytes;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const grown = heapAfterGc() - start;
    const grownWithBuffers = heapAndBuffersAfterGc() - startWithBuffers;
    const usage = openReferralCacheUsage();
    console.log(
      `10,000 queries: ${Math.round(served / 2 ** 20)} MB served; heap grew ${Math.round(grown / 2 ** 20)} MB (with Buffers ${Math.round(grownWithBuffers / 2 ** 20)} MB); cache ${Math.round(usage.bytes / 2 ** 20)} MB in ${usage.entries} pages (budget ${BUDGET_MB} MB)`,
    );
    expect(usage.budget).toBe(BUDGET_MB * 2 ** 20);
    expect(usage.bytes).toBeLessThanOrEqual(usage.budget);
    expect(usage.entries).toBeGreaterThan(0);
    // What the queries left behind is the cache and some change, not a copy of every page asked for.
    expect(grown).toBeLessThan(BUDGET_MB * 2 ** 20 + 16 * 2 ** 20);
    // The same counting the pages' bytes held outside the heap too.
    expect(grownWithBuffers).toBeLessThan(BUDGET_MB * 2 ** 20 + 16 * 2 ** 20);
  });

  it('keeps one page for every page size at or past a list’s length', async () => {
    const api = `${OPEN_REFERRAL_PATHS.api}services`;
    const whole = await get('north', `${api}?per_page=${SERVICES}`);
    const entries = openReferralCacheUsage().entries;
    for (const size of [SERVICES + 1, 499, 500, 100_000]) {
      const other = await get('north', `${api}?per_page=${size}`);
      expect(other.bytes, `per_page=${size}`).toBe(whole.bytes);
      expect(other.text.slice(0, 4096)).toBe(whole.text.slice(0, 4096));
    }
    expect(openReferralCacheUsage().entries).toBe(entries);
  });

  it('lets a republished council’s old pages go, and answers from its new feed', async () => {
    const api = `${OPEN_REFERRAL_PATHS.api}services`;
    for (let size = 1; size <= 5; size++) expect((await get('south', `${api}?per_page=${size}&page=3`)).status).toBe(200);
    const held = openReferralCacheUsage().entries;
    const feed = bigFeed('south-again');
    publish('south', feed);
    const first = JSON.parse((await get('south', `${api}?per_page=1`)).text) as { contents: { name: string }[] };
    expect(first.contents[0]!.name).toBe(feed.services[0]!.name);
    // The five pages of the old feed are gone; the new feed's first page is in.
    expect(openReferralCacheUsage().entries).toBeLessThanOrEqual(held - 5 + 1);
  });
});
