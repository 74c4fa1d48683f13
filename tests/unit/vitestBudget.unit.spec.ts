import path from 'node:path';
import { createVitest } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { PER_TEST_MS } from '@tests/helpers/testBudget';

/**
 * Issue 19, part 8, for the Vitest suites: `npm test` passes on a 2-core machine with a build
 * running beside it. A unit test that reads all the demo content (the jargon buster over every
 * body: 2.5 s on an idle machine) timed out at Vitest's 5 s default in such a run. Every project
 * gets one busy machine's unit of work (`PER_TEST_MS`), as the browser tests do; a budget is a
 * bound on a hang, not a speed test.
 */
describe('the Vitest projects’ time budgets', () => {
  it('give every project a busy machine’s unit of work, not Vitest’s idle-machine 5 s default', async () => {
    const root = path.resolve(__dirname, '..', '..');
    const vitest = await createVitest('test', { root, config: path.join(root, 'vitest.config.ts'), watch: false });
    try {
      const budgets = vitest.projects.map((project) => ({
        project: project.name,
        test: project.config.testTimeout,
        hook: project.config.hookTimeout,
      }));
      expect(budgets.map((b) => b.project)).toContain('unit');
      for (const budget of budgets) {
        expect(budget.test, `${budget.project}: testTimeout`).toBeGreaterThanOrEqual(PER_TEST_MS);
        expect(budget.hook, `${budget.project}: hookTimeout`).toBeGreaterThanOrEqual(PER_TEST_MS);
      }
    } finally {
      await vitest.close();
    }
  });
});
