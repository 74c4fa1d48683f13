import type { Page } from '@playwright/test';

/**
 * Content Security Policy checks in the browser, shared by the CSP suite
 * (tests/e2e/csp.e2e.spec.ts) and the every-page suites (tests/a11y/pages.a11y.spec.ts,
 * tests/a11y/languagePages.a11y.spec.ts, through tests/helpers/pageVisit.ts).
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** A console message about the policy blocking something. */
export const CSP_CONSOLE_MESSAGE = /Content Security Policy|Refused to (execute|load|apply|connect|frame|compile)/i;

/** Records each document's CSP violations (the DOM event) in `window.__cspViolations`, from before it loads. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** Collects CSP violations (the DOM event) and console messages about them, from before the page loads. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  await recordCspViolations(page);
  page.on('console', (message) => {
    if (CSP_CONSOLE_MESSAGE.test(message.text())) console.push(message.text());
  });
  return async () => [...console, ...(await page.evaluate(() => window.__cspViolations ?? []))];
}

export const metaPolicy = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
