import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';
import { contentSecurityPolicy, REFERRER_POLICY, securityHeaders } from '../../site/lib/securityPolicy';
import { builtPages, E2E_FIXTURES, e2eSiteDir } from '../helpers/e2e';
import { metaPolicy, watchCsp } from '../helpers/csp';

/**
 * The Content Security Policy (site/lib/securityPolicy.ts) in the browser:
 *   - every built page carries it in a meta tag, has no inline script or style for it to
 *     block, and loads in Chromium with zero violations (search, the checker, the service
 *     worker and the offline page working under it too);
 *   - a script injected into a page does not run, with the policy from the meta tag alone
 *     (any static host) and from the server's header alone;
 *   - the site's server sends the headers, and the site can't be framed.
 */

declare global {
  interface Window {
    __injected?: string[];
  }
}

test.describe('every page under the policy', () => {
  test('the built pages carry the policy in a meta tag and have nothing inline for it to block', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFileSync(path.join(e2eSiteDir, page, 'index.html'), 'utf8');
      // Nothing before <html>: stray text there ends <head> early, and a meta CSP outside <head> is ignored.
      expect(html.slice(0, 60), page).toMatch(/^<!DOCTYPE html>\s*<html[\s>]/i);
      const head = html.slice(0, html.indexOf('</head>'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head);
      expect(meta?.[1]?.replace(/&#39;/g, "'"), page).toBe(contentSecurityPolicy('meta'));
      // First in <head> after the charset, before anything it governs.
      expect(head.indexOf('http-equiv="Content-Security-Policy"'), page).toBeLessThan(head.search(/<(link|script|style)\b/));
      expect(head, page).toContain(`<meta name="referrer" content="${REFERRER_POLICY}"`);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.filter((attrs) => !/\bsrc="\/[^/]/.test(attrs) && !/type="application\/ld\+json"/.test(attrs)), page).toEqual([]);
      expect(html.match(/<style\b/g), page).toBeNull();
      expect(html.match(/\sstyle="/g), page).toBeNull();
      expect(html.match(/\son[a-z]+="/g), page).toBeNull();
      expect(html.match(/(?:href|src|action)="(?:javascript|data):/gi), page).toBeNull();
    }
  });

  test('no CSP violations on the 404 page', async ({ page }) => {
    const violations = await watchCsp(page);
    expect((await page.goto('/no-such-page/'))?.status()).toBe(404);
    expect(await metaPolicy(page)).toBe(contentSecurityPolicy('meta'));
    await page.waitForLoadState('load');
    expect(await violations()).toEqual([]);
  });

  // Each page loads with no violation: checked in the visit that runs axe on it
  // (tests/a11y/pages.a11y.spec.ts, tests/a11y/languagePages.a11y.spec.ts).
});

test.describe('what uses script still works under the policy', () => {
  test('search finds a page by a word in its body', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/search/');
    await page.locator('#search-q').fill(E2E_FIXTURES.searchable.bodyWord);
    await expect(page.getByRole('link', { name: E2E_FIXTURES.searchable.title })).toBeVisible();
    await expect(page.locator('[data-search-results] mark').first()).toHaveText(new RegExp(E2E_FIXTURES.searchable.bodyWord, 'i'));
    expect(await violations()).toEqual([]);
  });

  test('the checker filters with its script, and its CSS for readers without script is a file', async ({ page, request }) => {
    const violations = await watchCsp(page);
    await page.goto('/what-can-i-get/');
    const offers = page.locator('[data-checker-offer]');
    const all = await offers.count();
    for (const id of ['#age-19', '#in-care-no', '#time-13-weeks-or-more', '#live-here', '#c-none']) await page.locator(id).check();
    await expect
      .poll(() => offers.evaluateAll((items) => items.filter((item) => (item as HTMLElement).checkVisibility()).length))
      .toBeLessThan(all);
    const css = await request.get('/what-can-i-get/filters.css');
    expect(css.status()).toBe(200);
    expect(css.headers()['content-type']).toContain('text/css');
    expect(await css.text()).toContain(':has(');
    expect(await violations()).toEqual([]);
  });

  test('the service worker registers and the offline page loads', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/');
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
    expect(new URL(scope).pathname).toBe('/');
    await page.goto('/offline/');
    await expect(page.locator('h1')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

/** The bits an attacker might get into a page: inline script, an event handler, a javascript: URL, foreign script. */
const INJECTION = [
  `<script>(window.__injected = window.__injected || []).push('inline script')</script>`,
  `<img src="/favicon.svg?x" onload="(window.__injected = window.__injected || []).push('event handler')" alt="">`,
  `<script src="data:text/javascript,(window.__injected=window.__injected||[]).push('data: script')"></script>`,
  `<script src="https://evil.example/steal.js"></script>`,
  `<iframe src="javascript:parent.__injected=(parent.__injected||[]).concat('javascript: frame')"></iframe>`,
].join('');

/** Serves `url` with INJECTION added to its body; `keep` says which policy (meta tag, header) stays. */
async function injectInto(page: Page, url: string, keep: { meta: boolean; header: boolean }) {
  await page.route(url, async (route: Route) => {
    const response = await route.fetch();
    let html = await response.text();
    if (!keep.meta) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    html = html.replace('</main>', `${INJECTION}</main>`);
    const headers = { ...response.headers() };
    for (const name of ['content-length', 'content-encoding', ...(keep.header ? [] : ['content-security-policy'])]) delete headers[name];
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.route('https://evil.example/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `(window.__injected = window.__injected || []).push('foreign script')` }),
  );
}

test.describe('injected script does not run', () => {
  const url = '/guides/';

  test('with the policy from the meta tag alone (any static host)', async ({ page }) => {
    const violations = await watchCsp(page);
    await injectInto(page, url, { meta: true, header: false });
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.__injected ?? [])).toEqual([]);
    expect((await violations()).join('\n')).toMatch(/script-src/);
  });

  test('with the policy from the server header alone', async ({ page }) => {
    const violations = await watchCsp(page);
    await injectInto(page, url, { meta: false, header: true });
    await page.goto(url);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.__injected ?? [])).toEqual([]);
    expect((await violations()).join('\n')).toMatch(/script-src/);
  });

  test('(the injection itself works: with no policy at all, it runs)', async ({ page }) => {
    await injectInto(page, url, { meta: false, header: false });
    await page.goto(url);
    await page.waitForLoadState('load');
    await expect.poll(() => page.evaluate(() => window.__injected ?? [])).toEqual(
      expect.arrayContaining(['inline script', 'event handler', 'foreign script']),
    );
  });
});

test.describe("the site's server", () => {
  test('sends the security headers on pages, files, 404s and refused methods', async ({ request }) => {
    const expected = securityHeaders();
    const answers = [
      await request.get('/'),
      await request.get('/guides/'),
      await request.get('/manifest.webmanifest'),
      await request.get('/no-such-page/'),
      await request.post('/', { data: 'x' }),
    ];
    expect(answers.map((r) => r.status())).toEqual([200, 200, 200, 404, 405]);
    for (const response of answers) {
      for (const [name, value] of Object.entries(expected)) expect(response.headers()[name.toLowerCase()], `${name} on ${response.url()}`).toBe(value);
    }
    expect(answers[0]!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(await answers[3]!.text()).toContain('<h1');
  });

  for (const headers of ['as served', 'without its frame headers (control)'] as const) {
    test(`the site ${headers === 'as served' ? 'cannot' : 'can'} be shown in another page's frame ${headers}`, async ({ page, baseURL }) => {
      if (headers !== 'as served') {
        await page.route(`${baseURL}/guides/`, async (route) => {
          const response = await route.fetch();
          const kept = Object.entries(response.headers()).filter(
            ([name]) => !['x-frame-options', 'content-security-policy', 'content-encoding', 'content-length'].includes(name),
          );
          await route.fulfill({ status: 200, headers: Object.fromEntries(kept), body: await response.text() });
        });
      }
      await page.setContent(`<iframe src="${baseURL}/guides/" title="framed"></iframe>`);
      const frame = page.frameLocator('iframe');
      if (headers === 'as served') {
        await page.waitForTimeout(1000);
        await expect(frame.locator('main h1')).toHaveCount(0);
      } else {
        await expect(frame.locator('main h1')).toHaveCount(1);
      }
    });
  }
});
