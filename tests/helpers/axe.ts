import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The standard every page is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now: one entry per rule, with its impact, what it asks and where it broke. */
export async function axeProblems(page: Page): Promise<string[]> {
  // Only violations are collected: the passes and "needs review" lists are never read here,
  // and gathering them is about a third of axe's time on a page (measured on the language
  // pages: 837 ms a page with them, 520 ms without).
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

/** Zero axe violations on the page; a failure lists each rule and where it broke (after `label`, when given). */
export async function expectNoAxeViolations(page: Page, label?: string): Promise<void> {
  const problems = await axeProblems(page);
  expect(problems, [label, ...problems].filter(Boolean).join('\n')).toEqual([]);
}
