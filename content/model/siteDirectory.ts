/**
 * What the build tells the site server (`dist/sites.json`): each council's site folder
 * (`dist/<slug>`) and the host names it answers to. Written by the CMS's build
 * (cms/lib/councilSites.ts), read by site/server/staticServer.ts.
 */
export type SiteDirectory = { sites: { slug: string; name: string; hosts: string[] }[] };
