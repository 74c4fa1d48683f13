import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';
import { builtPages, E2E_COUNCIL_DRAFT, E2E_DEMO_EXTRA_OFFERS, E2E_FIXTURES, e2eSitesDir } from '@tests/helpers/e2e';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';
import { basePath } from '@content/model/siteUrl';
import { FEEDBACK_PATH } from '@content/model/feedback';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * One site per council, served by one server: each council's site holds exactly its own
 * published offers plus the national entitlements (each with the council's local details),
 * its own contacts, and nothing of another council's; no draft is on any of them. The
 * index of councils lists them all. Compared with the content files, not hard-coded.
 */
const content = readContent('content');
const councils = content.councils;
/** Offers the test build adds to Demo Borough (tests/helpers/buildTestSite.ts). */
const DEMO_EXTRAS = E2E_DEMO_EXTRA_OFFERS.map((f) => f.slug);

const platform = usePlatformServer();
/** A council's page on this server: at `<slug>.localhost`, or at its path for a council under a shared address (Riverford). */
const site = (slug: string, pathname = '/') => platform.page(slug, pathname);
const offerPages = (slug: string) =>
  builtPages(path.join(e2eSitesDir, slug))
    .filter((p) => /^\/offers\/[^/]+\/$/.test(p))
    .map((p) => p.split('/')[2]!)
    .sort();

test('the index lists every council’s site, and each link opens that council’s site', async ({ page }) => {
  await page.goto(`http://localhost:${platform.port}/`);
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(links).toHaveText(councils.map((c) => c.authority.name).sort((a, b) => a.localeCompare(b)));
  // And, apart, the national practice library's site.
  await expect(page.getByRole('main').getByRole('link', { name: 'National practice library' })).toHaveAttribute('href', '/library/');
  await expectNoAxeViolations(page);
  await links.filter({ hasText: councils[1]!.authority.name }).click();
  await expect(page.getByRole('contentinfo')).toContainText(councils[1]!.authority.name);
});

for (const council of councils) {
  test.describe(`${council.authority.name}'s site`, () => {
    test('has exactly its own published offers plus every national entitlement, and no draft', () => {
      const own = council.offers.filter((o) => !o.draft).map((o) => o.slug);
      const national = content.entitlements.filter((e) => !e.draft).map((e) => e.slug);
      const extras = council.slug === 'demo-borough' ? DEMO_EXTRAS : [];
      expect(offerPages(council.slug)).toEqual([...new Set([...own, ...national, ...extras])].sort());
      const others = councils.filter((c) => c.slug !== council.slug).flatMap((c) => c.offers.map((o) => o.slug)).filter((s) => !own.includes(s));
      for (const page of offerPages(council.slug)) expect(others).not.toContain(page);
      const all = builtPages(path.join(e2eSitesDir, council.slug)).join('\n');
      expect(all).not.toContain(E2E_COUNCIL_DRAFT.slug);
      expect(all).not.toContain(E2E_FIXTURES.draft.slug);
    });

    test('shows its own contacts, and a national entitlement with its own local details', async ({ page }) => {
      await page.goto(site(council.slug));
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText(council.authority.name);
      await expect(page.getByRole('link', { name: new RegExp(council.authority.phone.replace(/\s+/g, '\\s*')) }).first()).toBeVisible();
      for (const other of councils.filter((c) => c.slug !== council.slug)) {
        await expect(page.locator('body')).not.toContainText(other.authority.name);
      }
      // A national entitlement this council has local details for: its summary (or amount) shows.
      const detail = council.localDetails.find((d) => d.summary && !d.draft);
      if (detail) {
        await page.goto(site(council.slug, `/offers/${detail.entitlement}/`));
        await expect(page.getByRole('main')).toContainText(detail.summary!.slice(0, 40));
      }
    });

    test('its glossary has the national terms and its own, and no other council’s', async ({ page }) => {
      await page.goto(site(council.slug, '/glossary/'));
      const main = page.getByRole('main');
      await expect(main).toContainText(content.glossary[0]!.term);
      for (const term of council.glossary) await expect(main).toContainText(term.meaning);
      for (const other of councils.filter((c) => c.slug !== council.slug)) {
        for (const term of other.glossary) await expect(main).not.toContainText(term.meaning);
      }
    });

    test('its home page and a national entitlement page pass axe', async ({ page }) => {
      for (const pathname of ['/', `/offers/${content.entitlements[0]!.slug}/`]) {
        await page.goto(site(council.slug, pathname));
        await expectNoAxeViolations(page);
      }
    });
  });
}

/**
 * A council's site at a path under a shared address (issue 10, item 4): Riverford's public
 * address is `https://care-leavers.partnership.example/riverford/`, so its site is served at
 * `/riverford/`, on that host and at this server's own address, and everything in it (links,
 * styles, scripts, images, the manifest, search, the service worker) stays under that path.
 */
test.describe('a council under a shared address (Riverford at /riverford/)', () => {
  const riverford = councils.find((c) => c.slug === 'riverford')!;
  const base = basePath(riverford.authority.siteUrl ?? undefined);

  test('is published under its path', () => {
    expect(base).toBe('/riverford/');
  });

  test('every link, image, style and script on every page resolves under its path', async ({ request }) => {
    const pages = builtPages(path.join(e2eSitesDir, 'riverford'));
    expect(pages.length).toBeGreaterThan(50);
    // The budget follows the work: a request per page now, one per address found below.
    test.setTimeout(budgetFor(pages.length, PER_ITEM_MS.request));
    const seen = new Map<string, number>();
    const outside: string[] = [];
    const posts = new Set<string>();
    for (const pathname of pages) {
      const url = `http://localhost:${platform.port}${base}${pathname.slice(1)}`;
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      const srcsets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap(([, list]) => list!.split(',').map((c) => ['srcset', c.trim().split(/\s+/)[0]!] as const));
      const attributes = [...html.matchAll(/\s(href|src|action)="([^"#?]*)[^"]*"/g)].map(([, a, v]) => [a!, v!] as const);
      for (const [attribute, value] of [...attributes, ...srcsets]) {
        if (!value || /^[a-z]+:/i.test(value) || value.startsWith('//')) continue; // another site, tel:, mailto:
        const target = new URL(value, url).pathname;
        if (!target.startsWith(base)) outside.push(`${pathname}: ${attribute}="${value}"`);
        // The feedback form posts to the server (issue 22; tests/int/db/feedback.int.spec.ts): not a page to get.
        else if (attribute === 'action' && target === `${base}${FEEDBACK_PATH.slice(1)}`) posts.add(pathname);
        else if (!seen.has(target)) seen.set(target, 0);
      }
    }
    expect(outside, 'root paths that escaped the site’s path').toEqual([]);
    // Every page but the offline one has the feedback form, posting under the council's path.
    expect(pages.filter((page) => !posts.has(page) && page !== '/offline/'), 'pages without the feedback form').toEqual([]);
    test.setTimeout(test.info().timeout + budgetFor(seen.size, PER_ITEM_MS.request, 0));
    for (const target of seen.keys()) {
      const response = await request.get(`http://localhost:${platform.port}${target}`);
      seen.set(target, response.status());
    }
    const broken = [...seen].filter(([, status]) => status !== 200).map(([target, status]) => `${target}: ${status}`);
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);
  });

  test('answers on its public host at its path, and the shared address’s other paths are not its', async ({ request }) => {
    const headers = { Host: 'care-leavers.partnership.example' };
    const home = await request.get(`http://127.0.0.1:${platform.port}/riverford/`, { headers });
    expect(home.status()).toBe(200);
    expect(await home.text()).toContain(riverford.authority.name);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await home.text())?.[1];
    expect(canonical).toBe('https://care-leavers.partnership.example/riverford/');
    const other = await request.get(`http://127.0.0.1:${platform.port}/offers/`, { headers });
    expect(other.status()).toBe(404);
    const manifest = await (await request.get(`http://localhost:${platform.port}/riverford/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ start_url: '/riverford/', scope: '/riverford/' });
  });

  test('looks right, searches, and installs its service worker for its path only', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(site('riverford', '/search/'));
    // The site's stylesheet applied: the skip link is off screen until focused.
    await expect(page.getByRole('link', { name: /skip to/i })).not.toBeInViewport();
    await page.locator('#search-q').fill('money');
    const result = page.locator('[data-search-results] a').first();
    await expect(result).toBeVisible();
    expect(new URL(await result.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/^\/riverford\//);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
    expect(new URL(scope).pathname).toBe('/riverford/');
    expect(failed).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
