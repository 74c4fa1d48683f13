import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EASY_READ_PICTURES } from '@content/model/easyRead';
import { builtPages } from '../helpers/e2e';
import { contentEasyRead, EASY_READ_FIXTURE, EASY_READ_SITE, easyReadSitesDir } from '../helpers/easyReadSites';
import { budgetFor, PER_ITEM_MS } from '../helpers/testBudget';
import { axeProblems } from '../helpers/axe';
import { useServedSite } from '../helpers/servedSite';

/**
 * Easy Read (issue 21, part 6), on the two sites `tests/helpers/easyReadSites.ts` builds from
 * the test fixture: a council that offers Easy Read and one that does not. A reader with no
 * JavaScript follows the link from an offer page to its Easy Read version: one sentence a row,
 * each beside a named picture, in big type, saying whether people who use Easy Read checked it
 * and which version of the page it was written from, with a way back. An offer with no Easy
 * Read, or on a council's site that does not offer it, has no link and no Easy Read page.
 */
test.use({ javaScriptEnabled: false });

// Both sites, each on a free port of this worker's own.
const sites = {
  [EASY_READ_SITE.offers]: useServedSite(path.join(easyReadSitesDir, EASY_READ_SITE.offers)),
  [EASY_READ_SITE.none]: useServedSite(path.join(easyReadSitesDir, EASY_READ_SITE.none)),
};
const at = (site: keyof typeof sites, url: string) => sites[site].at(url);
const easyReadUrl = (slug: string) => `/offers/${slug}/easy-read/`;

test('an offer page links to its Easy Read version, which shows each sentence beside its picture, says it is not checked yet, and links back', async ({ page }) => {
  const easyRead = contentEasyRead();
  test.setTimeout(budgetFor(easyRead.sentences.length, PER_ITEM_MS.check));
  await page.goto(at(EASY_READ_SITE.offers, `/offers/${EASY_READ_FIXTURE.unchecked}/`));
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: 'Easy Read version of this page' }).click();
  await expect(page).toHaveURL(at(EASY_READ_SITE.offers, easyReadUrl(EASY_READ_FIXTURE.unchecked)));
  await expect(page).toHaveTitle(new RegExp(`^${title} \\(Easy Read\\)`));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(title!);

  // One sentence a row, in order, each with its picture named by its alt text.
  const rows = main.locator('.easy-read > li');
  await expect(rows).toHaveCount(easyRead.sentences.length);
  for (const [i, sentence] of easyRead.sentences.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveText(sentence.text);
    await expect(row.getByRole('img')).toHaveAccessibleName(EASY_READ_PICTURES[sentence.picture]);
    // Beside it: the picture and the words share the row (the picture's middle is level with the text).
    const [picture, words] = await Promise.all([row.getByRole('img').boundingBox(), row.locator('p').boundingBox()]);
    const middle = picture!.y + picture!.height / 2;
    expect(middle).toBeGreaterThanOrEqual(words!.y);
    expect(middle).toBeLessThanOrEqual(words!.y + words!.height);
    expect(picture!.x + picture!.width).toBeLessThanOrEqual(words!.x);
  }
  // Big type: at least 22px (1.375rem), where the page's body text is 19px.
  const size = await rows.first().locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(22);

  // Honest about its state: nobody who uses Easy Read checked it; written from the page of 7 December 2026.
  await expect(main).toContainText('Not checked yet by people who use Easy Read.');
  await expect(main).not.toContainText('Checked by');
  await expect(main).toContainText(`Based on the page as it was on 7 December 2026.`);
  expect(easyRead.basedOn).toBe('2026-12-07');

  await main.getByRole('link', { name: `Back to the full page: ${title}` }).click();
  await expect(page).toHaveURL(at(EASY_READ_SITE.offers, `/offers/${EASY_READ_FIXTURE.unchecked}/`));
});

test('an Easy Read version checked with people who use Easy Read names who checked it', async ({ page }) => {
  await page.goto(at(EASY_READ_SITE.offers, easyReadUrl(EASY_READ_FIXTURE.checked)));
  const main = page.getByRole('main');
  await expect(main).toContainText(`Checked by ${EASY_READ_FIXTURE.checkedBy} with people who use Easy Read.`);
  await expect(main).not.toContainText('Not checked yet');
  await expect(main).toContainText('Based on the page as it was on 29 November 2026.');
});

