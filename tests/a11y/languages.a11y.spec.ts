import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/e2e';
import { languagesSiteDir } from '../helpers/languageSites';
import { useServedSite } from '../helpers/servedSite';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * axe over the language fixture's Arabic offer pages (issue 21, part 8, `tests/helpers/languageSites.ts`):
 * the fixture has the translation states the demo has not (a checked translation, with its
 * alternates), beside needs checking, out of date and not translated. Every page of the demo's
 * own languages, as the test site builds them from content/, is checked in languagePages.a11y.
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, zero violations.
 */
test.describe.configure({ mode: 'parallel' });

const site = useServedSite(languagesSiteDir);

for (const url of builtPages(languagesSiteDir).filter((p) => p.startsWith('/ar/offers/'))) {
  test(`no WCAG 2.2 A/AA violations on ${url} (languages)`, async ({ page }) => {
    await page.goto(site.at(url));
    await expectNoAxeViolations(page);
  });
}
