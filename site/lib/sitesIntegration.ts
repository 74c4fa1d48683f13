/**
 * Puts each site of a build together (content/model/sitePlan.ts), first of the build's
 * finishing steps, so the service worker, `_headers` and the search vocabulary that follow
 * see finished sites:
 *
 * 1. **Shared files.** With many councils in one build, each council's pages are under
 *    `/<key>/`, and what every site shares (`/_astro/` styles and scripts, the icons, the
 *    files of `site/public/`) is built once at the top: it is copied into every site's
 *    folder, so each folder is a whole site that can be served or deployed on its own.
 * 2. **The "page not found" page** where servers and static hosts look for it (`404.html`).
 * 3. **The sitemap** (`sitemap.xml`) from the pages Astro actually built for the site.
 *
 * A language of a council's site (`demo-borough/ar` in the plan) is built under
 * `/demo-borough/ar/`, so its pages are already in the `ar/` folder of the council's site:
 * they are the council's site's pages (one folder, one set of shared files, one sitemap), and
 * its sitemap lists a language's page only when the page is a checked translation (the page
 * says so: `<html data-translation="checked">`, `layouts/Base.astro`).
 *
 * Nothing here rewrites a built page. A council whose public address has a path
 * (`https://example.org/riverford/`) is served under it because its pages, components and
 * manifest make every URL from the site's routes (`site/lib/routes.ts`), which put the path
 * in front; Astro's own `/_astro/` links get it as Astro renders the page (`site/middleware.ts`).
 *
 * Imported by `astro.config.mjs`: relative and `node:` imports only.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { plannedSite, readSitePlan, type PlanEnv, type SiteKey } from '../../content/model/sitePlan';
import { absoluteUrl, basePath, publicSiteUrl } from '../../content/model/siteUrl';

export type BuiltSite = {
  key: SiteKey;
  /** The site's own folder. */
  dir: string;
  /** The path it is served under (`/` or `/riverford/`). */
  base: string;
  /** Its pages' paths as readers' browsers see them before the base: `/`, `/offers/x/`, … */
  pages: string[];
  /** Its public address (`https://example.org/riverford/`), if it has one: the sitemap's addresses. */
  siteUrl?: string | undefined;
  /** The folders of its languages' pages (`ar`, `prs`): sites of the plan keyed `<key>/<lang>`. */
  languages?: string[];
};

/** Not the "page not found" page: it is served as `404.html` at any address (`notFoundPage`), not at `/404/`. */
const isPage = (path: string) => path !== '/404/';

/** The sites in a finished build's output folder, each with its own folder and pages. */
export function builtSites(out: string, pathnames: string[], env: PlanEnv = process.env): BuiltSite[] {
  const asPath = (pathname: string) => `/${pathname}`.replace(/\/+/g, '/').replace(/([^/])$/, '$1/');
  const plan = readSitePlan(env);
  if (!plan) {
    const siteUrl = publicSiteUrl().url;
    return [{ key: undefined, dir: out, base: basePath(siteUrl), siteUrl, pages: pathnames.map(asPath).filter(isPage) }];
  }
  const keys = new Set(plan.sites.map((s) => s.key));
  // A language's site whose council is in the plan is part of the council's site (its `ar/` folder).
  const inCouncil = (key: string) => key.includes('/') && keys.has(key.split('/')[0]!);
  return plan.sites.filter((site) => !inCouncil(site.key)).map((site) => ({
    key: site.key,
    languages: plan.sites.filter((s) => inCouncil(s.key) && s.key.startsWith(`${site.key}/`)).map((s) => s.key.slice(site.key.length + 1)),
    dir: path.join(out, site.key),
    base: basePath(plannedSite(site.key, env)?.siteUrl),
    siteUrl: plannedSite(site.key, env)?.siteUrl,
    pages: pathnames
      .map(asPath)
      .filter((p) => p === `/${site.key}/` || p.startsWith(`/${site.key}/`))
      .map((p) => p.slice(site.key.length + 1))
      .filter(isPage),
  }));
}

