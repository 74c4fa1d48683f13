/**
 * The service worker: the site on a phone with no signal. Written to `/sw.js` by
 * `site/offline/integration.ts` after each build, which fills in VERSION and PRECACHE.
 *
 * - On install it saves the urgent help page, the offline page, the home page, every page of
 *   the guides, and the styles and scripts they need.
 * - Pages: network first (always the newest when online), saved as they are read, and from
 *   the saved copy when offline; a page never saved gets the offline page.
 * - Files with a hash in their name (`/_astro/`), media and icons never change: cache first.
 * - Only this site's own GET requests. Nothing from another origin, nothing from the CMS
 *   (`/admin`, `/api`), and not the search index (it is large and changes with each build).
 * - Saved pages are keyed without their query, so checker answers and search words in a
 *   web address are never written to the cache.
 */
const VERSION = '__VERSION__';
/** The path the site is served under: `/`, or `/riverford/` for a council under a shared address. */
const BASE = '__BASE__';
/** @type {string[]} */
const PRECACHE = __PRECACHE__;
const OFFLINE = `${BASE}offline/`;
// Councils under one shared address share the browser's caches: each keeps to its own.
const CACHE_PREFIX = `local-offer-${BASE}-`;
const CACHE = `${CACHE_PREFIX}${VERSION}`;

/** `^<BASE><pattern>` as a pattern for paths. */
const under = (pattern) => new RegExp(`^${BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${pattern}`);
const NEVER = [/^\/admin(\/|$)/, /^\/api(\/|$)/, under('pagefind/'), under('sw\\.js$')];
const IMMUTABLE = [under('_astro/'), under('media/'), under('icons/')];

/** Whether a same-site path may be cached at all. */
function cacheable(url) {
  return url.origin === self.location.origin && !NEVER.some((pattern) => pattern.test(url.pathname));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE);
      // The page that registered the worker loaded before it existed: save it too, so the
      // first page a reader opens is there offline like every page after it.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const opened = windows.map((client) => new URL(client.url)).filter(cacheable);
      await Promise.all(opened.map((url) => cache.add(pageKey(url)).catch(() => undefined)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** The cache key for a page: its path, without query or fragment. */
function pageKey(url) {
  return new URL(url.pathname, url.origin).href;
}

async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(pageKey(url), response.clone());
    return response;
  } catch (error) {
    const saved = await cache.match(pageKey(url));
    if (saved) return saved;
    if (request.mode === 'navigate') {
      const offline = await cache.match(OFFLINE);
      if (offline) return offline;
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!cacheable(url)) return;
  if (IMMUTABLE.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(cacheFirst(request));
    return;
  }
  event.respondWith(networkFirst(request, url));
});
