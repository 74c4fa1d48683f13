import { expect, test, type Page } from '@playwright/test';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { axeProblems, expectNoAxeViolations } from '../helpers/axe';

/**
 * Search that understands what people type (issue 9): whole questions, slang, misspellings
 * and crisis words, on the test site built from content/ (tests/helpers/buildTestSite.ts).
 * Each test checks what a reader would notice: which result comes first, what the page says,
 * which numbers they can tap.
 */

const results = (page: Page) => page.locator('[data-search-results] > li');
const firstResultLink = (page: Page) => results(page).first().getByRole('heading').getByRole('link');

async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).not.toBeEmpty();
}

test.describe('urgent help comes first, with numbers to tap', () => {
  for (const query of ['I feel unsafe', 'nowhere to sleep tonight', 'Samaritans', 'childline']) {
    test(`"${query}"`, async ({ page }) => {
      await searchFor(page, query);
      await expect(firstResultLink(page)).toHaveAttribute('href', '/help-now/');
      await expect(firstResultLink(page)).toHaveText(/urgent help/i);
      // The numbers are in the result itself: 999 and the Samaritans, as links that call.
      const first = results(page).first();
      await expect(first.locator('a[href="tel:999"]')).toBeVisible();
      await expect(first.locator('a[href="tel:116123"]')).toBeVisible();
    });
  }

  test('typed into the box, not just from a link', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox').fill('i want to kill myself');
    await page.getByRole('searchbox').press('Enter');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/help-now/');
  });
});

test('a whole question finds its page first', async ({ page }) => {
  await searchFor(page, 'how do I get money for uni?');
  await expect(firstResultLink(page)).toHaveText('Higher education bursary');
});

test('slang finds money help: "broke"', async ({ page }) => {
  await searchFor(page, 'broke');
  await expect(firstResultLink(page)).toHaveText('Emergency help with money');
});

test.describe('misspellings', () => {
  test('"bursery" is searched as "bursary", and the page says so', async ({ page }) => {
    await searchFor(page, 'bursery');
    await expect(page.getByText('Showing results for bursary, not ‘bursery’.')).toBeVisible();
    await expect(firstResultLink(page)).toHaveText(/bursary/i);
  });

  test('a word the site does not know, and nothing else, is corrected from the site’s own words', async ({ page }) => {
    await searchFor(page, 'lapptop');
    await expect(page.getByText('Showing results for laptop, not ‘lapptop’.')).toBeVisible();
    await expect(firstResultLink(page)).toHaveText('A laptop and mobile data');
  });

  test('"Did you mean …?" is a link that searches again', async ({ page }) => {
    // Two letters out is not sure enough to search for at once; "students" finds pages anyway.
    await searchFor(page, 'acomodation for students');
    await expect(page.getByText('Did you mean accommodation for students?')).toBeVisible();
    await page.getByRole('link', { name: 'accommodation for students', exact: true }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('accommodation for students');
    await expect(page).toHaveURL(/q=accommodation\+for\+students/);
    await expect(page.getByText('Did you mean')).toBeHidden();
    await expect(results(page).first()).toContainText(/accommodation/i);
  });

  test('one letter out is searched for at once, with the rest of the words', async ({ page }) => {
    await searchFor(page, 'drivving lessons');
    await expect(page.getByText('Showing results for driving lessons, not ‘drivving lessons’.')).toBeVisible();
    await expect(firstResultLink(page)).toHaveText('Driving lessons');
  });
});

test('no results: urgent numbers to tap and other ways to find things', async ({ page }) => {
  await searchFor(page, 'qwxzv plonk');
  await expect(page.getByRole('status')).toContainText('No results');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'If you need help now' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.locator('[data-search-urgent] a[href="tel:999"]')).toBeVisible();
  await expect(main.locator('[data-search-urgent] a[href^="tel:"]')).not.toHaveCount(0);
  for (const href of ['/areas/', '/what-can-i-get/', '/guides/rights-and-entitlements/']) {
    await expect(main.locator(`a[href="${href}"]`)).toBeVisible();
  }
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the first result comes before the filters, which are folded behind a button', async ({ page }) => {
    await searchFor(page, 'money');
    const first = results(page).first();
    await expect(first).toBeVisible();
    const filters = page.locator('summary', { hasText: 'Filter results' });
    await expect(filters).toBeVisible();
    const resultTop = (await first.boundingBox())!.y;
    const filtersTop = (await filters.boundingBox())!.y;
    expect(resultTop).toBeLessThan(filtersTop);
    // The first result starts on the first screen (a real council's site has no demo banner).
    const banner = (await page.locator('.demo-banner').boundingBox())?.height ?? 0;
    expect(resultTop - banner).toBeLessThan(640);
    // Folded: the filters show only when asked for.
    await expect(page.getByLabel('Area')).toBeHidden();
    await filters.click();
    await expect(page.getByLabel('Area')).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs JavaScript and offers ways to browse', async ({ page }) => {
    await page.goto('/search/?q=rent');
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeVisible();
    const main = page.getByRole('main');
    for (const name of ['looking through the areas', 'What can I get?', 'A to Z', 'urgent help']) {
      await expect(main.getByRole('link', { name })).toBeVisible();
    }
    // The filters do nothing without the script, so they are not shown.
    await expect(page.getByText('Filter results')).toBeHidden();
  });
});

