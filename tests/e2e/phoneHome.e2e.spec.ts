import { expect, test, type Page } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';
import { usePlatformServer } from '@tests/helpers/platformServer';

/**
 * The phone home page (issue 20, part 6): on a phone the answers come first. On every demo
 * council's home page, at 390×844 and 320×640: the urgent strip, with a number to tap, is on
 * the first screen (the full "Need help now?" box one tap away); "Money you can get" starts
 * within two screens, with the areas; "How councils compare" is in the header.
 */
const councils = readContent('content').councils;
const platform = usePlatformServer();

/** Where an element's top is, in screens of this viewport. */
async function screensDown(page: Page, locator: ReturnType<Page['locator']>): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the page');
  const { height } = page.viewportSize()!;
  return (box.y + (await page.evaluate(() => window.scrollY))) / height;
}

for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const council of councils) {
      test(`${council.authority.name}: urgent numbers on the first screen, money within two, compare in the header`, async ({ page }) => {
        await page.goto(platform.page(council.slug, '/'));
        const strip = page.getByRole('region', { name: 'Need help now?' }).first();
        const phone = strip.locator('a[href^="tel:"]').first();
        await expect(phone).toBeVisible();
        const phoneAt = await screensDown(page, phone);
        expect(phoneAt, 'the urgent strip’s first number').toBeLessThan(1);
        // The full box is one tap away.
        await expect(strip.getByRole('link', { name: 'All urgent help' })).toHaveAttribute('href', /\/help-now\/$/);

        const money = page.getByRole('main').getByRole('link', { name: 'Money you can get', exact: true });
        const moneyAt = await screensDown(page, money);
        const areasAt = await screensDown(page, page.getByRole('heading', { name: 'What you can get help with' }));
        console.log(`${council.slug} at ${viewport.width}px: first number ${phoneAt.toFixed(2)} screens down, areas ${areasAt.toFixed(2)}, “Money you can get” ${moneyAt.toFixed(2)}`);
        expect(moneyAt, '“Money you can get”').toBeLessThan(2);
        expect(areasAt, 'the areas').toBeLessThan(2);

        const compare = page.getByRole('banner').getByRole('link', { name: 'How councils compare' });
        await expect(compare).toBeVisible();
        await compare.click();
        await expect(page.getByRole('heading', { level: 1, name: 'How councils compare' })).toBeVisible();
      });
    }
  });
}

test('on a desktop the home page still reads in order: urgent strip, checker, areas, search', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(platform.page(councils[0]!.slug, '/'));
  const tops = await Promise.all(
    ['#urgent-strip-title', '#what-can-i-get', '#areas', '#home-search'].map(async (selector) => (await page.locator(selector).boundingBox())!.y),
  );
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  // The full "Need help now?" box is still on the page, where the header's link goes.
  await expect(page.locator('#need-help')).toBeVisible();
});
