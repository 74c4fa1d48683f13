import { expect, test } from '@playwright/test';
import { E2E_FIXTURES } from '../helpers/e2e';
import { budgetFor, PER_ITEM_MS } from '../helpers/testBudget';

/**
 * "The review cycle is visible" (issue 22, part 5), as a reader sees it on the built test site
 * (tests/helpers/buildTestSite.ts): a page whose next review day passed before the build says
 * when it was last checked and, plainly, that it is overdue; a page not due for years says when it
 * was last checked and next due, and nothing about being overdue.
 */
const { overdue, reviewed } = E2E_FIXTURES;

test('an offer past its next review day says when it was last checked and that its check is overdue', async ({ page }) => {
  test.setTimeout(budgetFor(1, PER_ITEM_MS.page));
  await page.goto(`/offers/${overdue.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overdue.title);
  const dates = page.locator('.review-dates');
  await expect(dates.locator('dt', { hasText: 'Last checked:' })).toHaveCount(1);
  await expect(dates.locator(`dd time[datetime="${overdue.lastReviewed}"]`)).toHaveText('1 June 2025');
  await expect(dates.locator(`dd time[datetime="${overdue.nextReview}"]`)).toHaveText('15 January 2026');
  const warning = page.locator('[data-overdue]');
  await expect(warning).toBeVisible();
  await expect(warning).toHaveText(
    'This page was due to be checked on 15 January 2026, and has not been checked since. Some details may be out of date: check with your Personal Adviser.',
  );
});

test('an offer not yet due for review says when it was last checked and nothing about being overdue', async ({ page }) => {
  test.setTimeout(budgetFor(1, PER_ITEM_MS.page));
  await page.goto(`/offers/${reviewed.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reviewed.title);
  const dates = page.locator('.review-dates');
  await expect(dates.locator(`dd time[datetime="${reviewed.lastReviewed}"]`)).toHaveText('1 November 2026');
  await expect(dates.locator(`dd time[datetime="${reviewed.nextReview}"]`)).toHaveText('30 June 2099');
  await expect(page.locator('[data-overdue]')).toHaveCount(0);
  await expect(page.getByText('has not been checked since')).toHaveCount(0);
});
