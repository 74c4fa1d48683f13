import { expect, test, type Page } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';
import en from '@site/i18n/en.json' with { type: 'json' };
import { nationalGuideOf } from '@tests/helpers/nationalGuide';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';

/**
 * Issue 20, parts 1 to 3, on every demo council's site, on a 320 px phone: the rights guide is
 * national (Northdale and Riverford showed "There are no guides yet"), its complaints chapter
 * gives that council's complaints contact and the Ombudsman, every "If you are told no" leads
 * there, and no navigation entry leads to an empty page. Compared with the content files.
 */
const content = readContent('content');
const platform = usePlatformServer();

test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

/** What a section's page says when it has nothing: a link must never lead there. */
const EMPTY = [en.guides.none, en.spotlights.none, en.pledges.none, en.indicators.none];

/** The links of the header's navigation, the footer's and the home page's "more" list, on this council's site. */
async function navLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('header nav a[href], footer nav a[href], main ul a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  const base = new URL(page.url()).pathname;
  // This site's own pages (not the feed's JSON, the library's site or other councils').
  return [...new Set(hrefs)].filter((href) => href.startsWith(origin + base) && !/\.(json|csv|xml)$|\/api\//.test(href) && !href.includes('#'));
}

for (const council of content.councils) {
  const { authority } = council;
  const guide = nationalGuideOf(content, council);

  test.describe(`${authority.name}'s site`, () => {
    test('Guides has the national guide, with every chapter', async ({ page }) => {
      await page.goto(platform.page(council.slug, '/guides/'));
      const main = page.getByRole('main');
      await expect(main).not.toContainText(en.guides.none);
      await main.getByRole('link', { name: guide.title }).click();
      const contents = page.getByRole('navigation', { name: en.guides.contents });
      await expect(contents.getByRole('listitem')).toHaveText(guide.chapters.map((c) => new RegExp(c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
    });

    test('the complaints chapter gives this council’s complaints contact, its local part and the Ombudsman', async ({ page }) => {
      const chapter = guide.complaints;
      await page.goto(platform.page(council.slug, `/guides/${guide.slug}/${chapter.slug}/`));
      const main = page.getByRole('main');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
      const local = main.getByRole('region', { name: `In ${authority.name}` });
      await expect(local.getByRole('link', { name: authority.complaints.phone })).toHaveAttribute('href', `tel:${authority.complaints.phone.replace(/\D/g, '')}`);
      await expect(local.getByRole('link', { name: authority.complaints.email })).toHaveAttribute('href', `mailto:${authority.complaints.email}`);
      await expect(local.getByRole('link', { name: `Complain online to ${authority.name}` })).toHaveAttribute('href', authority.complaints.formUrl);
      if (chapter.local?.whoToAsk) await expect(local).toContainText(chapter.local.whoToAsk);
      // The Ombudsman's own site (the glossary links the word too).
      await expect(main.locator('a[href="https://www.lgo.org.uk/"]')).toHaveText('Local Government and Social Care Ombudsman');
      await expect(main).toContainText('Children Act 1989, section 26');
      // Nothing of another council.
      for (const other of content.councils.filter((c) => c !== council)) await expect(main).not.toContainText(other.authority.complaints.phone);
    });

    test('from an offer’s "If you are told no", the reader reaches the complaints contact and chapter', async ({ page }) => {
      // A national entitlement (on every site) and one of the council's own offers.
      const own = council.offers.find((o) => !o.draft)!;
      for (const slug of ['setting-up-home-allowance', own.slug]) {
        await page.goto(platform.page(council.slug, `/offers/${slug}/`));
        const main = page.getByRole('main');
        const refused = main.locator('#if-refused ~ *');
        await expect(main.getByRole('heading', { name: en.offer.refusedTitle })).toBeVisible();
        await expect(refused.getByRole('link', { name: authority.complaints.phone })).toBeVisible();
        await expect(refused.getByRole('link', { name: `Complain online to ${authority.name}` })).toHaveAttribute('href', authority.complaints.formUrl);
        await expect(refused.getByRole('link', { name: authority.complaints.email })).toBeVisible();
      }
      await page.getByRole('main').getByRole('link', { name: guide.complaints.title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.complaints.title);
      await expect(page.getByRole('region', { name: `In ${authority.name}` })).toContainText(authority.complaints.phone);
      // Nothing is wider than the phone (320 px reflow).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    test('no navigation entry leads to an empty page', async ({ page }) => {
      await page.goto(platform.page(council.slug, '/'));
      const links = await navLinks(page);
      expect(links.length).toBeGreaterThan(5);
      test.setTimeout(budgetFor(links.length, PER_ITEM_MS.page));
      for (const href of links) {
        await page.goto(href);
        const text = await page.getByRole('main').innerText();
        expect(EMPTY.filter((message) => text.includes(message)), href).toEqual([]);
      }
    });
  });
}

test('a council with nothing in a section has no link to it: Northdale has no figures, so no "How we’re doing"', async ({ page }) => {
  const northdale = content.councils.find((c) => c.slug === 'northdale')!;
  expect(northdale.indicators).toEqual([]);
  await page.goto(platform.page('northdale', '/'));
  await expect(page.locator(`a[href$="/how-were-doing/"]`)).toHaveCount(0);
  // Demo Borough has figures, and its footer links them.
  await page.goto(platform.page('demo-borough', '/'));
  await expect(page.getByRole('contentinfo').getByRole('link', { name: en.nav.indicators })).toBeVisible();
});
