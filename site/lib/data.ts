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
import { getCollection, type CollectionKey } from 'astro:content';
import { isLanguageSite, isLibrarySite, readSitePlan, siteKeys, splitEntryId, type SiteKey } from '@content/model/sitePlan';
import { siteUrlOf } from '@site/lib/siteKey';
import { collator, listFormat } from '@content/model/locales';
import { i18nOfSite, type I18n } from '@site/i18n';
import { readFileSync } from 'node:fs';
import { comparisonInputSchema, comparisonRecords, councilComparison, type ComparisonInput, type ComparisonRecord, type CouncilComparison } from '@content/model/comparison';
import { SiteIndex } from '@site/lib/siteIndex';
import { newestFirst, type ChangeEntry, type ChangePage } from '@content/model/changeLog';
import { changeGuide } from '@site/lib/changes';
import { GENERATED_AT } from '@site/lib/openData';
import { openReferralFeed, type OpenReferralFeed } from '@site/lib/openReferral';
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

/** A to Z in the site's own language. */
const byText = (site: SiteKey) => collator(i18nOfSite(site).locale);

export { councilSiteOf, pagePath, siteOf, siteUrlOf } from '@site/lib/siteKey';
export type { SiteKey };

/**
 * `getStaticPaths` for every council's site in this build: `paths(siteKey)` gives one site's
 * paths, and each gets its `council` parameter (none for a one-site build, whose pages are at
 * the root). With `library`, the national practice library's site too (its pages: the
 * library, the comparison, search, the glossary; `isLibrary`). With `languages: false`, not
 * on the sites of a council's languages (`demo-borough/ar`): open data stays English only.
 */
export async function everySite<P extends { params: Record<string, string | number | undefined>; props?: Record<string, unknown> }>(
  paths: (siteKey: SiteKey) => P[] | Promise<P[]>,
  { library = false, languages = true }: { library?: boolean; languages?: boolean } = {},
): Promise<(P & { params: P['params'] & { council: string | undefined } })[]> {
  const keys = siteKeys().filter((key) => (library || !isLibrary(key)) && (languages || !isLanguageSite(key)));
  const all = await Promise.all(keys.map(async (key) => (await paths(key)).map((p) => ({ ...p, params: { ...p.params, council: key } }))));
  return all.flat();
}

/** `getStaticPaths` of a page with no parameters of its own: one per council's site. */
export const onEverySite = () => everySite(() => [{ params: {} }]);
/** The same, and on the national practice library's site. */
export const onEverySiteAndLibrary = () => everySite(() => [{ params: {} }], { library: true });
/** On every council's own site, not on its languages' (open data is English only). */
export const onEveryCouncilInEnglish = () => everySite(() => [{ params: {} }], { languages: false });
/** On every council's own site and the library's, not on its languages' (open data is English only: `/open-data/` is not built per language). */
export const onEverySiteAndLibraryInEnglish = () => everySite(() => [{ params: {} }], { library: true, languages: false });

/** True when `site` is the national practice library's site, not a council's. */
export const isLibrary: (site: SiteKey) => boolean = isLibrarySite;

/** Where every council's site links to the national practice library (its public address), if the build knows it. */
export const libraryUrl = (): string | undefined => readSitePlan()?.libraryUrl;

/** One collection's entries, grouped by site (read once per build). */
const grouped = new Map<CollectionKey, Promise<Map<SiteKey, unknown[]>>>();
async function groupBySite(collection: CollectionKey): Promise<Map<SiteKey, unknown[]>> {
  const keys = readSitePlan()?.sites.map((s) => s.key) ?? null;
  const bySite = new Map<SiteKey, unknown[]>();
  for (const entry of await getCollection(collection)) {
    const { key } = splitEntryId(entry.id, keys);
    let list = bySite.get(key);
    if (!list) bySite.set(key, (list = []));
    list.push(entry.data);
  }
  return bySite;
}
async function all<T>(collection: CollectionKey, site: SiteKey): Promise<T[]> {
  let pending = import.meta.env?.DEV ? undefined : grouped.get(collection);
  if (!pending) {
    pending = groupBySite(collection);
    if (!import.meta.env?.DEV) grouped.set(collection, pending);
    pending.catch(() => grouped.delete(collection));
  }
  return ((await pending).get(site) ?? []) as T[];
}

/** `load(site)` once per site per build (every later call gets the same promise); every time under `astro dev`. */
function once<T>(load: (site: SiteKey) => Promise<T>): (site: SiteKey) => Promise<T> {
  if (import.meta.env?.DEV) return load;
  const pending = new Map<SiteKey, Promise<T>>();
  return (site) => {
    let promise = pending.get(site);
    if (!promise) {
      promise = load(site);
      pending.set(site, promise);
      // A failure is not kept: the next page tries again (and fails with the real error).
      promise.catch(() => pending.delete(site));
    }
    return promise;
  };
}

/** The council that publishes this local offer. */
export const getAuthority = once(async (site): Promise<Authority> => {
  const [authority] = await all<Authority>('authority', site);
  if (!authority) throw new Error(`The snapshot${site ? ` of ${site}` : ''} has no authority: the site cannot say whose local offer this is.`);
  return authority;
});

