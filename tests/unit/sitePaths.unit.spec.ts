/**
 * A council's site at a path under a shared address (issue 10, item 4): which site a request
 * is for, absolute addresses that keep the path, and a built page's root paths moved under it.
 */
import { describe, expect, it } from 'vitest';
import { siteForRequest, type SiteDirectory } from '@content/model/siteDirectory';
import { absoluteUrl, basePath } from '@content/model/siteUrl';
import { readSitePlan, siteKeys, splitEntryId, entryId } from '@content/model/sitePlan';
import { assetLinksUnder } from '@site/lib/astroAssets';
import { routesFor, type SiteRoutes } from '@site/lib/routes';
import { assetsOf } from '@site/offline/integration';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const sites: SiteDirectory['sites'] = [
  { slug: 'demo-borough', name: 'Demo Borough', hosts: ['demo-borough.localhost', 'local-offer.demo-borough.example'], base: '/' },
  { slug: 'riverford', name: 'Riverford', hosts: ['riverford.localhost', 'local-offers.example'], base: '/riverford/' },
  { slug: 'northdale', name: 'Northdale', hosts: ['northdale.localhost', 'local-offers.example'], base: '/northdale/' },
];

describe('which council a request is for', () => {
  it('goes by host for a council at the root of its own domain', () => {
    expect(siteForRequest(sites, 'local-offer.demo-borough.example', '/offers/x/')?.slug).toBe('demo-borough');
    expect(siteForRequest(sites, 'demo-borough.localhost', '/riverford/')?.slug).toBe('demo-borough');
  });
  it('goes by host and path for councils sharing an address', () => {
    expect(siteForRequest(sites, 'local-offers.example', '/riverford/offers/x/')?.slug).toBe('riverford');
    expect(siteForRequest(sites, 'local-offers.example', '/northdale/')?.slug).toBe('northdale');
    // The shared address's own front page is nobody's: the platform's index.
    expect(siteForRequest(sites, 'local-offers.example', '/')).toBeUndefined();
  });
  it('serves a council under a shared address at its path on this machine too', () => {
    expect(siteForRequest(sites, 'localhost', '/riverford/search/')?.slug).toBe('riverford');
    expect(siteForRequest(sites, 'localhost', '/')).toBeUndefined();
    expect(siteForRequest(sites, 'localhost', '/riverfordx/')).toBeUndefined();
  });
  it('serves a platform of one council at the root on any host, but not one under a path', () => {
    expect(siteForRequest([sites[0]!], 'localhost', '/')?.slug).toBe('demo-borough');
    expect(siteForRequest([sites[1]!], 'localhost', '/')).toBeUndefined();
  });
  it('keeps serving a platform of one council at the root beside the practice library, which answers at its own path', () => {
    const library = { slug: 'library', name: 'National practice library', hosts: ['library.localhost'], base: '/library/', kind: 'library' as const };
    expect(siteForRequest([sites[0]!, library], 'localhost', '/offers/x/')?.slug).toBe('demo-borough');
    expect(siteForRequest([sites[0]!, library], 'localhost', '/library/spotlights/')?.slug).toBe('library');
  });
});

