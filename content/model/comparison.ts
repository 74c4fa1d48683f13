/**
 * "How councils compare" (issue 11, items 5 and 6): for the help that differs most between
 * councils (`COMPARISON_ITEM`), what each council's published offer gives, side by side,
 * with when the council last reviewed it and a link to its page.
 *
 * Each council's build writes its part (`councilComparison`, from the snapshot it was built
 * from: published content only, after the site's own checks) beside its snapshot; a build
 * gathers every council's latest part into one file for the pages and the downloads
 * (`comparisonRecords`). A council without an offer marked for an item is shown as having
 * no published information, never a guess. The same records are the JSON and CSV downloads,
 * documented and checked by the schema below.
 */
import { z } from 'zod';
import { amountColumns, amountColumnSchemas, amountSchema, NO_AMOUNT_COLUMNS } from './amount';
import { csvFile, OPEN_DATA_LICENCE } from './openData';
import { ONS_CODE, SLUG } from './patterns';
import type { Authority, Offer } from './schemas';
import { collator as localeCollator, DEFAULT_LOCALE } from './locales';
import { absoluteUrl } from './siteUrl';
import { COMPARISON_ITEM, type ValueOf } from './vocabularies';

export type ComparisonItem = ValueOf<typeof COMPARISON_ITEM>;
const values = <T extends string>(list: readonly T[]) => z.enum(list as [T, ...T[]]);

/**
 * A part written before the amount was one type (issue 19) holds it flat (`amountType`,
 * `amountValue`, …): read as the nested amount, so a council whose site has not been rebuilt
 * since the upgrade stays in every other council's comparison until its next build.
 */
function upgradeFlatAmount(offer: unknown): unknown {
  if (!offer || typeof offer !== 'object' || 'amount' in offer || !('amountType' in offer)) return offer;
  const { amountType, amountValue, amountPeriod, amountNote, nationalMinimum, nationalBasis, ...rest } = offer as Record<string, unknown>;
  return { ...rest, amount: { type: amountType, value: amountValue, period: amountPeriod, note: amountNote, nationalMinimum, nationalBasis } };
}

/** One council's part: its name and address, and its offers marked for the comparison. */
export const councilComparisonSchema = z.object({
  /** The council's short name (its site's key). */
  key: z.string().regex(SLUG.regex),
  name: z.string().min(1),
  onsCode: z.string().regex(ONS_CODE.regex),
  isDemo: z.boolean(),
  siteUrl: z.string().url().nullable(),
  offers: z.array(
    z.preprocess(
      upgradeFlatAmount,
      z.object({
        item: values(COMPARISON_ITEM.values),
        slug: z.string().regex(SLUG.regex),
        title: z.string().min(1),
        /** The offer's amount, as the snapshot has it (`./amount`). */
        amount: amountSchema,
        ageTo: z.number().int().nullable(),
        lastReviewed: z.iso.date(),
      }),
    ),
  ),
});
export type CouncilComparison = z.infer<typeof councilComparisonSchema>;

/** What a build reads: every council's latest part, and when they were gathered. */
export const comparisonInputSchema = z.object({ generated: z.string().datetime(), councils: z.array(councilComparisonSchema) });
export type ComparisonInput = z.infer<typeof comparisonInputSchema>;

/** What a council's part is made of: the council, and its offers as the snapshot (or the content files) give them. */
type ComparedCouncil = Pick<Authority, 'name' | 'onsCode' | 'isDemo' | 'siteUrl'>;
type ComparedOffer = Pick<Offer, 'compareAs' | 'slug' | 'title' | 'amount' | 'lastReviewed'> & { eligibility: Pick<Offer['eligibility'], 'ageTo'> };

/** A council's part, from the snapshot its site is built from (published, checked offers only). */
export function councilComparison(key: string, authority: ComparedCouncil, offers: ComparedOffer[]): CouncilComparison {
  return {
    key,
    name: authority.name,
    onsCode: authority.onsCode,
    isDemo: authority.isDemo,
    siteUrl: authority.siteUrl ?? null,
    offers: offers
      .filter((o): o is ComparedOffer & { compareAs: ComparisonItem } => Boolean(o.compareAs))
      .map((o) => ({
        item: o.compareAs,
        slug: o.slug,
        title: o.title,
        amount: o.amount,
        ageTo: o.eligibility.ageTo ?? null,
        lastReviewed: o.lastReviewed,
      })),
  };
}

