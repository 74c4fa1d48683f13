import { contentSecurityPolicy } from '../../site/lib/securityPolicy';
import { metaPolicy } from '../helpers/csp';
import { englishPages } from '../helpers/e2e';
import { expectNoAxeViolations } from '../helpers/axe';
import { expect, test } from '../helpers/pageVisit';

/**
 * Every English page of the built site, one test per URL, each page visited once:
 *   - axe, WCAG 2.0, 2.1 and 2.2 at levels A and AA, zero violations (a failure lists each
 *     rule and where it broke), on a desktop screen;
 *   - the Content Security Policy in its meta tag and no violation while it loads;
 *   - no sideways scrolling once the window is 320 CSS pixels wide (WCAG 1.4.10).
 * Every page of each language gets the same checks in languagePages.a11y.spec.ts; what axe
 * cannot check (keyboard, focus, text at 200 %) is in keyboard-and-reflow.a11y.spec.ts, and
 * the policy's other guarantees in csp.e2e.spec.ts. These were three visits of every page.
 * The visits share a page per worker (tests/helpers/pageVisit.ts).
 */
test.describe.configure({ mode: 'parallel' });

for (const url of englishPages()) {
  test(`${url}: axe, CSP, 320 px`, async ({ visit }) => {
    const { page, response, cspViolations } = await visit(url, { width: 1280, height: 720 });
    expect(response?.status()).toBe(200);
    expect(await metaPolicy(page)).toBe(contentSecurityPolicy('meta'));
    await page.waitForLoadState('load');
    await expectNoAxeViolations(page, url);
    expect(await cspViolations(), `${url}: CSP violations`).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${url} scrolls sideways by ${overflow}px at 320 px`).toBeLessThanOrEqual(0);
  });
}
