/**
 * `npm run bench` (and `npm run bench:search` on its own): how often the site's search puts
 * the right page first, over the queries in bench/search-queries.yaml, written from what care
 * leavers, Personal Advisers and officers type.
 *
 * Serves the built site (default `dist/`; or the folder given as the first argument, or
 * BENCH_SITE), opens its real search page in Chromium (the one the tests use,
 * bench/chromium.ts) at phone size, types each query into the box and presses Enter,
 * then reads the first three results. In the same run and the same page it asks plain
 * Pagefind (`pagefind.search(query)`, what the page did before it understood whole questions,
 * slang and misspellings) for the baseline. Prints top-1 and top-3 rates side by side, by kind
 * of query, then every miss; writes the same to bench/SEARCH-REPORT.md.
 *
 * A benchmark, not a test: it never fails because a rate is low; it says so.
 *
 * It fails only when it could not measure: no built site, or not one query answered by the
 * site's search or by plain Pagefind.
 *
 *   npm run build && npm run bench:search
 *   npx tsx bench/search.ts .e2e/site      # the test site (tests/helpers/buildTestSite.ts)
 *   npx tsx bench/search.ts .e2e/site --smoke   # one query of each kind, no report: that it runs (`npm test` does it)
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { serveStatic } from '@platform/server/staticServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { noFigures, positional, smoke, writeReport } from './options';
import { benchSite } from './sites';

/** The site: a folder given (one site, or a folder of sites: its first council at the root), BENCH_SITE, else `dist/`. */
const site = benchSite(positional() || process.env.BENCH_SITE || 'dist');
const root = site.dir;
/**
 * A language of the site (BENCH_LANG, a locale id: `ar`, `prs`, `ti`; issue 21): its search page
 * (`/ar/search/`), its own queries (`bench/search-queries.ar.yaml`) and its own report.
 */
const lang = process.env.BENCH_LANG && process.env.BENCH_LANG !== 'en' ? process.env.BENCH_LANG : undefined;
const searchPath = lang ? `/${lang}/search/` : '/search/';
const queriesFile = path.resolve(process.env.BENCH_QUERIES || path.join('bench', lang ? `search-queries.${lang}.yaml` : 'search-queries.yaml'));
const queriesName = path.relative(process.cwd(), queriesFile);
/** Aim from issue 9: the right page in the first three for 95% of queries. */
const AIM_TOP3 = 0.95;
const TIMEOUT_MS = 15_000;

type Query = { q: string; want: string[]; kind: string };
type Outcome = { top: string[]; error?: string };
type Row = Query & { enhanced: Outcome; baseline: Outcome };

function readQueries(): Query[] {
  const list = parse(readFileSync(queriesFile, 'utf8')) as unknown;
  if (!Array.isArray(list)) throw new Error(`${queriesFile}: expected a list of queries`);
  return list.map((entry, i) => {
    const { q, want, kind } = (entry ?? {}) as Partial<Query>;
    if (typeof q !== 'string' || !q.trim() || !Array.isArray(want) || !want.length) {
      throw new Error(`${queriesFile}: entry ${i + 1} needs q (text) and want (a list of page paths)`);
    }
    return { q, want: want.map(String), kind: typeof kind === 'string' ? kind : 'other' };
  });
}

/** A smoke run asks the first query of each kind. */
const firstOfEachKind = (queries: Query[]) => queries.filter((query, i) => queries.findIndex((other) => other.kind === query.kind) === i);

/** Types the query into the search box, presses Enter, and reads the first three result paths. */
async function enhanced(page: Page, q: string): Promise<Outcome> {
  try {
    const box = page.locator('#search-q');
    await box.fill(q);
    await box.press('Enter');
    // search.ts marks the search box's container when a search has finished rendering.
    await page.waitForFunction(
      (term) => document.querySelector('[data-search]')?.getAttribute('data-search-done') === term,
      q.trim(),
      { timeout: TIMEOUT_MS },
    );
    const top = await page
      .locator('[data-search-results] > li h2 a')
      .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { top };
  } catch (error) {
    return { top: [], error: (error as Error).message.split('\n')[0] };
  }
}

/** Plain Pagefind in the same page: the query as typed, every word required, Pagefind's order. */
async function baseline(page: Page, q: string): Promise<Outcome> {
  try {
    const top = await page.evaluate(async (term) => {
      type Result = { data: () => Promise<{ url: string }> };
      const url = new URL('/pagefind/pagefind.js', location.href).href;
      const pagefind = (await import(url)) as { search: (t: string) => Promise<{ results: Result[] } | null> };
      const response = await pagefind.search(term);
      const data = await Promise.all((response?.results ?? []).slice(0, 3).map((result) => result.data()));
      return data.map((d) => new URL(d.url, location.href).pathname);
    }, q);
    return { top };
  } catch (error) {
    return { top: [], error: (error as Error).message.split('\n')[0] };
  }
}

const hit = (row: Row, outcome: Outcome, n: number) => outcome.top.slice(0, n).some((p) => row.want.includes(p));
const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');

function rates(rows: Row[]) {
  const count = (which: 'enhanced' | 'baseline', n: number) => rows.filter((row) => hit(row, row[which], n)).length;
  return {
    n: rows.length,
    e1: count('enhanced', 1),
    e3: count('enhanced', 3),
    b1: count('baseline', 1),
    b3: count('baseline', 3),
  };
}

