import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/helpers/chromium';
import { E2E_PORT } from './tests/helpers/e2e';

/**
 * Browser tests run against the built site (never a dev server), in the Chromium that
 * `tests/helpers/chromium.ts` finds (CHROMIUM_PATH, Playwright's own, /usr/bin/chromium);
 * `npm test` and `npm run test:e2e` first make sure there is one (ensureChromium.ts).
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['**/*.e2e.spec.ts', '**/*.a11y.spec.ts'],
  projects: [
    { name: 'site', testIgnore: '**/admin-*.e2e.spec.ts' },
    // The admin workflow runs its own `next dev`, which compiles on first use and needs
    // most of a 2-core machine: run it after the site suites, not alongside them.
    { name: 'admin', testMatch: '**/admin-*.e2e.spec.ts', dependencies: ['site'] },
  ],
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  globalSetup: './tests/helpers/e2eGlobalSetup.ts',
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
