import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { e2eSiteDir, e2eSitesDir, E2E_FIXTURES, E2E_PUBLIC_URL } from '../helpers/e2e';

/**
 * Issue 22, part 4, as a reader and a PA would notice it, on the test site built from the demo
 * content (its change log from content/) and a change published through the CMS's hook by the
 * test build (tests/helpers/buildTestSite.ts: a raised amount, refused without a "what changed"
 * line, then published with one; then a typo fix, which adds nothing): the line is on the offer's
 * page, on "What's new" and in the Atom feed, which a real Atom parser reads; national changes
 * are on every council's site; the Open Referral feed's last_modified is the change's date.
 */
const { changed } = E2E_FIXTURES;
const offerPath = `/offers/${changed.slug}/`;
type Change = { id: string; page: string; slug: string; guide?: string | null; line: string; changedAt: string; national: boolean };
const snapshot = JSON.parse(readFileSync(path.join(e2eSiteDir, '..', 'data', 'snapshot', 'demo-borough', 'snapshot.json'), 'utf8')) as { changes: Change[] };
const nationalChanges = snapshot.changes.filter((c) => c.national);
const logged = snapshot.changes.filter((c) => c.slug === changed.slug);

test('a change published with a "what changed" line is on the offer page, dated; the typo fix after it is not', async ({ page }) => {
  expect(logged.map((c) => c.line)).toEqual([changed.line]);
  await page.goto(offerPath);
  await expect(page.locator('.offer-amount')).toHaveText(`£${changed.after}, paid once`);
  const section = page.getByRole('region', { name: 'What changed' });
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem')).toContainText(changed.line);
  const day = logged[0]!.changedAt.slice(0, 10);
  await expect(section.locator(`time[datetime="${day}"]`)).toHaveCount(1);
  await section.getByRole('link', { name: 'See everything that changed' }).click();
  await expect(page).toHaveURL(/\/whats-new\/$/);
});

test('"What\'s new" lists every change, newest first, the national ones too, each linked to its page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'What’s new' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What’s new');
  const entries = page.locator('.whats-new__entry');
  await expect(entries).toHaveCount(snapshot.changes.length);
  // Newest first: the test build's own changes (the Platypus grant, then the Lemur guide) are the newest.
  const newest = [...snapshot.changes].sort((a, b) => b.changedAt.localeCompare(a.changedAt))[0]!;
  await expect(entries.first()).toContainText(newest.line);
  await expect(entries.filter({ hasText: changed.line })).toHaveCount(1);
  const dates = await entries.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const national of nationalChanges) await expect(entries.filter({ hasText: national.line })).toContainText('A change for all of England');
  await entries.filter({ hasText: changed.line }).getByRole('link', { name: changed.title }).click();
  await expect(page).toHaveURL(new RegExp(`${offerPath}$`));
  // Demo Borough's own changes from content/ are on the pages they are about.
  await page.goto('/offers/support-to-30/');
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText('until you are 30');
  await page.goto('/you-said-we-did/');
  await expect(page.locator('#pledge-council-tax-to-25')).toContainText('pay no council tax until they are 25');
});

test('every page links the Atom feed, which a feed reader parses: ids, dates, the council as author, absolute links', async ({ page, request }) => {
  await page.goto(offerPath);
  const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(href).toBe('/whats-new.xml');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/atom\+xml|xml/);
  const xml = await response.text();
  const feed = parseFeed(xml);
  expect(feed.meta.type).toBe('atom');
  expect(feed.meta.version).toBe('1.0');
  expect(feed.title).toBe('What’s new in Demo Borough Council’s local offer');
  expect(feed.url).toBe(`${E2E_PUBLIC_URL}/whats-new/`);
  expect(feed.self).toBe(`${E2E_PUBLIC_URL}/whats-new.xml`);
  expect(feed.authors.map((a) => a.name)).toEqual(['Demo Borough Council']);
  expect(feed.items).toHaveLength(snapshot.changes.length);
  // RFC 4287: every entry has an id (unique), a title and an updated date; the feed's updated is its newest entry's.
  const ids = feed.items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const item of feed.items) {
    expect(item.id).toMatch(/^urn:uuid:/);
    expect(item.title).toBeTruthy();
    expect(item.updated).toBeInstanceOf(Date);
  }
  expect(feed.updated?.toISOString()).toBe(feed.items[0]!.updated!.toISOString());
  const entry = feed.items.find((item) => item.description === changed.line);
  expect(entry?.title).toBe(changed.title);
  expect(entry?.url).toBe(`${E2E_PUBLIC_URL}${offerPath}`);
  for (const item of feed.items) if (item.url) expect(item.url.startsWith(`${E2E_PUBLIC_URL}/`)).toBe(true);
  // Atom 1.0's required structure (RFC 4287, 4.1.1 and 4.1.2), read by the browser's XML parser with the Atom namespace.
  const structure = await page.evaluate((text) => {
    const ATOM = 'http://www.w3.org/2005/Atom';
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const children = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
    const root = doc.documentElement;
    const has = (el: Element, name: string) => children(el, name).length === 1 && (children(el, name)[0]!.textContent ?? '').trim() !== '';
    const entries = children(root, 'entry');
    return {
      wellFormed: doc.getElementsByTagName('parsererror').length === 0,
      root: `${root.namespaceURI} ${root.localName}`,
      feed: ['id', 'title', 'updated'].filter((name) => !has(root, name)),
      author: children(root, 'author').every((a) => has(a, 'name')) && children(root, 'author').length > 0,
      feedId: children(root, 'id')[0]?.textContent ?? '',
      entries: entries.map((e) => ['id', 'title', 'updated'].filter((name) => !has(e, name))).filter((missing) => missing.length > 0),
      dates: [root, ...entries].map((el) => children(el, 'updated')[0]?.textContent ?? ''),
    };
  }, xml);
  expect(structure).toMatchObject({ wellFormed: true, root: 'http://www.w3.org/2005/Atom feed', feed: [], author: true, entries: [] });
  expect(structure.feedId).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  // RFC 3339 date-times.
  for (const date of structure.dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
});