/** One cell of the comparison, as the downloads give it. Each description is what `/open-data/` says. */
export const comparisonRecordSchema = z.object({
  item: values(COMPARISON_ITEM.values).describe('What is compared: `setting-up-home`, `council-tax`, `support-beyond-25`, `leisure`, `phone-and-broadband`, `birthday-and-festive`, `driving-lessons` or `travel`.'),
  council_name: z.string().min(1).describe('The council.'),
  council_ons_code: z.string().regex(ONS_CODE.regex).describe('The council’s ONS code (`DEMO…` for a made-up council).'),
  council_is_demo: z.boolean().describe('`true` for a made-up demo council: its figures are invented.'),
  has_data: z.boolean().describe('`false` when the council has published nothing for this item here: no information, not "none".'),
  offer_title: z.string().nullable().describe('The name of the council’s offer.'),
  offer_slug: z.string().regex(SLUG.regex).nullable().describe('The offer’s short name on the council’s site.'),
  offer_url: z.string().nullable().describe('The offer’s page on the council’s site (empty when the site has no public address).'),
  // The amount's columns, described once (`./amount`); all empty when the council has published nothing for the item.
  amount_type: amountColumnSchemas.amount_type.nullable().describe(`${amountColumnSchemas.amount_type.description ?? ''} Empty when there is no data.`),
  amount_value: amountColumnSchemas.amount_value,
  amount_period: amountColumnSchemas.amount_period,
  amount_note: amountColumnSchemas.amount_note,
  national_minimum: amountColumnSchemas.national_minimum,
  national_basis: amountColumnSchemas.national_basis,
  age_to: z.number().int().nullable().describe('The oldest age it is for, as the council gives it.'),
  last_reviewed: z.iso.date().nullable().describe('When the council last checked the offer (YYYY-MM-DD).'),
});
export type ComparisonRecord = z.infer<typeof comparisonRecordSchema>;

export const comparisonFileSchema = z.object({
  licence: z.object({ name: z.literal(OPEN_DATA_LICENCE.name), url: z.literal(OPEN_DATA_LICENCE.url) }),
  generated: z.string().datetime().describe('When the file was generated (the site’s build), ISO 8601.'),
  schema: z.string().describe('The JSON Schema of this file.'),
  records: z.array(comparisonRecordSchema),
});
export type ComparisonFile = z.infer<typeof comparisonFileSchema>;
export const COMPARISON_COLUMNS = Object.keys(comparisonRecordSchema.shape) as (keyof ComparisonRecord)[];

const collator = localeCollator(DEFAULT_LOCALE, { sensitivity: 'base' });

/** A council's offer page, by its public address (null when the council has none). */
export const comparisonOfferUrl = (council: Pick<CouncilComparison, 'siteUrl'>, slug: string) => absoluteUrl(`/offers/${slug}/`, council.siteUrl ?? undefined);

/**
 * Every cell: for each item in order, each council A to Z with its offers marked for it
 * (a council may have more than one), or one record saying it has no published information.
 */
export function comparisonRecords(councils: CouncilComparison[]): ComparisonRecord[] {
  const sorted = [...councils].sort((a, b) => collator.compare(a.name, b.name));
  return COMPARISON_ITEM.values.flatMap((item) =>
    sorted.flatMap((council): ComparisonRecord[] => {
      const base = { item, council_name: council.name, council_ons_code: council.onsCode, council_is_demo: council.isDemo };
      const offers = council.offers.filter((o) => o.item === item);
      if (!offers.length) {
        return [{ ...base, has_data: false, offer_title: null, offer_slug: null, offer_url: null, ...NO_AMOUNT_COLUMNS, age_to: null, last_reviewed: null }];
      }
      return offers.map((o) => ({
        ...base,
        has_data: true,
        offer_title: o.title,
        offer_slug: o.slug,
        offer_url: comparisonOfferUrl(council, o.slug),
        ...amountColumns(o.amount),
        age_to: o.ageTo,
        last_reviewed: o.lastReviewed,
      }));
    }),
  );
}

/** The JSON Schema (draft 2020-12) of the comparison's JSON file. */
export function comparisonJsonSchema(): Record<string, unknown> {
  return { title: 'How councils compare: local offers for care leavers', ...z.toJSONSchema(comparisonFileSchema) };
}

/** The CSV: a header row, then one row per record (`csvFile`: byte order mark, CRLF line ends). */
export function comparisonCsv(records: ComparisonRecord[]): string {
  return csvFile(COMPARISON_COLUMNS, records);
}
