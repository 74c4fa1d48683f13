/**
 * "How councils compare" (content/model/comparison.ts): every council in every item, a
 * council without a marked offer shown as having no published information (never a
 * guess), and the downloads' columns documented.
 */
import { describe, expect, it } from 'vitest';
import { COMPARISON_COLUMNS, comparisonCsv, comparisonJsonSchema, comparisonRecords, comparisonRecordSchema, councilComparison, type CouncilComparison } from '@content/model/comparison';
import { openDataFields } from '@content/model/openData';
import { COMPARISON_ITEM } from '@content/model/vocabularies';
import { readContent, councilOffers } from '@cms/seed/readContent';

const council = (name: string, onsCode: string, offers: CouncilComparison['offers'], siteUrl: string | null = `https://${onsCode.toLowerCase()}.example/`): CouncilComparison => ({
  key: onsCode.toLowerCase(),
  name,
  onsCode,
  isDemo: true,
  siteUrl,
  offers,
});
const allowance = (value: number) => ({
  item: 'setting-up-home' as const,
  slug: 'setting-up-home-allowance',
  title: 'Setting-up-home allowance',
  amount: { type: 'money' as const, value, period: 'once' as const, note: null, nationalMinimum: 3000, nationalBasis: 'recommended' as const },
  ageTo: 25,
  lastReviewed: '2026-11-01',
});

describe('how councils compare', () => {
  it('lists every council under every item, A to Z, and says so where a council has published nothing', () => {
    const records = comparisonRecords([council('Zed Council', 'DEMOZ', [allowance(2800)]), council('Abbey Council', 'DEMOA', [], null)]);
    expect(records).toHaveLength(COMPARISON_ITEM.values.length * 2);
    const homes = records.filter((r) => r.item === 'setting-up-home');
    expect(homes.map((r) => [r.council_name, r.has_data, r.amount_value])).toEqual([
      ['Abbey Council', false, null],
      ['Zed Council', true, 2800],
    ]);
    expect(homes[1]).toMatchObject({ offer_url: 'https://demoz.example/offers/setting-up-home-allowance/', national_minimum: 3000, last_reviewed: '2026-11-01' });
    for (const record of records) expect(comparisonRecordSchema.safeParse(record).success, JSON.stringify(record)).toBe(true);
  });

  it('takes a council’s part from its published offers only, each as marked', () => {
    const content = readContent('content');
    for (const folder of content.councils) {
      const offers = councilOffers(content, folder).filter((o) => !o.draft);
      const part = councilComparison(folder.slug, folder.authority, offers);
      const marked = offers.filter((o) => o.compareAs);
      expect(part.offers.map((o) => `${o.item}:${o.slug}`).sort(), folder.slug).toEqual(marked.map((o) => `${o.compareAs}:${o.slug}`).sort());
      // Every demo council takes part in the setting-up-home allowance, with its own amount.
      expect(part.offers.find((o) => o.item === 'setting-up-home')?.amount.value, folder.slug).toBeGreaterThan(0);
    }
  });

  it('documents every column of the CSV, in order, in the JSON Schema and on the open data page', () => {
    const fields = openDataFields(comparisonRecordSchema);
    expect(fields.map((f) => f.name)).toEqual(COMPARISON_COLUMNS);
    for (const field of fields) expect(field.description.length, field.name).toBeGreaterThan(5);
    const schema = comparisonJsonSchema() as { properties: { records: { items: { properties: Record<string, unknown>; required: string[] } } } };
    expect(Object.keys(schema.properties.records.items.properties)).toEqual(COMPARISON_COLUMNS);
    // Starts with the UTF-8 byte order mark (issue 20: without it Excel shows "Â£").
    expect(comparisonCsv([])).toBe(`\uFEFF${COMPARISON_COLUMNS.join(',')}\r\n`);
  });
});
