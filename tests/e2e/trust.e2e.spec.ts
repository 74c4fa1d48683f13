import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, e2eDir, E2E_FIXTURES, E2E_PUBLIC_URL, e2eSiteDir } from '../helpers/e2e';
import { budgetFor, PER_ITEM_MS } from '../helpers/testBudget';

/**
 * Issue 9, pages that never mislead, as a reader would notice: every phone number is
 * tap-to-call; nothing announced is badged as in force; outcomes read as the source gives
 * them; the money views list every cash entitlement; an in-area-only offer goes for
 * someone who lives elsewhere (with and without JavaScript); the council's public address,
 * never localhost; a printed checklist a Personal Adviser can use; and at night the
 * out-of-hours line comes first.
 *
 * What the site should say comes from the snapshot the test build exported (the demo
 * content plus the money fixtures in tests/helpers/buildTestSite.ts), not from the pages.
 */

type Snapshot = {
  authority: { phone: string; emergency: { phone: string }; siteUrl?: string | null };
  areas: { slug: string }[];
  offers: {
    slug: string;
    title: string;
    kind: string;
    area: string;
    legalStatus?: string;
    amount: { type: string; value?: number | null };
  }[];
  spotlights: { slug: string; outcomes: { label: string; value: number; unit: string }[]; milestones?: { label: string; when: string }[] }[];
};
// Demo Borough's snapshot, which the journey site is built from (tests/helpers/buildTestSite.ts).
const snapshot = JSON.parse(readFileSync(path.join(e2eDir, 'data', 'snapshot', 'demo-borough', 'snapshot.json'), 'utf8')) as Snapshot;
const { announced, inAreaOnly, askPa, ended } = E2E_FIXTURES;
const cash = snapshot.offers.filter((o) => o.amount.type === 'money' && o.amount.value != null && (o.legalStatus ?? 'in-force') !== 'ended');

const html = (page: string) => readFileSync(path.join(e2eSiteDir, page, 'index.html'), 'utf8');

/**
 * UK phone numbers as people write them, found independently of the site's own matcher
 * (site/lib/phone.ts): 020 7946 0000, 0800 1111, (020) 7946 0123, +44 (0)20 7946 0125, 999,
 * 111, 116 123, 101.
 */
const PHONE =
  /(?<![\w£$€.,/:+-])(?:\+44[\s\u00a0]?(?:\(0\)[\s\u00a0]?)?\d{2,4}(?:[\s\u00a0-]?\d{2,4}){1,3}|\(?0\d{2,4}\)?(?:[\s\u00a0-]?\d{2,4}){1,3}|116[\s\u00a0]?123|999|111|101)(?![\w%]|[.,/:]\d)/g;

/** The words a reader sees on a page (no head, scripts or styles), with tel: and sms: links taken out. */
function wordsOutsidePhoneLinks(source: string): string {
  return source
    .replace(/<head>[\s\S]*?<\/head>/, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<a\b[^>]*href="(?:tel|sms):[^"]*"[^>]*>[\s\S]*?<\/a>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&quot;|&lt;|&gt;/g, ' ');
}

