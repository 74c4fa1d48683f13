/**
 * Puts each site of a build together (content/model/sitePlan.ts), first of the build's
 * finishing steps, so the service worker, `_headers` and the search vocabulary that follow
 * see finished sites:
 *
 * 1. **Shared files.** With many councils in one build, each council's pages are under
 *    `/<key>/`, and what every site shares (`/_astro/` styles and scripts, the icons, the
 *    files of `site/public/`) is built once at the top: it is copied into every site's
 *    folder, so each folder is a whole site that can be served or deployed on its own.
 * 2. **A path under a shared address.** A council whose public address has a path
 *    (`https://example.org/riverford/`) is served under it: every root path in its pages
 *    (`href="/offers/…"`, `src`, `srcset`, `action`, `data-base`) and in its manifest gets the path in front.
 *
 * Imported by `astro.config.mjs`: relative and `node:` imports only.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { plannedSite, readSitePlan, type SiteKey } from '../../content/model/sitePlan';
import { basePath, publicSiteUrl } from '../../content/model/siteUrl';
import { underBase } from './siteBase';

export type BuiltSite = {
  key: SiteKey;
  /** The site's own folder. */
  dir: string;
  /** The path it is served under (`/` or `/riverford/`). */
  base: string;
  /** Its pages' paths as readers' browsers see them before the base: `/`, `/offers/x/`, … */
  pages: string[];
};

/** Not the "page not found" page: it is served as `404.html` at any address (`notFoundPage`), not at `/404/`. */
const isPage = (path: string) => path !== '/404/';

/** The sites in a finished build's output folder, each with its own folder and pages. */
export function builtSites(out: string, pathnames: string[], env: NodeJS.ProcessEnv = process.env): BuiltSite[] {
  const asPath = (pathname: string) => `/${pathname}`.replace(/\/+/g, '/').replace(/([^/])$/, '$1/');
  const plan = readSitePlan(env);
  if (!plan) return [{ key: undefined, dir: out, base: basePath(publicSiteUrl().url), pages: pathnames.map(asPath).filter(isPage) }];
  return plan.sites.map((site) => ({
    key: site.key,
    dir: path.join(out, site.key),
    base: basePath(plannedSite(site.key, env)?.siteUrl),
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
  const built = path.join(site.dir, '404', 'index.html');
  if (!existsSync(built)) return;
  renameSync(built, path.join(site.dir, '404.html'));
  rmSync(path.join(site.dir, '404'), { recursive: true, force: true });
}

/** A start tag with its attributes (quoted values may hold `>`). */
const START_TAG = /<[a-zA-Z][^\s>/]*(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*\/?>/g;
/** The attributes whose root paths move under the base. */
const ROOT_PATH_ATTRIBUTE = /(\s(?:href|src|action|data-base)=")\/(?!\/)/g;

/** `srcset`: a comma-separated list of "<url> <width>w" candidates. */
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)"/g;

/** Every root path in a page's tags' attributes (not in its text), put under `base`. */
export function relocateHtml(html: string, base: string): string {
  if (base === '/') return html;
  return html.replace(START_TAG, (tag) =>
    tag
      .replace(ROOT_PATH_ATTRIBUTE, `$1${base}`)
      .replace(SRCSET_ATTRIBUTE, (_, start: string, list: string) => `${start}${list.split(',').map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_m, space: string, url: string) => `${space}${underBase(url, base)}`)).join(',')}"`),
  );
}

/** The manifest's root paths (start_url, scope, icons, shortcuts), put under `base`. */
export function relocateManifest(text: string, base: string): string {
  if (base === '/') return text;
  const move = (value: unknown): unknown => {
    if (typeof value === 'string') return underBase(value, base);
    if (Array.isArray(value)) return value.map(move);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ['src', 'url', 'start_url', 'scope'].includes(k) || typeof v === 'object' ? move(v) : v]));
    }
    return value;
  };
  return JSON.stringify(move(JSON.parse(text)), null, 2);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Puts a built site under `base` (nothing to do for `/`). */
export function relocateSite(dir: string, base: string): void {
  if (base === '/') return;
  for (const file of filesUnder(dir)) {
    if (file.endsWith('.html')) writeFileSync(file, relocateHtml(readFileSync(file, 'utf8'), base));
    else if (file.endsWith('.webmanifest') && statSync(file).size < 1_000_000) writeFileSync(file, relocateManifest(readFileSync(file, 'utf8'), base));
  }
}

export default function councilSites(): AstroIntegration {
  return {
    name: 'local-offer:council-sites',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const sites = builtSites(out, pages.map((p) => p.pathname));
        shareTopLevelFiles(out, sites);
        for (const site of sites) notFoundPage(site);
        for (const site of sites) relocateSite(site.dir, site.base);
        if (sites.length > 1 || sites[0]!.key !== undefined) logger.info(`${sites.length} sites put together: ${sites.map((s) => `${s.key} (${s.pages.length} pages${s.base === '/' ? '' : `, under ${s.base}`})`).join(', ')}`);
      },
    },
  };
}