describe('addresses under a path', () => {
  it('keeps the path of the public address', () => {
    expect(basePath('https://local-offers.example/riverford/')).toBe('/riverford/');
    expect(basePath('https://local-offers.example/riverford')).toBe('/riverford/');
    expect(basePath('https://local-offer.demo-borough.example')).toBe('/');
    expect(basePath(undefined)).toBe('/');
    expect(absoluteUrl('/offers/x/', 'https://local-offers.example/riverford/')).toBe('https://local-offers.example/riverford/offers/x/');
    expect(absoluteUrl('/offers/x/', 'https://local-offers.example/riverford')).toBe('https://local-offers.example/riverford/offers/x/');
    expect(absoluteUrl('/', 'https://a.example/')).toBe('https://a.example/');
    expect(absoluteUrl('https://other.example/x', 'https://a.example/b/')).toBe('https://other.example/x');
    expect(absoluteUrl('/x/', undefined)).toBeNull();
  });

  it('moves every root path in a page under the base, and nothing else', () => {
    // A page makes its URLs from the site's routes (site/lib/routes.ts); Astro's own links to its
    // bundled styles and scripts get the base as Astro renders the page (site/middleware.ts).
    const page = (routes: SiteRoutes) =>
      `<html lang="en-GB" data-base="${routes.base}"><link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/b.js"></script>` +
      `<a href="${routes.href('offer', { slug: 'x' })}">x</a><a href="${routes.at('https://gov.uk/')}">gov</a><a href="${routes.at('//cdn.example/x')}">p</a><a href="${routes.at('#main')}">skip</a>` +
      `<a href="${routes.at('tel:0800')}">call</a><form action="${routes.href('search')}"></form><img src="${routes.href('media', { file: 'p.webp' })}" alt=""><p>Go to /offers/ on href="/x"</p>` +
      `<img src="${routes.at('/media/q.webp')}" srcset="${['/media/q-400.webp 400w', '/media/q.webp 800w', 'https://cdn.example/q.webp 1200w'].map((c) => c.replace(/^\S+/, (url) => routes.at(url))).join(', ')}" alt="">`;
    const moved = assetLinksUnder(page(routesFor({ base: '/riverford/' })), '/riverford/');
    expect(moved).toContain('data-base="/riverford/"');
    expect(moved).toContain('href="/riverford/_astro/a.css"');
    expect(moved).toContain('src="/riverford/_astro/b.js"');
    expect(moved).toContain('href="/riverford/offers/x/"');
    expect(moved).toContain('action="/riverford/search/"');
    expect(moved).toContain('src="/riverford/media/p.webp"');
    expect(moved).toContain('srcset="/riverford/media/q-400.webp 400w, /riverford/media/q.webp 800w, https://cdn.example/q.webp 1200w"');
    expect(moved).toContain('href="https://gov.uk/"');
    expect(moved).toContain('href="//cdn.example/x"');
    expect(moved).toContain('href="#main"');
    // Words in the text are not attributes.
    expect(moved).toContain('<p>Go to /offers/ on href="/x"</p>');
    const atRoot = page(routesFor({ base: '/' }));
    expect(assetLinksUnder(atRoot, '/')).toBe(atRoot);
    // The offline list finds the moved styles and scripts, as root paths of the site.
    expect(assetsOf(moved, '/riverford/')).toEqual(['/_astro/a.css', '/_astro/b.js']);
  });

  it('moves the manifest’s start, scope, icons and shortcuts', () => {
    // The manifest makes them from the site's routes (manifest.webmanifest.ts), as here.
    const routes = routesFor({ base: '/riverford/' });
    const moved = {
      name: 'Riverford', start_url: routes.href('home'), scope: routes.base, icons: [{ src: routes.href('icon', { name: 'icon-192.png' }), sizes: '192x192' }],
      shortcuts: [{ name: 'Help', url: routes.href('helpNow') }], description: 'Say /hello',
    };
    expect(moved).toMatchObject({
      start_url: '/riverford/', scope: '/riverford/', icons: [{ src: '/riverford/icons/icon-192.png' }],
      shortcuts: [{ url: '/riverford/help-now/' }], description: 'Say /hello',
    });
  });
});

describe('the build plan', () => {
  it('reads the councils to build, and refuses a bad one by name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-'));
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify({ sites: [{ key: 'north', snapshot: 'a.json' }, { key: 'south', snapshot: 'b.json', siteUrl: 'https://x.example/s/' }] }));
    expect(siteKeys({ SITE_PLAN: file })).toEqual(['north', 'south']);
    expect(readSitePlan({ SITE_PLAN: file })!.sites[1]!.siteUrl).toBe('https://x.example/s/');
    expect(siteKeys({})).toEqual([undefined]);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ sites: [{ key: 'North Dale', snapshot: 'a.json' }] }));
    expect(() => readSitePlan({ SITE_PLAN: bad })).toThrow(/"North Dale"/);
    expect(entryId('north', 'offer-a')).toBe('north/offer-a');
    expect(splitEntryId('north/offer-a', ['north', 'south'])).toEqual({ key: 'north', id: 'offer-a' });
    expect(splitEntryId('offer-a', null)).toEqual({ key: undefined, id: 'offer-a' });
  });
});
