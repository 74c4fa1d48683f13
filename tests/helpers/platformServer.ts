import type { Server } from 'node:http';
import { test } from '@playwright/test';
import { readContent } from '@cms/seed/readContent';
import { basePath } from '@content/model/siteUrl';
import { e2eSitesDir } from '@tests/helpers/e2e';
import { servePlatform } from '@platform/server/staticServer';

/**
 * Every test council's site from one platform server (as `npm start` serves them), for the
 * browser tests of one file: started before them, stopped after.
 * - `page(slug, path)`: the address a browser uses: `<slug>.localhost`, or the council's path
 *   for one under a shared address (Riverford at `/riverford/`);
 * - `request(slug, path)`: the same for Node's HTTP client, which does not resolve
 *   `*.localhost`: 127.0.0.1, with the council's host name as `Host`.
 */
export function usePlatformServer() {
  const councils = readContent('content').councils;
  const state = { server: undefined as Server | undefined, port: 0 };
  test.beforeAll(async () => {
    state.server = await servePlatform(e2eSitesDir, 0, '127.0.0.1');
    state.port = (state.server.address() as { port: number }).port;
  });
  test.afterAll(() => new Promise<void>((resolve) => (state.server ? state.server.close(() => resolve()) : resolve())));
  const baseOf = (slug: string) => basePath(councils.find((c) => c.slug === slug)!.authority.siteUrl ?? undefined);
  return {
    get port() {
      return state.port;
    },
    page(slug: string, pathname = '/') {
      const base = baseOf(slug);
      return base === '/' ? `http://${slug}.localhost:${state.port}${pathname}` : `http://localhost:${state.port}${base}${pathname.slice(1)}`;
    },
    request(slug: string, pathname = '/'): [string, { headers: Record<string, string> }] {
      const base = baseOf(slug);
      return [`http://127.0.0.1:${state.port}${base}${pathname.slice(1)}`, { headers: { Host: `${slug}.localhost:${state.port}` } }];
    },
  };
}
