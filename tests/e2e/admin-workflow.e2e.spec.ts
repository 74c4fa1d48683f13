/**
 * Co-writing, done through the real admin in Chromium: a young editor, shown only what they
 * can create, drafts an offer (no legal basis or review dates: staff add those), submits it
 * with an empty step and is told which, fixes it, submits, and previews the page; the
 * reviewer finds it in the dashboard's review queue and the list's Review column, and asks
 * for changes; the young editor revises and resubmits; the reviewer fills in the legal basis
 * and review date, approves and publishes; the site rebuilt on publish shows the offer with
 * the young editor credited under the name they chose.
 *
 * Then the national practice library (issue 11): a council's staff submit a spotlight for
 * their council; a platform moderator asks for a change; the staff revise it; the moderator
 * publishes it, and the rebuilt site lists it under its council and theme and finds it in
 * search.
 *
 * Runs against its own throwaway stack (fresh SQLite database, the production admin with
 * rebuild on publish, a static server for the rebuilt site): see helpers/adminStack.ts.
 * The API-level rules behind each step are tested in tests/int/db/coWriting.int.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_PEOPLE } from '../helpers/adminPeople';
import { startAdminStack, type AdminStack } from '../helpers/adminStack';
import { choose, cspViolations, docStatus, expectToast, field, followLink, openDocument, openOffer, reviewHistory, signIn, signOut, slowExpect, SPOTLIGHTS, watchCsp } from '../helpers/adminUi';
import { budgetFor, PER_ITEM_MS } from '../helpers/testBudget';

const { youngEditor, reviewer, staff, moderator } = ADMIN_PEOPLE;

const OFFER = {
  title: 'Free cookery classes',
  slug: 'free-cookery-classes',
  area: 'Health and wellbeing',
  summary: 'Cookery classes at the community kitchen.',
  body: 'Learn to cook cheap, healthy meals with other care leavers.',
  step: 'Ask your Personal Adviser to book you a place.',
  secondStep: 'Go to the first class at the community kitchen.',
  whoToAsk: 'Your Personal Adviser.',
  ifRefused: 'Ask for a review, or make a complaint.',
  // Filled in by the reviewer on approval (young editors are not asked for them).
  legalBasis: 'Local offer',
  lastReviewed: '11/01/2026',
  // After the reviewer asks for changes:
  revisedSummary: 'Six free cookery classes at the community kitchen.',
  revisedBody: ' Each class is two hours long.',
};

const COMMENTS = {
  submit: 'First draft. Please check the steps.',
  changes: 'Please say how many classes there are.',
  resubmit: 'Added the number of classes and how long they are.',
  approve: 'Looks right, thank you.',
};

// Each test signs in, opens, saves and signs out: up to ten admin pages (two people's turns),
// each bounded as on a busy machine (tests/helpers/testBudget.ts). The longer ones set their own.
test.describe.configure({ mode: 'serial', timeout: budgetFor(10, PER_ITEM_MS.adminPage) });

/** The words of every state the Review menu offers, sorted; the menu is closed again after. */
async function reviewOptions(page: Page): Promise<string[]> {
  await field(page, 'Review').getByRole('combobox').click();
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const words = (await options.allTextContents()).map((text) => text.trim()).sort();
  await page.keyboard.press('Escape');
  await expect(options).toHaveCount(0);
  return words;
}

/**
 * Adds the first "how to get it" step. The admin recalculates the form on the server after
 * each change; on a busy machine a late answer (here, to choosing the area) can replace the
 * form and drop a row added meanwhile, as it would for a person clicking quickly. So wait
 * for the form to settle, and add the row again if it went.
 */
