import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBuildFolder, swapInto } from '@platform/build/siteFolders';
import { validateSnapshot } from '@content/model/snapshot';
import { MAX_PER_PAGE, OPEN_REFERRAL_PATHS, type OpenReferralFeed } from '@content/model/openReferral';
import { openReferralFeed } from '@site/lib/openReferral';
import { servePlatform } from '@platform/server/staticServer';
import { openReferralRoutes } from '@site/lib/openReferralOpenApi';

/**
 * The Open Referral UK API as the platform's server answers it (issue 12): from the feed in
 * the site's current build folder, held in memory, and refreshed when a publish swaps in a
 * new build (no restart, no database). Paging at the edges, HEAD, errors as JSON with CORS,
 * a council under a shared address, and the library's site (no feed) are covered here; the
 * browser suite (`tests/e2e/openReferral.e2e.spec.ts`) validates every endpoint of every demo
 * council against the official schemas.
 */
const fixture = validateSnapshot(JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')), 'fixture');
let root: string;
/** More councils than a small cache would hold. */
const MANY = Array.from({ length: 12 }, (_, i) => `council-${i + 1}`);
let server: Server;
let port: number;

const feedOf = (title?: string): OpenReferralFeed =>
  openReferralFeed(
    fixture.authority!,
    fixture.areas,
    fixture.offers.map((o, i) => (i === 0 && title ? { ...o, title } : o)),
    'https://local-offer.demo-borough.example/',
    '2026-11-29T00:00:00Z',
  );

/** A build folder of a site holding only its feed and a 404 page, swapped in as a publish does. */
function publish(slug: string, feed: OpenReferralFeed | null): void {
  const outDir = path.join(root, slug);
  const build = newBuildFolder(outDir);
  writeFileSync(path.join(build, '404.html'), '<!doctype html><title>Not found</title>');
  if (feed) {
    const file = path.join(build, OPEN_REFERRAL_PATHS.feed);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(feed));
  }
  swapInto(build, outDir, { graceMs: 60_000 });
}

