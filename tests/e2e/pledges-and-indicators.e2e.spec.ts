import { expect, test } from '@playwright/test';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';

// The journey suites run against Demo Borough's site: its offers (the national entitlements
// with its local details, and its own), its guide, pledges and indicators.
const all = readContent('content');
const demo = all.councils.find((c) => c.slug === 'demo-borough')!;
const content = { ...all, ...demo, offers: councilOffers(all, demo) };
const published = content.pledges.filter((pledge) => !pledge.draft);
const inProgress = published.filter((pledge) => pledge.status === 'in-progress');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"You said, we did" filters by status with links', async ({ page }) => {
    test.setTimeout(budgetFor(inProgress.length * 2, PER_ITEM_MS.check));
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: /You said, we did/ }).click();
    await expect(page).toHaveURL(/\/you-said-we-did\/$/);
    const filter = page.getByRole('navigation', { name: 'Show by status' });
    await expect(filter.getByRole('link', { name: `All (${published.length})` })).toHaveAttribute('aria-current', 'page');

    await filter.getByRole('link', { name: `In progress (${inProgress.length})` }).click();
    await expect(page).toHaveURL(/\/you-said-we-did\/in-progress\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You said, we did: In progress');
    await expect(filter.getByRole('link', { name: /In progress/ })).toHaveAttribute('aria-current', 'page');
    // Only pledges in progress, each with what was said, what was done, and where and when.
    const items = page.locator('.pledge');
    await expect(items).toHaveCount(inProgress.length);
    for (const pledge of inProgress) {
      const item = items.filter({ hasText: pledge.youSaid });
      await expect(item).toContainText(pledge.weDid);
      await expect(item).toContainText(pledge.askedAt);
    }
    await expect(page.locator('.pledge__status')).toHaveText(inProgress.map(() => 'In progress'));
  });

  test('"How we\'re doing" has, for each measure, a summary, a named chart and a table of every figure', async ({ page }) => {
    // Six checks per measure and one per source.
    test.setTimeout(budgetFor(content.indicators.reduce((n, i) => n + 6 + new Set(i.figures.map((f) => f.source)).size, 0), PER_ITEM_MS.check));
    await page.goto('/how-were-doing/');
    await expect(page.getByRole('main')).toContainText('demo');
    for (const indicator of content.indicators) {
      const section = page.getByRole('region', { name: indicator.title });
      // A sentence worked out from the figures.
      await expect(section.locator('.indicator__summary')).toHaveText(/^In [^,]+, the share of .+ was [\d.]+%.* in Demo Borough/);
      // The chart is an image with a name and a description (no script draws it).
      const chart = section.getByRole('img', { name: new RegExp(indicator.title) });
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAccessibleDescription(/table below/);
      // The table has every figure, and says which are demo figures and where each comes from.
      const table = section.getByRole('table', { name: new RegExp(indicator.title) });
      await expect(table.locator('tbody tr:has(td)')).toHaveCount(indicator.figures.length);
      await expect(table.getByText('Demo', { exact: true })).toHaveCount(indicator.figures.filter((f) => f.isDemo).length);
      const sources = section.getByRole('list').last();
      for (const source of new Set(indicator.figures.map((f) => f.source))) {
        await expect(sources.getByText(source, { exact: true })).toHaveCount(1);
      }
    }
  });
});
