import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_FIXTURES, e2eSiteDir } from '@tests/helpers/e2e';
import { startServerProcess, type ServerProcess } from '@tests/helpers/serverProcess';
import { budgetFor, PER_ITEM_MS, PER_TEST_MS } from '@tests/helpers/testBudget';

/**
 * The feedback rate limit in the browser (issue 22, "Done when"), JavaScript on and off: one
 * client sends the offer page's form, then the same post 199 more times within the minute; after
 * `FEEDBACK_RATE_LIMIT` (10) they are refused, and that client's next send from the page gets a
 * page saying why, while another client still gets the thank-you page. Each client is its own
 * address: the test's server trusts one proxy (`SITE_TRUSTED_PROXIES=1`) and each browser context
 * sends its own `X-Forwarded-For`, as a reverse proxy would. Its own server and database, so the
 * other feedback tests are not limited by this one.
 */
const OFFER = `/offers/${E2E_FIXTURES.searchable.slug}/`;
const LIMIT = 10;
const POSTS = 200;
let server: ServerProcess | null = null;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(2 * PER_TEST_MS);
  server = await startServerProcess('feedbackSiteProcess.ts', [e2eSiteDir], { ...process.env, FEEDBACK_MIN_MS: '0', FEEDBACK_RATE_LIMIT: String(LIMIT), FEEDBACK_RATE_WINDOW_MS: String(10 * 60_000), SITE_TRUSTED_PROXIES: '1', TEST_DB: 'sqlite' }, 'The feedback server');
  base = `http://127.0.0.1:${server.port}`;
});

test.afterAll(() => {
  server?.stop();
});

/** A reader's page as the client at `address` (its own browser context). */
async function clientPage(browser: Browser, address: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'X-Forwarded-For': address } });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(Date.now() - 60_000) });
  await page.goto(`${base}${OFFER}`);
  return page;
}

async function send(page: Page, text: string) {
  await page.getByLabel('Tell us what’s wrong or missing (optional)').fill(text);
  await page.getByRole('button', { name: 'Send feedback' }).click();
}

for (const [n, javaScriptEnabled] of [[1, false], [2, true]] as const) {
  test(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${POSTS} posts from one client in a minute are refused after the limit, and another client still gets through`, async ({ browser }) => {
    test.setTimeout(budgetFor(POSTS + 6, PER_ITEM_MS.request));
    const flooder = await clientPage(browser, `198.51.100.${n}`, javaScriptEnabled);
    // The first post, sent from the page as a reader sends it; its fields are what the rest repeat.
    const sent = flooder.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/feedback'));
    await send(flooder, 'The phone number on this page is wrong.');
    const first = await sent;
    await expect(flooder.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    const fields = Object.fromEntries(new URLSearchParams(first.postData() ?? ''));

    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 1; i < POSTS; i++) {
      const answer = await flooder.request.post(first.url(), { form: fields, headers: { 'X-Forwarded-For': `198.51.100.${n}` }, maxRedirects: 0 });
      statuses.push(answer.status());
    }
    const seconds = (Date.now() - started) / 1000;
    expect(seconds, 'the posts went within a minute').toBeLessThan(60);
    const refused = statuses.filter((status) => status === 429).length;
    expect(refused, `statuses: ${[...new Set(statuses)].join(', ')}`).toBe(POSTS - LIMIT);
    // The refused ones are the last: once over the limit, every post is refused.
    expect(statuses.slice(LIMIT - 1).every((status) => status === 429)).toBe(true);

    // That client, sending from the page again: a page saying why.
    await flooder.goto(`${base}${OFFER}`);
    await send(flooder, 'One more thing.');
    await expect(flooder.getByRole('heading', { level: 1 })).toHaveText('We could not take your feedback');
    await expect(flooder.getByText('You have sent a lot of feedback in a short time.')).toBeVisible();

    // Another client is not held back.
    const other = await clientPage(browser, `203.0.113.${n}`, javaScriptEnabled);
    await send(other, 'The opening hours are out of date.');
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    await flooder.context().close();
    await other.context().close();
  });
}
