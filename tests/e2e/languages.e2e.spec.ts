import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../helpers/e2e';
import { ENGLISH_CHANGED_ON, languagesSiteDir, LANGUAGES_PUBLIC_URL } from '../helpers/languageSites';
import { usePlatformServer } from '../helpers/platformServer';
import { useServedSite } from '../helpers/servedSite';
import { budgetFor, PER_ITEM_MS } from '../helpers/testBudget';

/**
 * Demo Borough in English, Arabic, Dari and Tigrinya (issue 21, part 4), built from the language
 * fixture (`tests/helpers/languageSites.ts`): the page's language and direction, the language
 * switch, `hreflang` and the sitemap for checked translations only, the English shown (and
 * said to be) where a translation is missing or out of date, numbers that keep their order in
 * right-to-left text, Tigrinya's font, and pages that reflow at 320 px right to left.
 */

const site = useServedSite(languagesSiteDir);
const go = (page: Page, url: string) => page.goto(site.at(url));
const pages = () => builtPages(languagesSiteDir);

/** The day in Arabic as the page writes it (the record's calendar and digits: Gregorian, Latin). */
const arabicDay = new Intl.DateTimeFormat('ar-u-ca-gregory-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(ENGLISH_CHANGED_ON));

test.describe('the page says its language and direction', () => {
  for (const [url, lang, dir] of [
    ['/offers/setting-up-home-allowance/', 'en-GB', 'ltr'],
    ['/ar/offers/setting-up-home-allowance/', 'ar', 'rtl'],
    ['/prs/offers/setting-up-home-allowance/', 'fa-AF', 'rtl'],
    ['/ti/offers/setting-up-home-allowance/', 'ti', 'ltr'],
  ] as const) {
    test(`${url}: <html lang="${lang}" dir="${dir}">`, async ({ page }) => {
      await go(page, url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
    });
  }
});

test('the language switch names each language in itself and goes to the same page, by keyboard too', async ({ page }) => {
  await go(page, '/offers/leisure-pass/');
  const languages = page.getByRole('navigation', { name: 'Languages' });
  const links = languages.getByRole('link');
  await expect(links).toHaveText(['English', 'العربية', 'دری', 'ትግርኛ']);
  // Each name is marked with its own language, so a screen reader says it in that language.
  expect(await links.evaluateAll((as) => as.map((a) => `${a.getAttribute('lang')} ${a.getAttribute('dir')}`))).toEqual(['en-GB ltr', 'ar rtl', 'fa-AF rtl', 'ti ltr']);
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');

  // Keyboard only: focus the Arabic link and press Enter.
  await languages.getByRole('link', { name: 'العربية' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${site.origin}/ar/offers/leisure-pass/`);
  const arabic = page.getByRole('navigation', { name: 'اللغات' });
  await expect(arabic.getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'page');
  await expect(arabic.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current', /.+/);

  // Open data is English only: from it, a language's link goes to that language's home page.
  await go(page, '/open-data/');
  await expect(page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'دری' })).toHaveAttribute('href', '/prs/');
  expect((await page.request.get(`${site.origin}/ar/open-data/`)).status()).toBe(404);
});

test.describe('the test councils as `npm start` serves them', () => {
  const platform = usePlatformServer();

  // Northdale (at the root of its own address) and Riverford (under a shared address) are English only.
  for (const council of ['northdale', 'riverford']) {
    test(`${council}: a site with no other language has no switch, and the main navigation marks the page`, async ({ page }) => {
      await page.goto(platform.page(council, '/search/'));
      await expect(page.getByRole('navigation', { name: 'Languages' })).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' })).toHaveAttribute('aria-current', 'page');
    });
  }
});

test('on a language’s page the main navigation marks the page it is on', async ({ page }) => {
  await go(page, '/ar/search/');
  const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/ar/search/');
});

test.describe('hreflang and the sitemap: checked translations only', () => {
  const alternates = (page: Page) =>
    page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));

  test('a checked translation and its English name each other, with x-default to English', async ({ page }) => {
    const expected = [
      `en-GB ${LANGUAGES_PUBLIC_URL}/offers/higher-education-bursary/`,
      `ar ${LANGUAGES_PUBLIC_URL}/ar/offers/higher-education-bursary/`,
      `x-default ${LANGUAGES_PUBLIC_URL}/offers/higher-education-bursary/`,
    ];
    await go(page, '/ar/offers/higher-education-bursary/');
    expect(await alternates(page)).toEqual(expected);
    await go(page, '/offers/higher-education-bursary/');
    expect(await alternates(page)).toEqual(expected);
  });

  test('a checked translation is its own canonical page; an unchecked one points at the English', async ({ page }) => {
    const canonical = () => page.locator('link[rel="canonical"]').getAttribute('href');
    await go(page, '/ar/offers/higher-education-bursary/');
    expect(await canonical()).toBe(`${LANGUAGES_PUBLIC_URL}/ar/offers/higher-education-bursary/`);
    await go(page, '/ar/offers/setting-up-home-allowance/');
    expect(await canonical()).toBe(`${LANGUAGES_PUBLIC_URL}/offers/setting-up-home-allowance/`);
  });

  for (const url of ['/ar/offers/setting-up-home-allowance/', '/offers/setting-up-home-allowance/', '/ar/offers/council-tax-exemption/', '/ar/', '/ti/offers/setting-up-home-allowance/']) {
    test(`no alternates where no translation is checked: ${url}`, async ({ page }) => {
      await go(page, url);
      expect(await alternates(page)).toEqual([]);
    });
  }

  test('the sitemap lists a language’s page only when its translation is checked', async ({ request }) => {
    const xml = await (await request.get(`${site.origin}/sitemap.xml`)).text();
    const inLanguages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).filter((loc) => /\/(ar|prs|ti)\//.test(loc));
    expect(inLanguages).toEqual([`${LANGUAGES_PUBLIC_URL}/ar/offers/higher-education-bursary/`]);
    expect(xml).toContain(`<loc>${LANGUAGES_PUBLIC_URL}/offers/setting-up-home-allowance/</loc>`);
  });
});

test.describe('what a reader is told about a translation', () => {
  test('an out-of-date offer shows the English, marked as English, with the notice in Arabic naming the date', async ({ page }) => {
    await go(page, '/ar/offers/council-tax-exemption/');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('No council tax until you are 25');
    await expect(title).toHaveAttribute('lang', 'en-GB');
    await expect(title).toHaveAttribute('dir', 'ltr');
    const notice = page.locator('[data-translation-notice="out-of-date"]');
    await expect(notice).toHaveText(`تغيّرت الصفحة الإنجليزية في ${arabicDay}، لذلك تظهر باللغة الإنجليزية إلى أن تُحدَّث الترجمة.`);
    // The notice is in the page's language (no lang of its own under <html lang="ar">).
    expect(await notice.evaluate((n) => n.closest('[lang]')?.tagName)).toBe('HTML');
    // The offer's words under the Arabic headings are marked English; the headings are Arabic.
    await expect(page.locator('main .steps')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('main h2#how')).not.toHaveAttribute('lang', /.+/);
    // Left out of the Arabic search index.
    await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
  });

  test('an offer never translated says so, in Arabic', async ({ page }) => {
    await go(page, '/ar/offers/leisure-pass/');
    await expect(page.locator('[data-translation-notice="english"]')).toHaveText('لم تُترجم هذه الصفحة بعد، لذلك تظهر باللغة الإنجليزية.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en-GB');
  });

  test('a guide chapter not translated keeps Arabic chrome around its English words', async ({ page }) => {
    await go(page, '/ar/guides/your-rights/money/');
    await expect(page.locator('[data-translation-notice="english"]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('main .rich-text').first().locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('navigation', { name: 'مسار الصفحة' })).toBeVisible();
  });

  test('a translation that needs checking is shown, saying nobody qualified has checked it', async ({ page }) => {
    await go(page, '/ar/offers/setting-up-home-allowance/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('منحة تأسيس المنزل');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /.+/);
    await expect(page.locator('[data-translation-notice="unchecked"]')).toContainText('لم يراجع هذه الترجمةَ مترجمٌ مؤهَّل بعد');
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-body', '');
  });

  test('a checked translation carries no notice; an English page never does', async ({ page }) => {
    await go(page, '/ar/offers/higher-education-bursary/');
    await expect(page.locator('[data-translation-notice]')).toHaveCount(0);
    await go(page, '/offers/council-tax-exemption/');
    await expect(page.locator('[data-translation-notice]')).toHaveCount(0);
  });

  test('each language’s search index holds its translated pages only', () => {
    const entry = JSON.parse(readFileSync(path.join(languagesSiteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = (folder: string) =>
      pages().filter((p) => p.startsWith(`/${folder}/`) && readFileSync(path.join(languagesSiteDir, p, 'index.html'), 'utf8').includes('data-pagefind-body'));
    expect(entry.languages.ar?.page_count).toBe(indexed('ar').length);
    // Arabic: the translated offers, area and urgent help, and the A to Z (its English terms left out of the index); no page shown in English.
    expect(indexed('ar')).toEqual(['/ar/areas/accommodation/', '/ar/glossary/', '/ar/help-now/', '/ar/offers/higher-education-bursary/', '/ar/offers/setting-up-home-allowance/']);
    const glossary = readFileSync(path.join(languagesSiteDir, 'ar', 'glossary', 'index.html'), 'utf8');
    expect(glossary).toMatch(/<div id="personal-adviser" lang="en-GB" dir="ltr"[^>]* data-pagefind-ignore="all"/);
    expect(readFileSync(path.join(languagesSiteDir, 'ar', 'offers', 'leisure-pass', 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });
});

/** Where each character of `text` inside `selector` is drawn, left to right as read: the x of each character's box. */
async function characterPositions(page: Page, selector: string, text: string): Promise<number[]> {
  return page.locator(selector).first().evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const lefts: number[] = [];
      for (let i = at; i < at + wanted.length; i++) {
        if (/\s/.test(node.textContent![i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        lefts.push(range.getBoundingClientRect().left);
      }
      return lefts;
    }
    throw new Error(`"${wanted}" is not in ${element.outerHTML.slice(0, 200)}`);
  }, text);
}
const leftToRight = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

test.describe('numbers keep their order in right-to-left text', () => {
  for (const lang of ['ar', 'prs']) {
    test(`a phone number in ${lang} words is drawn in its own order, on one line`, async ({ page }) => {
      await go(page, `/${lang}/offers/setting-up-home-allowance/`);
      // "اتصل على 020 7946 0100": without isolation the groups come out 0100 7946 020.
      const xs = await characterPositions(page, 'main .lead a[href="tel:02079460100"]', '020 7946 0100');
      expect(xs, `character positions ${xs.join(', ')}`).toHaveLength(11);
      expect(leftToRight(xs), `character positions ${xs.join(', ')}`).toBe(true);
      const lines = await page.locator('main .lead a[href="tel:02079460100"]').evaluate((a) => a.getClientRects().length);
      expect(lines).toBe(1);
    });

    test(`an amount in ${lang} reads £3,000, symbol first`, async ({ page }) => {
      await go(page, `/${lang}/offers/setting-up-home-allowance/`);
      const xs = await characterPositions(page, 'main .offer-amount', '£3,000');
      expect(leftToRight(xs), `character positions ${xs.join(', ')}`).toBe(true);
      // And the words around it are Arabic (or Dari), drawn right to left after it.
      await expect(page.locator('main .offer-amount')).not.toHaveText(/paid once/);
    });
  }

  test('the council’s phone number and postcode in the Arabic footer read in order', async ({ page }) => {
    await go(page, '/ar/');
    const phone = await characterPositions(page, 'footer a[href="tel:02079460000"]', '020 7946 0000');
    expect(leftToRight(phone), `phone ${phone.join(', ')}`).toBe(true);
    const postcode = await characterPositions(page, 'footer bdi', 'DM1 1AA');
    expect(leftToRight(postcode), `postcode ${postcode.join(', ')}`).toBe(true);
  });
});

test.describe('Tigrinya’s font', () => {
  test('Tigrinya pages load the shipped Ethiopic font; other languages load only the letters of “ትግርኛ” for the switch', async ({ page }) => {
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (/\.woff2$/.test(response.url())) fonts.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await go(page, '/ti/offers/setting-up-home-allowance/');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Ethiopic"', 'ገንዘብ'))).toBe(true);
    expect(fonts.some((f) => f.startsWith('200 /fonts/noto-sans-ethiopic-ethiopic-'))).toBe(true);
    // First in the stack on Tigrinya pages.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Noto Sans Ethiopic"?,/);
    for (const url of ['/ar/offers/setting-up-home-allowance/', '/offers/setting-up-home-allowance/']) {
      fonts.length = 0;
      await go(page, url);
      await page.evaluate(() => document.fonts.ready);
      // The switch names Tigrinya in its own letters, from a font of those letters only (no boxes on a phone without one).
      const tigrinya = page.getByRole('navigation', { name: /.+/ }).getByRole('link', { name: 'ትግርኛ' });
      expect(await tigrinya.evaluate((link) => getComputedStyle(link).fontFamily)).toMatch(/^"?Noto Sans Ethiopic Names"?,/);
      expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Ethiopic Names"', 'ትግርኛ'))).toBe(true);
      // Fetched (200) on the first page, then from the cache (304).
      expect(fonts, url).toEqual([expect.stringMatching(/^(200|304) \/fonts\/ethiopic-names-400\.woff2$/)]);
    }
  });
});

// Every right-to-left page at 320 px: the demo's own Arabic and Dari, in languagePages.a11y.spec.ts.

test('page weight per language: median and max within the budget, fonts apart (printed)', async () => {
  test.setTimeout(budgetFor(pages().length, PER_ITEM_MS.check));
  const out = execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'bench/pageWeight.ts', languagesSiteDir, '--weight-only'], { encoding: 'utf8' });
  console.log(out.trim());
  for (const lang of ['en-GB', 'ar', 'fa-AF', 'ti']) expect(out).toMatch(new RegExp(`\\n\\s+${lang}\\s+\\d+ pages: median [\\d.]+ KB, max [\\d.]+ KB`));
  expect(out).toContain('no page is over');
  // Tigrinya's pages carry the Ethiopic font, counted apart; the others only the letters of "ትግርኛ" for the switch (about 1 KB a weight).
  expect(out).toMatch(/ti\s+\d+ pages: .*fonts (?!0\.0 KB)[\d.]+ KB/);
  const arabicFonts = Number(/ar\s+\d+ pages: .*fonts ([\d.]+) KB/.exec(out)?.[1]);
  expect(arabicFonts).toBeLessThan(5);
});

test.describe('search in the page’s language (issue 21, part 5)', () => {
  const results = (page: Page) => page.locator('[data-search-results] > li');
  const firstResultLink = (page: Page) => results(page).first().getByRole('heading').getByRole('link');
  async function searchFor(page: Page, url: string, query: string) {
    await go(page, `${url}?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).not.toBeEmpty();
  }

  test('Arabic typed without hamza and with ه for ة finds the Arabic page', async ({ page }) => {
    // The page says "منحة تأسيس المنزل"; an Arabic keyboard user types "منحه تاسيس".
    await searchFor(page, '/ar/search/', 'منحه تاسيس');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/ar/offers/setting-up-home-allowance/');
  });

  test('a crisis phrase in Arabic puts urgent help first, whichever letters were typed', async ({ page }) => {
    for (const query of ['لا مكان أنام فيه', 'لا مكان انام فيه']) {
      await searchFor(page, '/ar/search/', query);
      await expect(firstResultLink(page), query).toHaveAttribute('href', '/ar/help-now/');
    }
  });

  test('an Arabic search page links to the English search for the same words', async ({ page }) => {
    await searchFor(page, '/ar/search/', 'منحة');
    const english = page.getByRole('link', { name: 'ابحث في الصفحات الإنجليزية' });
    await expect(english).toHaveAttribute('href', `/search/?q=${encodeURIComponent('منحة')}`);
    await expect(english).toHaveAttribute('hreflang', 'en-GB');
  });

  test('Dari typed on an Arabic keyboard (ي and ك) finds the Dari page', async ({ page }) => {
    // The page writes کمک with Persian ک; Pagefind alone finds nothing for Arabic-keyboard كمك.
    await searchFor(page, '/prs/search/', 'كمك هزينه');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/prs/offers/setting-up-home-allowance/');
  });

});
