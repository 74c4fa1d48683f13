import { expect, test } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';

/** The jargon buster and the A to Z, on the demo content. Nothing here needs JavaScript. */
const glossary = readContent('content').glossary;
const personalAdviser = glossary.find((term) => term.slug === 'personal-adviser')!;

test.use({ javaScriptEnabled: false });

test('a glossary term on an offer page links to its entry and explains itself', async ({ page }) => {
  await page.goto('/offers/setting-up-home-allowance/');
  const main = page.getByRole('main');
  // "PA" is used several times on the page; only its first use is a link.
  const term = main.locator('a.jargon[href="/glossary/#personal-adviser"]');
  await expect(term).toHaveCount(1);
  await expect(term).toHaveText(/^(PA|Personal Adviser)$/i);
  await expect(term).toHaveAccessibleDescription(personalAdviser.meaning);
  // The meaning is also on the page for everyone, under "Words used on this page".
  const words = main.getByRole('region', { name: 'Words used on this page' });
  await expect(words).toContainText(personalAdviser.term);
  await expect(words).toContainText(personalAdviser.meaning);

  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#personal-adviser$/);
  const entry = page.locator('#personal-adviser');
  await expect(entry.locator('dfn')).toHaveText(personalAdviser.term);
  await expect(entry).toBeInViewport();
});

test('terms in headings and existing links are left alone', async ({ page }) => {
  await page.goto('/guides/rights-and-entitlements/your-pa-and-pathway-plan/');
  const main = page.getByRole('main');
  await expect(main.locator('h2 a.jargon, h3 a.jargon, a a')).toHaveCount(0);
  // Every linked term is described by a meaning that is on the page.
  const ids = await main.locator('a.jargon').evaluateAll((links) => links.map((a) => a.getAttribute('aria-describedby')));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) await expect(page.locator(`#${id}`)).toHaveCount(1);
});

test('the A to Z has a letter for each group, and each letter goes to its terms', async ({ page }) => {
  await page.goto('/glossary/');
  const letters = page.getByRole('navigation', { name: 'Letters' });
  await letters.getByRole('link', { name: 'P', exact: true }).click();
  await expect(page).toHaveURL(/#letter-p$/);
  await expect(page.locator('#letter-p')).toBeInViewport();
  await expect(page.locator('#personal-adviser dfn')).toHaveText(personalAdviser.term);
});
