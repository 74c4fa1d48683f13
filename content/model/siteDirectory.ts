/**
 * What the build tells the site server (`dist/sites.json`): each council's site folder
 * (`dist/<slug>`) and the host names it answers to. Written by the platform's build
 * (platform/build/councilSites.ts), read by the platform's server: both only through
 * `siteDirectorySchema` (`readSiteDirectoryFile`, `writeSiteDirectoryFile`).
 *
 * Relative and `node:` imports only (loaded where aliases may not exist).
 */
import { z } from 'zod';
import { readHandOff, readHandOffSync, writeHandOffSync } from './handOff';
import { SLUG } from './patterns';

/** The file's name in the folder of sites. */
export const SITE_DIRECTORY_FILE = 'sites.json';

export const siteDirectorySchema = z.object({
  sites: z.array(
    z.object({
      /** The folder the site is served from (`dist/<slug>`): the council's short name when it was built. */
      slug: z.string().regex(SLUG.regex, SLUG.message),
      /**
       * Whose site it is: the council's id (`library` for the practice library). A council given
       * a new short name keeps its entry, and its old folder, until its site under the new one is
       * live (platform/build/councilSites.ts).
       */
      id: z.string().optional(),
      name: z.string(),
      hosts: z.array(z.string()),
      /**
       * The path the site is served under: `/` at the root of its own domain, or `/riverford/`
       * for a council under a shared address (the path of its public address). Missing: `/`.
       */
      base: z.string().regex(/^\/(?:.*\/)?$/, 'expected a path that starts and ends with "/"').optional(),
      /** `library`: the national practice library's site, not a council's. */
      kind: z.literal('library').optional(),
    }),
  ),
});

export type SiteDirectory = z.infer<typeof siteDirectorySchema>;

/** A `sites.json`, checked; `null` when there is none yet. A bad file throws naming the field. */
export const readSiteDirectoryFile = (file: string): SiteDirectory | null => readHandOffSync(siteDirectorySchema, file);
/** The same, without blocking (the server). */
export const readSiteDirectoryFileAsync = (file: string): Promise<SiteDirectory | null> => readHandOff(siteDirectorySchema, file);
/** Writes `sites.json` (checked first), replacing it atomically. */
export const writeSiteDirectoryFile = (file: string, directory: SiteDirectory): void => writeHandOffSync(siteDirectorySchema, file, directory);

/**
 * The site a request is for: one its host names whose path holds the request's path (the
 * longest path first), else one served under a shared address whose path holds it (on any
 * host, so `http://localhost:4321/riverford/` works on this machine), else, on a platform of
 * one council at the root, that council. Undefined: the platform's index.
 */
export function siteForRequest(sites: SiteDirectory['sites'], host: string, pathname: string): SiteDirectory['sites'][number] | undefined {
  const baseOf = (site: SiteDirectory['sites'][number]) => site.base || '/';
  const under = (site: SiteDirectory['sites'][number]) => pathname.startsWith(baseOf(site));
  const longestFirst = [...sites].sort((a, b) => baseOf(b).length - baseOf(a).length);
  return (
    longestFirst.find((site) => site.hosts.includes(host) && under(site)) ??
    longestFirst.find((site) => baseOf(site) !== '/' && under(site)) ??
    onlyCouncilAtRoot(sites)
  );
}

/** A platform of one council whose site is at the root: that council (the library's site aside). */
function onlyCouncilAtRoot(sites: SiteDirectory['sites']): SiteDirectory['sites'][number] | undefined {
  const councils = sites.filter((site) => site.kind !== 'library');
  return councils.length === 1 && (councils[0]!.base || '/') === '/' ? councils[0] : undefined;
}
