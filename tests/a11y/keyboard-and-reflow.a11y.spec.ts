import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../helpers/e2e';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * What axe cannot check: using the site by keyboard alone, focus you can see, and pages that
 * reflow on a small phone and with large text (WCAG 2.1.1, 2.4.1, 2.4.7, 1.4.4, 1.4.10).
 */

/** How far the page scrolls sideways, in CSS pixels (0 is right). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** One page of each kind, from the built site (the "you said, we did" page only if it exists). */
function pageTypes(): Record<string, string> {
  const pages = builtPages();
  const first = (pattern: RegExp) => pages.find((page) => pattern.test(page));
  const types: Record<string, string | undefined> = {
    home: '/',
    area: first(/^\/areas\/[^/]+\/$/),
    offer: '/offers/setting-up-home-allowance/',
    // A chapter, not the whole guide on one page (`/all/`): every page is checked below anyway.
    'guide chapter': first(/^\/guides\/[^/]+\/(?!all\/)[^/]+\/$/),
    spotlight: first(/^\/spotlights\/[^/]+\/$/),
    glossary: '/glossary/',
    search: '/search/',
    checker: '/what-can-i-get/?age=19&in-care=no&time=13-weeks-or-more&live=elsewhere&c=parent',
    'help now': '/help-now/',
    'you said, we did': first(/^\/you-said-we-did\/$/),
    // A table and a chart of every council's amounts.
    comparison: '/compare/setting-up-home/',
  };
  return Object.fromEntries(Object.entries(types).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  // A test per page: spread over both workers, like the axe tests of every page.
  test.describe.configure({ mode: 'parallel' });

  for (const [type, url] of Object.entries(pageTypes())) {
    test(`no sideways scrolling on the ${type} page (${url})`, async ({ page }) => {
      await page.goto(url);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    });
  }
  // Every page is checked at 320 px too, in the visit that runs axe on it (pages.a11y.spec.ts,
  // languagePages.a11y.spec.ts); these pages of each kind are loaded at 320 px from the start.
});

test('with text at 200%, an offer page does not scroll sideways', async ({ page }) => {
  // Text-only zoom, as the browser's font size setting does it (16px to 32px): it scales
  // everything in rem and em, media queries included, and nothing else.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/offers/setting-up-home-allowance/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    expect(await sidewaysScroll(page), `at ${width}px wide`).toBeLessThanOrEqual(0);
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/offers/setting-up-home-allowance/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((h1) => Boolean(h1.closest('main')))).toBe(true);
  // The next Tab goes on from the main content, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
});

// One test per page: each tabs through up to 40 stops, reading the focus at each.
for (const url of ['/', '/what-can-i-get/', '/offers/setting-up-home-allowance/', '/search/', '/help-now/']) {
  test(`every control shows where the focus is on ${url}`, async ({ page }) => {
    const problems: string[] = [];
    await page.goto(url);
    for (let stop = 0; stop < 40; stop += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const outlineShows = outline && !/rgba\(0, 0, 0, 0\)|transparent/.test(style.outlineColor);
        const shadowShows = style.boxShadow !== 'none';
        return {
          name: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 40)}"`,
          // An outline (transparent ones still show in Windows high contrast), and something
          // visible on screen: the outline's colour or the yellow-and-black shadow.
          visible: outline && (outlineShows || shadowShows),
        };
      });
      if (!focus) break;
      if (!focus.visible) problems.push(`${url}: ${focus.name}`);
    }
    expect(problems).toEqual([]);
  });
}

test('keyboard only (Tab, Space, Enter): answer the checker, see the results, open an offer', async ({ page }) => {
  await page.goto('/what-can-i-get/');
  const tabTo = async (matches: (element: Element) => boolean, description: string, limit = 80) => {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const active = await page.evaluateHandle(() => document.activeElement ?? document.body);
      if (await active.evaluate(matches)) return;
    }
    throw new Error(`Tab never reached ${description}`);
  };
  const focusedId = () => page.evaluate(() => document.activeElement?.id);

  // Tab into each question; Space picks the focused choice. A radio group is one Tab stop,
  // so Tab lands on its first choice: "Yes", "13 weeks or more", "In Demo Borough's area".
  await tabTo((el) => el.id === 'in-care-yes', 'the "in care now" question');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('time-13-weeks-or-more');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('live-here');
  await page.keyboard.press('Space');
  // Tick boxes are a Tab stop each.
  await tabTo((el) => el.id === 'c-in-education', 'the education tick box', 3);
  await page.keyboard.press('Space');
  await expect(page.locator('#in-care-yes')).toBeChecked();
  await expect(page.locator('#c-in-education')).toBeChecked();
  await expect(page.getByRole('status')).toContainText('match your answers');

  // On to the results.
  await tabTo((el) => el.textContent === 'See what you can get', 'the link to the results', 10);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#results-title$/);
  await expect(page.locator('#results-title')).toBeFocused();
  await expect(page.locator('#results-title')).toBeInViewport();

  // The first offer that fits: in care at 16 or 17 (eligible), in education. "Money you could
  // get" comes first in the results; its items link to their offers too.
  await tabTo((el) => el.matches('[data-checker-money] h4 a, [data-checker-offer] h4 a'), 'an offer in the results', 10);
  const title = (await page.evaluate(() => document.activeElement?.textContent))!.trim();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/offers\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('the checker is accessible once answered, with its results and notes showing', async ({ page }) => {
  await page.goto('/what-can-i-get/?age=19&in-care=no&time=13-weeks-or-more');
  await expect(page.getByRole('status')).toContainText('match');
  await expectNoAxeViolations(page);
});
