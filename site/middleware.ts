/**
 * Astro's own asset links for a site under a path (issue 19, part 3).
 *
 * Every URL a page makes comes from the site's routes (`site/lib/routes.ts`), base path and
 * all. The one kind Astro makes itself is the link to its bundled styles and scripts
 * (`<link rel="stylesheet" href="/_astro/…css">`, `<script type="module" src="/_astro/…js">`).
 * Astro writes those from one `base` (or `build.assetsPrefix`) for the whole run, and the same
 * for every page of a route: one run builds up to 50 councils' sites (issue 10, item 7), some at
 * the root of their own domain (`/`), some under a shared address (`/riverford/`), so no
 * setting of Astro can give each its own. The choices were:
 *
 * - one Astro run per base path: slower builds (`bench:scale`), and a platform of councils under
 *   one shared address would be one run per council;
 * - root `/_astro/` links for every site, served at the top of every host: a site's folder
 *   deployed alone under a path (`https://example.org/riverford/`) would lose its styles, and
 *   the folder would no longer be a whole site;
 * - this: as Astro renders a page of a site under a path (never after the build), its links to
 *   `/_astro/` are given the site's base, so the page asks for `/riverford/_astro/…`, which is in
 *   the site's own folder (`site/lib/sitesIntegration.ts` copies the shared files there). Only
 *   attributes Astro writes with its asset folder are touched; pages at `/` go through as they are.
 */
import type { MiddlewareHandler } from 'astro';
import { assetLinksUnder } from '@site/lib/astroAssets';
import { routesOf } from '@site/lib/siteBase';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const { base } = routesOf(context);
  if (base === '/' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(assetLinksUnder(await response.text(), base), { status: response.status, headers: response.headers });
};
