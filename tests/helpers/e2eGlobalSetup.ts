import type { FullConfig } from '@playwright/test';
import { serveStatic } from '../../platform/server/staticServer';
import { builtPages, e2ePort, e2eSiteDir } from './e2e';

/** Serves the test site (built beforehand by buildTestSite.ts) for the whole run. */
export default async function globalSetup(_config: FullConfig) {
  builtPages(); // fails with a clear message if the site was not built
  const server = await serveStatic(e2eSiteDir, e2ePort());
  return async () => {
    await new Promise((resolve) => server.close(resolve));
  };
}
