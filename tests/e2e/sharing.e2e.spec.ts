import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, E2E_PUBLIC_URL, e2eSiteDir, englishPages, languagePages } from '../helpers/e2e';

/**
 * How pages look from outside: in search results, in a shared link, to other councils'
 * tools. Read from the built files, the way a crawler gets them (no script runs).
 */
// The council's public address, set in the CMS by the test build (issue 9: never localhost).
const origin = E2E_PUBLIC_URL;
/** Pages that have no address of their own to advertise. */
const NOT_LISTED = ['/offline/'];

const html = (page: string) => readFileSync(path.join(e2eSiteDir, page, 'index.html'), 'utf8');
const meta = (source: string, attribute: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(source)?.[1];
const jsonLd = (source: string) =>
  [...source.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

test('every page has a title, a description, a canonical address and Open Graph tags', () => {
  const problems: string[] = [];
  for (const page of englishPages()) {
    const source = html(page);
    const title = /<title>([^<]*)<\/title>/.exec(source)?.[1] ?? '';
    if (!/^.+ – .+ local offer for care leavers$/.test(title)) problems.push(`${page}: title "${title}"`);
    if (!meta(source, 'name', 'description')?.trim()) problems.push(`${page}: no meta description`);
    for (const key of ['og:title', 'og:description', 'og:type', 'og:image', 'og:site_name']) {
      if (!meta(source, 'property', key)) problems.push(`${page}: no ${key}`);
    }
    if (!NOT_LISTED.includes(page)) {
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(source)?.[1];
      if (canonical !== `${origin}${page}`) problems.push(`${page}: canonical ${canonical}`);
      if (meta(source, 'property', 'og:url') !== canonical) problems.push(`${page}: og:url is not the canonical address`);
    }
    // The test site is a demo install: it must not be indexed.
    if (meta(source, 'name', 'robots') !== 'noindex') problems.push(`${page}: demo page without noindex`);
  }
  expect(problems).toEqual([]);
});

/** Whether the page says it is a checked translation (its <html data-translation>, which the sitemap follows). */
const isChecked = (source: string) => /<html[^>]* data-translation="checked"/.test(source);
/** The English page of a language's page: `/ar/offers/x/` → `/offers/x/`. */
const englishOf = (page: string) => page.replace(/^\/[^/]+\//, '/');

test('every language’s page has a title, a description and Open Graph tags, and is canonical only as a checked translation', () => {
  const problems: string[] = [];
  const pages = languagePages();
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    const source = html(page);
    const title = /<title>([^<]*)<\/title>/.exec(source)?.[1] ?? '';
    // The page's own title, then the site's name in its language (which names the council).
    if (!/^.+ – .*Demo Borough Council.*$/.test(title)) problems.push(`${page}: title "${title}"`);
    if (!meta(source, 'name', 'description')?.trim()) problems.push(`${page}: no meta description`);
    for (const key of ['og:title', 'og:description', 'og:type', 'og:image', 'og:site_name']) {
      if (!meta(source, 'property', key)) problems.push(`${page}: no ${key}`);
    }
    if (!NOT_LISTED.includes(englishOf(page))) {
      // A checked translation is a page of its own; anything else points search engines at the English page.
      const expected = `${origin}${isChecked(source) ? page : englishOf(page)}`;
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(source)?.[1];
      if (canonical !== expected) problems.push(`${page}: canonical ${canonical}, expected ${expected}`);
      if (meta(source, 'property', 'og:url') !== canonical) problems.push(`${page}: og:url is not the canonical address`);
    }
    if (meta(source, 'name', 'robots') !== 'noindex') problems.push(`${page}: demo page without noindex`);
  }
  expect(problems).toEqual([]);
});

test('an offer page’s description is its summary', async ({ page }) => {
  await page.goto('/offers/setting-up-home-allowance/');
  const lead = await page.locator('main .lead').textContent();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', lead!.trim());
  await expect(page).toHaveTitle(/^Setting-up-home allowance – Demo Borough Council local offer for care leavers$/);
});

test('the sitemap lists every page', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // Every English page, and a language's page only when its translation is checked.
  const pages = [...englishPages(), ...languagePages().filter((page) => isChecked(html(page)))].filter((page) => !NOT_LISTED.includes(page));
  expect(pages.filter((page) => !listed.includes(page)), 'built but not in the sitemap').toEqual([]);
  expect(listed.filter((page) => !pages.includes(page)), 'in the sitemap but not built (or an unchecked translation)').toEqual([]);
});

test('offers are schema.org GovernmentServices run by the council for care leavers', () => {
  const [data] = jsonLd(html('/offers/setting-up-home-allowance/'));
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: 'Setting-up-home allowance',
    url: `${origin}/offers/setting-up-home-allowance/`,
    serviceOperator: { '@type': 'GovernmentOrganization', name: 'Demo Borough Council' },
    areaServed: { '@type': 'AdministrativeArea', name: 'Demo Borough Council' },
    audience: { '@type': 'PeopleAudience', audienceType: 'Care leavers', suggestedMinAge: 16, suggestedMaxAge: 25 },
  });
});

test('practice spotlights are schema.org Articles, shared as articles', () => {
  // A spotlight's own page (`/spotlights/<slug>/`), not a list.
  const spotlight = builtPages().find((page) => /^\/spotlights\/[^/]+\/$/.test(page) && page !== '/spotlights/outcomes/')!;
  const source = html(spotlight);
  const [data] = jsonLd(source);
  expect(data['@type']).toBe('Article');
  expect(data.headline).toBe(meta(source, 'property', 'og:title'));
  expect(data.publisher).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Demo Borough Council' });
  // Whose work it is: the council, or each council of a joint service.
  expect(data.author.length).toBeGreaterThan(0);
  for (const author of data.author) expect(author).toMatchObject({ '@type': 'GovernmentOrganization', name: expect.stringMatching(/\S/) });
  expect(meta(source, 'property', 'og:type')).toBe('article');
});

test('structured data cannot be broken out of by text from the CMS', () => {
  for (const page of builtPages().filter((p) => p.startsWith('/offers/') || p.startsWith('/spotlights/'))) {
    for (const [, body] of html(page).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
      expect(body).not.toContain('<');
    }
  }
});
