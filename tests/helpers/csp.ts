import type { Page } from '@playwright/test';

/**
 * Content Security Policy checks in the browser, shared by the CSP suite
 * (tests/e2e/csp.e2e.spec.ts) and the language pages' checks (tests/a11y/languagePages.a11y.spec.ts).
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Collects CSP violations (the DOM event) and console messages about them, from before the page loads. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame|compile)/i.test(message.text())) console.push(message.text());
  });
  return async () => [...console, ...(await page.evaluate(() => window.__cspViolations ?? []))];
}

export const metaPolicy = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
