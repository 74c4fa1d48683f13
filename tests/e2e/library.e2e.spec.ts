import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';
import { slugify } from '@content/model/patterns';
import { SPOTLIGHT_THEME } from '@content/model/vocabularies';

/**
 * The practice library's ways in (issue 11, item 3): a page per theme and per council that
 * has a spotlight, each listing exactly the spotlights that match (compared with the content
 * files, not hard-coded), linked from the library's front page and from every spotlight's
 * theme and council, readable without JavaScript, in the sitemap, and passing axe. A search
 * result for a spotlight names its council.
 */
const spotlights = readContent('content').spotlights.filter((s) => !(s as { draft?: boolean }).draft);
const themes = SPOTLIGHT_THEME.values.filter((theme) => spotlights.some((s) => s.themes.includes(theme)));
const councils = [...new Set(spotlights.map((s) => s.council))];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The spotlight titles a facet page lists, in order. */
async function listed(page: import('@playwright/test').Page) {
  return (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim());
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every theme page lists exactly the spotlights on that theme', async ({ page }) => {
    expect(themes.length).toBeGreaterThan(3);
    for (const theme of themes) {
      await page.goto(`/spotlights/themes/${theme}/`);
      const expected = spotlights.filter((s) => s.themes.includes(theme)).map((s) => s.title);
      expect((await listed(page)).sort(), theme).toEqual([...expected].sort());
    }
  });

  test('every council page lists exactly that council’s spotlights', async ({ page }) => {
    expect(councils.length).toBeGreaterThan(5);
    for (const council of councils) {
      await page.goto(`/spotlights/councils/${slugify(council)}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(council);
      const expected = spotlights.filter((s) => s.council === council).map((s) => s.title);
      expect((await listed(page)).sort(), council).toEqual([...expected].sort());
    }
  });

  test('the library links every theme and council, and a spotlight’s theme and council lead to their lists', async ({ page }) => {
    await page.goto('/spotlights/');
    const main = page.getByRole('main');
    for (const theme of themes) await expect(main.locator(`a[href="/spotlights/themes/${theme}/"]`).first()).toBeVisible();
    for (const council of councils) await expect(main.locator(`a[href="/spotlights/councils/${slugify(council)}/"]`).first()).toBeVisible();
    const spotlight = spotlights[0]!;
    await page.goto(`/spotlights/${spotlight.slug}/`);
    await page.getByRole('main').locator(`a[href="/spotlights/themes/${spotlight.themes[0]}/"]`).click();
    await expect(page.getByRole('main').getByRole('link', { name: spotlight.title })).toBeVisible();
    await page.goto(`/spotlights/${spotlight.slug}/`);
    await page.getByRole('main').getByRole('link', { name: spotlight.council, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/spotlights/councils/${slugify(spotlight.council)}/$`));
  });
});

test('the facet pages are in the sitemap and pass axe', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const facets = [...themes.map((theme) => `/spotlights/themes/${theme}/`), ...councils.map((c) => `/spotlights/councils/${slugify(c)}/`)];
  for (const facet of facets) expect(sitemap, facet).toContain(`${facet}</loc>`);
  for (const facet of ['/spotlights/', facets[0]!, facets[facets.length - 1]!]) {
    await page.goto(facet);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${facet} ${v.id}: ${v.help}`)).toEqual([]);
  }
});

test('a search result for a spotlight names its council', async ({ page }) => {
  const spotlight = spotlights.find((s) => s.council.includes('Brent')) ?? spotlights[0]!;
  await page.goto('/search/');
  await page.locator('#search-q').fill(spotlight.title.split(/\s+/).slice(0, 3).join(' '));
  const result = page.locator('[data-search-results] li', { has: page.getByRole('link', { name: spotlight.title }) });
  await expect(result).toBeVisible();
  await expect(result.locator('.caption')).toHaveText(spotlight.council);
});

test.describe('every outcome figure side by side, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists each spotlight’s figures as the source gives them, and only those', async ({ page, request }) => {
    await page.goto('/spotlights/');
    await page.getByRole('link', { name: /outcome figures, side by side/ }).click();
    await expect(page).toHaveURL(/\/spotlights\/outcomes\/$/);
    const withOutcomes = spotlights.filter((s) => (s.outcomes ?? []).length > 0);
    const tables = page.getByRole('main').getByRole('table');
    await expect(tables).toHaveCount(withOutcomes.length);
    for (const spotlight of withOutcomes) {
      const table = page.getByRole('table', { name: spotlight.title });
      const labels = (await table.getByRole('rowheader').allTextContents()).map((text) => text.trim());
      expect(labels, spotlight.slug).toEqual(spotlight.outcomes!.map((o) => o.label));
    }
    expect(await (await request.get('/sitemap.xml')).text()).toContain('/spotlights/outcomes/</loc>');
    // axe over this page: tests/a11y/pages.a11y.spec.ts (every built page, with JavaScript).
  });
});
