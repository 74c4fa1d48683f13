import { expect, test } from '@playwright/test';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';

// The journey suites run against Demo Borough's site: its offers (the national entitlements
// with its local details, and its own), its guide, pledges and indicators.
const all = readContent('content');
const demo = all.councils.find((c) => c.slug === 'demo-borough')!;
const content = { ...all, ...demo, offers: councilOffers(all, demo) };
const area = content.areas.find((a) => a.slug === 'accommodation')!;

test('search filtered by area finds only offers in that area, with the words highlighted', async ({ page, request }) => {
  await page.goto('/search/?q=money');
  const status = page.getByRole('status');
  await expect(status).toContainText(/results? for ‘money’/);
  const unfiltered = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0] ?? 0);

  await page.getByLabel('Area').selectOption(area.title);
  await expect(page).toHaveURL(/area=/);
  await expect(status).not.toHaveText(`${unfiltered} results for ‘money’`);
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toHaveText(/money/i);

  const hrefs = await results.locator('h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  test.setTimeout(test.info().timeout + budgetFor(hrefs.length, PER_ITEM_MS.request, 0));
  expect(hrefs.length).toBeLessThan(unfiltered);
  for (const href of hrefs) {
    expect(href).toMatch(/^\/offers\/[^/]+\/$/);
    const html = await (await request.get(href)).text();
    expect(html, href).toContain(`data-pagefind-filter="area:${area.title}"`);
  }
});

test('"who it is for" lists the offers for young parents, even with no words typed', async ({ page }) => {
  const parents = content.offers.filter((o) => !o.draft && o.eligibility.circumstances.includes('parent'));
  test.setTimeout(budgetFor(parents.length, PER_ITEM_MS.check));
  await page.goto('/search/');
  await page.getByLabel('Who it is for').selectOption('Young parents');
  await expect(page.getByRole('status')).toHaveText(parents.length === 1 ? '1 result' : `${parents.length} results`);
  for (const offer of parents) await expect(page.getByRole('link', { name: offer.title })).toBeVisible();
  await expect(page).toHaveURL(/audience=Young\+parents|audience=Young%20parents/);
});
