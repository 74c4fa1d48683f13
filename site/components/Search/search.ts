/**
 * Search as you type with the Pagefind JS API (not its default UI, which is heavier and
 * harder to make read well). Loaded only on /search/. Everything here adds to a form that
 * already works without it.
 *
 * Pagefind's index is written after `astro build` (`npx pagefind --site dist`), so the
 * script is imported at run time from /pagefind/pagefind.js, never bundled.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** `null` as the term lists every page that matches the filters. */
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 350;
/** The offer filters: select names, which are also the Pagefind filter keys and URL parameters. */
const OFFER_FILTERS = ['area', 'audience', 'age'] as const;

const root = document.querySelector<HTMLElement>('[data-search]');

if (root) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filter = root.querySelector<HTMLFieldSetElement>('[data-search-filter]')!;
  const offerFilters = root.querySelector<HTMLElement>('[data-search-offer-filters]');
  const selects = OFFER_FILTERS.map((name) => root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)).filter(
    (select): select is HTMLSelectElement => select !== null,
  );
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  let pagefind: Pagefind | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const format = (key: string, vars: Record<string, string | number>) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));
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
      const url = new URL('/pagefind/pagefind.js', location.href).href;
      pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ excerptLength: 20 });
      await pagefind.init();
      return pagefind;
    } catch {
      status.textContent = strings.unavailable ?? '';
      return undefined;
    }
  }

  function updateUrl(term: string, filters: Record<string, string>) {
    const next = new URLSearchParams();
    if (term) next.set('q', term);
    for (const [key, value] of Object.entries(filters)) next.set(key, value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  async function renderMore(moveFocus: boolean) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((result) => result.data()));
    let first: HTMLAnchorElement | undefined;
    for (const item of items) {
      const li = document.createElement('li');
      li.className = 'card';
      if (item.meta.type) {
        const type = document.createElement('p');
        type.className = 'tag';
        type.textContent = item.meta.type;
        li.append(type);
      }
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      // Pagefind excerpts are escaped text from our own pages, with <mark> around matches.
      excerpt.innerHTML = item.excerpt;
      li.append(heading, excerpt);
      list.append(li);
      first ??= link;
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
    // After "Show more", carry on from the first new result (keyboard and screen reader users).
    if (moveFocus && first) first.focus();
  }

  async function search() {
    const term = input.value.trim();
    const filters = selectedFilters();
    const filtered = Object.keys(filters).some((key) => key !== 'type');
    const thisRun = ++run;
    updateUrl(term, filters);
    // With an offer filter chosen and no words, list everything that matches the filters
    // ("all offers for young parents"); with neither, there is nothing to show.
    if (!term && !filtered) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      root!.classList.remove('search--active');
      return;
    }
    const api = await load();
    if (!api) return;
    const response = await api.search(term || null, { filters });
    // A newer search started while this one ran: drop this one.
    if (!response || thisRun !== run) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await renderMore(false);
    if (thisRun !== run) return;
    const count = results.length;
    const key = count === 0 ? 'None' : count === 1 ? 'One' : '';
    status.textContent = format(term ? `count${key}` : `countFiltered${key}`, { count, query: term });
    root!.classList.toggle('search--active', count > 0);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  }

  filter.hidden = false;
  if (offerFilters) offerFilters.hidden = false;
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