/** Copies what sits at the top of the output (everything but the sites' own folders) into each site's folder. */
export function shareTopLevelFiles(out: string, sites: BuiltSite[]): void {
  const siteFolders = new Set(sites.map((s) => s.key).filter((k): k is string => k !== undefined));
  const shared = readdirSync(out).filter((name) => !siteFolders.has(name));
  for (const site of sites) {
    if (site.dir === out) continue;
    for (const name of shared) {
      const target = path.join(site.dir, name);
      // A site's own file wins (none today: the sites' routes and the shared ones differ).
      if (!existsSync(target)) cpSync(path.join(out, name), target, { recursive: true });
    }
  }
}

/**
 * The "page not found" page as servers and static hosts look for it, `404.html` at the top of
 * the site: Astro writes a `404` page in a route folder (`[...council]/404.astro`) as `404/index.html`.
 */
export function notFoundPage(site: BuiltSite): void {
  for (const dir of [site.dir, ...(site.languages ?? []).map((lang) => path.join(site.dir, lang))]) {
    const built = path.join(dir, '404', 'index.html');
    if (!existsSync(built)) continue;
    renameSync(built, path.join(dir, '404.html'));
    rmSync(path.join(dir, '404'), { recursive: true, force: true });
  }
}

/** Not in the sitemap: files (`/sitemap.xml/`, `/open-data/offers.csv/`) and the page shown when offline. */
const NOT_IN_SITEMAP = new Set(['/offline/', '/404/']);
const isFile = (page: string) => /\.[a-z0-9]+\/$/i.test(page);

/** The public pages of a built site, in the order Astro built them: what the sitemap lists. */
export function sitemapPages(site: BuiltSite): string[] {
  const withoutLanguage = (page: string) => {
    const lang = (site.languages ?? []).find((l) => page.startsWith(`/${l}/`));
    return lang ? page.slice(lang.length + 1) : page;
  };
  return site.pages.filter((page) => !isFile(page) && !NOT_IN_SITEMAP.has(withoutLanguage(page)) && isListedTranslation(site, page));
}

/** A language's page is listed only when it is a checked translation; every English page is. */
function isListedTranslation(site: BuiltSite, page: string): boolean {
  const lang = (site.languages ?? []).find((l) => page.startsWith(`/${l}/`));
  if (!lang) return true;
  const file = path.join(site.dir, page, 'index.html');
  return existsSync(file) && /<html[^>]*\sdata-translation="checked"/.test(readFileSync(file, 'utf8').slice(0, 2000));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The sitemap of a built site, from the pages Astro built for it: every public page at its
 * absolute address on the site's public address (which has the site's path, if any). A site
 * with no public address lists none rather than make one up (never localhost; the build warns).
 */
export function sitemapXml(site: BuiltSite): string {
  const pages = site.siteUrl ? sitemapPages(site) : [];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(site.siteUrl ? [] : ['<!-- No public address is set for this site, so no pages are listed. -->']),
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pages.map((page) => `<url><loc>${escapeXml(absoluteUrl(page, site.siteUrl)!)}</loc></url>`),
    '</urlset>',
  ].join('\n');
}

/** Puts the sites of a finished build together: shared files, the 404 page, the sitemap. Rewrites no page. */
export function putSitesTogether(out: string, pathnames: string[], env: PlanEnv = process.env): BuiltSite[] {
  const sites = builtSites(out, pathnames, env);
  shareTopLevelFiles(out, sites);
  for (const site of sites) notFoundPage(site);
  for (const site of sites) writeFileSync(path.join(site.dir, 'sitemap.xml'), sitemapXml(site));
  return sites;
}

export default function councilSites(): AstroIntegration {
  return {
    name: 'local-offer:council-sites',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const sites = putSitesTogether(out, pages.map((p) => p.pathname));
        if (sites.length > 1 || sites[0]!.key !== undefined) logger.info(`${sites.length} sites put together: ${sites.map((s) => `${s.key} (${s.pages.length} pages${s.base === '/' ? '' : `, under ${s.base}`})`).join(', ')}`);
      },
    },
  };
}
