/**
 * The ways into the practice library (issue 11, item 3): every theme and every council that
 * has a spotlight, each with exactly the spotlights that match, in the library's order
 * (newest collection first, then by title: `getSpotlights`). Each is a page of its own
 * (`/spotlights/themes/<theme>/`, `/spotlights/councils/<council>/`), works without
 * JavaScript and is in the sitemap. A theme or council with no spotlight has no page.
 */
import { slugify } from '@content/model/patterns';
import { SPOTLIGHT_THEME } from '@content/model/vocabularies';
import type { Spotlight } from '@site/loaders/schemas';

export type Facet = { slug: string; label: string; spotlights: Spotlight[] };

/** The council's part of the address: "London Borough of Brent" → "london-borough-of-brent". */
export const councilFacetSlug = (council: string) => slugify(council);

export const themeFacetPath = (theme: string) => `/spotlights/themes/${theme}/`;
export const councilFacetPath = (council: string) => `/spotlights/councils/${councilFacetSlug(council)}/`;

/** Themes in the vocabulary's order, each with its spotlights; `label` is the theme's key (the page translates it). */
export function themeFacets(spotlights: Spotlight[]): Facet[] {
  return SPOTLIGHT_THEME.values
    .map((theme) => ({ slug: theme, label: theme, spotlights: spotlights.filter((s) => s.themes.includes(theme)) }))
    .filter((facet) => facet.spotlights.length > 0);
}

/** Councils A to Z, each with its spotlights. */
export function councilFacets(spotlights: Spotlight[]): Facet[] {
  const byCouncil = new Map<string, Facet>();
  for (const spotlight of spotlights) {
    const slug = councilFacetSlug(spotlight.council);
    let facet = byCouncil.get(slug);
    if (!facet) byCouncil.set(slug, (facet = { slug, label: spotlight.council, spotlights: [] }));
    facet.spotlights.push(spotlight);
  }
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
  // "London Borough of Brent" sorts under B: the place, not the kind of council.
  const place = (name: string) => name.replace(/^(London Borough of|Royal Borough of|Borough of|City of)\s+/i, '');
  return [...byCouncil.values()].sort((a, b) => collator.compare(place(a.label), place(b.label)));
}
