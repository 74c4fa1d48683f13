import { expect, test, type Page } from '@playwright/test';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * "What can I get?" on the demo content. The offers named here are national entitlements
 * and Demo Borough offers from content/offers/, with these rules:
 *   Setting-up-home allowance                16 to 25, eligible, relevant or former relevant
 *   Staying Put with your foster carers      16 to 21, eligible or former relevant
 *   Money to live on at 16 and 17            16 to 17, relevant
 *   Support for care leavers who are parents 16 to 25, care leavers who are parents
 *   If you live outside Demo Borough         16 to 25, care leavers living outside the area
 */
const SETTING_UP_HOME = 'Setting-up-home allowance';
const STAYING_PUT = 'Staying Put with your foster carers';
const MONEY_AT_16 = 'Money to live on at 16 and 17';
const PARENTS = 'Support for care leavers who are parents';
const OUTSIDE = 'If you live outside Demo Borough';

/** A 19-year-old who left care after more than 13 weeks, lives in the borough, none of the rest. */
const NINETEEN = ['#age-19', '#in-care-no', '#time-13-weeks-or-more', '#live-here', '#c-none'];

const offer = (page: Page, title: string) =>
  page.locator('[data-checker-offer]').filter({ has: page.getByRole('link', { name: title, exact: true }) });

async function answer(page: Page, ids: string[]) {
  for (const id of ids) await page.locator(id).check();
}

/** The titles of the offers a reader can see, in page order. */
async function visibleOffers(page: Page): Promise<string[]> {
  return page
    .locator('[data-checker-offer]')
    .evaluateAll((items) =>
      items.filter((item) => (item as HTMLElement).checkVisibility()).map((item) => item.querySelector('h4 a')!.textContent!.trim()),
    );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every offer is listed with who can get it before any answer', async ({ page }) => {
    await page.goto('/what-can-i-get/');
    await expect(offer(page, MONEY_AT_16)).toBeVisible();
    await expect(offer(page, PARENTS)).toBeVisible();
    await expect(offer(page, PARENTS)).toContainText('Only if you are a parent');
    await expect(offer(page, SETTING_UP_HOME)).toContainText('£3,300');
  });

  test('the answers show the offers that fit and hide the rest', async ({ page }) => {
    await page.goto('/what-can-i-get/');
    await answer(page, NINETEEN);
    await expect(offer(page, SETTING_UP_HOME)).toBeVisible();
    await expect(offer(page, STAYING_PUT)).toBeVisible();
    await expect(offer(page, MONEY_AT_16)).toBeHidden();
    await expect(offer(page, PARENTS)).toBeHidden();
    await expect(offer(page, OUTSIDE)).toBeHidden();

    // A parent who lives outside the borough gets both.
    await page.locator('#c-none').uncheck();
    await answer(page, ['#c-parent', '#live-elsewhere']);
    await expect(offer(page, PARENTS)).toBeVisible();
    await expect(offer(page, OUTSIDE)).toBeVisible();
  });

  test('"Make a link" puts the answers in the web address', async ({ page }) => {
    await page.goto('/what-can-i-get/');
    await answer(page, ['#age-19', '#in-care-no']);
    await page.getByRole('button', { name: 'Make a link' }).click();
    await expect(page).toHaveURL(/\/what-can-i-get\/\?age=19&in-care=no#results$/);
  });
});

test('with JavaScript, changing an answer updates the results and the count', async ({ page }) => {
  await page.goto('/what-can-i-get/');
  await answer(page, NINETEEN);
  await expect(offer(page, MONEY_AT_16)).toBeHidden();
  await expect(page.getByRole('status')).toContainText(/\d+ offers match your answers/);
  const countAt19 = await page.getByRole('status').textContent();

  await page.locator('#age-17').check();
  await expect(offer(page, MONEY_AT_16)).toBeVisible();
  await expect(page.getByRole('status')).not.toHaveText(countAt19!);
  await expect(page).toHaveURL(/[?&]age=17(&|$)/);
  // Areas with nothing left in them go too.
  for (const area of await page.locator('[data-checker-area]').all()) {
    if (await area.isVisible()) await expect(area.locator('[data-checker-offer]:visible').first()).toBeVisible();
  }
});

