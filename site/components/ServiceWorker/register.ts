/** Registers the site's `sw.js` once the page has loaded (built site only; see ServiceWorker.astro). */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    // The worker's URL and scope come from the site's routes (ServiceWorker.astro): under a
    // shared address a council's worker looks after its own path only.
    const place = document.querySelector<HTMLElement>('[data-service-worker]');
    const url = place?.dataset.serviceWorker;
    if (!url) return;
    navigator.serviceWorker.register(url, { scope: place.dataset.scope || '/' }).catch(() => {});
  });
}
