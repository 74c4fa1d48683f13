/**
 * A council deleted, or given a new short name, leaves no site behind: the next build's
 * `sites.json` stops listing it, and its folders go (`retireOldSites`). Nothing else in the
 * folder of sites is touched.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSiteDirectory } from '@cms/lib/councilSites';

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
    writeSiteDirectory(root, [{ id: 1, slug: 'riverford', name: 'Riverford City Council', siteUrl: null }]);
    // The council, and the national practice library's site (built with every run).
    expect(JSON.parse(readFileSync(path.join(root, 'sites.json'), 'utf8')).sites.map((s: { slug: string }) => s.slug)).toEqual(['riverford', 'library']);
    expect(readFileSync(path.join(root, 'riverford', 'index.html'), 'utf8')).toBe('riverford');
    expect(existsSync(path.join(root, 'old-riverford'))).toBe(false);
    expect(existsSync(path.join(root, 'old-riverford.builds'))).toBe(false);
    expect(existsSync(path.join(root, 'notes'))).toBe(true);
    expect(existsSync(path.join(root, 'README.txt'))).toBe(true);
  });
});