test.describe('accessibility of what a search shows (axe, WCAG 2.2 A/AA)', () => {
  for (const width of [320, 1280]) {
    test(`urgent help first, a correction, no results, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      for (const query of ['I feel unsafe', 'bursery', 'acomodation for students', 'qwxzv plonk']) {
        await searchFor(page, query);
        problems.push(...(await axeProblems(page)).map((problem) => `${query}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
});

/**
 * The reader's own help first (issue 20, part 3), on every demo council's site, on a 320 px
 * phone: the council's own offers, the national entitlements and the guide's chapters come
 * before every other council's practice spotlight, and those say they are another council's
 * project. A PA can still choose to see only them.
 */
test.describe('on every council’s site, the reader’s own help comes before other councils’ projects', () => {
  const platform = usePlatformServer();
  test.use({ viewport: { width: 320, height: 640 } });
  const ANOTHER = 'Another council’s project';

  /** Each result shown: its link and whether it says it is another council's project. */
  async function shown(page: Page) {
    await expect(page.getByRole('status')).not.toBeEmpty();
    await expect(results(page).first()).toBeVisible();
    return Promise.all(
      (await results(page).all()).map(async (card) => ({
        href: (await card.getByRole('heading').getByRole('link').getAttribute('href')) ?? '',
        title: await card.getByRole('heading').innerText(),
        another: (await card.locator('.tag').innerText()) === ANOTHER,
      })),
    );
  }

  for (const council of ['demo-borough', 'northdale', 'riverford']) {
    test(`${council}: pregnant, asylum, baby and mentoring find this council’s or national help first`, async ({ page }) => {
      test.setTimeout(4 * 15_000);
      for (const query of ['pregnant', 'asylum', 'baby', 'mentoring']) {
        await page.goto(platform.page(council, `/search/?q=${query}`));
        const cards = await shown(page);
        const where = `${council}, “${query}”: ${cards.map((c) => `${c.another ? '[another] ' : ''}${c.title}`).join(' | ')}`;
        // Something of the reader's own comes first, and no spotlight of another council is above any of it.
        expect(cards[0]!.another, where).toBe(false);
        const firstAnother = cards.findIndex((c) => c.another);
        if (firstAnother >= 0) expect(cards.slice(firstAnother).every((c) => c.another), where).toBe(true);
        // Every spotlight shown is labelled as another council's (no demo council has one of its own).
        for (const card of cards) expect(card.another, where).toBe(card.href.includes('/spotlights/'));
      }
    });
  }

  test('labelled results pass axe (WCAG 2.2 A/AA)', async ({ page }) => {
    await page.goto(platform.page('northdale', '/search/?q=mentoring'));
    await expect(results(page).locator('.tag', { hasText: ANOTHER }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a PA can choose to see only other councils’ projects', async ({ page }) => {
    await page.goto(platform.page('northdale', '/search/?q=mentoring'));
    await shown(page);
    await page.locator('summary', { hasText: 'Filter results' }).click();
    await page.getByRole('radio', { name: 'Other councils’ projects (spotlights)' }).check();
    await expect(page).toHaveURL(/type=Spotlight/);
    await expect(results(page).first().locator('.tag')).toHaveText(ANOTHER);
    const cards = await shown(page);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.another && c.href.includes('/spotlights/'))).toBe(true);
  });

  for (const [query, title] of [
    ['money for my first flat', 'Setting-up-home allowance'],
    ['uni accomodation summer', 'Somewhere to live in the university holidays'],
  ] as const) {
    test(`“${query}” finds “${title}” first`, async ({ page }) => {
      await page.goto(platform.page('northdale', `/search/?q=${encodeURIComponent(query)}`));
      await expect(page.getByRole('status')).not.toBeEmpty();
      await expect(firstResultLink(page)).toHaveText(title);
    });
  }

  test('“homless” is read as homeless: urgent help first, then the homelessness page', async ({ page }) => {
    await page.goto(platform.page('riverford', '/search/?q=homless'));
    await expect(page.getByRole('status')).not.toBeEmpty();
    await expect(firstResultLink(page)).toHaveText(/urgent help/i);
    await expect(results(page).nth(1).getByRole('heading')).toHaveText('If you are homeless or about to be');
  });
});
