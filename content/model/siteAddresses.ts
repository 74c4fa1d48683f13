/**
 * Where each site is served, and the one rule for when two sites would be served at the same
 * place (issue 18, finding 2). A site answers its hosts (`<short name>.localhost` on this
 * machine, and the host of its public address) under one path (`/` at the root of its own
 * domain, `/riverford/` under a shared address). Both the CMS (a council's public address and
 * short name, when a platform admin sets them) and the site directory the build writes
 * (`dist/sites.json`, `platform/build/councilSites.ts`) use `sitesOverlap`, so a council can never
 * be given, or be served at, another site's address: another council's or the practice
 * library's.
 *
 * Part of the content model, next to `./siteDirectory`, which the site server reads: relative
 * imports only.
 */
import type { SiteDirectory } from './siteDirectory';
import { settings, type SettingsEnv } from './settings';
import { basePath } from './siteUrl';

export type SiteEntry = SiteDirectory['sites'][number];
/** One place a site is served: a host name (lower case, no port) and a path ending in `/`. */
export type SiteAddress = { host: string; base: string };

/**
 * The national practice library's address on a platform of demo councils with no
 * `LIBRARY_SITE_URL` (a path under the partnership's shared address, as Riverford's site is).
 */
export const DEMO_LIBRARY_URL = 'https://care-leavers.partnership.example/library/';

/** Every address the practice library may have: `LIBRARY_SITE_URL`, and the demo's. No council may take either. */
export function libraryAddresses(env?: SettingsEnv): string[] {
  return [settings(env).LIBRARY_SITE_URL, DEMO_LIBRARY_URL].filter((url): url is string => Boolean(url));
}

/** A host name as the server compares it: lower case, without a trailing dot (`Example.org.` is `example.org`). */
export const normaliseHost = (host: string): string => host.trim().toLowerCase().replace(/\.+$/, '');

/** The host of a public address, or null when it has none (empty, or not a web address). */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = normaliseHost(new URL(url).hostname);
    return host || null;
  } catch {
    return null;
  }
}

/**
 * A site's entry in the directory: the hosts it answers (`<slug>.localhost`, and its public
 * address's host) and the path it is served under (its public address's path; `/` without one).
 */
export function siteEntry(site: { slug: string; id?: string | undefined; name: string; siteUrl?: string | null | undefined; kind?: 'library' | undefined }): SiteEntry {
  const address = site.siteUrl || undefined;
  return {
    slug: site.slug,
    ...(site.id !== undefined ? { id: site.id } : {}),
    name: site.name,
    hosts: [...new Set([`${site.slug}.localhost`, hostOf(address)].filter((h): h is string => Boolean(h)))],
    base: basePath(address),
    ...(site.kind === 'library' ? { kind: 'library' as const } : {}),
  };
}

/** The places a directory entry answers: each of its hosts under its path. */
export function entryAddresses(site: Pick<SiteEntry, 'hosts' | 'base'>): SiteAddress[] {
  const base = site.base || '/';
  return site.hosts.map((host) => ({ host: normaliseHost(host), base }));
}

/**
 * **The rule.** Two places overlap when they are on the same host and one's path holds the
 * other's: the same path, or one inside the other (`/` holds `/riverford/`, since a site at the
 * root of a host answers every path on it; `/a/` holds `/a/b/`). Paths side by side on one
 * host (`/riverford/` and `/library/`) and any paths on different hosts don't overlap. Returns
 * where they meet (the longer path), or null.
 */
export function addressesOverlap(a: SiteAddress, b: SiteAddress): SiteAddress | null {
  if (normaliseHost(a.host) !== normaliseHost(b.host)) return null;
  if (a.base.startsWith(b.base)) return a;
  if (b.base.startsWith(a.base)) return b;
  return null;
}

