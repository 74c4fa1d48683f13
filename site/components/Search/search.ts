/**
 * Search as you type with the Pagefind JS API (not its default UI, which is heavier and
 * harder to make read well). Loaded only on /search/. Everything here adds to a form that
 * already works without it.
 *
 * What someone types is read by `planQuery` (query.ts): phrases from the search words list
 * become the site's words, stop words go, and each remaining word is searched on its own;
 * `rankPages` merges the results so pages matching most of the words come first. An urgent
 * phrase puts urgent help first, with its numbers. A word that finds nothing is checked
 * against the site's own words for "Did you mean …?", applied at once when nothing was found.
 *
 * Pagefind's index is written after `astro build` (`npx pagefind --site dist`), so the
 * script is imported at run time from /pagefind/pagefind.js, never bundled.
 */
import {
  otherCouncilsOf,
  ownHelpFirst,
  phrasesOf,
  planQuery,
  rankPages,
  respell,
  resultLabels,
  sureCorrection,
  tokens,
  Vocabulary,
  type Hit,
  type Plan,
  type SearchWordEntry,
} from '@site/components/Search/query';
import { pageTranslator } from '@site/i18n/browser';
import { localeIdOfTag } from '@content/model/locales';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; council?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
/** A filter's value, or any of several (Pagefind's `{ any: […] }`). */
type FilterValue = string | { any: string[] };
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** `null` as the term lists every page that matches the filters. */
  search: (
    term: string | null,
    options?: { filters?: Record<string, FilterValue> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 350;
/** The offer filters: select names, which are also the Pagefind filter keys and URL parameters. */
const OFFER_FILTERS = ['area', 'audience', 'age'] as const;
/** The urgent help page's Pagefind type (site/pages/[...council]/help-now.astro). */
const HELP_TYPE = 'Help';
/** The practice spotlights' Pagefind type (site/pages/[...council]/spotlights/[slug].astro). */
const SPOTLIGHT_TYPE = 'Spotlight';
/** Wide enough for the filters to sit beside the results (Search.astro's styles). */
const WIDE = '(min-width: 56em)';

const root = document.querySelector<HTMLElement>('[data-search]');

/**
 * The URLs the script asks for, written by the page from the site's routes (site/lib/routes.ts,
 * Search.astro's `data-urls`): under the site's base path already, so nothing is added here.
 */
type SearchUrls = { search: string; helpNow: string; pagefind: string; base: string; searchWords: string; searchVocabulary: string };
/**
 * Whose site this is, for spotlights (Search.astro's `data-council`): on a council's site,
 * `own` names this council as spotlights name it (none when it has no spotlight), and other
 * councils' spotlights come after the reader's own help, labelled. The library's site has none.
 */
type SiteCouncil = { own: string[] } | null;

if (root) {
  const urls = JSON.parse(root.dataset.urls ?? '{}') as SearchUrls;
  const council = JSON.parse(root.dataset.council ?? 'null') as SiteCouncil;
  const HELP_URL = urls.helpNow;
  const t = pageTranslator(root);
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const filter = root.querySelector<HTMLFieldSetElement>('[data-search-filter]')!;
  const chosenLabel = root.querySelector<HTMLElement>('[data-search-filters-chosen]');
  const selects = OFFER_FILTERS.map((name) => root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)).filter(
    (select): select is HTMLSelectElement => select !== null,
  );
  const suggest = root.querySelector<HTMLElement>('[data-search-suggest]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const urgent = root.querySelector<HTMLElement>('[data-search-urgent]')!;
  const english = root.querySelector<HTMLAnchorElement>('[data-search-english]');

  // The page's language as a locale id (`fa-AF` → `prs`), for folding what is typed (`normalise` in query.ts).
  const lang = localeIdOfTag(document.documentElement.lang);
  let pagefind: Pagefind | undefined;
  let phrases: ReturnType<typeof phrasesOf> | undefined;
  let vocabulary = new Vocabulary([]);
  let helpResult: Promise<PagefindResult | undefined> | undefined;
  let otherCouncilsResult: Promise<Set<string>> | undefined;
  /** The Pagefind ids of other councils' spotlights, once known (labels the result cards). */
  let otherCouncils = new Set<string>();
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const selectedType = () => root.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
  /** The chosen filters as Pagefind wants them: only those with a value. */
  const selectedFilters = (): Record<string, string> => {
    const chosen: Record<string, string> = {};
    const type = selectedType();
    if (type) chosen.type = type;
    for (const select of selects) if (select.value) chosen[select.name] = select.value;
    return chosen;
  };

  // Start from the URL, so /search/?q=rent (from the home page form or a shared link) works.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const initialType = params.get('type') ?? '';
  const initialRadio = root.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(initialType)}"]`);
  if (initialRadio) initialRadio.checked = true;
  for (const select of selects) {
    const wanted = params.get(select.name);
    // Only a value the list offers: a stale or edited link falls back to "all".
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  async function load(): Promise<Pagefind | undefined> {
    if (pagefind) return pagefind;
    try {
      // A variable, so the bundler leaves the import for the browser.
      const url = new URL(`${urls.pagefind}pagefind.js`, location.href).href;
      const [api] = await Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, loadWords()]);
      // Results are under the site's path when it has one (a council under a shared address).
      await api.options({ excerptLength: 20, baseUrl: urls.base });
      await api.init();
      pagefind = api;
      return pagefind;
    } catch {
      status.textContent = t('search.unavailable');
      return undefined;
    }
  }

  /**
   * The search words list (`/search-words.json`, 5 kB) and the site's own words
   * (`/search-vocabulary.json`, 8 kB), both gzipped; without them, words are searched as typed.
   */
  async function loadWords(): Promise<void> {
    if (phrases) return;
    const json = async <T>(url: string, fallback: T): Promise<T> => {
      try {
        const response = await fetch(url);
        return response.ok ? ((await response.json()) as T) : fallback;
      } catch {
        return fallback;
      }
    };
    const [{ entries }, { words }] = await Promise.all([
      json<{ entries: SearchWordEntry[] }>(urls.searchWords, { entries: [] }),
      json<{ words: string[] }>(urls.searchVocabulary, { words: [] }),
    ]);
    phrases = phrasesOf(entries, lang);
    const says = entries.flatMap((entry) => entry.says.flatMap((text) => tokens(text, lang))).filter((word) => word.length >= 4);
    // Without the site's words there is nothing to correct spellings with.
    vocabulary = new Vocabulary(words.length ? [...words, ...says] : []);
  }

  function helpPage(api: Pagefind): Promise<PagefindResult | undefined> {
    helpResult ??= api
      .search(null, { filters: { type: HELP_TYPE } })
      .then((response) => response?.results[0])
      .catch(() => undefined);
    return helpResult;
  }

  /**
   * Other councils' spotlights on a council's site (every spotlight less this council's own),
   * asked of the index once; none on the library's site, or if the index cannot say.
   */
  function otherCouncilsSpotlights(api: Pagefind): Promise<Set<string>> {
    const ids = (filters: Record<string, FilterValue>) =>
      api.search(null, { filters: { type: SPOTLIGHT_TYPE, ...filters } }).then((response) => (response?.results ?? []).map((result) => result.id));
    otherCouncilsResult ??= council
      ? Promise.all([ids({}), council.own.length ? ids({ council: { any: council.own } }) : Promise.resolve([])])
          .then(([all, own]) => otherCouncilsOf(all, own))
          .catch(() => new Set<string>())
      : Promise.resolve(new Set<string>());
    return otherCouncilsResult.then((found) => (otherCouncils = found));
  }

  /**
   * The words searched, merged and ranked, urgent help first when the search is urgent.
   * A word the site does not use is not searched (Pagefind would match a few letters of it
   * somewhere) when there is a word of the site near it: `fixes` says which.
   */
  async function find(api: Pagefind, term: string, filters: Record<string, string>) {
    const plan: Plan = planQuery(term, phrases ?? [], lang);
    const fixes = new Map<string, string>();
    for (const concept of plan.concepts) {
      const fix = concept.from ? null : vocabulary.closest(concept.word);
      if (fix) fixes.set(concept.word, fix);
    }
    const searched = plan.concepts.filter((concept) => !fixes.has(concept.word));
    const [responses, others] = await Promise.all([
      Promise.all(searched.map((concept) => api.search(concept.word, { filters }))),
      otherCouncilsSpotlights(api),
    ]);
    const byId = new Map<string, PagefindResult>();
    const hits: Hit[][] = responses.map((response) =>
      (response?.results ?? []).map((result) => {
        if (!byId.has(result.id)) byId.set(result.id, result);
        return { id: result.id, score: result.score };
      }),
    );
    // The reader's own help first: other councils' spotlights after everything else.
    let found = ownHelpFirst(rankPages(hits), others).map((page) => byId.get(page.id)!);
    if (plan.urgent) {
      const help = await helpPage(api);
      if (help) found = [help, ...found.filter((result) => result.id !== help.id)];
    }
    return { results: found, fixes, respelt: plan.respelt };
  }

  function updateUrl(term: string, filters: Record<string, string>) {
    const next = new URLSearchParams();
    if (term) next.set('q', term);
    for (const [key, value] of Object.entries(filters)) next.set(key, value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** "Did you mean <a>…</a>?", or "Showing results for <a>…</a>, not ‘…’." */
  function showSuggestion(term: string, suggestion: string | null, applied: boolean) {
    suggest.replaceChildren();
    suggest.hidden = !suggestion;
    if (!suggestion) return;
    const link = document.createElement('a');
    const next = new URLSearchParams({ q: suggestion, ...selectedFilters() });
    link.href = `${urls.search}?${next}`;
    link.textContent = suggestion;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = suggestion;
      input.focus();
      void search();
    });
    const start = applied ? t('search.corrected') : t('search.didYouMean');
    const end = applied ? t('search.correctedEnd', { query: term }) : t('search.didYouMeanEnd');
    suggest.append(`${start} `, link, end);
  }

  /** The urgent numbers, as shown when nothing is found, for the urgent help result. */
  function urgentNumbers(): DocumentFragment {
    const fragment = document.createDocumentFragment();
    const intro = document.createElement('p');
    intro.textContent = t('search.urgentCard');
    const lines = urgent.querySelector('.help-lines')?.cloneNode(true) as HTMLElement | undefined;
    fragment.append(intro);
    if (lines) {
      lines.classList.add('search__urgent-lines');
      fragment.append(lines);
    }
    return fragment;
  }

  async function renderMore(moveFocus: boolean) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    // A result whose details cannot load (the site was rebuilt while this page was open) is left out.
    const items = await Promise.all(batch.map((result) => result.data().catch(() => null)));
    let first: HTMLAnchorElement | undefined;
    for (const [index, item] of items.entries()) {
      if (!item) continue;
      const li = document.createElement('li');
      li.className = 'card';
      // Another council's spotlight says so ("Another council’s project"), not just "Spotlight".
      const labels = resultLabels(item.meta, otherCouncils.has(batch[index]!.id), t('search.anotherCouncil'));
      if (labels.tag) {
        const type = document.createElement('p');
        type.className = 'tag';
        type.textContent = labels.tag;
        li.append(type);
      }
      if (labels.council) {
        // A practice spotlight says whose work it is.
        const whose = document.createElement('p');
        whose.className = 'caption';
        whose.textContent = labels.council;
        li.append(whose);
      }
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      li.append(heading);
      if (new URL(item.url, location.href).pathname === HELP_URL) {
        // Urgent help shows its numbers in the result itself, instead of an excerpt: nobody
        // in a crisis should need a second tap to find them.
        li.classList.add('search__result--urgent');
        li.append(urgentNumbers());
      } else {
        const excerpt = document.createElement('p');
        // Pagefind excerpts are escaped text from our own pages, with <mark> around matches.
        excerpt.innerHTML = item.excerpt;
        li.append(excerpt);
      }
      list.append(li);
      first ??= link;
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
    // After "Show more", carry on from the first new result (keyboard and screen reader users).
    if (moveFocus && first) first.focus();
  }

  function showChosen() {
    const count = Object.keys(selectedFilters()).length;
    if (chosenLabel) chosenLabel.textContent = t('search.filtersChosen', { count });
    return count;
  }

  function clear() {
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    urgent.hidden = true;
    showSuggestion('', null, false);
  }

  async function search() {
    try {
      await runSearch();
    } catch {
      // Say so rather than leave the last results looking current.
      clear();
      status.textContent = t('search.unavailable');
      root!.classList.remove('search--active');
      list.setAttribute('aria-busy', 'false');
      root!.setAttribute('data-search-done', input.value.trim());
    }
  }

  async function runSearch() {
    const term = input.value.trim();
    const filters = selectedFilters();
    const filtered = Object.keys(filters).some((key) => key !== 'type');
    const thisRun = ++run;
    showChosen();
    updateUrl(term, filters);
    // "Search in English" (a language's site) searches the English site for the same words.
    if (english) english.href = term ? `${english.dataset.searchEnglish}?q=${encodeURIComponent(term)}` : (english.dataset.searchEnglish ?? english.href);
    root!.removeAttribute('data-search-done');
    // With an offer filter chosen and no words, list everything that matches the filters
    // ("all offers for young parents"); with neither, there is nothing to show.
    if (!term && !filtered) {
      clear();
      status.textContent = '';
      root!.classList.remove('search--active');
      list.setAttribute('aria-busy', 'false');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const api = await load();
    if (!api || thisRun !== run) return;
    let found: PagefindResult[];
    let suggestion: string | null = null;
    let applied = false;
    if (term) {
      const first = await find(api, term, filters);
      found = first.results;
      if (first.fixes.size) {
        // Words the site does not use: searched as the nearest words it does when that is
        // surely what was meant (one letter out) or when the rest found nothing; otherwise
        // "Did you mean …?" with them.
        suggestion = respell(term, new Map([...first.respelt, ...first.fixes]), lang);
        const sure = [...first.fixes].every(([typed, fix]) => sureCorrection(typed, fix));
        if (!found.length || sure) {
          const second = await find(api, suggestion, filters);
          if (second.results.length) {
            found = second.results;
            applied = true;
          }
        }
      } else if (first.respelt.size && found.length) {
        // Misspellings the search words list corrected ("bursery"): searched already, say so.
        suggestion = respell(term, first.respelt, lang);
        applied = true;
      }
    } else {
      const [listed, others] = await Promise.all([api.search(null, { filters }), otherCouncilsSpotlights(api)]);
      found = ownHelpFirst(listed?.results ?? [], others);
    }
    // A newer search started while this one ran: drop this one.
    if (thisRun !== run) return;
    clear();
    results = found;
    await renderMore(false);
    if (thisRun !== run) return;
    showSuggestion(term, suggestion, applied);
    const count = results.length;
    status.textContent = term ? t('search.count', { count, query: applied ? suggestion! : term }) : t('search.countFiltered', { count });
    // Nothing found: the urgent numbers and the ways to browse.
    urgent.hidden = count > 0;
    root!.classList.toggle('search--active', count > 0);
    list.setAttribute('aria-busy', 'false');
    root!.setAttribute('data-search-done', term);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  }

  // The filters: shown now the script can use them (where there are any: the practice
  // library's site has spotlights only); folded on a phone unless one is chosen.
  filtersBox.hidden = !filter.querySelector('input') && selects.length === 0;
  const wide = window.matchMedia(WIDE);
  filtersBox.open = wide.matches || showChosen() > 0;
  wide.addEventListener('change', () => {
    filtersBox.open = wide.matches || showChosen() > 0;
  });

  input.addEventListener('input', schedule);
  filter.addEventListener('change', () => void search());
  for (const select of selects) select.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', () => void renderMore(true));

  if (input.value.trim() || Object.keys(selectedFilters()).some((key) => key !== 'type')) void search();
  else void load();
}
