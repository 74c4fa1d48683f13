/**
 * The path a site is served under, for the scripts in the browser: `/` for a council at the
 * root of its own domain, `/riverford/` for one under a shared address. Pages are built with
 * root paths and moved under the base when the site is put together
 * (`site/lib/sitesIntegration.ts`), which also sets `<html data-base>`; scripts read it here.
 */
export function siteBase(): string {
  const base = typeof document === 'undefined' ? '/' : document.documentElement.dataset.base || '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A root path of the site (`/search/`) as the browser must ask for it (`/riverford/search/`). */
export function withBase(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${siteBase()}${path.slice(1)}` : path;
}
