import { expect, test } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';
import { slugify } from '@content/model/patterns';
import { COUNCIL_TYPE, OUTCOME_KIND, REGION, SPOTLIGHT_THEME } from '@content/model/vocabularies';
import { spotlightYears } from '@site/lib/spotlightFacets';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * The practice library's ways in (issue 11, item 3): a page per theme, council, region, kind
 * of council, year and kind of outcome that has a spotlight, each listing exactly the
 * spotlights that match (compared with the content files and the register of councils, not
 * hard-coded), linked from the library's front page and from every spotlight, readable
 * without JavaScript, in the sitemap, and passing axe. A search result names the council.
 */
const content = readContent('content');
const register = new Map(content.register.map((c) => [c.onsCode, c]));
const spotlights = content.spotlights
  .filter((s) => !s.draft)
  .map((s) => ({ ...s, councilsNamed: s.councils.map((code) => register.get(code)!) }));
type Spot = (typeof spotlights)[number];
const councilNames = [...new Set(spotlights.flatMap((s) => s.councilsNamed.map((c) => c.name)))];

/** Every facet page the content calls for, with the spotlights it must list. */
const facets: { path: string; expected: Spot[] }[] = [
  ...SPOTLIGHT_THEME.values.map((theme) => ({ path: `/spotlights/themes/${theme}/`, expected: spotlights.filter((s) => s.themes.includes(theme)) })),
  ...councilNames.map((name) => ({ path: `/spotlights/councils/${slugify(name)}/`, expected: spotlights.filter((s) => s.councilsNamed.some((c) => c.name === name)) })),
  ...REGION.values.map((region) => ({ path: `/spotlights/regions/${region}/`, expected: spotlights.filter((s) => s.councilsNamed.some((c) => c.region === region)) })),
  ...COUNCIL_TYPE.values.map((type) => ({ path: `/spotlights/types/${type}/`, expected: spotlights.filter((s) => s.councilsNamed.some((c) => c.type === type)) })),
  ...[...new Set(spotlights.flatMap((s) => spotlightYears(s)))].map((year) => ({
    path: `/spotlights/years/${year}/`,
    expected: spotlights.filter((s) => spotlightYears(s).includes(year)),
  })),
  ...OUTCOME_KIND.values.map((kind) => ({ path: `/spotlights/outcomes/${kind}/`, expected: spotlights.filter((s) => s.outcomes.some((o) => o.kind === kind)) })),
].filter((facet) => facet.expected.length > 0);

/** The spotlight titles a facet page lists. */
async function listed(page: import('@playwright/test').Page) {
  return (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim());
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind of facet has pages, and no value without a spotlight has a page', async ({ request }) => {
    for (const kind of ['themes', 'councils', 'regions', 'types', 'years', 'outcomes']) {
      expect(facets.filter((f) => f.path.startsWith(`/spotlights/${kind}/`)).length, kind).toBeGreaterThan(0);
    }
    // A region with no spotlight has no page (no council in the register is in the West Midlands).
    expect((await request.get('/spotlights/regions/west-midlands/')).status()).toBe(404);
  });

  // One test per facet page (there are as many as the content calls for).
  for (const facet of facets) {
    test(`${facet.path} lists exactly the spotlights that match`, async ({ page }) => {
      await page.goto(facet.path);
      expect((await listed(page)).sort(), facet.path).toEqual(facet.expected.map((s) => s.title).sort());
    });
  }

  test('an outcome kind shows only the figures about it, as the source gives them', async ({ page }) => {
    const kind = 'housing';
    await page.goto(`/spotlights/outcomes/${kind}/`);
    for (const spotlight of spotlights.filter((s) => s.outcomes.some((o) => o.kind === kind))) {
      const labels = (await page.getByRole('table', { name: spotlight.title }).getByRole('rowheader').allTextContents()).map((text) => text.trim());
      expect(labels, spotlight.slug).toEqual(spotlight.outcomes.filter((o) => o.kind === kind).map((o) => o.label));
    }
  });

  test('a joint service is under each of its councils, and the page names both', async ({ page }) => {
    const joint = spotlights.find((s) => s.councilsNamed.length > 1)!;
    expect(joint, 'the content has a joint service').toBeTruthy();
    test.setTimeout(budgetFor(joint.councilsNamed.length + 1, PER_ITEM_MS.page));
    for (const council of joint.councilsNamed) {
      await page.goto(`/spotlights/councils/${slugify(council.name)}/`);
      await expect(page.getByRole('main').getByRole('link', { name: joint.title })).toBeVisible();
    }
    await page.goto(`/spotlights/${joint.slug}/`);
    for (const council of joint.councilsNamed) await expect(page.getByRole('main').getByRole('link', { name: council.name, exact: true }).first()).toBeVisible();
  });

  test('the library links every facet, and a spotlight’s theme, council, type and region lead to their lists', async ({ page }) => {
    test.setTimeout(budgetFor(facets.length, PER_ITEM_MS.check));
    await page.goto('/spotlights/');
    const main = page.getByRole('main');
    for (const facet of facets) await expect(main.locator(`a[href="${facet.path}"]`).first(), facet.path).toBeVisible();
    const spotlight = spotlights[0]!;
    const council = spotlight.councilsNamed[0]!;
    await page.goto(`/spotlights/${spotlight.slug}/`);
    await page.getByRole('main').locator(`a[href="/spotlights/themes/${spotlight.themes[0]}/"]`).click();
    await expect(page.getByRole('main').getByRole('link', { name: spotlight.title })).toBeVisible();
    for (const [path, name] of [
      [`/spotlights/councils/${slugify(council.name)}/`, council.name],
      [`/spotlights/regions/${council.region}/`, REGION.labels[council.region].en],
    ] as const) {
      await page.goto(`/spotlights/${spotlight.slug}/`);
      await page.getByRole('main').getByRole('link', { name, exact: true }).first().click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('main').getByRole('link', { name: spotlight.title })).toBeVisible();
    }
  });
});

