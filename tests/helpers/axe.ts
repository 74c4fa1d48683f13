import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The standard every page is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now: one entry per rule, with its impact, what it asks and where it broke. */
export async function axeProblems(page: Page): Promise<string[]> {
  // Only violations are collected: the passes and "needs review" lists are never read here,
  // and gathering them takes time on every page. (`options()` replaces what `withTags()` set,
  // so it comes first: the other way round, axe ran its best-practice rules too.)
  // Legacy mode runs axe in the page itself (frames included, through axe's own messaging).
  // The default mode runs it in each frame and then puts the results together in a blank page
  // of its own: a new page and axe loaded twice more, about 0.7 s a page on a 2-core machine,
  // most of the time the every-page suites spent in axe, for pages that have no frames.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

/** Zero axe violations on the page; a failure lists each rule and where it broke (after `label`, when given). */
export async function expectNoAxeViolations(page: Page, label?: string): Promise<void> {
  const problems = await axeProblems(page);
  expect(problems, [label, ...problems].filter(Boolean).join('\n')).toEqual([]);
}
