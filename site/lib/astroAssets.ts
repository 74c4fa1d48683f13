/**
 * Astro's links to its bundled styles and scripts, put under a site's base path as Astro renders
 * a page of a site under a shared address (site/middleware.ts says why). No imports: the unit
 * tests and the middleware share it.
 */
/** Astro's asset folder (`build.assets`, left at its default). */
export const ASSETS_FOLDER = '_astro';

const ASSET_LINK = new RegExp(`(\\s(?:href|src)=")/${ASSETS_FOLDER}/`, 'g');

/** A page's links to Astro's assets (`/_astro/x.css`) under the site's base (`/riverford/_astro/x.css`). */
export function assetLinksUnder(html: string, base: string): string {
  return base === '/' ? html : html.replace(ASSET_LINK, `$1${base}${ASSETS_FOLDER}/`);
}
