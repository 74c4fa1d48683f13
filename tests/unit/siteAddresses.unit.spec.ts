/**
 * Issue 18, finding 2: one council could take another council's address, or the practice
 * library's, and the server then served whichever came first. The one rule
 * (`content/model/siteAddresses.ts`) says when two sites would be served at the same place;
 * the site directory keeps the existing owner and refuses the newcomer, naming the clash.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteDirectory, writeSiteDirectory } from '@platform/build/councilSites';
import { siteForRequest } from '@content/model/siteDirectory';
import { addressesOverlap, DEMO_LIBRARY_URL, findOverlap, libraryAddresses, resolveSiteDirectory, siteEntry, sitesOverlap } from '@content/model/siteAddresses';

const at = (slug: string, siteUrl: string | null, name = slug) => siteEntry({ slug, name, siteUrl });
const library = siteEntry({ slug: 'library', name: 'National practice library', siteUrl: DEMO_LIBRARY_URL, kind: 'library' });

describe('the overlap rule', () => {
  it.each([
    ['the same address', 'https://x.example/', 'https://x.example/', true],
    ['the same address, spelt differently (case, port, trailing dot, no slash)', 'https://X.Example./', 'http://x.example:8080', true],
    ['the root of a host and a path under it', 'https://x.example/', 'https://x.example/riverford/', true],
    ['a path and a path inside it', 'https://x.example/a/', 'https://x.example/a/b/', true],
    ['the same path on one host', 'https://x.example/a/', 'https://x.example/a/', true],
    ['two paths side by side on one host', 'https://x.example/a/', 'https://x.example/b/', false],
    ['a path and one that only starts with the same letters', 'https://x.example/a/', 'https://x.example/ab/', false],
    ['two hosts', 'https://x.example/', 'https://y.example/', false],
    ['the same path on two hosts', 'https://x.example/a/', 'https://y.example/a/', false],
  ])('%s: %s and %s overlap: %s', (_, a, b, expected) => {
    expect(Boolean(sitesOverlap(at('a', a), at('b', b)))).toBe(expected);
    expect(Boolean(sitesOverlap(at('b', b), at('a', a)))).toBe(expected);
  });

  it('says where two sites meet: the longer path', () => {
    expect(addressesOverlap({ host: 'x.example', base: '/' }, { host: 'x.example', base: '/riverford/' })).toEqual({ host: 'x.example', base: '/riverford/' });
  });

  it('counts the local address <short name>.localhost: a public address on another council’s local host clashes', () => {
    expect(sitesOverlap(at('northdale', 'https://local-offer.northdale.example/'), at('demo', 'http://northdale.localhost/'))).toEqual({ host: 'northdale.localhost', base: '/' });
  });

  it('the practice library’s address is no council’s: a council at it, at the root of its host or inside it clashes', () => {
    for (const url of [DEMO_LIBRARY_URL, 'https://care-leavers.partnership.example/', 'https://care-leavers.partnership.example/library/north/']) {
      expect(findOverlap(at('demo', url), [library])?.other.slug).toBe('library');
    }
    expect(findOverlap(at('riverford', 'https://care-leavers.partnership.example/riverford/'), [library])).toBeNull();
    expect(libraryAddresses({ LIBRARY_SITE_URL: 'https://library.example/' })).toEqual(['https://library.example/', DEMO_LIBRARY_URL]);
  });
});

describe('the site directory refuses an ambiguous entry', () => {
  const northdale = at('northdale', 'https://local-offer.northdale.example/', 'Northdale County Council');
  const demo = at('demo-borough', 'https://local-offer.demo-borough.example/', 'Demo Borough Council');
  const riverford = at('riverford', 'https://care-leavers.partnership.example/riverford/', 'Riverford City Council');
  const served = [demo, northdale, riverford, library];

  it('keeps every site when none overlap', () => {
    const { sites, refused } = resolveSiteDirectory(served, served);
    expect(refused).toEqual([]);
    expect(sites).toEqual(served);
  });

  it('a council that takes another’s address: the owner keeps it, the newcomer stays where it was and is told why', () => {
    const hijack = at('demo-borough', 'https://local-offer.northdale.example/', 'Demo Borough Council');
    // The newcomer first in the list: being first no longer wins.
    const { sites, refused } = resolveSiteDirectory([hijack, northdale, riverford, library], served);
    expect(refused).toEqual([{ slug: 'demo-borough', message: expect.stringMatching(/^Demo Borough Council would be served at local-offer\.northdale\.example\/, which is Northdale County Council’s/) }]);
    expect(siteForRequest(sites, 'local-offer.northdale.example', '/')?.slug).toBe('northdale');
    // Its old address still serves its last good site.
    expect(siteForRequest(sites, 'local-offer.demo-borough.example', '/')?.slug).toBe('demo-borough');
  });

  it('a council that takes the library’s address, or puts itself above it, is refused', () => {
    for (const url of [DEMO_LIBRARY_URL, 'https://care-leavers.partnership.example/']) {
      const { sites, refused } = resolveSiteDirectory([at('demo-borough', url, 'Demo Borough Council'), northdale, riverford, library], served);
      expect(refused.map((r) => r.slug)).toEqual(['demo-borough']);
      expect(refused[0]!.message).toMatch(/which is (National practice library|Riverford City Council)’s/);
      expect(siteForRequest(sites, 'care-leavers.partnership.example', '/library/')?.slug).toBe('library');
      expect(siteForRequest(sites, 'care-leavers.partnership.example', '/riverford/')?.slug).toBe('riverford');
    }
  });

  it('a new council at a taken address is left out (it has nothing served yet)', () => {
    const { sites, refused } = resolveSiteDirectory([...served, at('newtown', 'https://care-leavers.partnership.example/riverford/', 'Newtown')], served);
    expect(refused.map((r) => r.slug)).toEqual(['newtown']);
    expect(sites.map((s) => s.slug)).not.toContain('newtown');
  });

  it('a site’s own <short name>.localhost is its own, however senior the newcomer', () => {
    const { sites, refused } = resolveSiteDirectory([at('demo-borough', 'http://northdale.localhost/'), northdale], []);
    expect(refused.map((r) => r.slug)).toEqual(['demo-borough']);
    expect(siteForRequest(sites, 'northdale.localhost', '/')?.slug).toBe('northdale');
  });

  it('with no directory yet, the more senior site keeps it', () => {
    const { refused } = resolveSiteDirectory([northdale, at('demo-borough', 'https://local-offer.northdale.example/')], []);
    expect(refused.map((r) => r.slug)).toEqual(['demo-borough']);
  });

  it('two councils may swap addresses, and a council may move to a path beside another’s', () => {
    const swapped = [at('demo-borough', 'https://local-offer.northdale.example/'), at('northdale', 'https://local-offer.demo-borough.example/'), riverford, library];
    expect(resolveSiteDirectory(swapped, served).refused).toEqual([]);
    const beside = [demo, northdale, riverford, library, at('newtown', 'https://care-leavers.partnership.example/newtown/')];
    expect(resolveSiteDirectory(beside, served).refused).toEqual([]);
  });
});

describe('sites.json, as the build writes it', () => {
  const council = (id: number, slug: string, name: string, siteUrl: string) => ({ id, slug, name, siteUrl, isDemo: true });
  const demo = council(1, 'demo-borough', 'Demo Borough Council', 'https://local-offer.demo-borough.example/');
  const northdale = council(2, 'northdale', 'Northdale County Council', 'https://local-offer.northdale.example/');
  const riverford = council(3, 'riverford', 'Riverford City Council', 'https://care-leavers.partnership.example/riverford/');
  const servedAt = (root: string, host: string, pathname = '/') => siteForRequest(readSiteDirectory(root).sites, host, pathname)?.slug;

  it('a council given another’s address, or the library’s, is refused there; the owner keeps being served', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lop-sites-'));
    expect(writeSiteDirectory(root, [demo, northdale, riverford], { graceMs: 0 }).refused).toEqual([]);
    // PATCH /api/authorities/1 {"siteUrl":"https://local-offer.northdale.example/"}, then a build.
    const taken = writeSiteDirectory(root, [{ ...demo, siteUrl: northdale.siteUrl }, northdale, riverford], { graceMs: 0 });
    expect(taken.refused).toEqual([{ slug: 'demo-borough', id: '1', message: expect.stringContaining('which is Northdale County Council’s') }]);
    expect(servedAt(root, 'local-offer.northdale.example')).toBe('northdale');
    expect(servedAt(root, 'local-offer.demo-borough.example')).toBe('demo-borough');
    // The library's address (a platform of demo councils: the demo's).
    const library = writeSiteDirectory(root, [{ ...demo, siteUrl: DEMO_LIBRARY_URL }, northdale, riverford], { graceMs: 0 });
    expect(library.refused.map((r) => r.slug)).toEqual(['demo-borough']);
    expect(servedAt(root, 'care-leavers.partnership.example', '/library/')).toBe('library');
  });
});
