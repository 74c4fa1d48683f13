import { expect, test } from '@playwright/test';
import { englishPages } from '../helpers/e2e';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * axe over every English page of the built site, one test per URL: WCAG 2.0, 2.1 and 2.2 at
 * levels A and AA. Zero violations allowed; a failure lists each rule and where it broke.
 * Every page of each language is checked by axe too, in `languagePages.a11y.spec.ts`.
 */
for (const url of englishPages()) {
  test(`no WCAG 2.2 A/AA violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
}
