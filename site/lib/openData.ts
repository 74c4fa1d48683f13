/**
 * The council's published offers as open data (content/model/openData.ts): one record per
 * offer page, exactly as the site shows it (national entitlements with this council's local
 * details, and its local offers).
 */
import { openDataFileSchema, openDataOfferSchema, OPEN_DATA_LICENCE, type OpenDataFile, type OpenDataOffer } from '@content/model/openData';
import { amountColumns } from '@content/model/amount';
import { day, isoDay } from '@content/model/dates';
import { absoluteUrl } from '@site/lib/siteUrl';
import type { Authority, Offer } from '@site/loaders/schemas';

export const OPEN_DATA_PATHS = {
  page: '/open-data/',
  json: '/open-data/offers.json',
  csv: '/open-data/offers.csv',
  schema: '/open-data/offers.schema.json',
  comparisonJson: '/open-data/comparison.json',
  comparisonCsv: '/open-data/comparison.csv',
  comparisonSchema: '/open-data/comparison.schema.json',
} as const;

/** One offer as an open data record (checked against the schema: a record that breaks it stops the build, naming it). */
export function openDataOffer(offer: Offer, authority: Authority, siteUrl: string | undefined): OpenDataOffer {
  const path = `/offers/${offer.slug}/`;
  const { amount_note: _note, ...amountWithoutNote } = amountColumns(offer.amount);
  const record = {
    council_name: authority.name,
    council_ons_code: authority.onsCode,
    slug: offer.slug,
    title: offer.title,
    summary: offer.summary,
    kind: offer.kind,
    legal_status: offer.legalStatus,
    area: offer.area,
    age_from: offer.eligibility.ageFrom ?? null,
    age_to: offer.eligibility.ageTo ?? null,
    care_status: offer.eligibility.careStatus,
    circumstances: offer.eligibility.circumstances,
    // The amount's columns, by the model's one mapping; open data leaves out the council's note on it.
    ...amountWithoutNote,
    who_to_ask: offer.whoToAsk,
    legal_basis: offer.legalBasis,
    source_url: offer.sourceUrl ?? null,
    last_reviewed: isoDay(offer.lastReviewed),
    next_review: day(offer.nextReview),
    page_url: absoluteUrl(path, siteUrl) ?? path,
    compare_as: offer.compareAs ?? null,
  };
  const checked = openDataOfferSchema.safeParse(record);
  if (!checked.success) {
    throw new Error(`Open data: offers "${offer.slug}": ${checked.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`).join('; ')}`);
  }
  return checked.data;
}

/** The JSON file of the council's offers, in the order the site lists them. */
export function openDataFile(offers: Offer[], authority: Authority, siteUrl: string | undefined, generated: string): OpenDataFile {
  return openDataFileSchema.parse({
    licence: OPEN_DATA_LICENCE,
    generated,
    council: { name: authority.name, ons_code: authority.onsCode },
    schema: absoluteUrl(OPEN_DATA_PATHS.schema, siteUrl) ?? OPEN_DATA_PATHS.schema,
    offers: offers.map((offer) => openDataOffer(offer, authority, siteUrl)),
  });
}

/** When this build generated the files: one time for every file of every site in the build. */
export const GENERATED_AT = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