/** Where two sites (directory entries) would answer the same request, or null when nowhere. */
export function sitesOverlap(a: Pick<SiteEntry, 'hosts' | 'base'>, b: Pick<SiteEntry, 'hosts' | 'base'>): SiteAddress | null {
  for (const x of entryAddresses(a)) {
    for (const y of entryAddresses(b)) {
      const meet = addressesOverlap(x, y);
      if (meet) return meet;
    }
  }
  return null;
}

/** A place as people read it: `care-leavers.partnership.example/riverford/`. */
export const describeAddress = (address: SiteAddress): string => `${address.host}${address.base}`;

/** Whose site an entry is: its council's id (`library` for the library), else its short name. */
const siteKey = (site: Pick<SiteEntry, 'slug' | 'id'>): string => site.id ?? site.slug;

/** What the site of `site` would clash with among `others` (the first), and where; null when none. */
export function findOverlap<T extends Pick<SiteEntry, 'hosts' | 'base' | 'slug' | 'id'>>(site: Pick<SiteEntry, 'hosts' | 'base' | 'slug' | 'id'>, others: T[]): { other: T; at: SiteAddress } | null {
  for (const other of others) {
    if (siteKey(other) === siteKey(site)) continue;
    const at = sitesOverlap(site, other);
    if (at) return { other, at };
  }
  return null;
}

/** The words for a clash, the same in the CMS and the build. */
export function overlapMessage(name: string, clash: { other: Pick<SiteEntry, 'name'>; at: SiteAddress }): string {
  return `${name} would be served at ${describeAddress(clash.at)}, which is ${clash.other.name}’s. Each site needs an address of its own: another host, or a path beside the other site’s rather than inside or above it.`;
}

/**
 * The site directory with no two sites overlapping. `wanted` is each site at the address it
 * has now, most senior first; `previous` is the directory being served. When two sites want
 * overlapping places, the one with the better claim keeps it: a site's own
 * `<short name>.localhost` is its own; then the site already served there before; then the
 * more senior. A site refused its new place stays where it was served before, if that is
 * still free, else it is left out; each refusal names the clash (its build fails with it).
 */
export function resolveSiteDirectory(
  wanted: SiteEntry[],
  previous: SiteEntry[] = [],
): { sites: SiteEntry[]; refused: { slug: string; id?: string | undefined; message: string }[] } {
  const before = new Map(previous.map((site) => [siteKey(site), site]));
  const claim = (site: SiteEntry, at: SiteAddress): number => {
    if (at.host === `${site.slug}.localhost`) return 2;
    const old = before.get(siteKey(site));
    const publicPlaces = old ? entryAddresses(old).filter((a) => a.host !== `${site.slug}.localhost`) : [];
    return publicPlaces.some((place) => addressesOverlap(place, at)) ? 1 : 0;
  };
  const accepted: SiteEntry[] = [];
  const refused: { site: SiteEntry; message: string }[] = [];
  for (const site of wanted) {
    const clashes = accepted.map((other) => ({ other, at: sitesOverlap(site, other) })).filter((c): c is { other: SiteEntry; at: SiteAddress } => c.at !== null);
    if (clashes.every(({ other, at }) => claim(site, at) > claim(other, at))) {
      for (const { other, at } of clashes) {
        accepted.splice(accepted.indexOf(other), 1);
        refused.push({ site: other, message: overlapMessage(other.name, { other: site, at }) });
      }
      accepted.push(site);
    } else {
      const { other, at } = clashes.find((c) => claim(site, c.at) <= claim(c.other, c.at))!;
      refused.push({ site, message: overlapMessage(site.name, { other, at }) });
    }
  }
  for (const { site } of refused) {
    const old = before.get(siteKey(site));
    if (old && !findOverlap(old, accepted)) accepted.push({ ...old, name: site.name });
  }
  const place = new Map(wanted.map((site, rank) => [siteKey(site), rank]));
  return {
    sites: accepted.sort((a, b) => (place.get(siteKey(a)) ?? 0) - (place.get(siteKey(b)) ?? 0)),
    refused: refused.map(({ site, message }) => ({ slug: site.slug, ...(site.id !== undefined ? { id: site.id } : {}), message })),
  };
}
