import type { Server } from 'node:http';
import { test, type TestInfo } from '@playwright/test';
import { serveStatic } from '@platform/server/staticServer';
import { freePort } from '@tests/helpers/ports';

/**
 * A built site served by the platform's static server for the browser tests of one file: each
 * worker serves it on a free port of its own (or the one `port` gives), before the file's tests,
 * and stops it after. `at(url)` is the address of a page on it.
 */
export function useServedSite(dir: string, port: (testInfo: TestInfo) => Promise<number> = () => freePort()) {
  const state: { server?: Server; origin: string } = { origin: '' };
  test.beforeAll(async ({}, testInfo) => {
    const chosen = await port(testInfo);
    state.server = await serveStatic(dir, chosen);
    state.origin = `http://127.0.0.1:${chosen}`;
  });
  test.afterAll(async () => {
    const server = state.server;
    if (!server) return;
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    /** `http://127.0.0.1:<port>`, once the file's tests have started. */
    get origin() {
      return state.origin;
    },
    at: (url: string) => `${state.origin}${url}`,
  };
}
