import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../helpers/e2e';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Waits until the service worker controls the page and has saved `path`. */
async function savedForOffline(page: Page, path: string) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(async (p) => Boolean(await caches.match(p)), path), { timeout: 15_000 })
    .toBe(true);
}

test('the web app manifest names the site and has home-screen icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest.name).toContain('local offer for care leavers');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i: { sizes: string; type: string }) => i.sizes === `${size}x${size}` && i.type === 'image/png');
    expect(icon, `a ${size}px PNG icon`).toBeTruthy();
    const png = await request.get(icon.src);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual([size, size]);
  }
  expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toContain('/help-now/');
});

test('the service worker is served, saves the guides and urgent help, and nothing from the CMS', async ({ request }) => {
  const response = await request.get('/sw.js');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('javascript');
  const script = await response.text();
  const precache = JSON.parse(/const PRECACHE = (\[.*?\]);/.exec(script)![1]!) as string[];
  const chapters = builtPages().filter((page) => /^\/guides\/[^/]+\/[^/]+\/$/.test(page));
  expect(chapters.length).toBeGreaterThan(0);
  for (const page of ['/help-now/', '/offline/', '/', ...chapters]) expect(precache).toContain(page);
  expect(precache.some((file) => file.startsWith('/_astro/') && file.endsWith('.css'))).toBe(true);
  expect(precache.filter((file) => /^(https?:)?\/\/|^\/(admin|api)\//.test(file))).toEqual([]);
  expect(script).not.toContain('__PRECACHE__');
});

test('after a visit, that page, urgent help and the guides work offline', async ({ page, context }) => {
  const visited = '/offers/staying-put/';
  await page.goto(visited);
  await savedForOffline(page, visited);
  await savedForOffline(page, '/help-now/');
  // A page opened once the worker is in charge is saved as it is read.
  await page.goto('/areas/accommodation/');
  await savedForOffline(page, '/areas/accommodation/');

  await context.setOffline(true);
  try {
    await page.goto(visited);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Staying Put/);
    await page.goto('/areas/accommodation/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Somewhere to live');

    await page.goto('/help-now/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Urgent help: who to call');
    await expect(page.locator('main a[href="tel:999"]').first()).toBeVisible();
    // Styles load from the cache too: the page is not bare HTML.
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toContain('system-ui');

    // Never opened, but every chapter of the guide was saved when the worker installed.
    const chapter = builtPages().find((path) => /^\/guides\/[^/]+\/(?!all\/)[^/]+\/$/.test(path))!;
    await page.goto(chapter);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('title')).not.toHaveText(/offline/i);

    // Never opened and not saved: the offline page, with the urgent numbers.
    await page.goto('/offers/setting-up-home-allowance/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});

test('checker answers in the web address are not written to the offline cache', async ({ page }) => {
  await page.goto('/what-can-i-get/');
  await savedForOffline(page, '/what-can-i-get/');
  await page.goto('/what-can-i-get/?age=19&c=parent');
  await expect(page.getByRole('status')).toContainText('match');
  const keys = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) all.push(request.url);
    }
    return all;
  });
  expect(keys.filter((url) => url.includes('?'))).toEqual([]);
});
