/**
 * The ways into the practice library (issue 11, item 3): by theme, council, region, kind of
 * council, year and what an outcome figure is about. Each value with at least one spotlight
 * is a page of its own (`/spotlights/<by>/<value>/`) listing exactly the spotlights that
 * match, in the library's order (newest collection first, then by title: `getSpotlights`);
 * it works without JavaScript and is in the sitemap. Councils, regions and kinds of council
 * come from the register of councils, never from free text.
 */
import { slugify } from '@content/model/patterns';
import { COUNCIL_TYPE, OUTCOME_KIND, REGION, SPOTLIGHT_THEME } from '@content/model/vocabularies';
import type { Spotlight } from '@site/loaders/schemas';
import { collator as localeCollator, DEFAULT_LOCALE } from '@content/model/locales';

export type Facet = { slug: string; label: string; spotlights: Spotlight[] };
/** Where a facet's pages live: `/spotlights/<by>/<value>/`. */
export type FacetBy = 'themes' | 'councils' | 'regions' | 'types' | 'years' | 'outcomes';
export type RegisteredCouncil = Spotlight['councils'][number];

/** The council's part of the address: "London Borough of Brent" → "london-borough-of-brent". */
export const councilFacetSlug = (council: string) => slugify(council);

export const facetPath = (by: FacetBy, value: string) => `/spotlights/${by}/${value}/`;
export const themeFacetPath = (theme: string) => facetPath('themes', theme);
export const councilFacetPath = (council: RegisteredCouncil) => facetPath('councils', councilFacetSlug(council.name));

/** "London Borough of Brent" sorts under B: the place, not the kind of council. */
const place = (name: string) => name.replace(/^(London Borough of|Royal Borough of|Borough of|City of)\s+/i, '');
// Council and region names are English names (the register of councils), on every language's site.
const collator = localeCollator(DEFAULT_LOCALE, { sensitivity: 'base' });

/** One facet per value of a word list, in the list's order; `label` is the value (the page translates it). */
function byVocabulary<V extends string>(values: readonly V[], spotlights: Spotlight[], has: (s: Spotlight, value: V) => boolean): Facet[] {
  return values
    .map((value) => ({ slug: value, label: value, spotlights: spotlights.filter((s) => has(s, value)) }))
    .filter((facet) => facet.spotlights.length > 0);
}

export function themeFacets(spotlights: Spotlight[]): Facet[] {
  return byVocabulary(SPOTLIGHT_THEME.values, spotlights, (s, theme) => s.themes.includes(theme));
}

/** Councils A to Z by place, each with its spotlights (a joint service's spotlight is under each of its councils). */
export function councilFacets(spotlights: Spotlight[]): Facet[] {
  const byCouncil = new Map<string, Facet>();
  for (const spotlight of spotlights) {
    for (const council of spotlight.councils) {
      const slug = councilFacetSlug(council.name);
      let facet = byCouncil.get(slug);
      if (!facet) byCouncil.set(slug, (facet = { slug, label: council.name, spotlights: [] }));
      facet.spotlights.push(spotlight);
    }
  }
  return [...byCouncil.values()].sort((a, b) => collator.compare(place(a.label), place(b.label)));
}

export function regionFacets(spotlights: Spotlight[]): Facet[] {
  return byVocabulary(REGION.values, spotlights, (s, region) => s.councils.some((c) => c.region === region));
}

export function typeFacets(spotlights: Spotlight[]): Facet[] {
  return byVocabulary(COUNCIL_TYPE.values, spotlights, (s, type) => s.councils.some((c) => c.type === type));
}

/** A spotlight's outcome figures about one thing. */
export const outcomesOfKind = (spotlight: Spotlight, kind: string) => spotlight.outcomes.filter((o) => o.kind === kind);

export function outcomeKindFacets(spotlights: Spotlight[]): Facet[] {
  return byVocabulary(OUTCOME_KIND.values, spotlights, (s, kind) => outcomesOfKind(s, kind).length > 0);
}

/**
 * The years a spotlight tells of: every year its source, milestones and outcome periods
 * name ("November 2024", "2023/24" gives 2023 and 2024), as the source gives them; a
 * spotlight that names no year is under none.
 */
/** The parts of a spotlight its years come from (a content file's spotlight has them too). */
export type DatedSpotlight = { milestones: { when: string }[]; outcomes: { period?: string | null }[]; source: { year?: number | null } };

export function spotlightYears(spotlight: DatedSpotlight): number[] {
  const texts = [...spotlight.milestones.map((m) => m.when), ...spotlight.outcomes.map((o) => o.period ?? '')];
  const years = new Set<number>(spotlight.source.year ? [spotlight.source.year] : []);
  for (const text of texts) {
    for (const match of text.matchAll(/\b((?:19|20)\d\d)(?:\/(\d\d))?\b/g)) {
      const first = Number(match[1]);
      years.add(first);
      if (match[2]) years.add(Math.floor(first / 100) * 100 + Number(match[2]));
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** Years, newest first, each with the spotlights that tell of it. */
export function yearFacets(spotlights: Spotlight[]): Facet[] {
  const years = [...new Set(spotlights.flatMap(spotlightYears))].sort((a, b) => b - a);
  return years.map((year) => ({ slug: String(year), label: String(year), spotlights: spotlights.filter((s) => spotlightYears(s).includes(year)) }));
}

/** Every facet, in the order the library's front page shows them. */
export const FACETS: { by: FacetBy; facets: (spotlights: Spotlight[]) => Facet[] }[] = [
  { by: 'themes', facets: themeFacets },
  { by: 'councils', facets: councilFacets },
  { by: 'regions', facets: regionFacets },
  { by: 'types', facets: typeFacets },
  { by: 'years', facets: yearFacets },
  { by: 'outcomes', facets: outcomeKindFacets },
];
