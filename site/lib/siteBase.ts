/**
 * The routes of the site a page or component belongs to (`site/lib/routes.ts`), from its
 * `[...council]` parameter: the base path comes from the site's public address (`/` for a
 * council at the root of its own domain or with no address, `/riverford/` for one under a
 * shared address). Scripts in the browser do not add a base: the page writes the URLs they
 * need (data attributes) from these routes when it is built. A language's site gets its
 * language's segment (`/ar/`) after the council's base.
 */
import { basePath } from '@content/model/siteUrl';
import { langOfSite } from '@site/i18n';
import { siteOf, siteUrlOf, type SiteKey } from './siteKey';
import { routesFor, type SiteRoutes } from './routes';

/**
 * The routes of a site of this build by its key. A language's site (`demo-borough/ar`) is in
 * its council's: the council's base path and the language's segment (`/riverford/ar/…`).
 */
export function routesOfSite(site: SiteKey): SiteRoutes {
  return routesFor({ base: basePath(siteUrlOf(site)), lang: langOfSite(site) });
}

/** The routes of the site the page being built belongs to. */
export function routesOf(astro: { params: Record<string, string | undefined> }): SiteRoutes {
  return routesOfSite(siteOf(astro));
}
