import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 19, part 8: a browser test's budget follows its work. A Playwright test that visits
 * something (loads a page, runs axe, sends a request, probes a page) for each item of a
 * list that grows with the content (every page, facet, council, spotlight, service) inside
 * one test must set its own timeout from the item count (`test.setTimeout(budgetFor(n, …))`,
 * tests/helpers/testBudget.ts), or be one test per item, generated at collection. Loops
 * over a list written out in the test (a few widths, five pages) are fixed work and need
 * nothing; so are checks on a page already loaded.
 *
 * This reads every spec under tests/e2e and tests/a11y with the TypeScript parser and
 * names each test that visits in a loop over a list it did not write out, without setting
 * its timeout.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SPEC_DIRS = ['tests/e2e', 'tests/a11y'];

function specFiles(): string[] {
  return SPEC_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((name) => /\.(e2e|a11y)\.spec\.ts$/.test(name))
      .map((name) => path.join(dir, name)),
  );
}

type Loop = ts.ForOfStatement | ts.ForStatement | ts.ForInStatement | ts.WhileStatement | ts.DoStatement;
const isLoop = (node: ts.Node): node is Loop =>
  ts.isForOfStatement(node) || ts.isForStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node);
const isFunction = (node: ts.Node) => ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node);

/** What costs a visit: a page load, axe, an HTTP request, a hostile-content probe, a new page. */
const VISIT = /\.goto\(|\.analyze\(|\brequest\.(get|post|fetch|head)\(|\bget\(request\b|\bprobe(All)?\(|\.newPage\(|\bfetch\(/;

/** Whether the loop's body awaits a visit (not counting functions defined inside it, which run elsewhere). */
function visitsInBody(loop: Loop): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (found || isFunction(node)) return;
    if (ts.isAwaitExpression(node) && VISIT.test(node.getText())) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(loop.statement);
  return found;
}

/** A list written out in the test (`['/', '/search/']`, `[375, 1280]`), or a count that is a number (`i < 40`). */
function fixedWork(loop: Loop): boolean {
  if (ts.isForOfStatement(loop)) return ts.isArrayLiteralExpression(loop.expression) && loop.expression.elements.every((e) => !ts.isSpreadElement(e));
  if (ts.isForStatement(loop) && loop.condition) {
    const bounds: ts.Expression[] = [];
    const collect = (node: ts.Expression) => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
        collect(node.left);
        collect(node.right);
      } else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken].includes(node.operatorToken.kind)) {
        bounds.push(node.right);
      }
    };
    collect(loop.condition);
    return bounds.some((bound) => ts.isNumericLiteral(bound));
  }
  return false;
}

/** `test('title', fn)` and `test.skip/fixme('title', fn)`: the test's title and callback. */
function testCall(node: ts.Node): { title: string; body: ts.Node } | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  const isTest =
    (ts.isIdentifier(callee) && callee.text === 'test') ||
    (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'test' && ['only', 'skip', 'fixme', 'fail'].includes(callee.name.text));
  const [title, fn] = node.arguments;
  if (!isTest || !title || !fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined;
  return { title: title.getText(), body: fn.body };
}

/**
 * Whether the code sets its timeout from its work: `test.setTimeout(…)`,
 * `test.info().setTimeout(…)` or `extendBudget(…)` with a computed value. A fixed number
 * (`test.setTimeout(120_000)`) is the budget that does not follow the work.
 */
function setsTimeout(body: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      const [value] = node.arguments;
      if (/^(test\.setTimeout|test\.info\(\)\.setTimeout|extendBudget)$/.test(callee) && value && !ts.isNumericLiteral(value)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** The loops in `body` that visit per item of a list that is not written out. */
function visitingLoops(body: ts.Node): Loop[] {
  const loops: Loop[] = [];
  const collect = (inner: ts.Node) => {
    if (isLoop(inner) && visitsInBody(inner) && !fixedWork(inner)) loops.push(inner);
    ts.forEachChild(inner, collect);
  };
  collect(body);
  return loops;
}

/**
 * The file's own helpers (top-level functions) that visit in such a loop and set no budget
 * themselves: a test that calls one loops as much as if it had the loop in its own body.
 */
function loopingHelpers(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of sf.statements) {
    const found: [string, ts.Node][] = [];
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) found.push([statement.name.text, statement.body]);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) found.push([d.name.text, d.initializer.body]);
      }
    }
    for (const [name, body] of found) if (visitingLoops(body).length && !setsTimeout(body)) names.add(name);
  }
  return names;
}

