import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readReports, runBench } from '../../bench/smoke';
import { builtPages, e2eSiteDir } from '@tests/helpers/e2e';
import { budgetFor } from '@tests/helpers/testBudget';
import { languagesSiteDir } from '@tests/helpers/languageSites';

/**
 * Every benchmark runs in `npm test`, tiny (issue 19, part 7), so none can rot: here the two
 * that need the built test site and Chromium, with `--smoke` on Demo Borough's test site.
 * Each must finish and print its figures beside its baseline of the same run (plain Pagefind;
 * the page budget), and leave the committed reports as they are. Never judged on time: the
 * limits only stop a run that hangs, and grow with the work. The scale and Open Referral
 * benchmarks' smoke runs are in `tests/int/benchSmoke.int.spec.ts`.
 */
const reportsBefore = readReports();

/** The search smoke asks the first query of each kind in bench/search-queries.yaml. */
const kinds = new Set((parse(readFileSync('bench/search-queries.yaml', 'utf8')) as { kind?: string }[]).map((q) => q.kind ?? 'other'));
/** Start-up (server, Chromium, the search page), then each query: the site's search and plain Pagefind, each up to the bench's own 15 s wait. */
const SEARCH_LIMIT_MS = budgetFor(kinds.size * 2, 15_000);

/** Every page weighed (a gzip of its files each), then Lighthouse on the home page (its own Chrome, simulated slow 4G). */
const LIGHTHOUSE_MS = 180_000;
const PAGE_WEIGHT_LIMIT_MS = budgetFor(builtPages(e2eSiteDir).length, 200, 60_000 + LIGHTHOUSE_MS);

const percent = String.raw`\d+\.\d%`;

test.describe('the benchmarks still run (smoke runs on the test site)', () => {
  test('bench:search --smoke types a query of each kind and prints the site search’s rates beside plain Pagefind’s', async () => {
    test.setTimeout(SEARCH_LIMIT_MS + 30_000);
    const run = await runBench('search.ts', [e2eSiteDir, '--smoke'], SEARCH_LIMIT_MS);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`Search over ${kinds.size} queries (bench/search-queries.yaml, smoke run: the first of each kind)`);
    // n, then site search top 1 and top 3, then plain Pagefind top 1 and top 3.
    expect(run.output).toMatch(new RegExp(`^all\\s+${kinds.size}\\s+${percent}\\s+${percent}\\s+${percent}\\s+${percent}$`, 'm'));
    expect(run.output).toMatch(new RegExp(`Top 3: ${percent} \\(aim 95\\.0%, (met|not met)\\); plain Pagefind ${percent}\\.`));
    expect(run.output).toContain('Report not written (smoke run)');
    expect(readReports()).toEqual(reportsBefore);
  });

  test('bench:search in Arabic (BENCH_LANG=ar) types its own queries into the Arabic search page of the language fixture', async () => {
    const arabicKinds = new Set((parse(readFileSync('bench/search-queries.ar.yaml', 'utf8')) as { kind?: string }[]).map((q) => q.kind ?? 'other'));
    const limit = budgetFor(arabicKinds.size * 2, 15_000);
    test.setTimeout(limit + 30_000);
    const run = await runBench('search.ts', [languagesSiteDir, '--smoke'], limit, { BENCH_LANG: 'ar' });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`Search over ${arabicKinds.size} queries (bench/search-queries.ar.yaml, smoke run: the first of each kind)`);
    expect(run.output).toMatch(new RegExp(`^all\\s+${arabicKinds.size}\\s+${percent}\\s+${percent}\\s+${percent}\\s+${percent}$`, 'm'));
    expect(run.output).toContain('Report not written (smoke run)');
    expect(readReports()).toEqual(reportsBefore);
  });

  test('pageWeight --smoke weighs every page beside the budget and runs Lighthouse on the home page', async () => {
    test.setTimeout(PAGE_WEIGHT_LIMIT_MS + 30_000);
    const run = await runBench('pageWeight.ts', [e2eSiteDir, '--smoke'], PAGE_WEIGHT_LIMIT_MS);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/First-load weight of [1-9]\d* pages in \S+ \(gzip, fonts apart\), beside the budget of 60\.0 KB a page:/);
    expect(run.output).toMatch(/median \d+\.\d KB, max \d+\.\d KB/);
    expect(run.output).toMatch(/Lighthouse home\s+performance (\d+|–), accessibility \d+, best-practices \d+, seo \d+/);
    expect(run.output).toContain('Report not written (smoke run)');
    expect(readReports()).toEqual(reportsBefore);
  });
});
