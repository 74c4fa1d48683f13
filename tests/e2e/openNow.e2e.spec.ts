import { expect, test, type Page } from '@playwright/test';

/**
 * "Need help now?", honestly (issue 20, part 4), on a 320 px phone: on a bank holiday the
 * out-of-hours line comes first and the office says it is closed; on an ordinary Monday at
 * 10:00 in England the office line comes first and says "Open now". The reader's device is
 * set to New York's time, so the page must keep England's. Without JavaScript nothing claims
 * the office is open, and the out-of-hours line comes first.
 */
test.use({ viewport: { width: 320, height: 640 }, timezoneId: 'America/New_York' });

const lines = (page: Page, scope: string) =>
  page.locator(`${scope} [data-office-hours] > li[data-line]`).evaluateAll((items) => items.map((li) => li.getAttribute('data-line')));
const box = (page: Page) => page.locator('#need-help');

test('on a bank holiday the out-of-hours line comes first and the office is closed', async ({ page }) => {
  // Monday 28 December 2026, 10am in London: the substitute for Boxing Day.
  await page.clock.setFixedTime(new Date('2026-12-28T10:00:00Z'));
  await page.goto('/offers/setting-up-home-allowance/');
  expect(await lines(page, '#need-help')).toEqual(['out-of-hours', 'office']);
  await expect(box(page).getByText('Closed now: call the out-of-hours number.')).toBeVisible();
  await expect(box(page).getByText('Open now.')).toBeHidden();

  // Monday 3 May 2027, 10am in London (British Summer Time): the early May bank holiday, on the urgent help page too.
  await page.clock.setFixedTime(new Date('2027-05-03T09:00:00Z'));
  await page.goto('/help-now/');
  expect(await lines(page, '#nowhere-to-stay + p +')).toEqual(['out-of-hours', 'office']);
  await expect(page.locator('#nowhere-to-stay + p + ul').getByText('Closed now: call the out-of-hours number.')).toBeVisible();
});

test('on one of the council’s closure days the out-of-hours line comes first and the office is closed', async ({ page }) => {
  // Wednesday 30 December 2026, 10am: Demo Borough's office is closed from 29 to 31 December (Settings → Councils).
  await page.clock.setFixedTime(new Date('2026-12-30T10:00:00Z'));
  await page.goto('/offers/setting-up-home-allowance/');
  expect(await lines(page, '#need-help')).toEqual(['out-of-hours', 'office']);
  await expect(box(page).getByText('Closed now: call the out-of-hours number.')).toBeVisible();
});

test('on an ordinary Monday at 10:00 the office line comes first, open now', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00Z'));
  await page.goto('/offers/setting-up-home-allowance/');
  expect(await lines(page, '#need-help')).toEqual(['office', 'out-of-hours']);
  await expect(box(page).getByText('Open now.')).toBeVisible();
  await expect(box(page).getByText('Closed now: call the out-of-hours number.')).toBeHidden();
  // The first line is the office's number, whole on a 320 px screen.
  const first = box(page).locator('[data-office-hours] > li').first().getByRole('link');
  await expect(first).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the out-of-hours line comes first and nothing says the office is open', async ({ page }) => {
    await page.goto('/offers/setting-up-home-allowance/');
    expect(await lines(page, '#need-help')).toEqual(['out-of-hours', 'office']);
    await expect(box(page).getByText('Open now.')).toBeHidden();
    for (const line of await box(page).locator('li[data-line]').all()) await expect(line.locator('.need-help__hours')).not.toBeEmpty();
  });
});