test('the facet pages are in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const facet of facets) expect(sitemap, facet.path).toContain(`${facet.path}</loc>`);
});

// axe over the library's front page and the first page of each kind of facet: one test each.
const axePages: [string, string | undefined][] = [
  ['the library', '/spotlights/'],
  ...['themes', 'councils', 'regions', 'types', 'years', 'outcomes'].map((kind): [string, string | undefined] => [
    `the first ${kind} facet`,
    facets.find((f) => f.path.startsWith(`/spotlights/${kind}/`))?.path,
  ]),
];
for (const [name, path] of axePages) {
  test(`${name} page (${path}) passes axe`, async ({ page }) => {
    expect(path, name).toBeDefined();
    await page.goto(path!);
    await expectNoAxeViolations(page, path);
  });
}

test('a search result for a spotlight names its council', async ({ page }) => {
  const spotlight = spotlights.find((s) => s.councilsNamed.some((c) => c.name.includes('Brent'))) ?? spotlights[0]!;
  await page.goto('/search/');
  await page.locator('#search-q').fill(spotlight.title.split(/\s+/).slice(0, 3).join(' '));
  const result = page.locator('[data-search-results] li', { has: page.getByRole('link', { name: spotlight.title }) });
  await expect(result).toBeVisible();
  await expect(result.locator('.caption')).toHaveText(spotlight.councilsNamed.map((c) => c.name).join(' and '));
});

test.describe('every outcome figure side by side, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists each spotlight’s figures as the source gives them, and only those', async ({ page, request }) => {
    await page.goto('/spotlights/');
    await page.getByRole('link', { name: /outcome figures, side by side/ }).click();
    await expect(page).toHaveURL(/\/spotlights\/outcomes\/$/);
    const withOutcomes = spotlights.filter((s) => s.outcomes.length > 0);
    test.setTimeout(budgetFor(withOutcomes.length, PER_ITEM_MS.check));
    const tables = page.getByRole('main').getByRole('table');
    await expect(tables).toHaveCount(withOutcomes.length);
    for (const spotlight of withOutcomes) {
      const table = page.getByRole('table', { name: spotlight.title });
      const labels = (await table.getByRole('rowheader').allTextContents()).map((text) => text.trim());
      expect(labels, spotlight.slug).toEqual(spotlight.outcomes.map((o) => o.label));
    }
    expect(await (await request.get('/sitemap.xml')).text()).toContain('/spotlights/outcomes/</loc>');
    // axe over this page: tests/a11y/pages.a11y.spec.ts (every built page, with JavaScript).
  });
});
