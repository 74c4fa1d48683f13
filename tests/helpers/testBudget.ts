/**
 * Time budgets for the browser tests (issue 19): a test's timeout follows its work.
 *
 * A test that visits every page (or every facet, council, spotlight, endpoint) is one test
 * per item, generated from the built site or the content when the file is collected, so
 * each gets `PER_TEST_MS`. Where a test must see every item at once (a total, a
 * comparison across items), its timeout grows with the item count: `budgetFor(n, perItem)`.
 *
 * `PER_TEST_MS` is one unit of work (one page loaded and checked, axe included) on a 2-core
 * machine with other work beside it (a build, another suite): about ten times what it takes
 * on an idle one. The per-item costs below are measured the same way. A budget is a bound on
 * a hang, not a speed test: the benchmarks measure speed.
 */
export const PER_TEST_MS = 60_000;

/** What one more item costs on a busy machine, by kind of work. */
export const PER_ITEM_MS = {
  /** An HTTP request to the test server, its checks included. */
  request: 1_000,
  /** A page loaded in the browser and a few checks on it (no axe). */
  page: 5_000,
  /** A page loaded and checked with axe. */
  axePage: 20_000,
  /** A web-first assertion or a small evaluate on a page already loaded. */
  check: 500,
  /**
   * An admin page opened or saved, its checks included, on a busy machine (a site build
   * beside it). Under `next dev`, which compiles on first use, the dashboard once took 51 s
   * with load average 17 beside a CI run; the admin tests now run the production build.
   */
  adminPage: 30_000,
} as const;

/** The timeout for a test that does `count` items of `perItemMs` each, on top of one unit. */
export function budgetFor(count: number, perItemMs: number, baseMs = PER_TEST_MS): number {
  return baseMs + Math.max(0, count) * perItemMs;
}
