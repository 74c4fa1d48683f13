/** Registers `/sw.js` once the page has loaded (built site only; see ServiceWorker.astro). */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {});
  });
}
