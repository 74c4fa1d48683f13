/** Open data files (content/model/openData.ts): CSV cells a spreadsheet reads safely, and every field documented. */
import { describe, expect, it } from 'vitest';
import { csvCell, OPEN_DATA_COLUMNS, openDataCsv, openDataFields, openDataJsonSchema } from '@content/model/openData';
import { comparisonCsv } from '@content/model/comparison';

describe('open data', () => {
  it('quotes CSV cells that need it and never lets a spreadsheet run a formula', () => {
    expect(csvCell('Plain words')).toBe('Plain words');
    expect(csvCell('Rent, bills and food')).toBe('"Rent, bills and food"');
    expect(csvCell('Ask for "the grant"')).toBe('"Ask for ""the grant"""');
    expect(csvCell('Line one\nline two')).toBe('"Line one\nline two"');
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell(['eligible', 'relevant'])).toBe('eligible; relevant');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(3000)).toBe('3000');
  });

  it('documents every column, in the order of the CSV, in the JSON Schema and on the page', () => {
    const fields = openDataFields();
    expect(fields.map((f) => f.name)).toEqual(OPEN_DATA_COLUMNS);
    for (const field of fields) expect(field.description.length, field.name).toBeGreaterThan(10);
    const schema = openDataJsonSchema() as { properties: { offers: { items: { properties: Record<string, { description?: string }>; required: string[] } } } };
    const offer = schema.properties.offers.items;
    expect(Object.keys(offer.properties)).toEqual(OPEN_DATA_COLUMNS);
    expect(offer.required).toEqual(OPEN_DATA_COLUMNS);
    // Starts with the UTF-8 byte order mark (issue 20: without it Excel shows "Â£").
    expect(openDataCsv([])).toBe(`\uFEFF${OPEN_DATA_COLUMNS.join(',')}\r\n`);
  });

  it('writes every CSV with a UTF-8 byte order mark, so Excel reads "£" as "£", not "Â£"', () => {
    for (const csv of [openDataCsv([]), comparisonCsv([])]) {
      const bytes = new TextEncoder().encode(csv);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // What a spreadsheet that honours the mark reads: the first column's name, with nothing before it.
      expect(new TextDecoder('utf-8').decode(bytes).split(',')[0]).toMatch(/^[a-z_]+$/);
    }
    // A pound sign is two UTF-8 bytes, which only the mark tells Excel to read as one "£".
    expect(new TextDecoder('utf-8').decode(new TextEncoder().encode(`${openDataCsv([])}£900`)).endsWith('\r\n£900')).toBe(true);
  });
});
