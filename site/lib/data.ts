/**
 * Typed, sorted access to the snapshot collections for pages. Everything here was
 * validated by the loaders (`@site/loaders/payloadSnapshot`), so pages can trust the shapes.
 */
import { getCollection, getEntry } from 'astro:content';
import type {
  Area,
  Authority,
  GlossaryTerm,
  Guide,
  Indicator,
  Offer,
  Pledge,
  SearchWord,
  Spotlight,
} from '@site/loaders/schemas';

const byText = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

async function all<T>(collection: string): Promise<T[]> {
  const entries = await getCollection(collection as never);
  return (entries as { data: T }[]).map((entry) => entry.data);
}

/** The council that publishes this local offer. */
export async function getAuthority(): Promise<Authority> {
  const entry = await getEntry('authority' as never, 'authority' as never);
  if (!entry) throw new Error('The snapshot has no authority: the site cannot say whose local offer this is.');
  return (entry as { data: Authority }).data;
}

/** Areas in the order editors set. */
export async function getAreas(): Promise<Area[]> {
  return (await all<Area>('areas')).sort((a, b) => a.order - b.order || byText.compare(a.title, b.title));
}

/** What people type, mapped to the site's words (kept by editors in the CMS). */
export async function getSearchWords(): Promise<SearchWord[]> {
  return all<SearchWord>('searchWords');
}

/** Offers by title. */
export async function getOffers(): Promise<Offer[]> {
  return (await all<Offer>('offers')).sort((a, b) => byText.compare(a.title, b.title));
}

export async function getGuides(): Promise<Guide[]> {
  return (await all<Guide>('guides')).sort((a, b) => byText.compare(a.title, b.title));
}

/** Spotlights, newest collection first. */
export async function getSpotlights(): Promise<Spotlight[]> {
  return (await all<Spotlight>('spotlights')).sort(
    (a, b) => (b.source.year ?? 0) - (a.source.year ?? 0) || byText.compare(a.title, b.title),
  );
}

/** Glossary terms A to Z. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await all<GlossaryTerm>('glossary')).sort((a, b) => byText.compare(a.term, b.term));
}

/** "You said, we did", most recently asked first. */
export async function getPledges(): Promise<Pledge[]> {
  return (await all<Pledge>('pledges')).sort((a, b) => b.askedOn.localeCompare(a.askedOn));
}

export async function getIndicators(): Promise<Indicator[]> {
  return (await all<Indicator>('indicators')).sort((a, b) => byText.compare(a.title, b.title));
}

/** Joins words the way a sentence does: `a, b or c` (`and` with `type: 'conjunction'`). */
export function joinWords(words: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type }).format(words);
}
