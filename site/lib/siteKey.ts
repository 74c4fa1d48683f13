/**
 * Which site of the build a page belongs to, and where that site is: its key (the
 * `[...council]` route parameter: `demo-borough`, or a language of it, `demo-borough/ar`), the
 * page's path on it, and its public address. No content imports (`astro:content`), so the
 * routes and the unit tests use it as it is; `@site/lib/data` re-exports it.
 */
import { councilKeyOf, isLanguageSite, plannedSite, readSitePlan, type SiteKey } from '@content/model/sitePlan';
import { publicSiteUrl } from '@content/model/siteUrl';

export type { SiteKey };

/**
 * The site a page or component belongs to: its `[...council]` route parameter. One build can
 * make many councils' sites (content/model/sitePlan.ts); every getter of `@site/lib/data` takes this key.
 */
export function siteOf(astro: { params: Record<string, string | undefined> }): SiteKey {
  return astro.params.council || undefined;
}

/** The council's own (English) site of a site key: `demo-borough` for `demo-borough/ar`. */
export const councilSiteOf = (site: SiteKey): SiteKey => (site === undefined ? undefined : councilKeyOf(site));

/** The path of the page being built, as readers see it on its site: without the `/<council>` it was built under. */
export function pagePath(astro: { params: Record<string, string | undefined>; url: URL }): string {
  const key = siteOf(astro);
  const path = astro.url.pathname;
  return key && path.startsWith(`/${key}/`) ? path.slice(key.length + 1) : path;
}

let oneSiteUrl: { url: string | undefined } | undefined;
/** The site's public address (canonical links, Open Graph, the sitemap), or undefined when it has none. */
export function siteUrlOf(site: SiteKey): string | undefined {
  // A language's site is in the council's (`/ar/` under its address): the council's address, when the plan has the council.
  if (site !== undefined && isLanguageSite(site)) {
    const council = readSitePlan()?.sites.find((s) => s.key === councilKeyOf(site));
    return council ? council.siteUrl : plannedSite(site)?.siteUrl;
  }
  if (site !== undefined) return plannedSite(site)?.siteUrl;
  oneSiteUrl ??= { url: publicSiteUrl().url };
  return oneSiteUrl.url;
}
