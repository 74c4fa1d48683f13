/**
 * Putting the sites of a build together (issue 19, part 3): nothing rewrites a page Astro
 * wrote, and each site's sitemap lists the pages Astro built for it, on its public address.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { putSitesTogether } from '@site/lib/sitesIntegration';

/** Every file under `dir` with its bytes, by path relative to `dir`. */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), readFileSync(full, 'utf8'));
    }
  }
  return files;
}

describe('putting the sites of a build together', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'sites-'));
  // What Astro wrote: two sites' pages under their keys, the shared files at the top. The
  // page of the site under a path already has its URLs under the path (from its routes).
  const written: Record<string, string> = {
    'riverford/index.html': '<html data-base="/riverford/"><link rel="stylesheet" href="/riverford/_astro/a.css"><a href="/riverford/offers/x/">x</a></html>',
    'riverford/offers/x/index.html': '<html data-base="/riverford/"><a href="/riverford/">home</a></html>',
    'riverford/offline/index.html': '<html data-base="/riverford/">offline</html>',
    'riverford/404/index.html': '<html data-base="/riverford/"><a href="/riverford/">home</a></html>',
    'riverford/open-data/offers.csv': 'slug\nx\n',
    'north/index.html': '<html data-base="/"><a href="/offers/y/">y</a></html>',
    'north/offers/y/index.html': '<html data-base="/"><a href="/">home</a></html>',
    '_astro/a.css': 'body{}',
  };
  for (const [file, text] of Object.entries(written)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  }
  const plan = path.join(out, '..', `${path.basename(out)}-plan.json`);
  writeFileSync(plan, JSON.stringify({ sites: [{ key: 'riverford', snapshot: 'r.json', siteUrl: 'https://shared.example/riverford/' }, { key: 'north', snapshot: 'n.json' }] }));
  const pathnames = ['riverford/', 'riverford/offers/x/', 'riverford/offline/', 'riverford/404/', 'riverford/open-data/offers.csv', 'north/', 'north/offers/y/'];
  const sites = putSitesTogether(out, pathnames, { SITE_PLAN: plan });

  it('leaves every page as Astro wrote it', () => {
    const after = filesOf(out);
    for (const [file, text] of Object.entries(written)) {
      const now = file.endsWith('404/index.html') ? file.replace('404/index.html', '404.html') : file;
      expect(after.get(now), now).toBe(text);
    }
    // Each site's folder is a whole site: the shared files copied in, unchanged.
    expect(after.get('riverford/_astro/a.css')).toBe('body{}');
    expect(sites.map((s) => [s.key, s.base])).toEqual([['riverford', '/riverford/'], ['north', '/']]);
  });

  it('writes each site a sitemap of its public pages at its public address, and none without one', () => {
    const sitemap = readFileSync(path.join(out, 'riverford', 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed).toEqual(['https://shared.example/riverford/', 'https://shared.example/riverford/offers/x/']);
    const north = readFileSync(path.join(out, 'north', 'sitemap.xml'), 'utf8');
    expect(north).toContain('<urlset');
    expect(north).not.toContain('<loc>');
    expect(north).not.toMatch(/localhost/);
  });
});
