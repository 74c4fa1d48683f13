import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readContent } from '@cms/seed/readContent';
import { basePath } from '@content/model/siteUrl';
import { COMPARISON_COLUMNS } from '@content/model/comparison';
import { OPEN_DATA_COLUMNS, OPEN_DATA_LICENCE, openDataFileSchema } from '@content/model/openData';
import { parseCsv } from '@tests/helpers/csv';
import { usePlatformServer } from '@tests/helpers/platformServer';
import { expectNoAxeViolations } from '../helpers/axe';

/**
 * Open data (issue 11, item 6): each council's published offers as JSON and CSV, with the
 * licence, a generated date and a documented schema. The JSON validates against the JSON
 * Schema the site publishes (with an independent validator, Ajv), the CSV has the documented
 * columns and one row per offer that says the same as the JSON, and both hold exactly the
 * offers the site has pages for.
 */
const councils = readContent('content').councils;
const platform = usePlatformServer();

for (const council of councils) {
  test(`${council.authority.name}: the JSON and CSV validate against the documented schema and hold every offer page`, async ({ request }) => {
    const schema = await (await request.get(...platform.request(council.slug, '/open-data/offers.schema.json'))).json();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);

    const response = await request.get(...platform.request(council.slug, '/open-data/offers.json'));
    expect(response.status()).toBe(200);
    const json = await response.json();
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    openDataFileSchema.parse(json);
    expect(json.licence).toEqual(OPEN_DATA_LICENCE);
    expect(json.council).toEqual({ name: council.authority.name, ons_code: council.authority.onsCode });
    expect(Date.now() - Date.parse(json.generated)).toBeLessThan(7 * 24 * 3600 * 1000);

    // Exactly the offers the site has pages for (its own published offers and every entitlement).
    const sitemap = await (await request.get(...platform.request(council.slug, '/sitemap.xml'))).text();
    const pages = [...sitemap.matchAll(/\/offers\/([^/]+)\/<\/loc>/g)].map((m) => m[1]!).sort();
    expect(json.offers.map((o: { slug: string }) => o.slug).sort()).toEqual(pages);
    for (const offer of json.offers) expect(new URL(offer.page_url).pathname).toBe(`${basePath(council.authority.siteUrl ?? undefined)}offers/${offer.slug}/`);

    const csv = await request.get(...platform.request(council.slug, '/open-data/offers.csv'));
    expect(csv.headers()['content-type']).toContain('text/csv');
    // The UTF-8 byte order mark, so Excel reads "£" as "£" (not "Â£").
    expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual(OPEN_DATA_COLUMNS);
    expect(rows.length - 1).toBe(json.offers.length);
    for (const [i, row] of rows.slice(1).entries()) {
      const offer = json.offers[i];
      expect(row).toHaveLength(OPEN_DATA_COLUMNS.length);
      for (const [c, column] of OPEN_DATA_COLUMNS.entries()) {
        const value = offer[column];
        const expected = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
        // A leading ' only guards text a spreadsheet would run as a formula.
        expect(row[c]!.replace(/^'(?=[=+\-@])/, ''), `${offer.slug}.${column}`).toBe(expected);
      }
    }
  });
}

test('the open data page documents every field, names the licence, and passes axe', async ({ page }) => {
  await page.goto(platform.page('demo-borough', '/open-data/'));
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: OPEN_DATA_LICENCE.name })).toHaveAttribute('href', OPEN_DATA_LICENCE.url);
  const offers = main.getByRole('table', { name: 'Fields of offers.csv and offers.json' });
  for (const column of OPEN_DATA_COLUMNS) await expect(offers.getByRole('rowheader', { name: column, exact: true })).toBeVisible();
  const comparison = main.getByRole('table', { name: 'Fields of comparison.csv and comparison.json' });
  for (const column of COMPARISON_COLUMNS) await expect(comparison.getByRole('rowheader', { name: column, exact: true })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Open data' })).toBeVisible();
  await expectNoAxeViolations(page);
});