test('every phone number on every page is a tel: link', () => {
  const pages = builtPages();
  const problems: string[] = [];
  let links = 0;
  for (const page of pages) {
    const source = html(page);
    links += (source.match(/href="tel:/g) ?? []).length;
    const left = [...wordsOutsidePhoneLinks(source).matchAll(PHONE)].map((m) => m[0]);
    if (left.length) problems.push(`${page}: ${left.join(', ')}`);
  }
  const notFound = readFileSync(path.join(e2eSiteDir, '404.html'), 'utf8');
  const left404 = [...wordsOutsidePhoneLinks(notFound).matchAll(PHONE)].map((m) => m[0]);
  if (left404.length) problems.push(`404: ${left404.join(', ')}`);
  expect(problems).toEqual([]);
  // Not a pass by finding nothing: numbers are everywhere (help box, footer, offers).
  expect(links).toBeGreaterThan(pages.length * 3);
});

test('numbers in offers’ steps and who to ask, and on the urgent help page, call when tapped', async ({ page }) => {
  await page.goto(`/offers/${askPa.slug}/`);
  const main = page.getByRole('main');
  await expect(main.locator('a[href="tel:+442079460125"]')).toHaveText('+44 (0)20 7946 0125');
  await expect(main.locator('a[href="tel:08001111"]')).toHaveText('0800 1111');
  await expect(main.locator('a[href="tel:02079460123"]')).toHaveText('(020) 7946 0123');
  await expect(main.locator('a[href="tel:08001234567"]')).toHaveText('0800 123 4567');

  await page.goto('/help-now/');
  // "Call 999 now." and "call NHS 111": the numbers in the sentences, not only in the lists.
  await expect(page.locator('#danger + p a[href="tel:999"]')).toHaveText('999');
  await expect(page.getByRole('contentinfo').locator('a[href^="tel:"]').first()).toBeVisible();
});

test('an announced offer is never badged as in force: offer page, area page, checker', async ({ page }) => {
  const announcedOffers = snapshot.offers.filter((o) => o.legalStatus === 'announced');
  expect(announcedOffers.map((o) => o.slug)).toContain(announced.slug);
  // Three pages per announced offer, and two for the ended one.
  test.setTimeout(budgetFor(announcedOffers.length * 3 + 2, PER_ITEM_MS.page));
  for (const offer of announcedOffers) {
    await page.goto(`/offers/${offer.slug}/`);
    const standing = page.locator('.offer-kind');
    await expect(standing).toContainText('Announced — not yet in force. Ask your PA.');
    await expect(standing).not.toContainText('National entitlement');
    await expect(page.getByRole('main')).not.toContainText('care leavers across England can get it');

    await page.goto(`/areas/${offer.area}/`);
    const card = page.locator('.offer-list .card').filter({ has: page.getByRole('link', { name: offer.title, exact: true }) });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('Announced, not yet in force');
    await expect(card).not.toContainText('National entitlement');
    // Listed under "Announced", never under "What you can get anywhere in England".
    expect(await card.evaluate((li) => li.closest('ul')!.previousElementSibling!.previousElementSibling!.id)).toBe('announced');

    await page.goto('/what-can-i-get/');
    const item = page.locator('[data-checker-offer]').filter({ has: page.getByRole('link', { name: offer.title, exact: true }) });
    await expect(item).toContainText('Announced, not yet in force');
    await expect(item).not.toContainText('National entitlement');
  }
  // Ended: said so on its page, and not in the checker.
  await page.goto(`/offers/${ended.slug}/`);
  await expect(page.locator('.offer-kind')).toContainText('Ended');
  await page.goto('/what-can-i-get/');
  await expect(page.getByRole('link', { name: ended.title })).toHaveCount(0);
});

test('outcomes never print a year as a number, and say "1 post", "1 young person"', async ({ page }) => {
  // Every spotlight's page (the total of figures is checked across them all), and three more.
  test.setTimeout(budgetFor(snapshot.spotlights.length + 3, PER_ITEM_MS.page));
  const problems: string[] = [];
  let figures = 0;
  for (const spotlight of snapshot.spotlights) {
    await page.goto(`/spotlights/${spotlight.slug}/`);
    for (const cell of await page.locator('.outcomes td.numeric').allTextContents()) {
      figures += 1;
      const text = cell.trim();
      if (/^(1,9\d\d|2,0\d\d|19\d\d|20\d\d)(\s*(years?|dates?))?$/i.test(text)) problems.push(`${spotlight.slug}: a year as a figure: "${text}"`);
      if (/^1 (.*\bpeople|.*\bchildren|.*[^su]s)$/.test(text)) problems.push(`${spotlight.slug}: "${text}"`);
    }
    for (const milestone of spotlight.milestones ?? []) {
      const when = page.getByRole('heading', { name: 'When', exact: true });
      await expect(when).toBeVisible();
      const row = page.locator('.milestones > div').filter({ hasText: milestone.label });
      await expect(row.locator('dd')).toHaveText(milestone.when);
    }
  }
  expect(problems).toEqual([]);
  expect(figures).toBeGreaterThan(20);
  // The plurals a reader noticed.
  const single = snapshot.spotlights.flatMap((s) => s.outcomes.filter((o) => o.value === 1 && /^(young people|posts)$/.test(o.unit)).map((o) => [s.slug, o] as const));
  for (const [slug, outcome] of single.slice(0, 3)) {
    await page.goto(`/spotlights/${slug}/`);
    await expect(page.locator('.outcomes tr').filter({ hasText: outcome.label }).locator('td.numeric')).toHaveText(outcome.unit === 'posts' ? '1 post' : '1 young person');
  }
});

test('the money area page lists every cash entitlement from every area', async ({ page }) => {
  expect(cash.length).toBeGreaterThan(5);
  expect(new Set(cash.map((o) => o.area)).size).toBeGreaterThan(1);
  await page.goto('/areas/financial-support/');
  const listed = await page.locator('#all-money ~ .money-list .money-list__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(cash.map((o) => `/offers/${o.slug}/`).sort());
  const zephyr = page.locator('.money-list__item').filter({ has: page.getByRole('link', { name: announced.title }) });
  await expect(zephyr).toContainText(announced.amount);
  await expect(zephyr).toContainText(announced.national);
  await expect(zephyr).toContainText('Announced, not yet in force');
  await expect(page.locator('.money-list__item').filter({ has: page.getByRole('link', { name: askPa.title }) })).toContainText(askPa.amount);
  // An ended offer is not money anyone could get (it is listed under "Ended" if it is in this area).
  await expect(page.locator('.money-list').getByRole('link', { name: ended.title })).toHaveCount(0);
  // Never "national minimum" for a figure national guidance only recommends.
  for (const item of await page.locator('.money-list__national').allTextContents()) {
    if (/recommended/.test(item)) expect(item).not.toMatch(/minimum/i);
  }
});

/** Hrefs of what a reader can see among the given items. */
async function shown(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((items) =>
      items.filter((item) => (item as HTMLElement).checkVisibility()).map((item) => item.querySelector('a')!.getAttribute('href')!),
    );
}

test('the checker’s "Money you could get" has every cash entitlement, then those matching the answers', async ({ page }) => {
  await page.goto('/what-can-i-get/');
  expect((await shown(page, '[data-checker-money]')).sort()).toEqual(cash.map((o) => `/offers/${o.slug}/`).sort());
  for (const id of ['#age-19', '#in-care-no', '#time-13-weeks-or-more', '#live-here', '#c-none']) await page.locator(id).check();
  await expect(page.getByRole('status')).toContainText('match your answers');
  const money = await shown(page, '[data-checker-money]');
  const offers = await shown(page, '[data-checker-offer]');
  const cashHrefs = cash.map((o) => `/offers/${o.slug}/`);
  expect(money.sort()).toEqual(offers.filter((href) => cashHrefs.includes(href)).sort());
  expect(money.length).toBeGreaterThan(2);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('an in-area-only offer is hidden for someone who lives elsewhere; an "ask" one says to ask the PA', async ({ page }) => {
      await page.goto('/what-can-i-get/');
      const offer = (title: string) => page.locator('[data-checker-offer]').filter({ has: page.getByRole('link', { name: title, exact: true }) });
      const money = (title: string) => page.locator('[data-checker-money]').filter({ has: page.getByRole('link', { name: title, exact: true }) });

      await page.locator('#live-elsewhere').check();
      await expect(offer(inAreaOnly.title)).toBeHidden();
      await expect(money(inAreaOnly.title)).toBeHidden();
      await expect(offer(askPa.title)).toBeVisible();
      await expect(offer(askPa.title).locator('.checker__elsewhere')).toBeVisible();
      await expect(money(askPa.title).locator('.checker__elsewhere')).toBeVisible();

      await page.locator('#live-here').check();
      await expect(offer(inAreaOnly.title)).toBeVisible();
      await expect(money(inAreaOnly.title)).toBeVisible();
      await expect(offer(askPa.title).locator('.checker__elsewhere')).toBeHidden();
    });
  });
}

test('no localhost anywhere in a site built with the council’s public address', () => {
  expect(snapshot.authority.siteUrl).toBe(E2E_PUBLIC_URL);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|xml|json|js|css|txt|webmanifest)$|^_headers$/.test(entry)) files.push(full);
    }
  };
  walk(e2eSiteDir);
  expect(files.filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8'))).map((f) => path.relative(e2eSiteDir, f))).toEqual([]);
  const home = html('/');
  expect(home).toContain(`<link rel="canonical" href="${E2E_PUBLIC_URL}/">`);
  expect(readFileSync(path.join(e2eSiteDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>${E2E_PUBLIC_URL}/what-can-i-get/</loc>`);
  expect(readFileSync(path.join(e2eDir, 'build.log'), 'utf8')).toContain(`public address: ${E2E_PUBLIC_URL}`);
});

test('the printed checklist has the date, name lines, each item’s web address and who can get it, and the urgent numbers', async ({ page }) => {
  await page.goto('/what-can-i-get/?age=19&in-care=no&time=13-weeks-or-more&live=here&c=none');
  await expect(page.getByRole('status')).toContainText('match your answers');
  // On screen, none of the paper-only parts show.
  await expect(page.getByText('Young person’s name:')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  await expect(page.locator('.checker__sheet')).toContainText(`Date: ${today}`);
  await expect(page.getByText('Young person’s name:')).toBeVisible();
  await expect(page.getByText('Personal Adviser’s name:')).toBeVisible();

  const items = page.locator('[data-checker-offer]:visible');
  const count = await items.count();
  expect(count).toBeGreaterThan(3);
  // Four checks on each item listed.
  test.setTimeout(test.info().timeout + budgetFor(count * 4, PER_ITEM_MS.check, 0));
  for (let i = 0; i < count; i += 1) {
    const item = items.nth(i);
    const href = await item.locator('h4 a').getAttribute('href');
    await expect(item.locator('.checker__url')).toBeVisible();
    await expect(item.locator('.checker__url')).toHaveText(`${E2E_PUBLIC_URL}${href}`);
    await expect(item.locator('.checker__eligibility')).toBeVisible();
    await expect(item.locator('.checker__eligibility')).toHaveText(/^Who can get it: .+\.$/);
  }

  const urgent = page.locator('.checker__urgent');
  await expect(urgent).toBeVisible();
  for (const number of ['999', snapshot.authority.phone, snapshot.authority.emergency.phone, '116 123']) {
    const link = urgent.getByRole('link', { name: number, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /^tel:\+?\d+$/);
  }
});

test.describe('"Need help now?" by the reader’s clock', () => {
  test.use({ timezoneId: 'Europe/London' });
  const order = (page: Page, scope: string) =>
    page.locator(`${scope} [data-office-hours] > li[data-line]`).evaluateAll((items) => items.map((li) => li.getAttribute('data-line')));

  test('outside office hours the out-of-hours line comes first; in office hours the service does', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-02T22:30:00Z')); // a Wednesday, 10.30pm in London
    await page.goto('/offers/setting-up-home-allowance/');
    expect(await order(page, '#need-help')).toEqual(['out-of-hours', 'office']);
    await expect(page.locator('#need-help [data-closed-now]')).toBeVisible();

    await page.clock.setFixedTime(new Date('2026-12-05T12:00:00Z')); // Saturday noon
    await page.goto('/help-now/');
    expect((await order(page, '#need-help')).slice(0, 2)).toEqual(['out-of-hours', 'office']);
    expect((await page.locator('#nowhere-to-stay + p + ul > li').evaluateAll((li) => li.map((l) => l.getAttribute('data-line'))))).toEqual(['out-of-hours', 'office']);

    await page.clock.setFixedTime(new Date('2026-12-02T10:30:00Z')); // Wednesday morning
    await page.goto('/offers/setting-up-home-allowance/');
    expect(await order(page, '#need-help')).toEqual(['office', 'out-of-hours']);
    await expect(page.locator('#need-help [data-closed-now]')).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    // Issue 20, part 4: whether the office is open is unknown without the reader's clock, so the
    // out-of-hours line comes first (it was the service first, which claimed office hours on
    // Christmas Day too).
    test('both lines show, the out-of-hours line first, each with its hours', async ({ page }) => {
      await page.goto('/offers/setting-up-home-allowance/');
      expect(await order(page, '#need-help')).toEqual(['out-of-hours', 'office']);
      for (const line of await page.locator('#need-help li[data-line]').all()) await expect(line.locator('.need-help__hours')).not.toBeEmpty();
    });
  });
});