/** Areas in the order editors set. */
export const getAreas = once(async (site): Promise<Area[]> => {
  return [...(await all<Area>('areas', site))].sort((a, b) => a.order - b.order || byText(site).compare(a.title, b.title));
});

/** What people type, mapped to the site's words (kept by editors in the CMS). */
export const getSearchWords = once(async (site): Promise<SearchWord[]> => {
  return all<SearchWord>('searchWords', site);
});

/** Offers by title. */
export const getOffers = once(async (site): Promise<Offer[]> => {
  return [...(await all<Offer>('offers', site))].sort((a, b) => byText(site).compare(a.title, b.title));
});

export const getGuides = once(async (site): Promise<Guide[]> => {
  return [...(await all<Guide>('guides', site))].sort((a, b) => byText(site).compare(a.title, b.title));
});

/** Spotlights, newest collection first. */
export const getSpotlights = once(async (site): Promise<Spotlight[]> => {
  return [...(await all<Spotlight>('spotlights', site))].sort(
    (a, b) => (b.source.year ?? 0) - (a.source.year ?? 0) || byText(site).compare(a.title, b.title),
  );
});

/** Glossary terms A to Z. */
export const getGlossary = once(async (site): Promise<GlossaryTerm[]> => {
  return [...(await all<GlossaryTerm>('glossary', site))].sort((a, b) => byText(site).compare(a.term, b.term));
});

/** "You said, we did", most recently asked first. */
export const getPledges = once(async (site): Promise<Pledge[]> => {
  return [...(await all<Pledge>('pledges', site))].sort((a, b) => b.askedOn.localeCompare(a.askedOn));
});

export const getIndicators = once(async (site): Promise<Indicator[]> => {
  return [...(await all<Indicator>('indicators', site))].sort((a, b) => byText(site).compare(a.title, b.title));
});

/** The change log (issue 22, part 4): the council's changes and the national ones, newest first. */
export const getChanges = once(async (site): Promise<ChangeEntry[]> => {
  return [...(await all<ChangeEntry>('changes', site))].sort(newestFirst);
});

/** The changes shown on one page ("What changed"), newest first. */
export async function changesOn(site: SiteKey, page: ChangePage, slug: string, guide?: string): Promise<ChangeEntry[]> {
  return (await getChanges(site)).filter((change) => change.page === page && change.slug === slug && (page !== 'chapter' || guide === undefined || changeGuide(change) === guide));
}

/** Joins words the way a sentence does: `a, b or c` (`and` with `type: 'conjunction'`). */
export function joinWords(i18n: I18n, words: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listFormat(i18n.locale, type).format(words);
}

/** Lookups by slug and by area, related offers and chapters: built once from the sorted collections. */
export const getSiteIndex = once(async (site): Promise<SiteIndex> => {
  const [areas, offers, guides, pledges] = await Promise.all([getAreas(site), getOffers(site), getGuides(site), getPledges(site)]);
  return new SiteIndex({ areas, offers, guides, pledges });
});

/**
 * "How councils compare": every council's latest published part (gathered by the platform's
 * build, `SitePlan.comparison`), this site's own from the snapshot it is built from now, so a
 * council's rebuild shows its new figures at once. Without the gathered file (a build by
 * hand), only this council.
 */
export const getComparison = once(
  async (site): Promise<{ generated: string; own: CouncilComparison | null; councils: CouncilComparison[]; records: ComparisonRecord[] }> => {
    const key = site ?? 'site';
    // The library's site has no council of its own: every council's part, as gathered.
    const own = isLibrary(site) ? null : councilComparison(key, await getAuthority(site), await getOffers(site));
    const gathered = readGathered();
    const others = (gathered?.councils ?? []).filter((c) => !own || (c.key !== key && c.onsCode !== own.onsCode));
    const councils = own ? [own, ...others] : others;
    return { generated: gathered?.generated ?? new Date().toISOString(), own, councils, records: comparisonRecords(councils) };
  },
);

/** The gathered comparison file, read once per build (every site of the build shares it); null without one. */
let gathered: { file: string; data: ComparisonInput } | undefined;
function readGathered(): ComparisonInput | null {
  const file = readSitePlan()?.comparison;
  if (!file) return null;
  if (gathered?.file === file && !import.meta.env?.DEV) return gathered.data;
  const parsed = comparisonInputSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`The comparison file ${file} is not one: ${parsed.error.issues[0]?.message ?? ''}`);
  gathered = { file, data: parsed.data };
  return parsed.data;
}

/** The council's published offer as Open Referral UK (`@site/lib/openReferral`): made once per site per build. */
export const getOpenReferralFeed = once(async (site): Promise<OpenReferralFeed> => {
  const [authority, areas, offers, changes] = await Promise.all([getAuthority(site), getAreas(site), getOffers(site), getChanges(site)]);
  return openReferralFeed(authority, areas, offers, siteUrlOf(site), GENERATED_AT, changes);
});
