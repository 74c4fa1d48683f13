/**
 * Typed, sorted access to the snapshot collections for pages. Everything here was
 * validated by the loaders (`@site/loaders/payloadSnapshot`), so pages can trust the shapes.
 *
 * A build reads and sorts each collection once, not once per page (issue 10, item 7): the
 * getters are memoised, and `getSiteIndex()` gives lookups by slug and by area, and each
 * offer's related offers and guide chapters, without scanning every offer. The arrays are
 * shared by every page: never sort or change them in place. Under `astro dev` nothing is
 * memoised, so a re-export shows on the next page load.
 */
import { getCollection, getEntry } from 'astro:content';
import { SiteIndex } from '@site/lib/siteIndex';
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

/** `load` once per build (every call after the first gets the same promise); every time under `astro dev`. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  if (import.meta.env?.DEV) return load;
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      // A failure is not kept: the next page tries again (and fails with the real error).
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

/** The council that publishes this local offer. */
export const getAuthority = once(async (): Promise<Authority> => {
  const entry = await getEntry('authority' as never, 'authority' as never);
  if (!entry) throw new Error('The snapshot has no authority: the site cannot say whose local offer this is.');
  return (entry as { data: Authority }).data;
});

/** Areas in the order editors set. */
export const getAreas = once(async (): Promise<Area[]> => {
  return (await all<Area>('areas')).sort((a, b) => a.order - b.order || byText.compare(a.title, b.title));
});

/** What people type, mapped to the site's words (kept by editors in the CMS). */
export const getSearchWords = once(async (): Promise<SearchWord[]> => {
  return all<SearchWord>('searchWords');
});

/** Offers by title. */
export const getOffers = once(async (): Promise<Offer[]> => {
  return (await all<Offer>('offers')).sort((a, b) => byText.compare(a.title, b.title));
});

export const getGuides = once(async (): Promise<Guide[]> => {
  return (await all<Guide>('guides')).sort((a, b) => byText.compare(a.title, b.title));
});

/** Spotlights, newest collection first. */
export const getSpotlights = once(async (): Promise<Spotlight[]> => {
  return (await all<Spotlight>('spotlights')).sort(
    (a, b) => (b.source.year ?? 0) - (a.source.year ?? 0) || byText.compare(a.title, b.title),
  );
});

/** Glossary terms A to Z. */
export const getGlossary = once(async (): Promise<GlossaryTerm[]> => {
  return (await all<GlossaryTerm>('glossary')).sort((a, b) => byText.compare(a.term, b.term));
});

/** "You said, we did", most recently asked first. */
export const getPledges = once(async (): Promise<Pledge[]> => {
  return (await all<Pledge>('pledges')).sort((a, b) => b.askedOn.localeCompare(a.askedOn));
});

export const getIndicators = once(async (): Promise<Indicator[]> => {
  return (await all<Indicator>('indicators')).sort((a, b) => byText.compare(a.title, b.title));
});

/** Joins words the way a sentence does: `a, b or c` (`and` with `type: 'conjunction'`). */
export function joinWords(words: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listFormats[type].format(words);
}
const listFormats = {
  conjunction: new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }),
  disjunction: new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' }),
};

/** Lookups by slug and by area, related offers and chapters: built once from the sorted collections. */
export const getSiteIndex = once(async (): Promise<SiteIndex> => {
  const [areas, offers, guides, pledges] = await Promise.all([getAreas(), getOffers(), getGuides(), getPledges()]);
  return new SiteIndex({ areas, offers, guides, pledges });
});