test('an offer with no Easy Read version has no link to one and no Easy Read page: never the standard page instead', async ({ page, request }) => {
  await page.goto(at(EASY_READ_SITE.offers, `/offers/${EASY_READ_FIXTURE.without}/`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Easy Read/ })).toHaveCount(0);
  expect((await request.get(at(EASY_READ_SITE.offers, easyReadUrl(EASY_READ_FIXTURE.without)))).status()).toBe(404);
});

test('a council that does not offer Easy Read shows no Easy Read link or page, even for an offer that has one', async ({ page, request }) => {
  for (const slug of [EASY_READ_FIXTURE.unchecked, EASY_READ_FIXTURE.checked]) {
    await page.goto(at(EASY_READ_SITE.none, `/offers/${slug}/`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /Easy Read/ })).toHaveCount(0);
    expect((await request.get(at(EASY_READ_SITE.none, easyReadUrl(slug)))).status()).toBe(404);
  }
  expect(builtPages(path.join(easyReadSitesDir, EASY_READ_SITE.none)).filter((url) => url.includes('easy-read'))).toEqual([]);
});

test('only the pictures of EASY_READ_PICTURES reach the site, inline, with no request for them', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const easyReadPages = builtPages(path.join(easyReadSitesDir, EASY_READ_SITE.offers)).filter((url) => url.endsWith('/easy-read/'));
  expect(easyReadPages.sort()).toEqual([easyReadUrl(EASY_READ_FIXTURE.checked), easyReadUrl(EASY_READ_FIXTURE.unchecked)].sort());
  await page.goto(at(EASY_READ_SITE.offers, easyReadPages[0]!));
  const names = await page.locator('svg[data-picture]').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-picture')));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(Object.keys(EASY_READ_PICTURES)).toContain(name);
  expect(requested.filter((url) => /tabler|\.svg/.test(url) && !url.endsWith('/favicon.svg'))).toEqual([]);
});

test.describe('axe', () => {
  // axe runs as a script in the page.
  test.use({ javaScriptEnabled: true });
  for (const [name, url] of [
    ['the Easy Read page', easyReadUrl(EASY_READ_FIXTURE.unchecked)],
    ['the offer page that links to it', `/offers/${EASY_READ_FIXTURE.unchecked}/`],
  ] as const) {
    test(`no WCAG 2.2 A/AA violations on ${name}`, async ({ page }) => {
      await page.goto(at(EASY_READ_SITE.offers, url));
      const summary = await axeProblems(page);
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
});

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the Easy Read page does not scroll sideways, and each picture stays beside its sentence', async ({ page }) => {
    await page.goto(at(EASY_READ_SITE.offers, easyReadUrl(EASY_READ_FIXTURE.unchecked)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const row = page.locator('.easy-read > li').first();
    const [picture, words] = await Promise.all([row.getByRole('img').boundingBox(), row.locator('p').boundingBox()]);
    expect(picture!.x + picture!.width).toBeLessThanOrEqual(words!.x);
  });
});

test('printed, the Easy Read page keeps its sentences and pictures and drops the navigation and the link to itself', async ({ page }) => {
  await page.goto(at(EASY_READ_SITE.offers, easyReadUrl(EASY_READ_FIXTURE.unchecked)));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.easy-read > li').first()).toBeVisible();
  await expect(page.locator('.easy-read > li').first().getByRole('img')).toBeVisible();
  await expect(page.locator('.need-help').first()).toBeHidden();
  await expect(page.locator('nav').first()).toBeHidden();
  // A row never splits across two sheets.
  expect(await page.locator('.easy-read > li').first().evaluate((li) => getComputedStyle(li).breakInside)).toBe('avoid');
  // On paper, the offer page's link to the Easy Read version is no use: it is not printed.
  await page.goto(at(EASY_READ_SITE.offers, `/offers/${EASY_READ_FIXTURE.unchecked}/`));
  await expect(page.locator('.easy-read-link')).toBeHidden();
});

test('Easy Read of a national entitlement gives the council’s own amount where it pays its own, as the standard page does', async ({ page }) => {
  // The test site built from content/: Demo Borough pays £3,300 for setting up home, where national guidance recommends £3,000.
  await page.goto('/offers/setting-up-home-allowance/easy-read/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Demo Borough Council pays £3,300.' })).toBeVisible();
  await page.goto('/offers/setting-up-home-allowance/');
  await expect(page.getByText('£3,300').first()).toBeVisible();
  // The higher education bursary is £2,000 everywhere (set in law): nothing added.
  await page.goto('/offers/higher-education-bursary/easy-read/');
  await expect(page.getByText(/Demo Borough Council pays/)).toHaveCount(0);
});
