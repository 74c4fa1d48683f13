import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_FIXTURES, e2eSiteDir } from '../helpers/e2e';

test('a reader goes from the home page to an area and on to an offer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Somewhere to live', exact: true }).first().click();
  await expect(page).toHaveURL(/\/areas\/accommodation\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Somewhere to live' })).toBeVisible();

  await page.getByRole('link', { name: 'Setting-up-home allowance' }).first().click();
  await expect(page).toHaveURL(/\/offers\/setting-up-home-allowance\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Setting-up-home allowance' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('£3,000');
  // Steps, who to ask and what to do if refused are all on the page.
  await expect(page.getByRole('main').getByRole('list').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every part of an offer can be read', async ({ page }) => {
    await page.goto('/offers/staying-put/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Staying Put/i);
    await expect(page.getByRole('main')).toContainText(/21/);
    // Urgent help is on every page, as phone links.
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  });
});

test('search finds an offer by a word that is only in its body, labelled as an offer', async ({ page }) => {
  const { searchable } = E2E_FIXTURES;
  await page.goto(`/search/?q=${searchable.bodyWord}`);
  const result = page.getByRole('link', { name: searchable.title });
  await expect(result).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: result });
  await expect(item).toContainText('Offer');

  // Filtering to spotlights hides it; back to offers shows it again.
  await page.getByRole('radio', { name: /spotlights/i }).check();
  await expect(result).toHaveCount(0);
  await page.getByRole('radio', { name: /offers/i }).check();
  await expect(result).toBeVisible();
});

test('a draft offer is nowhere on the site', async ({ page, request }) => {
  const { draft } = E2E_FIXTURES;
  const response = await request.get(`/offers/${draft.slug}/`);
  expect(response.status()).toBe(404);

  // Not in any built file: pages, sitemap, or the data behind them.
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|xml|json|js|txt)$/.test(entry)) files.push(full);
    }
  };
  walk(e2eSiteDir);
  const leaks = files.filter((f) => {
    const text = readFileSync(f, 'utf8');
    return text.includes(draft.title) || text.includes(draft.slug);
  });
  expect(leaks).toEqual([]);

  await page.goto('/search/?q=moon-base');
  await expect(page.getByRole('status')).toContainText(/no results|0 results|nothing/i);
  await expect(page.getByRole('link', { name: draft.title })).toHaveCount(0);
});
