import { contentSecurityPolicy } from '../../site/lib/securityPolicy';
import { metaPolicy } from '../helpers/csp';
import { languagePages } from '../helpers/e2e';
import { expectNoAxeViolations } from '../helpers/axe';
import { expect, test } from '../helpers/pageVisit';

/**
 * Every page of every language of the test site (Demo Borough in Arabic, Dari and Tigrinya,
 * built from content/ like its English: issue 21, part 8), one test per URL, each page visited
 * once on a 320 px phone:
 *   - axe, WCAG 2.0, 2.1 and 2.2 at levels A and AA, zero violations (`lang` on every part in
 *     another language: the English shown where a translation is missing or out of date, the
 *     names in the language switch);
 *   - no sideways scrolling at 320 CSS pixels, right to left included (WCAG 1.4.10);
 *   - the Content Security Policy in its meta tag and no violation while it loads.
 * The English pages get the same checks, in one visit each too, in pages.a11y (axe there on a
 * desktop screen, then the window made 320 px wide). The visits share a page per worker
 * (tests/helpers/pageVisit.ts).
 */
test.describe.configure({ mode: 'parallel' });

const pages = languagePages();

test('the test site has Demo Borough’s languages', () => {
  for (const lang of ['ar', 'prs', 'ti']) expect(pages.filter((url) => url.startsWith(`/${lang}/`)).length, lang).toBeGreaterThan(50);
});

for (const url of pages) {
  test(`${url}: axe, 320 px, CSP`, async ({ visit }) => {
    const { page, response, cspViolations } = await visit(url, { width: 320, height: 640 });
    expect(response?.status()).toBe(200);
    expect(await metaPolicy(page)).toBe(contentSecurityPolicy('meta'));
    await page.waitForLoadState('load');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${url} scrolls sideways by ${overflow}px at 320 px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    expect(await cspViolations()).toEqual([]);
  });
}