async function addStep(page: Page, text: string): Promise<void> {
  const steps = page.getByRole('textbox', { name: /^Step\b/ });
  await page.waitForLoadState('networkidle');
  await expect(async () => {
    if ((await steps.count()) === 0) await page.getByRole('button', { name: 'Add Step' }).click();
    await expect(steps.first()).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  // A late answer can also bring back a row after the retry added one: then there are two
  // empty steps, and both must be filled for the form to save (the page shows both).
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < count; i++) await steps.nth(i).fill(text);
}

let stack: AdminStack;

test.beforeAll(async () => {
  // Seeding, and the admin's production build when its sources changed (minutes on two cores).
  test.setTimeout(900_000);
  stack = await startAdminStack();
});

test.afterEach(async ({}, testInfo) => {
  // What the admin server said (errors from hooks, compile failures) goes with a failure.
  if (stack && testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('admin server log (last lines)', { body: stack.adminLog(), contentType: 'text/plain' });
    // The reporter shortens attachments; CI's output keeps what is printed whole.
    console.error(`admin server log, last lines, after "${testInfo.title}":\n${stack.adminLog()}`);
  }
});

test.afterAll(async () => {
  await stack?.stop();
});

test('the admin sends its security headers on every response, and its login works under its CSP', async ({ browser }) => {
  // Issue 18, finding 11: the headers defined in cms/lib/adminSecurityPolicy.ts, as `next` sends them.
  const media = ((await (await fetch(`${stack.adminUrl}/api/media?limit=1&depth=0`)).json()) as { docs: { url?: string }[] }).docs[0]?.url;
  expect(media, 'a published image of the demo content').toMatch(/\/api\/media\/file\//);
  const headersOf = async (pathname: string) => (await fetch(new URL(pathname, stack.adminUrl), { redirect: 'manual' })).headers;
  for (const pathname of ['/admin/login', '/admin', '/api/users/me', '/api/offers?limit=1', media!, '/api/media/file/not-there.pdf']) {
    const headers = await headersOf(pathname);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp, pathname).toContain("frame-ancestors 'none'");
    expect(csp, pathname).toContain("object-src 'none'");
    expect(headers.get('x-frame-options'), pathname).toBe('DENY');
    expect(headers.get('x-content-type-options'), pathname).toBe('nosniff');
    expect(headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin');
  }
  expect((await headersOf('/admin/login')).get('content-security-policy')).toMatch(/script-src 'self' 'unsafe-inline'/);
  // An upload opened on its own runs nothing.
  for (const pathname of [media!, '/api/media/file/not-there.pdf']) {
    expect((await headersOf(pathname)).get('content-security-policy'), pathname).toMatch(/^default-src 'none';.*\bsandbox\b/);
  }

  // The login page renders under the policy, with no violation, and signing in works.
  const context = await browser.newContext();
  await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${stack.adminUrl}/admin/login`);
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible();
  await context.close();
  expect(cspViolations).toEqual([]);
  await (await signIn(browser, stack.adminUrl, reviewer)).context().close();
  expect(cspViolations).toEqual([]);
});

test('a young editor is shown only what they can create', async ({ browser }) => {
  const page = await signIn(browser, stack.adminUrl, youngEditor);
  // Issue 20: "+" (create) only where they can create, and nothing they can't create in at all.
  await expect(page.getByRole('link', { name: 'Create new Offers' })).toBeVisible();
  for (const plural of ['Spotlights', 'Areas', 'National entitlements', 'Glossary', 'Councils', 'Register of councils', 'Indicators']) {
    await expect(page.getByRole('link', { name: `Create new ${plural}` }), plural).toHaveCount(0);
    await expect(page.getByRole('link', { name: `Show all ${plural}`, exact: true }), plural).toHaveCount(0);
  }
  // Creating a spotlight said "you must be logged in" (Payload's Unauthorized view, for anyone
  // signed in without create access): now the library isn't theirs to open at all, and a page
  // their role doesn't allow (creating an account) says so in plain words.
  await page.goto(`${stack.adminUrl}/admin/collections/spotlights/create`);
  await slowExpect(page.getByText('Nothing found')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save Draft' })).toHaveCount(0);
  await expect(page.getByText(/must be logged in/)).toHaveCount(0);
  await page.goto(`${stack.adminUrl}/admin/collections/users/create`);
  await slowExpect(page.getByText(/your role doesn’t allow it/)).toBeVisible();
  await expect(page.getByText(/must be logged in/)).toHaveCount(0);
  await page.context().close();
});

test('a young editor drafts an offer, can’t publish it, submits it with an empty step and is told which, fixes it and previews it', async ({ browser }) => {
  // About ten admin pages, then the preview builds the council's site from the draft (about a
  // minute on a busy machine, waited for up to 240 s: eight admin pages' worth) and checks its stylesheets.
  test.setTimeout(budgetFor(18, PER_ITEM_MS.adminPage));
  const page = await signIn(browser, stack.adminUrl, youngEditor);
  await page.getByRole('link', { name: 'Create new Offers' }).click();
  await slowExpect(page.getByRole('button', { name: 'Save Draft' })).toBeVisible();

  await page.getByRole('textbox', { name: /^Title/ }).fill(OFFER.title);
  await page.getByRole('textbox', { name: /^Summary/ }).fill(OFFER.summary);
  await field(page, 'Body').getByRole('textbox').click();
  await page.keyboard.type(OFFER.body);
  await choose(page, 'Area', OFFER.area);
  await addStep(page, OFFER.step);
  await page.getByRole('textbox', { name: /^Who To Ask/ }).fill(OFFER.whoToAsk);
  await page.getByRole('textbox', { name: /^What to do if you are refused/ }).fill(OFFER.ifRefused);
  // Staff fill in the legal basis and review dates when they approve: not asked of a young editor.
  await expect(page.getByRole('textbox', { name: /^Legal basis or source/ })).not.toBeEditable();
  await expect(field(page, 'Legal basis or source')).toContainText('Staff fill this in when they approve.');
  await expect(field(page, 'Last Reviewed').getByRole('textbox')).not.toBeEditable();

  // While the draft is being saved, "Submit for review" can't be clicked: the form would
  // ignore the click and say nothing (seen in CI on a loaded machine). The save is held
  // until that has been checked.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/offers\?/, async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Save Draft' }).click();
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
  release();
  await expectToast(page, 'successfully created');
  await page.unroute(/\/api\/offers\?/);
  await slowExpect(page.getByRole('heading', { level: 1, name: OFFER.title })).toBeVisible();
  await expect(docStatus(page)).toContainText('Draft');

  // Publishing is for reviewers: the admin offers a young editor no Publish button (and the
  // server refuses any other way of publishing: tests/int/db/security.int.spec.ts).
  await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save Draft' })).toBeVisible();
  await expect(docStatus(page)).toContainText('Draft');

  // A second step, left empty: "Submit for review" checks the publish rules and names it.
  const steps = page.getByRole('textbox', { name: /^Step\b/ });
  await page.getByRole('button', { name: 'Add Step' }).click();
  await expect(steps).toHaveCount(2);
  await page.getByLabel('Comment for this step').fill(COMMENTS.submit);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  const said = await expectToast(page, 'How to get it: step 2 is empty.');
  expect(said).not.toMatch(/Invalid input|received null/);
  await expect(field(page, 'Review')).toContainText('Draft');

  await steps.nth(1).fill(OFFER.secondStep);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expectToast(page, 'Draft saved successfully');
  await expect(field(page, 'Review')).toContainText('In review');
  // The comment went into the history, so the box is empty for the next step.
  await expect(page.getByLabel('Comment for this step')).toHaveValue('');
  // Submitted: the button has done its work until a reviewer answers.
  await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);

  // The public page, from the draft, opened from "Preview": the council's real site, built for it.
  const href = await page.getByRole('link', { name: 'Preview' }).getAttribute('href');
  expect(href).toMatch(/\/preview\/offers\/\d+$/);
  const preview = await page.context().newPage();
  const asked = Date.now();
  const first = await preview.goto(new URL(href!, stack.adminUrl).href);
  expect(first?.status()).toBe(200);
  // While the site is built: a page that names the draft and reloads itself until it is ready.
  const preparing = await first!.text();
  expect(preparing).toContain('Preparing the preview');
  expect(preparing).toContain(OFFER.title);
  expect(preparing).toContain('<meta http-equiv="refresh" content="2">');
  await slowExpect(preview.getByRole('heading', { level: 1, name: OFFER.title })).toBeVisible({ timeout: 240_000 });
  console.log(`Preview: the draft's page was shown ${((Date.now() - asked) / 1000).toFixed(1)} s after the first request`);
  expect(new URL(preview.url()).pathname).toMatch(new RegExp(`^/preview/offers/\\d+/site/[0-9a-z]+-[0-9a-z]+/offers/${OFFER.slug}/?$`));
  // What only the real page has: the site's header and navigation, the offer page's sections, and the banner.
  await expect(preview.getByRole('banner')).toContainText('Demo Borough Council');
  await expect(preview.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What can I get?' })).toBeVisible();
  await expect(preview.getByRole('main')).toContainText(OFFER.summary);
  await expect(preview.getByRole('heading', { level: 2, name: 'How to get it' })).toBeVisible();
  await expect(preview.getByRole('main').getByRole('listitem').filter({ hasText: OFFER.secondStep })).toBeVisible();
  await expect(preview.getByRole('note').filter({ hasText: 'Preview of a draft' })).toContainText('Preview of a draft (In review). The public can’t see it.');
  // Styled by the site's own stylesheets, served from the preview as CSS, privately.
  const stylesheets = await preview.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link instanceof HTMLLinkElement ? link.href : '')));
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const href of stylesheets) {
    // Asked from the page, with the signed-in person's cookie, as the browser asks for it.
    const css = await preview.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), robots: res.headers.get('x-robots-tag') };
    }, href);
    expect(css, href).toEqual({ status: 200, type: 'text/css; charset=utf-8', cache: 'private, no-store', robots: 'noindex' });
  }
  await expect.poll(() => preview.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href?.includes('/site/') && sheet.cssRules.length > 0).length)).toBe(stylesheets.length);
  // Only for people signed in who may read the draft: a stranger gets nothing of it, nor of its site.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  expect((await strangerPage.goto(new URL(href!, stack.adminUrl).href))?.status()).toBe(401);
  await expect(strangerPage.locator('body')).not.toContainText(OFFER.title);
  expect((await strangerPage.goto(preview.url()))?.status()).toBe(401);
  await expect(strangerPage.locator('body')).not.toContainText(OFFER.title);
  await stranger.close();
  await preview.close();
  await signOut(page);
});

