/**
 * The site's public address (issue 9): what canonical links, Open Graph, JSON-LD, the sitemap
 * and the printed checklist put in front of every path. It comes from the CMS (the
 * council's *This site's public address*, `authority.siteUrl` in the snapshot); `SITE_URL` in the
 * environment overrides it (a preview build). When neither is set the build warns, and
 * pages leave those absolute addresses out rather than invent one (never `localhost`).
 *
 * Part of the content model because both sides read it: `astro.config.mjs` (Astro's `site`,
 * through `site/lib/siteUrl.ts`) and `platform/build/buildSite.ts`. The config loads before aliases
 * exist: relative and `node:` imports only.
 */
import path from 'node:path';
import { readHandOffSync } from './handOff';
import { snapshotSchema } from './schemas';
import { settings } from './settings';
import { checkUrl } from './urlRule';

export type PublicSiteUrl =
  | { url: string; from: 'SITE_URL' | 'cms'; warning?: undefined }
  | { url: undefined; from: null; warning: string };

export const NO_SITE_URL_WARNING =
  'No public address for the site: set "This site\'s public address" on the council in the CMS (Settings → Councils), or SITE_URL for a preview. ' +
  'Pages are built without canonical links, Open Graph addresses, web addresses in structured data or a sitemap, ' +
  'so a shared link will not preview.';

/** What this reads of a snapshot: its council's details, through the snapshot's own schema. */
const snapshotAuthoritySchema = snapshotSchema.pick({ authority: true });

/**
 * The public address in the snapshot file, if it has one that passes the URL rule (one that
 * does not is no address: the build warns). No snapshot: none (the loader says how to make
 * one); a file that is not a snapshot fails, naming the file and the field.
 */
export function siteUrlFromSnapshot(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const snapshot = readHandOffSync(snapshotAuthoritySchema, file);
  const check = checkUrl(snapshot?.authority?.siteUrl, 'web');
  return check.ok ? check.url : undefined;
}

/**
 * The site's public address: `override` (normally `SITE_URL`) when given, else the CMS's.
 * A `SITE_URL` that breaks the URL rule stops the build: it would be written into every page.
 */
export function publicSiteUrl({
  override = settings().SITE_URL,
  // Where the loader reads it (`snapshotPath` in ./snapshot), relative to the repo root.
  snapshot = path.resolve(settings().SITE_SNAPSHOT),
}: { override?: string | undefined; snapshot?: string | undefined } = {}): PublicSiteUrl {
  if (override?.trim()) {
    const check = checkUrl(override, 'web');
    if (!check.ok) throw new Error(`SITE_URL "${override}" ${check.reason}`);
    return { url: check.url, from: 'SITE_URL' };
  }
  const fromCms = siteUrlFromSnapshot(snapshot);
  if (fromCms) return { url: fromCms, from: 'cms' };
  return { url: undefined, from: null, warning: NO_SITE_URL_WARNING };
}

/**
 * `path` on the public site as an absolute address, or `null` when the site has none. A site
 * whose address has a path (`https://example.org/riverford/`) keeps it: `/offers/x/` is
 * `https://example.org/riverford/offers/x/`. Absolute addresses are returned as they are.
 */
export function absoluteUrl(pathOrUrl: string, site: URL | string | undefined): string | null {
  if (!site) return null;
  const base = String(site).endsWith('/') ? String(site) : `${site}/`;
  return new URL(pathOrUrl.startsWith('/') && !pathOrUrl.startsWith('//') ? pathOrUrl.slice(1) : pathOrUrl, base).href;
}

/** The path part of a site's public address, always ending in `/`: `/` for a site at the root of its domain. */
export function basePath(site: string | undefined): string {
  if (!site) return '/';
  try {
    const pathname = new URL(site).pathname;
    return pathname.endsWith('/') ? pathname : `${pathname}/`;
  } catch {
    return '/';
  }
}