test('with JavaScript, an offer that depends on an unanswered question says to check', async ({ page }) => {
  await page.goto('/what-can-i-get/');
  await answer(page, ['#age-19', '#in-care-no', '#time-13-weeks-or-more']);
  await expect(offer(page, PARENTS)).toBeVisible();
  const note = (title: string) => offer(page, title).getByText('check with your Personal Adviser');
  await expect(note(PARENTS)).toBeVisible();
  await expect(note(SETTING_UP_HOME)).toBeHidden();
  await page.locator('#c-none').check();
  await expect(offer(page, PARENTS)).toBeHidden();
});

test('"None of these" and the circumstances untick each other', async ({ page }) => {
  await page.goto('/what-can-i-get/');
  await page.locator('#c-parent').check();
  await page.locator('#c-none').check();
  await expect(page.locator('#c-parent')).not.toBeChecked();
  await page.locator('#c-in-education').check();
  await expect(page.locator('#c-none')).not.toBeChecked();
});

test('the share link opens with the same answers and the same offers', async ({ page, context }) => {
  await page.goto('/what-can-i-get/');
  await answer(page, ['#age-22', '#in-care-no', '#time-13-weeks-or-more', '#live-elsewhere', '#c-parent', '#c-in-education']);
  const link = await page.getByLabel('Link to your answers').inputValue();
  expect(link).toMatch(/\/what-can-i-get\/\?age=22&in-care=no&time=13-weeks-or-more&live=elsewhere&c=in-education&c=parent$/);
  const shown = await visibleOffers(page);

  const other = await context.newPage();
  await other.goto(link);
  for (const id of ['#age-22', '#in-care-no', '#time-13-weeks-or-more', '#live-elsewhere', '#c-parent', '#c-in-education']) {
    await expect(other.locator(id)).toBeChecked();
  }
  await expect(other.locator('#c-none')).not.toBeChecked();
  await expect(other.getByRole('status')).toContainText('match your answers');
  expect(await visibleOffers(other)).toEqual(shown);
  await expect(other.getByText('Your answers', { exact: true })).toBeVisible();
});

test('Copy link copies the link to the answers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/what-can-i-get/?age=18&c=none');
  // The script first announces the results; copy after that, as a reader would.
  await expect(page.getByRole('status')).toContainText('match your answers');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/what-can-i-get\/\?age=18&c=none$/);
});

// One test per set of answers: each loads the checker twice, with and without script.
for (const ids of [
  NINETEEN,
  ['#age-16', '#in-care-yes', '#time-13-weeks-or-more'],
  ['#age-17', '#in-care-no', '#time-less-than-13-weeks', '#c-came-alone'],
  ['#age-26-30', '#time-13-weeks-or-more', '#live-elsewhere'],
  ['#time-not-sure', '#c-disabled', '#c-in-custody'],
  ['#age-under-16'],
]) {
  test(`the CSS (no JavaScript) and the script agree on who gets what: ${ids.join(' ')}`, async ({ browser }) => {
    const withScript = await browser.newContext();
    const withoutScript = await browser.newContext({ javaScriptEnabled: false });
    const [scripted, plain] = [await withScript.newPage(), await withoutScript.newPage()];
    for (const page of [scripted, plain]) {
      await page.goto('/what-can-i-get/');
      await answer(page, ids);
    }
    await expect(scripted.getByRole('status')).toContainText(/match/);
    expect(await visibleOffers(plain), ids.join(' ')).toEqual(await visibleOffers(scripted));
    await withScript.close();
    await withoutScript.close();
  });
}