test('the reviewer finds the submission in the dashboard’s review queue and the list’s Review column', async ({ browser }) => {
  const page = await signIn(browser, stack.adminUrl, reviewer);
  const queue = page.getByRole('region', { name: 'Waiting in review' });
  const council = queue.getByRole('region', { name: /^Demo Borough Council \(/ });
  // The demo's machine translations wait there too (needs checking), so the count is not 1.
  await expect(council).toContainText(/In review: \d+/);
  await expect(council).toContainText(/translation \(Translations\) — In review/);
  const item = council.getByRole('listitem').filter({ has: page.getByRole('link', { name: OFFER.title, exact: true }) });
  await expect(item).toContainText('In review');
  // The offers list says where each offer is in review, in plain words.
  await page.goto(`${stack.adminUrl}/admin/collections/offers?search=${encodeURIComponent(OFFER.title)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: OFFER.title, exact: true }) });
  await expect(row).toContainText('In review');
  await page.goto(`${stack.adminUrl}/admin`);
  await followLink(page, page.getByRole('region', { name: 'Waiting in review' }).getByRole('link', { name: OFFER.title, exact: true }), /\/admin\/collections\/offers\/\d+(\?.*)?$/);
  await slowExpect(page.getByRole('heading', { level: 1, name: OFFER.title })).toBeVisible();
  await page.context().close();
});

test('a reviewer reads the submission and asks for changes, saying what', async ({ browser }) => {
  const page = await signIn(browser, stack.adminUrl, reviewer);
  await openOffer(page, stack.adminUrl, OFFER.title);
  await expect(field(page, 'Review')).toContainText('In review');
  expect(await reviewHistory(page)).toContainEqual({ state: 'In review', by: youngEditor.name, comment: COMMENTS.submit });

  // Asking for changes without saying what is refused, naming the comment box. (Payload
  // shows no inline error after a failed draft save, so the hook's message is the toast.)
  await choose(page, 'Review', 'Changes requested');
  await page.getByRole('button', { name: 'Save Draft' }).click();
  await expectToast(page, /Say what needs changing in "Comment for this step"/);

  await page.getByLabel('Comment for this step').fill(COMMENTS.changes);
  await page.getByRole('button', { name: 'Save Draft' }).click();
  await expectToast(page, 'Draft saved successfully');
  await expect(field(page, 'Review')).toContainText('Changes requested');
  await signOut(page);
});

test('the young editor revises the offer and resubmits it (approving is not theirs to do)', async ({ browser }) => {
  const page = await signIn(browser, stack.adminUrl, youngEditor);
  await openOffer(page, stack.adminUrl, OFFER.title);
  await expect(field(page, 'Review')).toContainText('Changes requested');
  expect(await reviewHistory(page)).toContainEqual({ state: 'Changes requested', by: reviewer.name, comment: COMMENTS.changes });

  await page.getByRole('textbox', { name: /^Summary/ }).fill(OFFER.revisedSummary);
  await field(page, 'Body').getByRole('textbox').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(OFFER.revisedBody);

  // The Review menu offers a young editor only what they may choose: approving is a reviewer's
  // (the server refuses it too: tests/int/db/reviewMenu.int.spec.ts).
  await expect.poll(() => reviewOptions(page)).toEqual(['In review', 'Changes requested', 'Draft'].sort());

  await choose(page, 'Review', 'In review');
  await page.getByLabel('Comment for this step').fill(COMMENTS.resubmit);
  await page.getByRole('button', { name: 'Save Draft' }).click();
  await expectToast(page, 'Draft saved successfully');
  await expect(field(page, 'Review')).toContainText('In review');
  // Saving made them a co-author.
  await expect(page.getByLabel('Written with (young editors)')).toHaveValue(youngEditor.name);
  await signOut(page);
});

test('the reviewer approves and publishes, and the rebuilt site credits the young editor', async ({ browser }) => {
  const page = await signIn(browser, stack.adminUrl, reviewer);
  await openOffer(page, stack.adminUrl, OFFER.title);
  await expect(page.getByRole('textbox', { name: /^Summary/ })).toHaveValue(OFFER.revisedSummary);
  expect(await reviewHistory(page)).toContainEqual({ state: 'In review', by: youngEditor.name, comment: COMMENTS.resubmit });
  // The reviewer sees who co-wrote it, by name (not an account id).
  await expect(page.getByLabel('Written with (young editors)')).toHaveValue(youngEditor.name);

  // Staff fill in the legal basis and review date on approval (the young editor wasn't asked).
  await page.getByRole('textbox', { name: /^Legal basis or source/ }).fill(OFFER.legalBasis);
  const lastReviewed = field(page, 'Last Reviewed').getByRole('textbox');
  await lastReviewed.fill(OFFER.lastReviewed);
  await lastReviewed.press('Enter');
  await expect(lastReviewed).toHaveValue(/Nov/);
  await choose(page, 'Review', 'Approved');
  await page.getByLabel('Comment for this step').fill(COMMENTS.approve);
  await page.getByRole('button', { name: 'Save Draft' }).click();
  await expectToast(page, 'Draft saved successfully');

  const publishedAt = new Date();
  await page.getByRole('button', { name: 'Publish changes' }).click();
  await expectToast(page, /successfully/i);
  await slowExpect(docStatus(page)).toContainText('Published');
  await expect(field(page, 'Review')).toContainText('Published');
  expect((await reviewHistory(page)).map((step) => step.state)).toEqual([
    'Draft',
    'In review',
    'Changes requested',
    'In review',
    'Approved',
    'Published',
  ]);
  await signOut(page);

  // Publishing rebuilt the public site (as the council's settings show its staff: build status is theirs to read).
  const build = await stack.waitForSiteBuild(staff, publishedAt);
  expect(build.status, `site build: ${build.message}`).toBe('succeeded');
  expect(build.trigger).toMatch(/offers .*free-cookery-classes.* published/);

  // The snapshot the site was built from credits the young editor by their chosen name only.
  const offer = stack.readSnapshot().offers.find((o) => o.slug === OFFER.slug);
  expect(offer, 'the published offer is in the snapshot').toBeDefined();
  expect(offer!.credits).toEqual([youngEditor.credit.displayName]);
  expect(JSON.stringify(offer)).not.toContain(youngEditor.name);

  const site = await browser.newContext();
  const reader = await site.newPage();
  const response = await reader.goto(`${stack.siteUrl}/offers/${OFFER.slug}/`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: OFFER.title })).toBeVisible();
  const main = reader.getByRole('main');
  // What went live is the reviewed revision, not the first draft.
  await expect(main).toContainText(OFFER.revisedSummary);
  await expect(main).toContainText(OFFER.revisedBody.trim());
  await expect(main).toContainText(`Written with young editors: ${youngEditor.credit.displayName}`);
  // Neither the account name nor the review talk reaches the public page.
  await expect(main).not.toContainText(youngEditor.name);
  await expect(reader.locator('body')).not.toContainText(COMMENTS.changes);
  await site.close();
});

// The national practice library ------------------------------------------------------------

const SPOTLIGHT = {
  title: 'Saturday breakfast club',
  slug: 'saturday-breakfast-club',
  summary: 'Care leavers meet Personal Advisers for a free breakfast every Saturday.',
  revisedSummary: 'Care leavers meet Personal Advisers for a free breakfast every Saturday; 14 came to the first one.',
  contactRole: 'Team Manager, Leaving Care and After Care Service, Demo Borough Council',
  body: 'A free breakfast at the youth centre, with Personal Advisers there to help.',
  council: 'Demo Borough Council',
  theme: 'Money',
  themeSlug: 'money',
  changes: 'Please say how many young people came.',
};

test('a council’s staff submit a spotlight for their own council, and can’t publish it', async ({ browser }) => {
  const page = await signIn(browser, stack.adminUrl, staff);
  await page.goto(`${stack.adminUrl}/admin/collections/spotlights/create`);
  await slowExpect(page.getByRole('button', { name: 'Save Draft' })).toBeVisible();
  // Their council is chosen for them: it is the only one they can submit for.
  await slowExpect(field(page, 'Council')).toContainText(SPOTLIGHT.council);

  await page.getByRole('textbox', { name: /^Title/ }).fill(SPOTLIGHT.title);
  await page.getByRole('textbox', { name: /^Summary/ }).fill(SPOTLIGHT.summary);
  await choose(page, 'Themes', SPOTLIGHT.theme);
  await page.getByRole('textbox', { name: /^Contact Role/ }).fill(SPOTLIGHT.contactRole);
  await field(page, 'Body').getByRole('textbox').click();
  await page.keyboard.type(SPOTLIGHT.body);
  await choose(page, 'Review', 'In review');
  await page.getByRole('button', { name: 'Save Draft' }).click();
  await expectToast(page, 'successfully created');
  await slowExpect(page.getByRole('heading', { level: 1, name: SPOTLIGHT.title })).toBeVisible();
  await expect(docStatus(page)).toContainText('Draft');
  // Moderators publish: no Publish button for staff (the server refuses it too: access.int).
  await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0);
  await signOut(page, SPOTLIGHTS);
});

test('a moderator asks for a change, and the staff revise and resubmit', async ({ browser }) => {
  const moderating = await signIn(browser, stack.adminUrl, moderator);
  await openDocument(moderating, stack.adminUrl, SPOTLIGHT.title, SPOTLIGHTS);
  await expect(field(moderating, 'Review')).toContainText('In review');
  await expect(field(moderating, 'Council')).toContainText(SPOTLIGHT.council);
  await choose(moderating, 'Review', 'Changes requested');
  await moderating.getByLabel('Comment for this step').fill(SPOTLIGHT.changes);
  await moderating.getByRole('button', { name: 'Save Draft' }).click();
  await expectToast(moderating, 'Draft saved successfully');
  await signOut(moderating, SPOTLIGHTS);

  const page = await signIn(browser, stack.adminUrl, staff);
  await openDocument(page, stack.adminUrl, SPOTLIGHT.title, SPOTLIGHTS);
  expect(await reviewHistory(page)).toContainEqual({ state: 'Changes requested', by: moderator.name, comment: SPOTLIGHT.changes });
  await page.getByRole('textbox', { name: /^Summary/ }).fill(SPOTLIGHT.revisedSummary);
  // Approving is the moderator's: the Review menu doesn't offer it to staff.
  await expect.poll(() => reviewOptions(page)).toEqual(['In review', 'Changes requested', 'Draft'].sort());
  await choose(page, 'Review', 'In review');
  await page.getByRole('button', { name: 'Save Draft' }).click();
  await expectToast(page, 'Draft saved successfully');
  await signOut(page, SPOTLIGHTS);
});

test('the moderator publishes, and the library lists it under its council and theme, and search finds it', async ({ browser }) => {
  const page = await signIn(browser, stack.adminUrl, moderator);
  await openDocument(page, stack.adminUrl, SPOTLIGHT.title, SPOTLIGHTS);
  await expect(page.getByRole('textbox', { name: /^Summary/ })).toHaveValue(SPOTLIGHT.revisedSummary);
  const publishedAt = new Date();
  await page.getByRole('button', { name: 'Publish changes' }).click();
  await expectToast(page, /successfully/i);
  await slowExpect(docStatus(page)).toContainText('Published');
  await signOut(page, SPOTLIGHTS);

  const build = await stack.waitForSiteBuild(staff, publishedAt);
  expect(build.status, `site build: ${build.message}`).toBe('succeeded');

  const site = await browser.newContext();
  const reader = await site.newPage();
  expect((await reader.goto(`${stack.siteUrl}/spotlights/${SPOTLIGHT.slug}/`))?.status()).toBe(200);
  const main = reader.getByRole('main');
  await expect(main).toContainText(SPOTLIGHT.revisedSummary);
  // It credits the council and where it came from: the council's own submission.
  await expect(main).toContainText(`Submitted by ${SPOTLIGHT.council} to the national practice library`);
  await expect(reader.locator('body')).not.toContainText(SPOTLIGHT.changes);

  for (const list of [`/spotlights/councils/demo-borough-council/`, `/spotlights/themes/${SPOTLIGHT.themeSlug}/`]) {
    await reader.goto(`${stack.siteUrl}${list}`);
    await expect(reader.getByRole('main').getByRole('link', { name: SPOTLIGHT.title }), list).toBeVisible();
  }
  await reader.goto(`${stack.siteUrl}/search/`);
  await reader.locator('#search-q').fill('breakfast club');
  const result = reader.locator('[data-search-results] li', { has: reader.getByRole('link', { name: SPOTLIGHT.title }) });
  await expect(result).toBeVisible();
  await expect(result.locator('.caption')).toHaveText(SPOTLIGHT.council);
  await site.close();
});

test('no admin page the workflow opened broke the admin’s Content Security Policy', () => {
  expect(cspViolations).toEqual([]);
});
