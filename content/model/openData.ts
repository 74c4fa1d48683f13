/**
 * Open data (issue 11, item 6): every council's published offers as JSON and CSV, under the
 * Open Government Licence v3.0, with a schema documented on the site (`/open-data/`) and
 * published as JSON Schema (`/open-data/offers.schema.json`), all generated from the zod
 * schema below, so the documentation, the files and the test that checks them cannot drift.
 *
 * One record per offer page: the national entitlements with this council's local details,
 * and its local offers, exactly as published. Flat, so a row of the CSV is a record of the
 * JSON; lists are arrays in JSON and `;`-separated in CSV.
 */
import { z } from 'zod';
import { ONS_CODE, SLUG } from './patterns';
import { amountColumnSchemas } from './amount';
import { CARE_STATUS, CIRCUMSTANCE, COMPARISON_ITEM, LEGAL_STATUS, OFFER_KIND } from './vocabularies';

export const OPEN_DATA_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

const isoDate = z.iso.date();
const values = <T extends string>(list: readonly T[]) => z.enum(list as [T, ...T[]]);

/** One offer, as published. Each field's description is what `/open-data/` says about it. */
export const openDataOfferSchema = z.object({
  council_name: z.string().min(1).describe('The council that publishes this local offer.'),
  council_ons_code: z.string().regex(ONS_CODE.regex).describe('The council’s ONS code (E06…, E08…, E09…, E10…; `DEMO…` for a made-up council).'),
  slug: z.string().regex(SLUG.regex).describe('The offer’s short name, unique within this council’s site.'),
  title: z.string().min(1).describe('The offer’s name.'),
  summary: z.string().min(1).describe('What it is, in a sentence or two.'),
  kind: values(OFFER_KIND.values).describe('`national`: an entitlement every care leaver in England has (with this council’s local details); `local`: extra help this council chose to give.'),
  legal_status: values(LEGAL_STATUS.values).describe('`in-force`, `announced` (not yet in force) or `ended`.'),
  area: z.string().min(1).describe('The area of the local offer it is in (health, money, somewhere to live…), by short name.'),
  age_from: z.number().int().nullable().describe('The youngest age it is for; empty: no lower limit given.'),
  age_to: z.number().int().nullable().describe('The oldest age it is for; empty: no upper limit given.'),
  care_status: z.array(values(CARE_STATUS.values)).describe('The care statuses it is for; empty: any.'),
  circumstances: z.array(values(CIRCUMSTANCE.values)).describe('Only for young people in at least one of these circumstances; empty: everyone.'),
  // The amount's columns, described once (`./amount`); open data leaves out the council's note on it.
  amount_type: amountColumnSchemas.amount_type,
  amount_value: amountColumnSchemas.amount_value,
  amount_period: amountColumnSchemas.amount_period,
  national_minimum: amountColumnSchemas.national_minimum,
  national_basis: amountColumnSchemas.national_basis,
  who_to_ask: z.string().min(1).describe('Who to ask for it.'),
  legal_basis: z.string().min(1).describe('The law or rule behind it, as the council states it.'),
  source_url: z.string().url().nullable().describe('Where the council’s or government’s own words about it are.'),
  last_reviewed: isoDate.describe('When the council last checked it (YYYY-MM-DD).'),
  next_review: isoDate.nullable().describe('When it is next due to be checked (YYYY-MM-DD).'),
  page_url: z.string().min(1).describe('Its page on this site (a full address when the site has a public address, else a path).'),
  compare_as: values(COMPARISON_ITEM.values).nullable().describe('Where "how councils compare" shows it (`setting-up-home`, `council-tax`, `leisure`…); empty: not compared.'),
});
export type OpenDataOffer = z.infer<typeof openDataOfferSchema>;

/** The JSON file: the licence, when it was generated, the council, and the offers. */
export const openDataFileSchema = z.object({
  licence: z.object({ name: z.literal(OPEN_DATA_LICENCE.name), url: z.literal(OPEN_DATA_LICENCE.url) }),
  generated: z.string().datetime().describe('When the file was generated (the site’s build), ISO 8601.'),
  council: z.object({ name: z.string().min(1), ons_code: z.string().regex(ONS_CODE.regex) }),
  schema: z.string().describe('The JSON Schema of this file.'),
  offers: z.array(openDataOfferSchema),
});
export type OpenDataFile = z.infer<typeof openDataFileSchema>;

/** The CSV's columns, in order: the record's fields. */
export const OPEN_DATA_COLUMNS = Object.keys(openDataOfferSchema.shape) as (keyof OpenDataOffer)[];

/** The JSON Schema (draft 2020-12) of the JSON file. */
export function openDataJsonSchema(): Record<string, unknown> {
  return { title: 'Local offer for care leavers: published offers', ...z.toJSONSchema(openDataFileSchema) };
}

/** The documented fields of a record (the offers' by default): name, type in words, and what it means. */
export function openDataFields(record: z.ZodObject = openDataOfferSchema): { name: string; type: string; description: string }[] {
  return Object.keys(record.shape).map((name) => {
    const field = record.shape[name] as z.ZodType;
    const json = z.toJSONSchema(field) as { type?: string | string[]; anyOf?: { type?: string }[]; items?: unknown; enum?: string[] };
    const types = [json.type ?? json.anyOf?.map((t) => t.type)].flat().filter(Boolean) as string[];
    const nullable = types.includes('null');
    const base = types.filter((t) => t !== 'null')[0] ?? (json.enum ? 'string' : 'string');
    const words: Record<string, string> = { array: 'list of text', integer: 'whole number', number: 'number', boolean: 'true or false' };
    const type = `${words[base] ?? 'text'}${nullable ? ', may be empty' : ''}`;
    return { name, type, description: field.description ?? '' };
  });
}

/**
 * A cell of CSV (RFC 4180): quoted when it holds a comma, quote or line break; lists joined
 * with `; `; text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
 * the start) gets a leading `'` so it is shown, never run.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The UTF-8 byte order mark every CSV file the platform writes starts with: without it Excel
 * reads the file in the computer's old code page, and "£" comes out as "Â£".
 */
export const CSV_BOM = '\uFEFF';

/**
 * Every CSV file the platform writes, the one way: the byte order mark, a header row of the
 * columns, then one row per record, CRLF line ends.
 */
export function csvFile<C extends string>(columns: readonly C[], records: readonly { [K in C]: unknown }[]): string {
  const rows = [columns.join(','), ...records.map((record) => columns.map((column) => csvCell(record[column])).join(','))];
  return `${CSV_BOM}${rows.join('\r\n')}\r\n`;
}

/** The CSV file: a header row of the columns, then one row per offer (`csvFile`). */
export function openDataCsv(offers: OpenDataOffer[]): string {
  return csvFile(OPEN_DATA_COLUMNS, offers);
}
