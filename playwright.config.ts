import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './bench/chromium';
import { e2ePort } from './tests/helpers/e2e';
import { PER_TEST_MS } from './tests/helpers/testBudget';

/**
 * Browser tests run against the built site (never a dev server), in the Chromium that
 * `bench/chromium.ts` finds (CHROMIUM_PATH, Playwright's own, /usr/bin/chromium);
 * `npm test` and `npm run test:e2e` first make sure there is one (ensureChromium.ts).
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['**/*.e2e.spec.ts', '**/*.a11y.spec.ts'],
  projects: [
    { name: 'site', testIgnore: '**/admin-*.e2e.spec.ts' },
    // The admin's files each run the production admin of their own (tests/helpers/adminStack.ts),
    // beside the site suites; one at a time, so they take one of the two workers, not both.
    { name: 'admin', testMatch: '**/admin-*.e2e.spec.ts', workers: 1 },
  ],
  forbidOnly: Boolean(process.env.CI),
  // Budgets follow the work (tests/helpers/testBudget.ts): a test does one page's worth
  // (a test per page, generated from the built site), or its own timeout grows with its
  // items. One page's worth is sized for a 2-core machine with a build running beside it.
  timeout: PER_TEST_MS,
  // A web-first assertion waits this long for the page to get there (search results, the
  // checker's answers) on a busy machine; a passing one returns as soon as it holds.
  expect: { timeout: 10_000 },
  // No retries: a test that needs one is wrong, or its budget is.
  retries: 0,
  workers: 2,
  reporter: [['list']],
  globalSetup: './tests/helpers/e2eGlobalSetup.ts',
  use: {
    // A free port unless E2E_PORT names one (tests/helpers/ports.ts): never one another run holds.
    baseURL: `http://localhost:${e2ePort()}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
