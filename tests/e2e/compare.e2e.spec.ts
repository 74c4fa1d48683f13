import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { COMPARISON_COLUMNS, comparisonFileSchema } from '@content/model/comparison';
import { OPEN_DATA_LICENCE } from '@content/model/openData';
import { COMPARISON_ITEM } from '@content/model/vocabularies';
import { parseCsv } from '@tests/helpers/csv';
import { E2E_COUNCIL_DRAFT } from '@tests/helpers/e2e';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * "How councils compare" (issue 11, items 5 and 6), on every council's site: each item lists
 * every council, with exactly its published offer marked for that item (compared with the
 * content files, drafts left out), linked to that council's own page and showing when it was
 * last checked; a council with nothing published says so. The downloads validate against
 * their published JSON Schema with an independent validator and say the same as the pages.
 */
const content = readContent('content');
const platform = usePlatformServer();

/** What the content files publish for each council and item: the offers' slugs and amounts. */
const expected = content.councils.map((council) => ({
  slug: council.slug,
  name: council.authority.name,
  siteUrl: council.authority.siteUrl!,
  offers: councilOffers(content, council).filter((o) => !o.draft && o.compareAs),
}));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // One test per council's site and item compared.
  for (const site of expected) {
    for (const item of COMPARISON_ITEM.values) {
      test(`${site.name}: ${item} lists every council, with exactly its published offer, linked and dated`, async ({ page }) => {
        await page.goto(platform.page(site.slug, `/compare/${item}/`));
        const rows = page.getByRole('table', { name: /council by council/ }).locator('tbody tr');
        await expect(rows).toHaveCount(expected.reduce((n, c) => n + Math.max(1, c.offers.filter((o) => o.compareAs === item).length), 0));
        for (const council of expected) {
          const row = rows.filter({ has: page.getByRole('rowheader', { name: council.name, exact: true }) });
          const offers = council.offers.filter((o) => o.compareAs === item);
          if (!offers.length) {
            await expect(row, `${item}: ${council.name}`).toContainText('No published information');
            continue;
          }
          for (const offer of offers) {
            const link = row.getByRole('link').first();
            const href = await link.getAttribute('href');
            // This site's own page by its path; another council's at its public address.
            if (council.slug === site.slug) expect(href).toMatch(new RegExp(`/offers/${offer.slug}/$`));
            else expect(href).toBe(new URL(`offers/${offer.slug}/`, council.siteUrl.endsWith('/') ? council.siteUrl : `${council.siteUrl}/`).href);
            if (offer.amount.type === 'money' && offer.amount.value != null) await expect(row).toContainText(`£${offer.amount.value.toLocaleString('en-GB')}`);
            await expect(row.locator('time')).toHaveAttribute('datetime', offer.lastReviewed);
          }
        }
        // Drafts are never compared.
        await expect(page.getByRole('main')).not.toContainText(`£${E2E_COUNCIL_DRAFT.amount}`);
      });
    }
  }

  test('the setting-up-home allowance is drawn too, beside the national figure, and each council’s site says how it compares', async ({ page }) => {
    await page.goto(platform.page('northdale', '/compare/setting-up-home/'));
    const chart = page.getByRole('figure', { name: /Setting-up-home allowance in pounds/ });
    await expect(chart).toBeVisible();
    for (const council of expected) await expect(chart).toContainText(council.name);
    // The national figure, as its kind (a recommendation, not a minimum in law).
    await expect(chart).toContainText(/£3,000, recommended/);

    await page.goto(platform.page('northdale', '/compare/'));
    await expect(page.getByRole('heading', { name: 'How Northdale County Council compares' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('£2,800');
    await expect(page.getByRole('main')).toContainText(/Across councils: £2,800 to £3,300 \(3 councils\)/);
    await page.getByRole('link', { name: 'Every council: Driving lessons' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Driving lessons: how councils compare');
  });

  test('an offer marked for the comparison links to it, and one that is not does not', async ({ page }) => {
    await page.goto(platform.page('northdale', '/offers/council-tax-support/'));
    await page.getByRole('link', { name: 'How councils compare: Council tax support' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council tax support: how councils compare');
    await page.goto(platform.page('northdale', '/offers/library-drop-ins/'));
    await expect(page.getByRole('main').getByRole('link', { name: /^How councils compare/ })).toHaveCount(0);
  });
});

for (const site of expected) {
  test(`${site.name}: the comparison’s JSON and CSV validate against its schema and say what the pages say`, async ({ request }) => {
    const schema = await (await request.get(...platform.request(site.slug, '/open-data/comparison.schema.json'))).json();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const json = await (await request.get(...platform.request(site.slug, '/open-data/comparison.json'))).json();
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    comparisonFileSchema.parse(json);
    expect(json.licence).toEqual(OPEN_DATA_LICENCE);
    expect(Date.now() - Date.parse(json.generated)).toBeLessThan(7 * 24 * 3600 * 1000);
    // Every council in every item; the published amounts and nothing from a draft.
    for (const council of expected) {
      for (const item of COMPARISON_ITEM.values) {
        const records = json.records.filter((r: { council_name: string; item: string }) => r.council_name === council.name && r.item === item);
        const offers = council.offers.filter((o) => o.compareAs === item);
        expect(records.map((r: { offer_slug: string | null }) => r.offer_slug), `${council.name} ${item}`).toEqual(offers.length ? offers.map((o) => o.slug) : [null]);
      }
    }
    expect(JSON.stringify(json)).not.toContain(E2E_COUNCIL_DRAFT.slug);

    const csvFile = await request.get(...platform.request(site.slug, '/open-data/comparison.csv'));
    // The UTF-8 byte order mark, so Excel reads "£" as "£" (not "Â£").
    expect([...(await csvFile.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(await csvFile.text());
    expect(csv[0]).toEqual(COMPARISON_COLUMNS);
    expect(csv.slice(1).map((row) => [row[0], row[1], row[COMPARISON_COLUMNS.indexOf('amount_value')]])).toEqual(
      json.records.map((r: { item: string; council_name: string; amount_value: number | null }) => [r.item, r.council_name, r.amount_value === null ? '' : String(r.amount_value)]),
    );
  });
}

// axe: one test per page.
for (const path of ['/compare/', '/compare/setting-up-home/', '/open-data/']) {
  test(`the comparison page ${path} passes axe`, async ({ page }) => {
    await page.goto(platform.page('riverford', path));
    await expectNoAxeViolations(page, path);
  });
}

test('the comparison pages are in the sitemap and the footer', async ({ page, request }) => {
  const sitemap = await (await request.get(...platform.request('demo-borough', '/sitemap.xml'))).text();
  for (const path of ['/compare/', ...COMPARISON_ITEM.values.map((item) => `/compare/${item}/`)]) expect(sitemap).toContain(`${path}</loc>`);
  await page.goto(platform.page('demo-borough', '/'));
  await page.getByRole('contentinfo').getByRole('link', { name: 'How councils compare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How councils compare');
});
