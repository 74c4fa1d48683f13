/**
 * Small steps in the Payload admin, as an editor does them, for the admin workflow test.
 * Locators go by role and visible label. Payload's select, relationship, date and rich-text
 * inputs are not tied to their <label> (the label points at a wrapper <div>), so
 * `field()` finds the field by its visible label and the control inside it by role.
 */
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { AdminPerson } from './adminPeople';

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

/**
 * Every Content Security Policy violation on any admin page the tests opened (issue 18): the
 * admin must work under its own policy (`cms/lib/adminSecurityPolicy.ts`), so this stays empty.
 */
export const cspViolations: string[] = [];

/** Records, into `cspViolations`, every violation the pages of `context` report, and every console line about one. */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => cspViolations.push(`${page.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCspViolation?.(`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} (${e.sourceFile || 'page'}:${e.lineNumber})`),
    );
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${message.page()?.url() ?? 'console'}: ${message.text()}`);
  });
}

/** Payload's toasts and dev-mode route compiles can take a while on two cores. */
export const slowExpect = expect.configure({ timeout: 60_000 });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The form field whose visible label is `label` (a trailing "*" for required fields is allowed). */
export function field(page: Page, label: string): Locator {
  return page
    .locator('.field-type')
    // A field stored per language says which after its label ("Body *— English").
    .filter({ has: page.locator('.field-label', { hasText: new RegExp(`^\\s*${escape(label)}\\s*\\*?\\s*(— .+)?$`) }) })
    .last();
}

/** Signs in through the login form, in a browser context of its own; resolves on the dashboard. */
export async function signIn(browser: Browser, adminUrl: string, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await watchCsp(context);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(180_000);
  await page.goto(`${adminUrl}/admin/login`);
  // The production admin's login page shows before React has taken over the form, and taking
  // over empties what was typed: the click then only says "Please enter a valid email
  // address". So type once the page's scripts are in, and again should the form have been
  // emptied anyway.
  await page.waitForLoadState('networkidle');
  await expect(async () => {
    if (/\/admin\/?$/.test(new URL(page.url()).pathname)) return;
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 });
  }).toPass({ timeout: 180_000 });
  // The dashboard is up (what it lists depends on the person: a platform editor is in no council, so has no offers).
  await expect(page.getByRole('link', { name: /^Show all / }).first()).toBeVisible();
  return page;
}

/** The document's status above the form ("Status: Draft", "Status: Published"). */
export function docStatus(page: Page): Locator {
  return page.getByText('Status:', { exact: true }).locator('xpath=..');
}

/** Picks an option in a Payload select or relationship field. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await field(page, label).getByRole('combobox').click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(field(page, label)).toContainText(option);
}

/**
 * Waits for a toast saying `text` (a string is matched as a substring) and closes it, so
 * the next step can't be fooled by an old one. Returns the toast's whole text.
 */
export async function expectToast(page: Page, text: string | RegExp): Promise<string> {
  const toasts = page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');
  const toast = toasts.filter({ hasText: text }).first();
  // Every toast shown while waiting, so a failure says what the admin said instead.
  const seen = new Set<string>();
  await slowExpect
    .poll(async () => {
      for (const said of await toasts.allTextContents()) seen.add(said.trim());
      return toast.isVisible();
    })
    .toBe(true)
    .catch((error: unknown) => {
      throw new Error(`No toast saying ${String(text)} within 60 s; toasts shown meanwhile: ${seen.size ? [...seen].map((said) => `"${said}"`).join(', ') : 'none'}`, { cause: error });
    });
  const said = (await toast.textContent()) ?? '';
  await toast.getByRole('button', { name: 'Close toast' }).click().catch(() => {});
  await expect(toast).toBeHidden();
  return said;
}

/** A collection the workflow tests open documents of: its address and its name in the admin. */
export type AdminCollection = { slug: 'offers' | 'spotlights'; plural: 'Offers' | 'Spotlights' };
export const OFFERS: AdminCollection = { slug: 'offers', plural: 'Offers' };
export const SPOTLIGHTS: AdminCollection = { slug: 'spotlights', plural: 'Spotlights' };
const listUrl = (collection: AdminCollection) => new RegExp(`/admin/collections/${collection.slug}/?(\\?.*)?$`);

/**
 * Clicks a link in the admin and waits until its page is open. On a loaded machine a page of
 * the admin may not have hydrated yet and the click is lost (seen in CI, on the dashboard's
 * "Show all" links and its review queue): a person would click again, so do the same once.
 */
export async function followLink(page: Page, link: Locator, url: string | RegExp): Promise<void> {
  await link.click();
  if (!(await page.waitForURL(url, { timeout: 15_000 }).then(() => true, () => false))) {
    await link.click();
    await page.waitForURL(url, { timeout: 60_000 });
  }
}

/** Opens an offer from the list of offers, by its title. */
export const openOffer = (page: Page, adminUrl: string, title: string) => openDocument(page, adminUrl, title, OFFERS);

/** Opens a document from its collection's list, by its title. */
export async function openDocument(page: Page, adminUrl: string, title: string, collection: AdminCollection): Promise<void> {
  await page.goto(`${adminUrl}/admin`);
  await followLink(page, page.getByRole('link', { name: `Show all ${collection.plural}` }), listUrl(collection));
  await page.getByRole('link', { name: title, exact: true }).click();
  const ready = async () => {
    await slowExpect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await slowExpect(page.getByLabel('Comment for this step')).toBeEditable();
  };
  await ready();
  // Payload keeps its edit lock for a few minutes after the last person saved and left
  // (it only releases it when someone leaves with unsaved changes), so the next person
  // is told the document is being edited. Taking over is what they would do. Taking over
  // refreshes the form from the server a moment later (losing anything typed meanwhile),
  // so reload once the lock is ours and start from a settled form.
  const locked = page.getByRole('dialog', { name: 'document-locked' });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await locked.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false))) return;
    await locked.getByRole('button', { name: 'Take over' }).click();
    await expect(locked).toBeHidden();
    await page.waitForLoadState('networkidle');
    await page.reload();
    await ready();
  }
  throw new Error(`"${title}" stayed locked by someone else after taking over three times.`);
}

/**
 * Leaves the document for the list and signs out, as someone finishing their turn does.
 * Leaving releases Payload's edit lock, so the next person isn't told someone is editing.
 */
export async function signOut(page: Page, collection: AdminCollection = OFFERS): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: collection.plural, exact: true }).click();
  await page.waitForURL(listUrl(collection));
  await page.goto(page.url().replace(/\/admin\/.*$/, '/admin/logout'));
  await slowExpect(page.getByLabel('Email')).toBeVisible();
  await page.context().close();
}

/** The review history as the admin shows it (rows expanded): state, who, and the comment of each step. */
export async function reviewHistory(page: Page): Promise<{ state: string; by: string; comment: string }[]> {
  const history = field(page, 'Review History');
  await history.getByRole('button', { name: 'Show All' }).click();
  const comments = history.getByRole('textbox', { name: 'Comment' });
  const bys = history.getByRole('textbox', { name: 'By' });
  const rows = await comments.count();
  const steps: { state: string; by: string; comment: string }[] = [];
  for (let i = 0; i < rows; i++) {
    steps.push({
      state: (await history.locator('.field-type.select').nth(i).textContent())?.replace(/^State\s*\*?/, '').trim() ?? '',
      by: await bys.nth(i).inputValue(),
      comment: await comments.nth(i).inputValue(),
    });
  }
  return steps;
}
