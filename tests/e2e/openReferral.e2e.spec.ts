import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fullOrganization, serviceListItem, wholeList } from '@content/model/openReferral';
import { hostileSiteDir } from '@tests/helpers/hostileSnapshot';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { E2E_COUNCIL_DRAFT, E2E_DEMO_EXTRA_OFFERS, E2E_FIXTURES } from '@tests/helpers/e2e';
import { ORUK_MISSING, orukValidators, schemaErrors } from '@tests/helpers/openReferralSchemas';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';

/**
 * Open Referral UK (issue 12): every demo council's API, walked whole (every page of every
 * list, every item by id, each filter of `/services`), each response validated against the
 * official UK profile schemas in `../shared/oruk` with a JSON Schema 2020-12 validator. Each
 * feed holds exactly the council's published offer pages (its own offers and the national
 * entitlements): no draft, and nothing of another council's. Every response, errors too, says
 * `Access-Control-Allow-Origin: *`. The static copy in the built site says what the API says.
 */
const content = readContent('content');
const councils = content.councils;
const validators = orukValidators();
const platform = usePlatformServer();
const API = '/api/openreferral';

/** Offers the test build adds to Demo Borough (tests/helpers/buildTestSite.ts), all published. */
const DEMO_EXTRAS = E2E_DEMO_EXTRA_OFFERS.map((f) => f.title);

type Json = Record<string, any>;

async function get(request: APIRequestContext, slug: string, path: string, status = 200): Promise<Json> {
  const response = await request.get(...platform.request(slug, path));
  expect(response.status(), `${slug} ${path}`).toBe(status);
  expect(response.headers()['access-control-allow-origin'], `${slug} ${path}: CORS`).toBe('*');
  expect(response.headers()['content-type']).toContain('application/json');
  return response.json();
}

/** Every page of a list at `perPage` a page, each checked against the Page rules and the item schema; the items in order. */
async function walk(request: APIRequestContext, slug: string, list: string, item: NonNullable<typeof validators>['service'], perPage: number, query = ''): Promise<Json[]> {
  const validate = validators!.page(item);
  const items: Json[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const body = await get(request, slug, `${API}/${list}?per_page=${perPage}&page=${pageNumber}${query}`);
    expect(validate(body), `${slug} ${list} page ${pageNumber}: ${schemaErrors(validate)}`).toBe(true);
    expect(body.page_number).toBe(pageNumber);
    expect(body.first_page).toBe(pageNumber === 1);
    expect(body.size).toBe(body.contents.length);
    expect(body.total_pages).toBe(Math.ceil(body.total_items / perPage));
    expect(body.empty).toBe(body.contents.length === 0);
    items.push(...body.contents);
    if (body.last_page) {
      expect(items).toHaveLength(body.total_items);
      return items;
    }
    expect(body.size).toBe(perPage);
  }
}

