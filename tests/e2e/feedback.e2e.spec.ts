import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { E2E_FIXTURES, e2eSiteDir } from '@tests/helpers/e2e';
import { startServerProcess, type ServerProcess } from '@tests/helpers/serverProcess';
import { budgetFor, PER_ITEM_MS, PER_TEST_MS } from '@tests/helpers/testBudget';
import { FEEDBACK_WORK_BITS, feedbackWorkInput, hasLeadingZeroBits } from '@content/model/feedbackWork';

/**
 * "Did this page help you?" (issue 22, part 1) in the browser, with JavaScript on and off: a
 * reader sends feedback from an offer page of the test site, served as under `npm start` with a
 * throwaway database (tests/helpers/feedbackSiteProcess.ts), and sees the thank-you page; a
 * crisis phrase puts urgent help first; a robot's trap field, or a post sent as soon as the page
 * opened, is refused with a page saying why. With script, the form sends a proof of work
 * (`js=1`, `work`), which the server checks: a forged or missing proof with `js=1` is refused
 * with a page saying why; without script no proof is sent and none is asked for. Where it lands in the council's queue, the masking
 * and the rate limit across processes are checked on the database (tests/int/db/feedback.int.spec.ts).
 */
const OFFER = `/offers/${E2E_FIXTURES.searchable.slug}/`;
let server: ServerProcess | null = null;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(2 * PER_TEST_MS);
  // The minimum time is set high (30 s) so "too fast" is certain on a busy machine; the tests that send normally open the page "a minute ago" (Playwright's clock).
  server = await startServerProcess('feedbackSiteProcess.ts', [e2eSiteDir], { ...process.env, FEEDBACK_MIN_MS: '30000', FEEDBACK_RATE_LIMIT: '50', TEST_DB: 'sqlite' }, 'The feedback server');
  base = `http://127.0.0.1:${server.port}`;
});

test.afterAll(() => {
  server?.stop();
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

/** The form's post as the browser sent it (its fields), once it has gone. */
function sentFields(page: Page): Promise<URLSearchParams> {
  return page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/feedback')).then((r) => new URLSearchParams(r.postData() ?? ''));
}

test.describe('the proof of work', () => {
  test('with JavaScript, the form sends a proof of work the server accepts', async ({ page }) => {
    test.setTimeout(budgetFor(3, PER_ITEM_MS.page));
    await openOffer(page);
    const sent = sentFields(page);
    await send(page, { helpful: 'Yes', text: 'Clear page, thank you.' });
    const fields = await sent;
    expect(fields.get('js')).toBe('1');
    expect(fields.get('work')).toMatch(/^\d+$/);
    // The proof is for this page, shown at that time: its SHA-256 starts with FEEDBACK_WORK_BITS zero bits.
    const digest = createHash('sha256').update(feedbackWorkInput(fields.get('page')!, Number(fields.get('shown')), fields.get('work')!)).digest();
    expect(hasLeadingZeroBits(digest, FEEDBACK_WORK_BITS)).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
  });

  for (const [name, change] of [
    ['forged', (fields: URLSearchParams) => fields.set('work', '12345678')],
    ['missing', (fields: URLSearchParams) => fields.delete('work')],
  ] as const) {
    test(`with JavaScript, a post that says js=1 with a ${name} proof of work is refused with a page saying why`, async ({ page }) => {
      test.setTimeout(budgetFor(3, PER_ITEM_MS.page));
      await openOffer(page);
      // What a robot does: says it ran the script, without doing the work.
      await page.route((url) => url.pathname.endsWith('/feedback'), async (route) => {
        const fields = new URLSearchParams(route.request().postData() ?? '');
        expect(fields.get('js')).toBe('1');
        change(fields);
        // A forged nonce that happens to pass (1 in 4,096) would make this test wrong: it is checked here.
        if (fields.has('work')) {
          const digest = createHash('sha256').update(feedbackWorkInput(fields.get('page')!, Number(fields.get('shown')), fields.get('work')!)).digest();
          expect(hasLeadingZeroBits(digest, FEEDBACK_WORK_BITS)).toBe(false);
        }
        await route.continue({ postData: fields.toString() });
      });
      await send(page, { helpful: 'No', text: 'Robot text' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not take your feedback');
      await expect(page.getByText('We could not read what was sent. Please go back to the page and try again.')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go back to the page' })).toHaveAttribute('href', new RegExp(`${OFFER}$`));
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form sends no proof of work, and is taken without one', async ({ page }) => {
      test.setTimeout(budgetFor(3, PER_ITEM_MS.page));
      await openOffer(page);
      const sent = sentFields(page);
      await send(page, { helpful: 'Yes' });
      const fields = await sent;
      expect(fields.has('js')).toBe(false);
      expect(fields.has('work')).toBe(false);
      // A static page cannot know when it was shown: it says nothing rather than its build time.
      expect(fields.get('shown')).toBe('');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    });
  });
});
