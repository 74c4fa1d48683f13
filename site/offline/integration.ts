/**
 * Writes `/sw.js` after the build, from `site/offline/sw.js`, with the list of files to save
 * for offline use taken from the pages that were really built: the urgent help, offline,
 * home and checker pages, every page under `/guides/` (chapters, and any other guide page
 * that exists), and the styles, scripts, manifest and icons they use. The version is a hash
 * of all of those files, so a new build with different content installs a new worker, and
 * an identical build changes nothing on readers' phones.
 *
 * Imported by `astro.config.mjs`, which loads before the `@site/…` aliases exist: so
 * relative and `node:` imports only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSites, type BuiltSite } from '../lib/sitesIntegration';
import { isLibrarySite } from '../../content/model/sitePlan';

/** Pages saved on install, besides the guides. */
export const OFFLINE_PAGES = ['/', '/help-now/', '/offline/', '/what-can-i-get/'];
/** Files every page needs to be installable, saved on install. */
export const OFFLINE_FILES = ['/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png', '/icons/icon-512.png'];

/** A built page's file: `/guides/x/` → `<dir>/guides/x/index.html`. */
function pageFile(dir: string, page: string): string {
  return path.join(dir, page, 'index.html');
}

/** The same-site styles and scripts a page loads (`<base>_astro/…`, and stylesheets such as the checker's), as root paths. */
export function assetsOf(html: string, base = '/'): string[] {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:href|src)="${escaped}(_astro/[^"?#]+|[^"?#/][^"?#]*\\.css)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => `/${match[1]!}`);
}

/**
 * The precache list and its version, for a built site in `dir` with these page paths (root
 * paths); the list is of addresses under `base`, the path the site is served under.
 */
export function precache(dir: string, pages: string[], template: string, base = '/'): { files: string[]; version: string } {
  const wanted = pages.filter((page) => OFFLINE_PAGES.includes(page) || page.startsWith('/guides/'));
  const missing = OFFLINE_PAGES.filter((page) => !wanted.includes(page));
  if (missing.length) throw new Error(`Offline: these pages were not built, so they cannot be saved: ${missing.join(', ')}`);
  const files = new Set<string>([...wanted.sort(), ...OFFLINE_FILES]);
  for (const page of wanted) {
    for (const asset of assetsOf(readFileSync(pageFile(dir, page), 'utf8'), base)) files.add(asset);
  }
  const hash = createHash('sha256').update(template).update(base);
  for (const file of files) {
    const onDisk = file.endsWith('/') ? pageFile(dir, file) : path.join(dir, file);
    if (!existsSync(onDisk)) throw new Error(`Offline: ${file} is not in the built site (${onDisk}).`);
    hash.update(file).update(readFileSync(onDisk));
  }
  return { files: [...files].map((file) => `${base}${file.slice(1)}`), version: hash.digest('hex').slice(0, 12) };
}

/** Writes `sw.js` into a built site. */
export function writeServiceWorker(site: Pick<BuiltSite, 'dir' | 'pages' | 'base'>): { files: string[]; version: string } {
  const template = readFileSync(fileURLToPath(new URL('./sw.js', import.meta.url)), 'utf8');
  const { files, version } = precache(site.dir, site.pages, template, site.base);
  const script = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace("'__BASE__'", JSON.stringify(site.base))
    .replace('__PRECACHE__', JSON.stringify(files));
  writeFileSync(path.join(site.dir, 'sw.js'), script);
  return { files, version };
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'local-offer:service-worker',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        for (const site of builtSites(fileURLToPath(dir), pages.map((p) => p.pathname))) {
          // The national practice library's site is for reading online: no offline copy.
          if (isLibrarySite(site.key)) continue;
          const { files, version } = writeServiceWorker(site);
          logger.info(`${site.key ? `${site.key}: ` : ''}sw.js ${version}: ${files.length} files saved for offline use`);
        }
      },
    },
  };
}