async function main() {
  if (!existsSync(path.join(root, searchPath, 'index.html')) || !existsSync(path.join(root, 'pagefind', 'pagefind.js'))) {
    noFigures(`no built site with a search index at ${site.label}. Run \`npm run build\` first (or give a folder, or set BENCH_SITE).`);
  }
  const queries = smoke ? firstOfEachKind(readQueries()) : readQueries();
  // The build the folder points at now (dist is a symlink that a new build swaps; `benchSite`
  // resolved it): a build finishing during the run must not change the index under the page.
  const server = await serveStatic(root, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  const started = Date.now();
  try {
    // A phone, as most readers use.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}${searchPath}`);
    for (const query of queries) {
      pageErrors.length = 0;
      const row = { ...query, enhanced: await enhanced(page, query.q), baseline: await baseline(page, query.q) };
      if (row.enhanced.error && pageErrors.length) row.enhanced.error += ` (the page said: ${pageErrors.join('; ')})`;
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const where = site.label;
  const all = rates(rows);
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const line = (label: string, r: ReturnType<typeof rates>) =>
    `${label.padEnd(13)} ${String(r.n).padStart(4)}   ${pct(r.e1, r.n).padStart(6)} ${pct(r.e3, r.n).padStart(6)}   ${pct(r.b1, r.n).padStart(6)} ${pct(r.b3, r.n).padStart(6)}`;
  const misses = rows.filter((row) => !hit(row, row.enhanced, 3));
  const describe = (row: Row) =>
    `"${row.q}" (${row.kind}): wanted ${row.want.join(' or ')}; got ${row.enhanced.error ? `an error: ${row.enhanced.error}` : row.enhanced.top.join(', ') || 'nothing'}`;

  console.log(`Search over ${rows.length} queries (${queriesName}${smoke ? ', smoke run: the first of each kind' : ''}) on ${where}/, in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
  console.log('');
  console.log(`${''.padEnd(13)} ${'n'.padStart(4)}   ${'site search'.padEnd(13)}   plain Pagefind`);
  console.log(`${'kind'.padEnd(13)} ${''.padStart(4)}   ${'top 1'.padStart(6)} ${'top 3'.padStart(6)}   ${'top 1'.padStart(6)} ${'top 3'.padStart(6)}`);
  for (const kind of kinds) console.log(line(kind, rates(rows.filter((row) => row.kind === kind))));
  console.log(line('all', all));
  console.log('');
  const aimMet = all.e3 / all.n >= AIM_TOP3;
  console.log(`Top 3: ${pct(all.e3, all.n)} (aim ${pct(AIM_TOP3, 1)}${aimMet ? ', met' : ', not met'}); plain Pagefind ${pct(all.b3, all.n)}.`);
  console.log(misses.length ? `Not in the first three (${misses.length}):` : 'Every query found a wanted page in the first three.');
  for (const row of misses) console.log(`  ${describe(row)}`);
  const notFirst = rows.filter((row) => hit(row, row.enhanced, 3) && !hit(row, row.enhanced, 1));
  if (notFirst.length) {
    console.log(`In the first three but not first (${notFirst.length}):`);
    for (const row of notFirst) console.log(`  ${describe(row)}`);
  }

  const tableRow = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const tableLine = (label: string, r: ReturnType<typeof rates>) => tableRow([label, r.n, pct(r.e1, r.n), pct(r.e3, r.n), pct(r.b1, r.n), pct(r.b3, r.n)]);
  const report = [
    '# Search benchmark',
    '',
    `Measured ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:search\` (bench/search.ts)`,
    `on the site in \`${where}/\`: ${rows.length} queries from ${queriesName}, typed into the search page (${searchPath})`,
    'in Chromium at 390 px wide. "Plain Pagefind" is `pagefind.search(query)` on the same index in the same run.',
    'A hit is a wanted page first (top 1) or in the first three results (top 3).',
    'A benchmark, not a test: the figures depend on the content and on the search words list in the CMS.',
    '',
    tableRow(['kind', 'queries', 'site search top 1', 'site search top 3', 'plain Pagefind top 1', 'plain Pagefind top 3']),
    tableRow(['---', '---:', '---:', '---:', '---:', '---:']),
    ...kinds.map((kind) => tableLine(kind, rates(rows.filter((row) => row.kind === kind)))),
    tableLine('**all**', all),
    '',
    misses.length ? `Not in the first three (${misses.length}):` : 'Every query found a wanted page in the first three.',
    '',
    ...misses.map((row) => `- ${describe(row)}`),
    ...(notFirst.length ? ['', `In the first three but not first (${notFirst.length}):`, '', ...notFirst.map((row) => `- ${describe(row)}`)] : []),
    '',
  ].join('\n');
  // No figures is a benchmark that did not run: say so and leave the last report as it was.
  if (rows.every((row) => row.enhanced.error)) noFigures(`the site's search answered none of the ${rows.length} queries (first error: ${rows[0]?.enhanced.error})`);
  if (rows.every((row) => row.baseline.error)) noFigures(`plain Pagefind answered none of the ${rows.length} queries (first error: ${rows[0]?.baseline.error})`);
  writeReport(lang ? `SEARCH-REPORT.${lang}.md` : 'SEARCH-REPORT.md', report);
}

await main();
