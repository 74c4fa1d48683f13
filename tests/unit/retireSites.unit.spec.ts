/**
 * A council deleted, or given a new short name, leaves no site behind: the next build's
 * `sites.json` stops listing it, and its folders go (`retireOldSites`). Nothing else in the
 * folder of sites is touched.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteDirectory, writeSiteDirectory } from '@platform/build/councilSites';
import { siteForRequest } from '@content/model/siteDirectory';

function site(root: string, slug: string) {
  const build = path.join(root, `${slug}.builds`, '1-1-0');
  mkdirSync(build, { recursive: true });
  writeFileSync(path.join(build, 'index.html'), slug);
  symlinkSync(path.join(`${slug}.builds`, '1-1-0'), path.join(root, slug));
}

describe('sites of councils that are gone', () => {
  it('are deleted when sites.json is written; the others, and anything not a site, stay', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lop-sites-'));
    site(root, 'riverford');
    site(root, 'old-riverford');
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'README.txt'), 'kept');
    writeSiteDirectory(root, [{ id: 1, slug: 'riverford', name: 'Riverford City Council', siteUrl: null }], { graceMs: 0 });
    // The council, and the national practice library's site (built with every run).
    expect(JSON.parse(readFileSync(path.join(root, 'sites.json'), 'utf8')).sites.map((s: { slug: string }) => s.slug)).toEqual(['riverford', 'library']);
    expect(readFileSync(path.join(root, 'riverford', 'index.html'), 'utf8')).toBe('riverford');
    expect(existsSync(path.join(root, 'old-riverford'))).toBe(false);
    expect(existsSync(path.join(root, 'old-riverford.builds'))).toBe(false);
    expect(existsSync(path.join(root, 'notes'))).toBe(true);
    expect(existsSync(path.join(root, 'README.txt'))).toBe(true);
  });
});

/**
 * Issue 18, finding 10: renaming a council's short name took its site offline for the whole
 * build (and for good if that build failed): the old folder was retired before the new one
 * existed. Now the council's entry keeps its old folder and addresses until the site under the
 * new short name is live, and the old folder goes a grace period after that.
 */
describe('a council given a new short name', () => {
  const council = (slug: string) => ({ id: 7, slug, name: 'Riverford City Council', siteUrl: 'https://local-offer.riverford.example/' });
  const servedFor = (root: string, host: string) => {
    const site = siteForRequest(readSiteDirectory(root).sites, host, '/');
    return site ? readFileSync(path.join(root, site.slug, 'index.html'), 'utf8') : null;
  };

  it('keeps its old site served while the new one builds, and if that build fails', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lop-sites-'));
    site(root, 'riverford');
    writeSiteDirectory(root, [council('riverford')]);
    expect(servedFor(root, 'local-offer.riverford.example')).toBe('riverford');
    // Renamed: the build starts by writing the directory; nothing is built under the new name yet.
    writeSiteDirectory(root, [council('riverford-city')]);
    expect(servedFor(root, 'local-offer.riverford.example')).toBe('riverford');
    expect(existsSync(path.join(root, 'riverford'))).toBe(true);
    // The build failed: the next one starts the same way, and the old site is still served.
    writeSiteDirectory(root, [council('riverford-city')]);
    expect(servedFor(root, 'local-offer.riverford.example')).toBe('riverford');
  });

  it('serves the new site once it is live, and deletes the old folder only after the grace period', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lop-sites-'));
    site(root, 'riverford');
    writeSiteDirectory(root, [council('riverford')]);
    writeSiteDirectory(root, [council('riverford-city')], { graceMs: 60_000 });
    // The new site goes live (its build swapped it in), and the directory is written again.
    site(root, 'riverford-city');
    writeSiteDirectory(root, [council('riverford-city')], { graceMs: 60_000 });
    expect(servedFor(root, 'local-offer.riverford.example')).toBe('riverford-city');
    expect(readSiteDirectory(root).sites.map((s) => s.slug)).toEqual(['riverford-city', 'library']);
    // Retired, not yet deleted: a request that found it a moment ago still gets its files.
    expect(existsSync(path.join(root, 'riverford', 'index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'riverford.retired'))).toBe(true);
    writeSiteDirectory(root, [council('riverford-city')], { graceMs: 0 });
    expect(existsSync(path.join(root, 'riverford'))).toBe(false);
    expect(existsSync(path.join(root, 'riverford.builds'))).toBe(false);
    expect(existsSync(path.join(root, 'riverford.retired'))).toBe(false);
  });
});
