import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_FIXTURES, e2eSiteDir } from '@tests/helpers/e2e';
import { budgetFor, PER_ITEM_MS, PER_TEST_MS } from '@tests/helpers/testBudget';

/**
 * "Did this page help you?" (issue 22, part 1) in the browser, with JavaScript on and off: a
 * reader sends feedback from an offer page of the test site, served as under `npm start` with a
 * throwaway database (tests/helpers/feedbackSiteProcess.ts), and sees the thank-you page; a
 * crisis phrase puts urgent help first; a robot's trap field, or a post sent as soon as the page
 * opened, is refused with a page saying why. Where it lands in the council's queue, the masking
 * and the rate limit across processes are checked on the database (tests/int/db/feedback.int.spec.ts).
 */
const OFFER = `/offers/${E2E_FIXTURES.searchable.slug}/`;
let child: ChildProcess | null = null;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(2 * PER_TEST_MS);
  // The minimum time is set high (30 s) so "too fast" is certain on a busy machine; the tests that send normally open the page "a minute ago" (Playwright's clock).
  child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'helpers', 'feedbackSiteProcess.ts'), e2eSiteDir], {
    env: { ...process.env, FEEDBACK_MIN_MS: '30000', FEEDBACK_RATE_LIMIT: '50', TEST_DB: 'sqlite' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += String(chunk)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child!.on('exit', (code) => reject(new Error(`The feedback server stopped (${code}): ${errors}`)));
  });
  base = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

/** Opens the offer page as a reader who opened it a minute ago (the script then says so). */
async function openOffer(page: Page, openedAgoMs = 60_000) {
  if (openedAgoMs > 0) await page.clock.install({ time: new Date(Date.now() - openedAgoMs) });
  await page.goto(`${base}${OFFER}`);
}

async function send(page: Page, { helpful, text }: { helpful?: 'Yes' | 'No'; text?: string }) {
  const form = page.getByRole('group', { name: 'Did this page help you?' });
  if (helpful) await form.getByLabel(helpful, { exact: true }).check();
  if (text) await page.getByLabel('Tell us what’s wrong or missing (optional)').fill(text);
  await page.getByRole('button', { name: 'Send feedback' }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`feedback with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a reader says what is wrong on an offer page and sees the thank-you page, told not to write personal details first', async ({ page }) => {
      test.setTimeout(budgetFor(4, PER_ITEM_MS.page));
      await openOffer(page);
      await expect(page.getByText('Do not write your name, email, phone number or other personal details.')).toBeVisible();
      await send(page, { helpful: 'No', text: 'The amount is missing. Email me at jo@example.com' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
      await page.getByRole('link', { name: 'Go back to the page' }).click();
      await expect(page).toHaveURL(`${base}${OFFER}`);
      expect(await page.context().cookies()).toEqual([]);
    });

    test('a crisis phrase puts urgent help first', async ({ page }) => {
      test.setTimeout(budgetFor(3, PER_ITEM_MS.page));
      await openOffer(page);
      await send(page, { text: 'I have nowhere to sleep tonight' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('If you need help now');
      const lines = page.locator('main .urgent li');
      await expect(lines.first()).toContainText('999');
      await expect(lines).toContainText(['999', 'Out-of-hours team', 'Leaving care', 'Samaritans', 'Shout']);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Thank you for your feedback');
    });

    test('a robot that fills in the hidden trap field is refused with a page saying why', async ({ page }) => {
      test.setTimeout(budgetFor(3, PER_ITEM_MS.page));
      await openOffer(page);
      await page.locator('input[name="website"]').fill('http://spam.example', { force: true });
      await send(page, { helpful: 'Yes' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not take your feedback');
      await expect(page.getByText('It looks like a computer filled in the form, not a person.')).toBeVisible();
    });
  });
}

test('with JavaScript, feedback sent as soon as the page opened is refused with a page saying why', async ({ page }) => {
  test.setTimeout(budgetFor(3, PER_ITEM_MS.page));
  await openOffer(page, 0);
  await send(page, { helpful: 'Yes' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not take your feedback');
  await expect(page.getByText('That was sent very quickly after the page opened.')).toBeVisible();
});