test('the printed checklist has tick boxes, titles, amounts and who to ask, without the questions', async ({ page }) => {
  await page.goto('/what-can-i-get/?age=19&in-care=no&time=13-weeks-or-more&live=here&c=none');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form[data-checker-form]')).toBeHidden();
  await expect(page.getByText('Tick each one when you have asked about it', { exact: false })).toBeVisible();
  const item = offer(page, SETTING_UP_HOME);
  await expect(item).toContainText('£3,300');
  await expect(item).toContainText('Who to ask:');
  const box = await item.locator('h4').evaluate((heading) => getComputedStyle(heading, '::before').borderTopStyle);
  expect(box).toBe('solid');
  await expect(offer(page, MONEY_AT_16)).toBeHidden();
});

/**
 * The ticks are answered on every council's site (issue 20, part 2), on a 320 px phone, with
 * and without JavaScript: "I came to the UK alone" and "parent" show the national guide
 * chapter for the situation, and where the council has no offer just for it, a plain line
 * that says so and sends the reader to their PA. Whether a council has one is from its
 * published offers (content/councils/<council>/offers/): Demo Borough has both; Riverford
 * has one for young people who came alone and none for parents; Northdale has neither.
 */
test.describe('the situations ticked are answered on every council’s site', () => {
  const platform = usePlatformServer();
  test.use({ viewport: { width: 320, height: 640 } });
  const COUNCILS = [
    { slug: 'demo-borough', name: 'Demo Borough Council', own: { 'came-alone': true, parent: true } },
    { slug: 'northdale', name: 'Northdale County Council', own: { 'came-alone': false, parent: false } },
    { slug: 'riverford', name: 'Riverford City Council', own: { 'came-alone': true, parent: false } },
  ] as const;
  const SITUATIONS = [
    { tick: 'came-alone', heading: 'If you came to the UK alone', chapter: 'If you came to the UK alone', who: 'young people who came to the UK alone', chapterPath: '/guides/rights-and-entitlements/coming-to-the-uk-alone/' },
    { tick: 'parent', heading: 'If you are pregnant or a parent', chapter: 'If you are pregnant or a parent', who: 'young parents', chapterPath: '/guides/rights-and-entitlements/pregnant-or-a-parent/' },
  ] as const;
  const section = (page: Page, heading: string) => page.locator('[data-checker-situation]').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });
      for (const council of COUNCILS) {
        test(`${council.name}: came alone and parent show the national chapter, and say when there is nothing just for them`, async ({ page }) => {
          await page.goto(platform.page(council.slug, '/what-can-i-get/'));
          for (const situation of SITUATIONS) {
            // Nothing is said before the box is ticked.
            await expect(section(page, situation.heading)).toBeHidden();
            await page.locator(`#c-${situation.tick}`).check();
            const answer = section(page, situation.heading);
            await expect(answer).toBeVisible();
            const link = answer.getByRole('link', { name: situation.chapter, exact: true });
            await expect(link).toBeVisible();
            expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(new RegExp(`${situation.chapterPath}$`));
            const none = `${council.name} has no offer just for ${situation.who}. Your Personal Adviser (PA) can tell you what help there is.`;
            if (council.own[situation.tick]) await expect(answer.getByText(none)).toHaveCount(0);
            else await expect(answer.getByText(none)).toBeVisible();
            await page.locator(`#c-${situation.tick}`).uncheck();
            await expect(answer).toBeHidden();
          }
        });
      }
    });
  }

  test('the answers to the ticks pass axe (WCAG 2.2 A/AA)', async ({ page }) => {
    await page.goto(platform.page('northdale', '/what-can-i-get/'));
    await answer(page, ['#c-came-alone', '#c-parent']);
    await expect(section(page, 'If you are pregnant or a parent')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the chapter link opens the chapter on the council’s own site', async ({ page }) => {
    await page.goto(platform.page('northdale', '/what-can-i-get/?c=came-alone'));
    await section(page, 'If you came to the UK alone').getByRole('link', { name: 'If you came to the UK alone', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('If you came to the UK alone');
    await expect(page.getByRole('main')).toContainText('legal aid');
  });
});