/** Every test in a file whose loops over content await, with no timeout of its own. */
export function unbudgetedTests(file: string, source = readFileSync(path.join(ROOT, file), 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const helpers = loopingHelpers(sf);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const call = testCall(node);
    if (call) {
      const loops: ts.Node[] = visitingLoops(call.body);
      const calls = (inner: ts.Node) => {
        if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && helpers.has(inner.expression.text)) loops.push(inner);
        ts.forEachChild(inner, calls);
      };
      calls(call.body);
      if (loops.length && !setsTimeout(call.body)) {
        const lines = loops.map((loop) => sf.getLineAndCharacterOfPosition(loop.getStart()).line + 1);
        found.push(`${file}:${lines.join(',')} ${call.title}`);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('browser tests: budgets follow their work', () => {
  it('finds the specs', () => {
    expect(specFiles().length).toBeGreaterThan(15);
  });

  it('no test loops over the content with one fixed budget', () => {
    expect(specFiles().flatMap((file) => unbudgetedTests(file))).toEqual([]);
  });

  it('names a test that visits every page in one fixed budget, and passes its fixes', () => {
    const loopInOneTest = `
      test('no sideways scrolling on any page', async ({ page }) => {
        for (const url of builtPages()) await page.goto(url);
      });`;
    expect(unbudgetedTests('x.e2e.spec.ts', loopInOneTest)).toEqual(["x.e2e.spec.ts:3 'no sideways scrolling on any page'"]);
    const onePerPage = `
      for (const url of builtPages()) {
        test(\`no sideways scrolling on \${url}\`, async ({ page }) => { await page.goto(url); });
      }`;
    expect(unbudgetedTests('x.e2e.spec.ts', onePerPage)).toEqual([]);
    const budgeted = `
      test('every page', async ({ page }) => {
        const pages = builtPages();
        test.setTimeout(budgetFor(pages.length, PER_ITEM_MS.page));
        for (const url of pages) await page.goto(url);
      });`;
    expect(unbudgetedTests('x.e2e.spec.ts', budgeted)).toEqual([]);
    // A fixed budget for a loop that grows is not a budget that follows the work; nor is a
    // loop moved into a helper.
    const fixedBudget = `
      async function probeAll(targets) {
        for (const target of targets) await probe(target);
      }
      test('the guide pages', async () => {
        test.setTimeout(120_000);
        await probeAll(allPages().filter(isGuide));
      });`;
    expect(unbudgetedTests('x.e2e.spec.ts', fixedBudget)).toEqual(["x.e2e.spec.ts:7 'the guide pages'"]);
    const fixed = `
      test('two widths', async ({ page }) => {
        for (const width of [375, 1280]) await page.setViewportSize({ width, height: 800 });
        for (let stop = 0; stop < 40; stop += 1) await page.keyboard.press('Tab');
      });`;
    expect(unbudgetedTests('x.e2e.spec.ts', fixed)).toEqual([]);
    // A loop that reads files, checks a page already loaded, or visits inside a function it
    // only defines, costs no visit here.
    const noWait = `
      test('files', async ({ page }) => {
        for (const page of builtPages()) expect(read(page)).toContain('x');
        for (const term of glossary) await expect(main).toContainText(term);
        for (const p of pages) list.push(async () => { await page.goto(p); });
      });`;
    expect(unbudgetedTests('x.e2e.spec.ts', noWait)).toEqual([]);
  });
});