test.describe('Open Referral UK, against the official schemas', () => {
  // Without the specification these are skipped, and the run says why and where to get it.
  test.skip(!validators, ORUK_MISSING);
  if (!validators && !process.env.TEST_WORKER_INDEX) console.warn(`Open Referral UK tests skipped. ${ORUK_MISSING}`);

  test('the official schemas are in force: a database id or a missing name fails them', () => {
    expect(validators!.service({ id: 42, name: 'A service', status: 'active' })).toBe(false);
    expect(validators!.serviceList({ id: '6f1c3a52-9d0e-4c4f-8f7e-3b2a1d0c9e8f', status: 'active' })).toBe(false);
    expect(validators!.service({ id: '6f1c3a52-9d0e-4c4f-8f7e-3b2a1d0c9e8f', name: 'A service', status: 'open' })).toBe(false);
  });

  test('a site built from hostile content still has a feed that validates: every service, the list, every term and the council', () => {
    const feed = JSON.parse(readFileSync(path.join(hostileSiteDir, 'open-data', 'openreferral', 'feed.json'), 'utf8'));
    const v = validators!;
    expect(feed.services.length).toBeGreaterThan(0);
    for (const service of feed.services) expect(v.service(service), `${service.lop_slug}: ${schemaErrors(v.service)}`).toBe(true);
    expect(v.page(v.serviceList)(wholeList(feed.services.map(serviceListItem))), schemaErrors(v.page(v.serviceList))).toBe(true);
    for (const term of feed.taxonomy_terms) expect(v.taxonomyTerm(term), schemaErrors(v.taxonomyTerm)).toBe(true);
    expect(v.organization(fullOrganization(feed)), schemaErrors(v.organization)).toBe(true);
  });

  for (const council of councils) {
    test(`${council.authority.name}: every endpoint, page and item validates against the UK profile, and the services are exactly its published offer pages`, async ({ request }) => {
      // The budget follows the walk: for each service, a request by id and one in every
      // seventh page; for each area (a taxonomy term), its page, its item and its filter; and
      // about forty more (roots, filters, errors, the static copy).
      const serviceCount = [...council.offers, ...content.entitlements].filter((o) => !o.draft).length + (council.slug === 'demo-borough' ? DEMO_EXTRAS.length : 0);
      test.setTimeout(budgetFor(Math.ceil(serviceCount * (1 + 1 / 7)) + content.areas.length * 3 + 40, PER_ITEM_MS.request));
      const root = await get(request, council.slug, `${API}/`);
      expect(validators!.root(root), schemaErrors(validators!.root)).toBe(true);
      expect(root.version).toMatch(/UK/);
      expect(root.version).toMatch(/3\.0/);
      const openapi = await get(request, council.slug, `${API}/openapi.json`);
      expect(new URL(root.openapi_url).pathname).toMatch(/\/api\/openreferral\/openapi\.json$/);
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/', '/services', '/services/{id}', '/taxonomies', '/taxonomy_terms', '/organizations']));

      // Services: small pages, so there are many; then each by id, fully nested.
      const services = await walk(request, council.slug, 'services', validators!.serviceList, 7);
      expect(await walk(request, council.slug, 'services', validators!.serviceList, 500)).toEqual(services);
      const ids = services.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      const published = [...council.offers, ...content.entitlements].filter((o) => !o.draft).map((o) => o.title);
      const expected = [...published, ...(council.slug === 'demo-borough' ? DEMO_EXTRAS : [])].sort();
      expect(services.map((s) => s.name).sort()).toEqual(expected);
      for (const draft of [E2E_FIXTURES.draft.title, E2E_COUNCIL_DRAFT.title]) expect(services.map((s) => s.name)).not.toContain(draft);

      const full: Json[] = [];
      for (const item of services) {
        const service = await get(request, council.slug, `${API}/services/${item.id}`);
        expect(validators!.service(service), `${council.slug} service ${item.name}: ${schemaErrors(validators!.service)}`).toBe(true);
        expect(service.id).toBe(item.id);
        expect(service.organization.name).toBe(council.authority.name);
        full.push(service);
      }

      // Taxonomies, terms and the organisation: every page, every item by id.
      const taxonomies = await walk(request, council.slug, 'taxonomies', validators!.taxonomy, 2);
      for (const taxonomy of taxonomies) {
        const one = await get(request, council.slug, `${API}/taxonomies/${taxonomy.id}`);
        expect(validators!.taxonomy(one), schemaErrors(validators!.taxonomy)).toBe(true);
        expect(one.taxonomy_terms.length).toBeGreaterThan(0);
      }
      const terms = await walk(request, council.slug, 'taxonomy_terms', validators!.taxonomyTerm, 5);
      for (const term of terms) {
        const one = await get(request, council.slug, `${API}/taxonomy_terms/${term.id}`);
        expect(validators!.taxonomyTerm(one), schemaErrors(validators!.taxonomyTerm)).toBe(true);
        expect(taxonomies.map((x) => x.id)).toContain(one.taxonomy_id);
      }
      expect(terms.map((t) => t.name)).toEqual(expect.arrayContaining(content.areas.map((a) => a.title)));
      const organizations = await walk(request, council.slug, 'organizations', validators!.organizationList, 1);
      expect(organizations.map((o) => o.name)).toEqual([council.authority.name]);
      const organization = await get(request, council.slug, `${API}/organizations/${organizations[0]!.id}`);
      expect(validators!.organization(organization), schemaErrors(validators!.organization)).toBe(true);
      expect(organization.services).toHaveLength(services.length);

      // The mapping readers rely on.
      for (const service of full) {
        const offer = councilOffers(content, council).find((o) => o.title === service.name);
        expect(service.url).toMatch(new RegExp(`/offers/${service.lop_slug}/$`));
        expect(service.contacts[0].phones[0].number).toBe(council.authority.phone);
        expect(service.contacts[0].email).toBe(council.authority.email);
        expect(service.eligibility_description).toBeTruthy();
        expect(service.application_process).toMatch(/^1\. /);
        expect(service.service_areas[0].extent).toBe(service.lop_kind === 'national' ? 'E92000001' : council.authority.onsCode);
        if (offer) {
          expect(service.minimum_age ?? null).toBe(offer.eligibility.ageFrom ?? null);
          expect(service.maximum_age ?? null).toBe(offer.eligibility.ageTo ?? null);
          if (offer.amount.type === 'money' && offer.amount.value != null) expect(service.cost_options[0].amount).toBe(offer.amount.value);
        }
      }

      // Each filter gives exactly the services it should, from the full records.
      const names = async (query: string) => (await walk(request, council.slug, 'services', validators!.serviceList, 500, query)).map((s) => s.name).sort();
      const where = (keep: (s: Json) => boolean) => full.filter(keep).map((s) => s.name).sort();
      for (const term of terms) {
        expect(await names(`&taxonomy_term_id=${term.id}`), `term ${term.name}`).toEqual(where((s) => s.attributes.some((a: Json) => a.taxonomy_term_id === term.id)));
      }
      for (const taxonomy of taxonomies) {
        expect(await names(`&taxonomy_id=${taxonomy.id}`), `taxonomy ${taxonomy.name}`).toEqual(where((s) => s.attributes.some((a: Json) => a.taxonomy_term.taxonomy_id === taxonomy.id)));
      }
      expect(await names('&minimum_age=18')).toEqual(where((s) => typeof s.minimum_age === 'number' && s.minimum_age >= 18));
      expect(await names('&maximum_age=21')).toEqual(where((s) => typeof s.maximum_age === 'number' && s.maximum_age <= 21));
      expect(await names('&minimum_age=16&maximum_age=25')).toEqual(where((s) => s.minimum_age >= 16 && s.maximum_age <= 25));
      const times = full.map((s) => s.last_modified).sort();
      const middle = times[Math.floor(times.length / 2)]!;
      expect(await names(`&modified_after=${encodeURIComponent(middle)}`)).toEqual(where((s) => s.last_modified >= middle));
      expect(await names('&modified_after=2999-01-01T00:00:00Z')).toEqual([]);
      // Search: a word of one service's name finds it, and every result holds the word.
      const word = full[0]!.name.split(/\s+/).find((w: string) => w.length > 4)!.toLowerCase();
      const found = await walk(request, council.slug, 'services', validators!.serviceList, 500, `&search=${encodeURIComponent(word)}`);
      expect(found.map((s) => s.name)).toContain(full[0]!.name);
      for (const s of found) {
        const record = full.find((f) => f.id === s.id)!;
        const text = [record.name, record.description, record.eligibility_description, record.application_process, ...record.attributes.map((a: Json) => a.taxonomy_term.name)].join(' ').toLowerCase();
        expect(text, `${s.name} matches "${word}"`).toContain(word);
      }
      const none = await get(request, council.slug, `${API}/services?search=zzqxyzzy`);
      expect(none).toMatchObject({ total_items: 0, size: 0, empty: true, contents: [] });

      // Unknown ids and endpoints are 404s, bad parameters 400s: JSON, with CORS.
      await get(request, council.slug, `${API}/services/00000000-0000-4000-8000-000000000000`, 404);
      await get(request, council.slug, `${API}/taxonomies/not-an-id`, 404);
      await get(request, council.slug, `${API}/locations`, 404);
      for (const bad of ['page=0', 'per_page=-1', 'page=abc', 'minimum_age=old', 'modified_after=yesterday']) {
        expect((await get(request, council.slug, `${API}/services?${bad}`, 400)).error).toBeTruthy();
      }

      // The static copy says what the API says.
      const copy = await get(request, council.slug, '/open-data/openreferral/services.json');
      expect(copy.contents).toEqual(services);
      for (const service of full.slice(0, 5)) expect(await get(request, council.slug, `/open-data/openreferral/services/${service.id}.json`)).toEqual(service);
      expect((await get(request, council.slug, '/open-data/openreferral/taxonomy_terms.json')).contents).toEqual(terms);
      const copyRoot = await get(request, council.slug, '/open-data/openreferral/index.json');
      expect(validators!.root(copyRoot), schemaErrors(validators!.root)).toBe(true);
    });
  }

});

