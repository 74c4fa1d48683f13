import { expect, test } from '@playwright/test';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { nationalGuideOf } from '@tests/helpers/nationalGuide';
import { budgetFor, PER_ITEM_MS } from '@tests/helpers/testBudget';

// The journey suites run against Demo Borough's site: its offers (the national entitlements
// with its local details, and its own), the national guide with its local parts, pledges and indicators.
const all = readContent('content');
const demo = all.councils.find((c) => c.slug === 'demo-borough')!;
const content = { ...all, ...demo, offers: councilOffers(all, demo) };
const guide = nationalGuideOf(all, demo);
const offers = new Map(content.offers.map((offer) => [offer.slug, offer]));
const areas = new Map(content.areas.map((area) => [area.slug, area]));

test.use({ javaScriptEnabled: false });

test('an offer page shows the national figure, what to do if refused, related offers and the guide chapters that mention it', async ({ page }) => {
  const offer = offers.get('setting-up-home-allowance')!;
  const area = areas.get(offer.area)!;
  await page.goto(`/offers/${offer.slug}/`);
  const main = page.getByRole('main');
  // £3,000 is recommended in national guidance (issue 9): worded as such, never as a minimum.
  await expect(main).toContainText('The amount recommended in national guidance is £3,000.');
  await expect(main).not.toContainText(/national (recommended )?minimum/i);

  // If refused: the national "How to complain" chapter (it was Demo's "If things go wrong" before issue 20), step by step.
  const wrong = guide.complaints;
  await expect(main.getByRole('link', { name: wrong.title })).toHaveAttribute('href', `/guides/${guide.slug}/${wrong.slug}/`);

  // The guide chapters that list this offer, and no others.
  const mentioning = guide.chapters.filter((chapter) => chapter.relatedOffers.includes(offer.slug));
  expect(mentioning.length).toBeGreaterThan(0);
  const chapters = main.locator('.offer-chapters a');
  await expect(chapters).toHaveText(mentioning.map((chapter) => chapter.title));

  // A few other offers from the same area.
  await expect(main.getByRole('heading', { name: `Other help in ${area.title}` })).toBeVisible();
  const related = await main.locator('#related ~ .offer-list h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(related.length).toBeGreaterThan(0);
  expect(related.length).toBeLessThanOrEqual(4);
  for (const href of related) {
    const slug = /^\/offers\/([^/]+)\/$/.exec(href ?? '')?.[1];
    expect(slug).not.toBe(offer.slug);
    expect(offers.get(slug!)?.area).toBe(area.slug);
  }
});

test('a chapter marks itself in the contents and links to the next one and to the whole guide', async ({ page }) => {
  const [first, second] = guide.chapters;
  await page.goto(`/guides/${guide.slug}/${first!.slug}/`);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link', { name: first!.title })).toHaveAttribute('aria-current', 'page');
  await expect(contents.locator('[aria-current]')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: new RegExp(second!.title) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Read the whole guide on one page' }).click();
  await expect(page).toHaveURL(new RegExp(`/guides/${guide.slug}/all/$`));
});

test('the single-page guide has every chapter, in order', async ({ page }) => {
  test.setTimeout(budgetFor(guide.chapters.length, PER_ITEM_MS.check));
  await page.goto(`/guides/${guide.slug}/all/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
  await expect(page.locator('.guide-chapter > h2')).toHaveText(guide.chapters.map((chapter) => chapter.title));
  // Each chapter's words are there, not only its title: its first subheading, for one.
  for (const chapter of guide.chapters) {
    const subheading = /^## (.+)$/m.exec(chapter.body)?.[1];
    if (subheading) await expect(page.getByRole('region', { name: chapter.title, exact: true }).getByRole('heading', { name: subheading })).toBeVisible();
  }
  // Each chapter's part for this council is a region named with its chapter: a screen reader's
  // list of regions showed "In Demo Borough Council" eleven times over.
  const local = page.locator('[data-chapter-local]');
  expect(await local.count()).toBeGreaterThan(1);
  await expect(page.getByRole('region', { name: `${guide.chapters[0]!.title} In Demo Borough Council`, exact: true })).toHaveCount(1);
  // Every one of them by a name of its own, as a list of regions reads them out.
  const names: string[] = [];
  for (const region of await local.all()) {
    const ids = ((await region.getAttribute('aria-labelledby')) ?? '').split(/\s+/).filter(Boolean);
    const parts: string[] = [];
    for (const id of ids) parts.push(((await page.locator(`[id="${id}"]`).textContent()) ?? '').trim());
    names.push(parts.join(' '));
  }
  expect(new Set(names).size, names.join('\n')).toBe(names.length);
});

test('printed, the single-page guide has no navigation, help box or footer, and each chapter starts a page', async ({ page }) => {
  await page.goto(`/guides/${guide.slug}/all/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('main')).toBeVisible();
  const navs = page.locator('nav');
  expect(await navs.count()).toBeGreaterThan(2);
  for (const nav of await navs.all()) await expect(nav).toBeHidden();
  await expect(page.locator('#need-help')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
  const breaks = await page.locator('.guide-chapter').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks).toEqual(guide.chapters.map(() => 'page'));

  // On screen, the navigation is back.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
