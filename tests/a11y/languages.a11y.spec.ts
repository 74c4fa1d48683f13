import AxeBuilder from '@axe-core/playwright';
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../platform/server/staticServer';
import { builtPages } from '../helpers/e2e';
import { languagesSiteDir } from '../helpers/languageSites';
import { freePort } from '../helpers/ports';

/**
 * axe over the language fixture's Arabic offer pages (issue 21, part 8, `tests/helpers/languageSites.ts`):
 * the fixture has the translation states the demo has not (a checked translation, with its
 * alternates), beside needs checking, out of date and not translated. Every page of the demo's
 * own languages, as the test site builds them from content/, is checked in languagePages.a11y.
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, zero violations.
 */
test.describe.configure({ mode: 'parallel' });

let server: Server | undefined;
let origin = '';

test.beforeAll(async () => {
  const port = await freePort();
  server = await serveStatic(languagesSiteDir, port);
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(async () => {
  if (!server) return;
  server.closeAllConnections?.();
  await new Promise((resolve) => server!.close(resolve));
});

for (const url of builtPages(languagesSiteDir).filter((p) => p.startsWith('/ar/offers/'))) {
  test(`no WCAG 2.2 A/AA violations on ${url} (languages)`, async ({ page }) => {
    await page.goto(`${origin}${url}`);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  });
}
