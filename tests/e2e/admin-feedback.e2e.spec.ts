import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ADMIN_PEOPLE } from '../helpers/adminPeople';
import { startAdminStack, type AdminStack } from '../helpers/adminStack';
import { field, signIn, slowExpect } from '../helpers/adminUi';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';
import { budgetFor, PER_ITEM_MS } from '../helpers/testBudget';

/**
 * Readers' feedback in the admin (issue 22, parts 1 and 2), as a council's staff see it: a
 * reader writes an email address and a phone number into the feedback form of a Demo Borough
 * page; the platform's server (a process of its own on the admin's database, as under
 * `npm start`) masks them before storing it; in the admin's feedback queue and on the item
 * itself, staff see "[email removed]" and "[phone removed]", never what was typed. It is in
 * Demo Borough's queue, linked to the offer it was sent from, and not in another council's.
 */
const { staff, admin } = ADMIN_PEOPLE;
const EMAIL = 'jo.bloggs@example.com';
const PHONE = '07700 900123';
const TYPED = `The grant page is wrong. Email me at ${EMAIL} or call ${PHONE}.`;
const MASKED = 'The grant page is wrong. Email me at [email removed] or call [phone removed].';
const OFFER = { slug: 'bike-scheme', title: 'A bike, a lock and cycle training' };
const PAGE = `/offers/${OFFER.slug}/`;
/** Another council's staff (made through the REST API by the platform admin): Demo Borough's feedback is not theirs. */
const OTHER = { email: 'nia.northdale-staff@e2e.example', password: 'e2e-other-staff-password-1', name: 'Nia Northdale' };

test.describe.configure({ mode: 'serial', timeout: budgetFor(4, PER_ITEM_MS.adminPage) });

let stack: AdminStack;
let feedbackServer: ServerProcess | null = null;
let feedbackUrl = '';

test.beforeAll(async () => {
  // Seeding, and the admin's production build when its sources changed (minutes on two cores).
  test.setTimeout(900_000);
  stack = await startAdminStack();
  // The platform's server taking feedback into the admin's database (tests/helpers/feedbackServerProcess.ts).
  const root = path.join(stack.dir, 'feedback-site');
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Test</title>');
  feedbackServer = await startServerProcess('feedbackServerProcess.ts', [root], { ...stack.env, FEEDBACK_MIN_MS: '1000' }, 'The feedback server');
  feedbackUrl = `http://127.0.0.1:${feedbackServer.port}/feedback?lang=en`;
});

test.afterEach(async ({}, testInfo) => {
  if (stack && testInfo.status !== testInfo.expectedStatus) console.error(`admin server log, last lines, after "${testInfo.title}":\n${stack.adminLog()}`);
});

test.afterAll(async () => {
  feedbackServer?.stop();
  await stack?.stop();
});

test('an email and a phone number typed into feedback are masked in the admin’s feedback queue and on the item', async ({ browser, request }) => {
  // The reader's post, as Demo Borough's page sends it (no script), a minute after the page was built.
  const sent = await request.post(feedbackUrl, {
    form: { page: PAGE, lang: 'en', council: 'DEMO0001', collection: 'offers', slug: OFFER.slug, helpful: 'no', text: TYPED, shown: String(Date.now() - 60_000), website: '' },
  });
  expect(sent.status()).toBe(200);
  expect(await sent.text()).toContain('Thank you for your feedback');

  const page = await signIn(browser, stack.adminUrl, staff);
  await page.goto(`${stack.adminUrl}/admin/collections/feedback`);
  const row = page.getByRole('row').filter({ hasText: PAGE });
  await slowExpect(row).toHaveCount(1);
  await expect(row).toContainText('[email removed]');
  await expect(page.getByText(EMAIL)).toHaveCount(0);
  await expect(page.getByText(PHONE)).toHaveCount(0);

  await row.getByRole('link').first().click();
  const said = field(page, 'What they said').getByRole('textbox');
  await slowExpect(said).toHaveValue(MASKED);
  await expect(page.getByText('Emails and phone numbers were masked before it was stored.')).toBeVisible();
  expect(await page.content()).not.toContain(EMAIL);
  expect(await page.content()).not.toContain('900123');
  // Linked to the offer the page was built from.
  await expect(field(page, 'Built from')).toContainText(OFFER.title);
  await page.context().close();
});

test('another council’s staff do not see it in their queue', async ({ browser }) => {
  // The platform admin adds Northdale's staff member, as they would in Settings → Users.
  const login = await fetch(`${stack.adminUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: admin.password }) });
  const { token } = (await login.json()) as { token: string };
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' };
  const councils = (await (await fetch(`${stack.adminUrl}/api/authorities?where[slug][equals]=northdale&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] };
  const made = await fetch(`${stack.adminUrl}/api/users`, { method: 'POST', headers: auth, body: JSON.stringify({ ...OTHER, councils: [{ council: councils.docs[0]!.id, role: 'staff' }] }) });
  expect(made.status, await made.clone().text()).toBe(201);

  const page = await signIn(browser, stack.adminUrl, OTHER);
  await page.goto(`${stack.adminUrl}/admin/collections/feedback`);
  await slowExpect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await expect(page.getByText(PAGE)).toHaveCount(0);
  await expect(page.getByText('[email removed]')).toHaveCount(0);
  await page.context().close();
});
