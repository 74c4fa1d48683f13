import { test as base, type Page, type Response, type ViewportSize } from '@playwright/test';
import { CSP_CONSOLE_MESSAGE, recordCspViolations } from './csp';

/**
 * The every-page suites (tests/a11y/pages.a11y.spec.ts, languagePages.a11y.spec.ts) visit
 * some 700 pages, a test each. A browser context and page of their own for each test cost
 * more than some of the checks: a new renderer process, and the site's service worker
 * installed again, fetching its 50 files, on every page. Here each worker opens one page
 * and every test of those suites visits its URL in it, as a reader going from page to page
 * does (the service worker installed on the first, serving as it does a returning reader).
 * Each visit is a full navigation: a new document, its Content Security Policy violations
 * and console messages recorded from before it loads, the window set to the test's size.
 * A test that fails ends its worker (Playwright's rule), so the next test starts on a new page.
 */

/** One visit: the page, the answer to its navigation, and the CSP violations seen since it began. */
export type Visit = { page: Page; response: Response | null; cspViolations: () => Promise<string[]> };

type WorkerFixtures = { visitorPage: Page };
type TestFixtures = { visit: (url: string, viewport: ViewportSize) => Promise<Visit> };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  visitorPage: [
    async ({ browser }, use, workerInfo) => {
      // Playwright's own defaults for a test's context (the config sets only the base URL).
      const context = await browser.newContext({
        baseURL: workerInfo.project.use.baseURL,
        locale: 'en-US',
        colorScheme: 'light',
        reducedMotion: 'no-preference',
        serviceWorkers: 'allow',
      });
      const page = await context.newPage();
      await recordCspViolations(page);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  visit: async ({ visitorPage: page }, use) => {
    const messages: string[] = [];
    const onConsole = (message: { text(): string }) => {
      if (CSP_CONSOLE_MESSAGE.test(message.text())) messages.push(message.text());
    };
    page.on('console', onConsole);
    await use(async (url, viewport) => {
      await page.setViewportSize(viewport);
      messages.length = 0;
      const response = await page.goto(url);
      return { page, response, cspViolations: async () => [...messages, ...(await page.evaluate(() => window.__cspViolations ?? []))] };
    });
    page.off('console', onConsole);
  },
});

export { expect } from '@playwright/test';
