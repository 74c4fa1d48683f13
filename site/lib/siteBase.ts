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

/** A root path of a site (`/search/`) under the path it is served at (`/riverford/search/`); anything else as it is. */
export function underBase(path: string, base: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${base}${path.slice(1)}` : path;
}

/** A root path of this site (`/search/`) as the browser must ask for it (`/riverford/search/`). */
export function withBase(path: string): string {
  return underBase(path, siteBase());
}