test('every council has its feed, at its own address (Riverford under a shared one), with the national changes', () => {
  const addresses = { northdale: 'https://local-offer.northdale.example/', riverford: 'https://care-leavers.partnership.example/riverford/' };
  for (const [council, address] of Object.entries(addresses)) {
    const feed = parseFeed(readFileSync(path.join(e2eSitesDir, council, 'whats-new.xml'), 'utf8'));
    expect(feed.meta.type, council).toBe('atom');
    expect(feed.self, council).toBe(`${address}whats-new.xml`);
    expect(feed.items.length, council).toBeGreaterThan(nationalChanges.length);
    for (const item of feed.items) if (item.url) expect(item.url.startsWith(address), `${council}: ${item.url}`).toBe(true);
    for (const national of nationalChanges) expect(feed.items.some((item) => item.description === national.line), `${council}: ${national.line}`).toBe(true);
    // Not another council's changes.
    expect(feed.items.some((item) => item.description === changed.line), council).toBe(false);
    const whatsNew = readFileSync(path.join(e2eSitesDir, council, 'whats-new', 'index.html'), 'utf8');
    for (const national of nationalChanges) expect(whatsNew, council).toContain(national.line);
  }
});

test('the Open Referral feed says the service last changed when its newest change was published', () => {
  const feed = JSON.parse(readFileSync(path.join(e2eSiteDir, 'open-data', 'openreferral', 'feed.json'), 'utf8')) as { services: { name: string; last_modified?: string }[] };
  const service = feed.services.find((s) => s.name === changed.title);
  expect(service?.last_modified).toBe(new Date(logged[0]!.changedAt).toISOString());
  const support = feed.services.find((s) => s.name === 'Support from 25 to 30');
  expect(support?.last_modified).toBe('2024-04-01T09:00:00.000Z');
});

test('a change to a chapter of the council’s own guide is on that chapter’s page, on "What’s new" and in the feed', async ({ page, request }) => {
  const { guideChange } = E2E_FIXTURES;
  const chapterPath = `/guides/${guideChange.slug}/${guideChange.changedSlug}/`;
  const entry = snapshot.changes.find((c) => c.line === guideChange.line);
  expect(entry).toMatchObject({ page: 'chapter', slug: guideChange.changedSlug, guide: guideChange.slug, national: false });
  await page.goto(chapterPath);
  const section = page.getByRole('region', { name: 'What changed' });
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem')).toContainText(guideChange.line);
  await expect(section.locator(`time[datetime="${entry!.changedAt.slice(0, 10)}"]`)).toHaveCount(1);
  // Its other chapter did not change: nothing there.
  await page.goto(`/guides/${guideChange.slug}/${guideChange.chapters[0]!.toLowerCase().replace(/ /g, '-')}/`);
  await expect(page.getByRole('region', { name: 'What changed' })).toHaveCount(0);
  await page.goto('/whats-new/');
  const listed = page.locator('.whats-new__entry').filter({ hasText: guideChange.line });
  await expect(listed).toHaveCount(1);
  await expect(listed).not.toContainText('A change for all of England');
  await listed.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`${chapterPath}$`));
  const feed = parseFeed(await (await request.get('/whats-new.xml')).text());
  const item = feed.items.find((i) => i.description === guideChange.line);
  expect(item?.url).toBe(`${E2E_PUBLIC_URL}${chapterPath}`);
});
