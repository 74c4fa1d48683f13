/**
 * What the build tells the site server (`dist/sites.json`): each council's site folder
 * (`dist/<slug>`) and the host names it answers to. Written by the CMS's build
 * (platform/build/councilSites.ts), read by platform/server/staticServer.ts.
 */
export type SiteDirectory = {
  sites: {
    /** The folder the site is served from (`dist/<slug>`): the council's short name when it was built. */
    slug: string;
    /**
     * Whose site it is: the council's id (`library` for the practice library). A council given
     * a new short name keeps its entry, and its old folder, until its site under the new one is
     * live (platform/build/councilSites.ts).
     */
    id?: string;
    name: string;
    hosts: string[];
    /**
     * The path the site is served under: `/` at the root of its own domain, or `/riverford/`
     * for a council under a shared address (the path of its public address). Missing: `/`.
     */
    base?: string;
    /** `library`: the national practice library's site, not a council's. */
    kind?: 'library';
  }[];
};

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
