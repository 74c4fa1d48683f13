/**
 * Easy Read on the site (issue 21, part 6): which offers have an Easy Read page, and the
 * pictures beside its sentences.
 *
 * The pictures are Tabler Icons (MIT, the npm package `@tabler/icons`), read from the package
 * at build time and written into each page as inline SVG: nothing is fetched from a CDN, the
 * page needs no extra request to show them (offline and in print too), and only the icons in
 * `EASY_READ_PICTURES` ever reach the site. The package's outline nodes file lists each icon as
 * its elements and attributes; every one of ours is paths with a `d` attribute only, and
 * anything else fails the build rather than being copied blindly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EASY_READ_PICTURES, EASY_READ_PICTURE_NAMES, type EasyRead, type EasyReadPicture } from '@content/model/easyRead';
import { DEFAULT_LOCALE } from '@content/model/locales';
import { plannedSite, type SiteKey } from '@content/model/sitePlan';
import type { Authority, Offer } from '@site/loaders/schemas';

/** The outline of one picture: the `d` of each of its paths, in a 24 × 24 box. */
export type PictureOutline = { readonly name: EasyReadPicture; readonly alt: string; readonly paths: readonly string[] };

/** The package's outline icons, by name: `[['path', { d: '…' }], …]`. */
type IconNodes = Record<string, [string, Record<string, string>][]>;

let outlines: Map<EasyReadPicture, PictureOutline> | undefined;

/** Reads the pictures once per build (the package's file is large; we keep the few we use). */
function loadOutlines(): Map<EasyReadPicture, PictureOutline> {
  // Resolved from the project, not from the bundled page's own folder (Astro builds pages elsewhere).
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const file = require.resolve('@tabler/icons/tabler-nodes-outline.json');
  const nodes = JSON.parse(readFileSync(file, 'utf8')) as IconNodes;
  const map = new Map<EasyReadPicture, PictureOutline>();
  for (const name of EASY_READ_PICTURE_NAMES) {
    const icon = nodes[name];
    if (!icon) throw new Error(`Easy Read: @tabler/icons has no outline icon "${name}" (EASY_READ_PICTURES in content/model/easyRead.ts)`);
    const paths = icon.map(([tag, attributes]) => {
      const keys = Object.keys(attributes);
      if (tag !== 'path' || keys.length !== 1 || typeof attributes.d !== 'string' || !/^[MmLlHhVvCcSsQqTtAaZz0-9 .,-]+$/.test(attributes.d))
        throw new Error(`Easy Read: the icon "${name}" has a <${tag}> with ${keys.join(', ')}: only paths with a plain "d" are shipped`);
      return attributes.d;
    });
    map.set(name, { name, alt: EASY_READ_PICTURES[name], paths });
  }
  return map;
}

/** A picture's outline and alt text. */
export function pictureOf(name: EasyReadPicture): PictureOutline {
  outlines ??= loadOutlines();
  return outlines.get(name)!;
}

/**
 * The offer's Easy Read version, if this site shows one: the council offers Easy Read, the
 * offer has its own, and the site is the English one (`lang`, a locale id: Easy Read is a
 * variant of the English page, so a language's site neither builds nor links to it). Never
 * the standard page instead: no version, no link, no page.
 */
export function easyReadOf(offer: Pick<Offer, 'easyRead'>, authority: Pick<Authority, 'easyRead'> | null, lang: string): EasyRead | null {
  return lang === DEFAULT_LOCALE.id && authority?.easyRead && offer.easyRead ? offer.easyRead : null;
}

/** The language of a site of this build (a locale id): its plan's, or English with no plan. */
export function siteLanguage(site: SiteKey): string {
  return plannedSite(site)?.lang ?? DEFAULT_LOCALE.id;
}
