/**
 * What one run of `astro build` builds: one site, or the sites of many councils at once
 * (issue 10, item 7: one Astro start-up and one bundle for every council, not one each).
 *
 * `platform/build/buildSite.ts` writes the plan to a JSON file and names it in `SITE_PLAN`; the
 * snapshot loaders and the pages read it here. Each site's pages are built under
 * `/<key>/…` (the `[...council]` route parameter) and then moved into that council's own
 * site folder, where they are served from its own address. With no plan (`astro dev`, or an
 * `astro build` by hand) there is one site, from `SITE_SNAPSHOT`, at the root.
 *
 * Loaded by `astro.config.mjs` before aliases exist: relative and `node:` imports only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type PlannedSite = {
  /** The folder its pages are built in (`/<key>/`): the council's short name. */
  key: string;
  /** Its snapshot.json (absolute). */
  snapshot: string;
  /** Its public address (canonical links, the sitemap), if it has one. */
  siteUrl?: string | undefined;
  /** `library`: the national practice library's own site (its snapshot has no council). */
  kind?: 'council' | 'library' | undefined;
};

/** The national practice library's site: its key (a reserved short name no council can take) and folder. */
export const LIBRARY_KEY = 'library';

export type SitePlan = {
  sites: PlannedSite[];
  /** Every council's part of "how councils compare" (`./comparison`), if the build has them (absolute). */
  comparison?: string | undefined;
  /** The national practice library's public address, which every council's site links to. */
  libraryUrl?: string | undefined;
};

/** A site key in the route: `undefined` is the one site of a build without a plan (pages at the root). */
export type SiteKey = string | undefined;

let cached: { file: string | undefined; plan: SitePlan | null } | undefined;

/** The plan named by `SITE_PLAN`, or null for a one-site build at the root. */
export function readSitePlan(env: NodeJS.ProcessEnv = process.env): SitePlan | null {
  const file = env.SITE_PLAN?.trim() || undefined;
  if (cached && cached.file === file) return cached.plan;
  let plan: SitePlan | null = null;
  if (file) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`SITE_PLAN ${file} could not be read: ${(error as Error).message}`);
    }
    const sites = (raw as SitePlan | null)?.sites;
    if (!Array.isArray(sites) || sites.length === 0) throw new Error(`SITE_PLAN ${file} lists no sites.`);
    const keys = new Set<string>();
    for (const site of sites) {
      if (typeof site?.key !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(site.key)) {
        throw new Error(`SITE_PLAN ${file}: a site's key must be a short name such as "northdale" (got ${JSON.stringify(site?.key)}).`);
      }
      if (keys.has(site.key)) throw new Error(`SITE_PLAN ${file}: "${site.key}" is listed twice.`);
      if (typeof site.snapshot !== 'string') throw new Error(`SITE_PLAN ${file}: "${site.key}" has no snapshot.`);
      keys.add(site.key);
    }
    const { comparison, libraryUrl } = raw as SitePlan;
    plan = {
      sites: sites.map((s) => ({ key: s.key, snapshot: path.resolve(s.snapshot), siteUrl: s.siteUrl || undefined, kind: s.kind === 'library' ? 'library' : 'council' })),
      ...(typeof comparison === 'string' ? { comparison: path.resolve(comparison) } : {}),
      ...(typeof libraryUrl === 'string' && libraryUrl ? { libraryUrl } : {}),
    };
  }
  cached = { file, plan };
  return plan;
}

/** The keys of the sites this run builds: each planned council, or `[undefined]` (one site, at the root). */
export function siteKeys(env: NodeJS.ProcessEnv = process.env): SiteKey[] {
  const plan = readSitePlan(env);
  return plan ? plan.sites.map((site) => site.key) : [undefined];
}

/** A site's entry in the plan (undefined without a plan). */
export function plannedSite(key: SiteKey, env: NodeJS.ProcessEnv = process.env): PlannedSite | undefined {
  if (key === undefined) return undefined;
  const site = readSitePlan(env)?.sites.find((s) => s.key === key);
  if (!site) throw new Error(`No site "${key}" in this build's plan (SITE_PLAN).`);
  return site;
}

/** Content entries of every site share a store: an entry's id is `<key>/<id>` (or `<id>` for a one-site build). */
export const entryId = (key: SiteKey, id: string) => (key === undefined ? id : `${key}/${id}`);
/** The site an entry id belongs to, and its own id. */
export function splitEntryId(id: string, planned: boolean): { key: SiteKey; id: string } {
  if (!planned) return { key: undefined, id };
  const slash = id.indexOf('/');
  return { key: id.slice(0, slash), id: id.slice(slash + 1) };
}

/** True for the national practice library's site in this build. */
export const isLibrarySite = (key: SiteKey, env: NodeJS.ProcessEnv = process.env): boolean =>
  key !== undefined && readSitePlan(env)?.sites.find((s) => s.key === key)?.kind === 'library';