test.describe('Open Referral UK', () => {
  test('no two councils share a service, and no council’s feed has another’s own offers', async ({ request }) => {
    test.setTimeout(budgetFor(councils.length, PER_ITEM_MS.request));
    const seen = new Map<string, string>();
    for (const council of councils) {
      const services = (await get(request, council.slug, `${API}/services?per_page=500`)).contents as Json[];
      for (const s of services) {
        expect(seen.get(s.id), `${s.name} in ${council.slug}`).toBeUndefined();
        seen.set(s.id, council.slug);
      }
      const others = councils.filter((c) => c.slug !== council.slug).flatMap((c) => c.offers.map((o) => o.title));
      const mine = new Set(council.offers.map((o) => o.title));
      const national = new Set(content.entitlements.map((e) => e.title));
      for (const s of services) if (!mine.has(s.name) && !national.has(s.name) && !DEMO_EXTRAS.includes(s.name)) expect(others, s.name).not.toContain(s.name);
    }
  });

  // One test per council.
  for (const council of councils) {
    test(`${council.authority.name}: the footer and open-data page link to the feed and to its files`, async ({ page }) => {
      await page.goto(platform.page(council.slug, '/open-data/'));
      const footer = page.getByRole('contentinfo');
      // Fetched by the page, as a reader's browser would follow the link.
      const open = async (href: string | null) => {
        const response = await page.evaluate(async (url) => {
          const r = await fetch(url);
          return { status: r.status, cors: r.headers.get('access-control-allow-origin'), body: await r.json() };
        }, href!);
        expect(response.status, href!).toBe(200);
        expect(response.cors).toBe('*');
        return response.body;
      };
      expect((await open(await footer.getByRole('link', { name: 'Open Referral UK feed' }).getAttribute('href'))).version).toBe('HSDS-UK-3.0');
      const files = await open(await footer.getByRole('link', { name: 'Open Referral UK files' }).getAttribute('href'));
      expect(files.total_items).toBeGreaterThan(0);
      const section = page.locator('h2#open-referral ~ *');
      await expect(page.getByRole('heading', { name: 'Service directory feed (Open Referral UK)' })).toBeVisible();
      const api = section.getByRole('link', { name: /\/api\/openreferral\/$/ }).first();
      expect((await open(await api.getAttribute('href'))).version).toBe('HSDS-UK-3.0');
      for (const name of [/^About the feed/, /^Services \(\d+\)$/, /^Taxonomies/, /^Taxonomy terms$/, /^The council$/, /^OpenAPI description$/]) {
        await open(await section.getByRole('link', { name }).first().getAttribute('href'));
      }
      await expect(section.getByRole('link', { name: /^Services \(/ }).first()).toHaveText(`Services (${files.total_items})`);
    });
  }

  test('answers browsers on other sites: CORS on every response, and a preflight', async ({ request }) => {
    const [url, options] = platform.request('northdale', `${API}/services`);
    const response = await request.fetch(url, { ...options, method: 'OPTIONS' });
    expect(response.status()).toBe(204);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(response.headers()['access-control-allow-methods']).toContain('GET');
    const post = await request.post(...platform.request('northdale', `${API}/services`));
    expect(post.status()).toBe(405);
    expect(post.headers()['access-control-allow-origin']).toBe('*');
  });
});
