import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eSiteDir } from '@tests/helpers/e2e';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';

/**
 * The Personal Adviser's printed checklist (issue 20, part 7): it leaves out what the PA does
 * not want (money only, or only the offers ticked), with and without JavaScript, and on paper
 * it is compact: Demo Borough's offers fit on at most 4 A4 pages of Chromium's PDF.
 */
const CHECKLIST = '/what-can-i-get/checklist/';
const MAX_PAGES = 4;

/** The pages of a PDF Chromium made (one `/Type /Page` object each). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** The titles that would be printed: what is visible with print styles. */
async function printedTitles(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const titles = await page.locator('.checklist__item:visible .checklist__title').allTextContents();
  // Back to no emulation: page.pdf() then prints with print styles, as a browser's Print does.
  await page.emulateMedia({ media: null });
  return titles.map((title) => title.trim());
}

/** Every offer still to be had on Demo Borough's site, from its built checker (each offer once). */
const offerCount = (readFileSync(path.join(e2eSiteDir, 'what-can-i-get', 'index.html'), 'utf8').match(/data-checker-offer/g) ?? []).length;

test('every offer, printed compact, fits on at most 4 A4 pages; the checker links to it', async ({ page }) => {
  test.setTimeout(budgetFor(4, PER_ITEM_MS.page));
  await page.goto('/what-can-i-get/');
  await page.getByRole('link', { name: /print a short checklist/i }).click();
  await expect(page).toHaveURL(/\/what-can-i-get\/checklist\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Print a checklist' })).toBeVisible();

  const titles = await printedTitles(page);
  expect(offerCount).toBeGreaterThan(30);
  expect(titles).toHaveLength(offerCount);
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  console.log(`Checklist: ${titles.length} offers on ${pages} A4 pages (compact form, Chromium PDF)`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(MAX_PAGES);

  // No site chrome on paper: the header, the footer and the "Need help now?" box are not printed.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.locator('#need-help')).toBeHidden();
  // The urgent numbers close the list instead.
  await expect(page.getByRole('heading', { name: 'Urgent numbers' })).toBeVisible();
});

test('money only, and only the ones I tick, kept in the address', async ({ page }) => {
  test.setTimeout(budgetFor(4, PER_ITEM_MS.page));
  await page.goto(CHECKLIST);
  await page.getByLabel(/^Money only/).check();
  const money = await printedTitles(page);
  expect(money.length).toBeGreaterThan(3);
  expect(money.length).toBeLessThan(offerCount);
  expect(money).toContain('Setting-up-home allowance');
  expect(money).not.toContain('Your pathway plan');
  await expect(page.getByText(`${money.length} offers to print.`)).toBeVisible();

  await page.getByLabel('Only the ones I tick').check();
  // Every offer stays on screen to be ticked.
  await expect(page.getByLabel('Your pathway plan', { exact: true })).toBeVisible();
  await page.getByLabel('Your pathway plan', { exact: true }).check();
  await page.getByLabel('Setting-up-home allowance', { exact: true }).check();
  expect((await printedTitles(page)).sort()).toEqual(['Setting-up-home allowance', 'Your pathway plan']);
  await expect(page.getByText('2 offers to print.')).toBeVisible();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

  // The choices are in the address: the same link brings the same list back.
  const query = new URL(page.url()).searchParams;
  expect(query.get('show')).toBe('chosen');
  expect(query.getAll('o').sort()).toEqual(['pathway-plan', 'setting-up-home-allowance']);
  await page.goto(page.url());
  await expect(page.getByLabel('Only the ones I tick')).toBeChecked();
  expect((await printedTitles(page)).sort()).toEqual(['Setting-up-home allowance', 'Your pathway plan']);
});

test('opened from the checker with answers, it ticks what they leave in', async ({ page }) => {
  test.setTimeout(budgetFor(4, PER_ITEM_MS.page));
  await page.goto('/what-can-i-get/?age=19&in-care=no&time=13-weeks-or-more&live=here&c=none');
  // What the checker shows for these answers (it marks the ones it is unsure of, and keeps them).
  await expect(page.locator('[data-checker-status]')).not.toBeEmpty();
  const shown = (await page.locator('[data-checker-offer]:visible h4').allTextContents()).map((title) => title.trim()).sort();
  expect(shown.length).toBeGreaterThan(5);
  expect(shown.length).toBeLessThan(offerCount);
  await page.getByRole('link', { name: /print a short checklist/i }).click();
  await expect(page).toHaveURL(/\/what-can-i-get\/checklist\/\?/);
  await expect(page.getByLabel('Only the ones I tick')).toBeChecked();
  expect((await printedTitles(page)).sort()).toEqual(shown);
  await expect(page.getByText(`${shown.length} offers to print.`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the choices still leave items out of the print (CSS), and the page says how to print', async ({ page }) => {
    test.setTimeout(budgetFor(2, PER_ITEM_MS.page));
    await page.goto(CHECKLIST);
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByText('To print, use your browser’s Print command.')).toBeVisible();
    expect(await printedTitles(page)).toHaveLength(offerCount);

    await page.getByLabel(/^Money only/).check();
    const money = await printedTitles(page);
    expect(money).toContain('Setting-up-home allowance');
    expect(money).not.toContain('Your pathway plan');

    await page.getByLabel('Only the ones I tick').check();
    await page.getByLabel('Staying Put with your foster carers', { exact: true }).check();
    expect(await printedTitles(page)).toEqual(['Staying Put with your foster carers']);
    await expect(page.getByLabel('Your pathway plan', { exact: true })).toBeVisible();
  });
});
