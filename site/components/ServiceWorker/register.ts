/** Registers the site's `sw.js` once the page has loaded (built site only; see ServiceWorker.astro). */
import { siteBase } from '@site/lib/siteBase';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    // Under a shared address a council's worker looks after its own path only.
    const base = siteBase();
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
  });
}