/** A request with its own Host header (which fetch does not send), as a browser at `<host>` would. */
function get(host: string, pathname: string, method = 'GET'): Promise<{ status: number; headers: Map<string, string>; text: string; json: () => any }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method, headers: { Host: `${host}:${port}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: new Map(Object.entries(res.headers).map(([k, v]) => [k, String(v)])), text, json: () => JSON.parse(text) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'lop-oruk-'));
  writeFileSync(
    path.join(root, 'sites.json'),
    JSON.stringify({
      sites: [
        { slug: 'demo', name: 'Demo Borough Council', hosts: ['demo.localhost'], base: '/' },
        { slug: 'shared', name: 'Riverford City Council', hosts: ['shared.localhost'], base: '/riverford/' },
        { slug: 'library', name: 'National practice library', hosts: ['library.localhost'], base: '/library/', kind: 'library' },
        ...MANY.map((slug) => ({ slug, name: slug, hosts: [`${slug}.localhost`], base: '/' })),
      ],
    }),
  );
  publish('demo', feedOf());
  publish('shared', feedOf());
  publish('library', null);
  for (const slug of MANY) publish(slug, feedOf(`First offer of ${slug}`));
  server = await servePlatform(root, 0, '127.0.0.1');
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the Open Referral UK API on the platform server', () => {
  it('answers from the current build, and follows a publish without a restart', async () => {
    const before = (await get('demo.localhost', '/api/openreferral/services?per_page=500')).json();
    expect(before.total_items).toBe(fixture.offers.length);
    const first = fixture.offers[0]!;
    expect(before.contents.map((s: { name: string }) => s.name)).toContain(first.title);

    publish('demo', feedOf('A new title, just published'));
    const after = (await get('demo.localhost', '/api/openreferral/services?per_page=500')).json();
    const renamed = after.contents.find((s: { id: string }) => s.id === first.uuid);
    expect(renamed.name).toBe('A new title, just published');
    // The same service, by the same id, fully nested.
    expect((await get('demo.localhost', `/api/openreferral/services/${first.uuid}`)).json().name).toBe('A new title, just published');
  });

  it('holds every council’s feed in memory at once: asked in turn, none is read from disk again', async () => {
    const first = fixture.offers[0]!.uuid;
    for (const slug of MANY) expect((await get(`${slug}.localhost`, `/api/openreferral/services/${first}`)).json().name).toBe(`First offer of ${slug}`);
    // Take every feed file away: a council whose feed had been dropped from memory would now have none.
    for (const slug of MANY) rmSync(path.join(realpathSync(path.join(root, slug)), OPEN_REFERRAL_PATHS.feed));
    for (let round = 0; round < 2; round++) {
      for (const slug of MANY) {
        const response = await get(`${slug}.localhost`, `/api/openreferral/services/${first}`);
        expect(response.status, slug).toBe(200);
        expect(response.json().name).toBe(`First offer of ${slug}`);
      }
    }
  });

  it('pages at the edges: past the last page is empty, per_page is capped, HEAD has no body', async () => {
    const total = fixture.offers.length;
    const past = (await get('demo.localhost', `/api/openreferral/services?per_page=1&page=${total + 1}`)).json();
    expect(past).toMatchObject({ total_items: total, total_pages: total, page_number: total + 1, size: 0, first_page: false, last_page: true, empty: true, contents: [] });
    const capped = (await get('demo.localhost', '/api/openreferral/taxonomy_terms?per_page=100000')).json();
    expect(capped.size).toBe(Math.min(capped.total_items, MAX_PER_PAGE));
    expect(capped.total_pages).toBe(1);
    const head = await get('demo.localhost', '/api/openreferral/services', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100);
  });

  it('says what is wrong, as JSON with CORS: unknown ids and endpoints, bad parameters, other methods', async () => {
    for (const [pathname, status] of [
      ['/api/openreferral/services/00000000-0000-4000-8000-000000000000', 404],
      ['/api/openreferral/services/%E0%A4%A', 400],
      ['/api/openreferral/locations', 404],
      ['/api/openreferral/services/x/y', 404],
      ['/api/openreferral/services?per_page=0', 400],
      ['/api/openreferral/services?maximum_age=NaN', 400],
    ] as const) {
      const response = await get('demo.localhost', pathname);
      expect(response.status, pathname).toBe(status);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.json().error).toEqual(expect.any(String));
    }
    const post = await get('demo.localhost', '/api/openreferral/services', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves a council under a shared address at its path, and the library’s site has no feed', async () => {
    const root = (await get('localhost', '/riverford/api/openreferral/')).json();
    expect(root).toMatchObject({ version: 'HSDS-UK-3.0', openapi_url: 'https://local-offer.demo-borough.example/api/openreferral/openapi.json' });
    expect((await get('localhost', '/riverford/api/openreferral/services')).json().total_items).toBe(fixture.offers.length);
    const library = await get('localhost', '/library/api/openreferral/services');
    expect(library.status).toBe(404);
    expect(library.json().error).toMatch(/no Open Referral feed/);
  });
});

describe('the served openapi.json and what the API checks', () => {
  type Parameter = { name: string; in: string; schema: { type?: string } };
  type Operation = { parameters?: Parameter[] };

  it('lists exactly the parameters each route validates: one list, not two that can drift', async () => {
    const document = (await get('demo.localhost', '/api/openreferral/openapi.json')).json() as { paths: Record<string, { get: Operation }> };
    const routes = Object.values(openReferralRoutes);
    // Every route is in the document, and nothing else is.
    expect(Object.keys(document.paths).sort()).toEqual(routes.map((route) => route.path).sort());
    for (const route of routes) {
      const documented = (document.paths[route.path]!.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const validated = 'request' in route && 'query' in route.request ? Object.keys(route.request.query.shape) : [];
      expect(documented.sort(), route.path).toEqual(validated.sort());
    }
  });

  it('refuses a bad value of every documented number, whole number and date, naming it; a good one passes', async () => {
    const document = (await get('demo.localhost', '/api/openreferral/openapi.json')).json() as { paths: Record<string, { get: Operation }> };
    let checked = 0;
    for (const [pathname, { get: operation }] of Object.entries(document.paths)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query') continue;
        const typed = parameter.schema.type === 'integer' || parameter.schema.type === 'number' || parameter.name.endsWith('_after');
        if (!typed) continue;
        const address = `/api/openreferral${pathname}?${parameter.name}=`;
        const bad = await get('demo.localhost', `${address}not-a-value`);
        expect(bad.status, `${pathname} ${parameter.name}`).toBe(400);
        expect(bad.json()).toEqual({ status: 400, error: expect.stringContaining(`"${parameter.name}"`) });
        const good = parameter.name.endsWith('_after') ? '2026-01-01T00:00:00Z' : '1';
        expect((await get('demo.localhost', `${address}${good}`)).status, `${pathname} ${parameter.name}=${good}`).toBe(200);
        checked++;
      }
    }
    // page and per_page on four lists, and the services' two ages and date.
    expect(checked).toBe(4 * 2 + 3);
  });
});
