import { expect, test } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';
import { COMPARISON_ITEM } from '@content/model/vocabularies';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * The national practice library's own site (issue 11, item 4): built by the platform with
 * every council's run, at its own address (here, as in the demo, a path under the
 * partnership's shared address: `/library/`), with every spotlight, every way into them and
 * how councils compare, and linked from every council's site. It has no council of its own:
 * no council's contact details, and its footer names the councils that publish it.
 */
const content = readContent('content');
const spotlights = content.spotlights.filter((s) => !s.draft);
const platform = usePlatformServer();
const library = (path = '/') => `http://localhost:${platform.port}/library${path}`;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('has every spotlight, each way into them and how councils compare, under its own address', async ({ page, request }) => {
    // A request per spotlight and a check per council and item, beside four pages.
    test.setTimeout(budgetFor(spotlights.length, PER_ITEM_MS.request) + budgetFor(content.councils.length + COMPARISON_ITEM.values.length, PER_ITEM_MS.check, 0));
    await page.goto(library('/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('National practice library');
    await page.getByRole('main').getByRole('link', { name: 'Find spotlights' }).click();
    await expect(page).toHaveURL(library('/spotlights/'));
    for (const spotlight of spotlights) {
      expect((await request.get(library(`/spotlights/${spotlight.slug}/`))).status(), spotlight.slug).toBe(200);
    }
    await page.goto(library('/spotlights/regions/london/'));
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(spotlights.length);
    // Every council's figures, with no council of its own to put first.
    await page.goto(library('/compare/setting-up-home/'));
    const rows = page.getByRole('table', { name: /council by council/ }).locator('tbody tr');
    await expect(rows).toHaveCount(content.councils.length);
    for (const council of content.councils) {
      await expect(rows.filter({ hasText: council.authority.name }).getByRole('link')).toHaveAttribute('href', new RegExp(`^${council.authority.siteUrl!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}offers/`));
    }
    await page.goto(library('/compare/'));
    await expect(page.getByRole('heading', { name: /^How .* compares$/ })).toHaveCount(0);
    for (const item of COMPARISON_ITEM.values) await expect(page.getByRole('main').locator(`a[href="/library/compare/${item}/"]`)).toHaveCount(1);
  });

  test('names the councils that publish it, links to each, and shows no council’s contact details', async ({ page }) => {
    test.setTimeout(budgetFor(content.councils.length * 2, PER_ITEM_MS.check));
    await page.goto(library('/'));
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('Published by the councils on this platform');
    for (const council of content.councils) {
      const href = await footer.getByRole('link', { name: council.authority.name }).getAttribute('href');
      expect(href?.replace(/\/$/, '')).toBe(council.authority.siteUrl!.replace(/\/$/, ''));
      await expect(page.locator('body')).not.toContainText(council.authority.phone);
    }
    // Urgent help: 999, Samaritans, and each council's local offer.
    const help = page.getByRole('complementary', { name: 'Need help now?' });
    await expect(help.getByRole('link', { name: '999' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Northdale County Council' })).toBeVisible();
  });

  // One test per council's site.
  for (const council of content.councils) {
    test(`${council.authority.name}'s site links to it`, async ({ page }) => {
      await page.goto(platform.page(council.slug, '/'));
      await expect(page.getByRole('contentinfo').getByRole('link', { name: /National practice library/ })).toHaveAttribute('href', 'https://care-leavers.partnership.example/library/');
    });
  }

  test('its sitemap lists only its own pages', async ({ request }) => {
    const sitemap = await (await request.get(library('/sitemap.xml'))).text();
    expect(sitemap).toContain('https://care-leavers.partnership.example/library/spotlights/</loc>');
    expect(sitemap).toContain('https://care-leavers.partnership.example/library/compare/setting-up-home/</loc>');
    expect(sitemap).not.toContain('/offers/');
    expect(sitemap).not.toContain('/help-now/');
  });
});

test('its search finds spotlights, each result naming its council and linking under the library’s address', async ({ page }) => {
  const spotlight = spotlights.find((s) => s.slug === 'merton-care-leaver-alumni')!;
  await page.goto(library('/search/'));
  await page.locator('#search-q').fill('alumni');
  const result = page.locator('[data-search-results] li', { has: page.getByRole('link', { name: spotlight.title }) });
  await expect(result).toBeVisible();
  await expect(result.getByRole('link', { name: spotlight.title })).toHaveAttribute('href', `/library/spotlights/${spotlight.slug}/`);
  await expect(result.locator('.caption')).toHaveText('London Borough of Merton');
  // No offer filters where there are no offers.
  await expect(page.locator('[data-search-filters]')).toBeHidden();
});

// axe: one test per page.
for (const path of ['/', `/spotlights/${spotlights[0]!.slug}/`, '/spotlights/themes/money/', '/compare/setting-up-home/', '/open-data/', '/search/']) {
  test(`its page ${path} passes axe`, async ({ page }) => {
    await page.goto(library(path));
    await expectNoAxeViolations(page, path);
  });
}
