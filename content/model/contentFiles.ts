/**
 * The files in `content/` (the seed a fresh install imports): the snapshot's schemas with
 * the files' own details (a slug from the file name, `draft: true`, Markdown bodies, media
 * by file name). Checked by `cms/seed/readContent.ts`, which names the file and the field.
 *
 * National content (areas, glossary, search words, spotlights, media and the national
 * entitlements in `content/entitlements/`) is written once; each council has a folder under
 * `content/councils/<slug>/` with its authority, local offers, local details of the national
 * entitlements, guides, pledges and indicators.
 */
import { z } from 'zod';
import { applyLocalDetails } from './localDetails';
import { LIMITS, ONS_CODE, SLUG } from './patterns';
import {
  areaSchema,
  authoritySchema,
  chapterSchema,
  complaintsContactSchema,
  glossarySchema,
  guideSchema,
  indicatorSchema,
  matching,
  offerSchema,
  pledgeSchema,
  registeredCouncilSchema,
  searchWordSchema,
  openDataId,
  spotlightSchema,
} from './schemas';

const draft = { draft: z.boolean().default(false) };
const optionalSlug = { slug: z.string().optional() };
/** Content files may pin a document's open-data id; without one, the import makes one. */
const optionalId = { uuid: openDataId.optional() };
const markdown = z.string().default('');

const offerFile = offerSchema.omit({ body: true, updatedAt: true, slug: true, uuid: true, translation: true }).extend({ ...optionalSlug, ...optionalId, ...draft, body: markdown });
const text = z.string().min(1);

/**
 * A council's local part of one national entitlement (`local-details.yaml`). Every field but
 * `entitlement` is optional; how they apply is the model's one rule (`./localDetails`): a field
 * that is set replaces the national one on that council's site, and `note` is shown under
 * "In <council name>" at the end of the page. The national figure (`nationalMinimum`,
 * `nationalBasis`) always comes from the entitlement.
 */
export const localDetailSchema = z.strictObject({
  /** The entitlement's slug (its file name in `content/entitlements/`). */
  entitlement: matching(SLUG),
  /** Replaces the national summary: plain English, may name the local amount. */
  summary: offerSchema.shape.summary.nullish(),
  /** The local amount or top-up. */
  amount: offerSchema.shape.amount.pick({ type: true, value: true, period: true, note: true }).strict().nullish(),
  /** Replaces the national steps. */
  howToGet: offerSchema.shape.howToGet.nullish(),
  whoToAsk: text.nullish(),
  ifRefused: text.nullish(),
  /** Replaces `eligibility.notes`. */
  eligibilityNotes: text.nullish(),
  /** A short plain-text paragraph shown under "In <council name>" at the end of the page. */
  note: text.max(LIMITS.localNote).nullish(),
  ...draft,
});

/**
 * A national guide chapter's file (`content/guides/<slug>.md`): front matter and a Markdown
 * body. Nothing council-specific (no council name, amount, phone number or "we"): that goes in
 * each council's `guides-local.yaml`. Only national entitlements can be related (a council's
 * own offers are related from its local part).
 */
const guideChapterFileSchema = chapterSchema
  .omit({ body: true, slug: true, national: true, local: true, relatedOffers: true })
  .extend({
    ...optionalSlug,
    ...draft,
    body: markdown,
    /** Chapters are read in this order, lowest first. */
    order: z.number().int(),
    /** Entitlement slugs (file names in `content/entitlements/`). */
    relatedEntitlements: z.array(matching(SLUG)).default([]),
  })
  .strict();

/**
 * A council's local part of a national guide chapter (an entry of `guides-local.yaml`),
 * shown in the chapter under "In <council name>". Every field but `chapter` is optional.
 */
export const guideLocalSchema = z.strictObject({
  /** The national chapter's slug (its file name in `content/guides/`). */
  chapter: matching(SLUG),
  whoToAsk: text.nullish(),
  steps: z.array(text).default([]),
  note: text.max(LIMITS.localNote).nullish(),
  /** The council's own offers the chapter is about (slugs in its `offers/`). */
  relatedOffers: z.array(matching(SLUG)).default([]),
  ...draft,
});

/** The schema of each kind of content file, or entry of a YAML list. */
export const contentSchemas = {
  /** A council's settings: its complaints contact is required (every "If you are told no" shows it). */
  authority: authoritySchema.omit({ translation: true }).extend({ ...optionalId, complaints: complaintsContactSchema }),
  area: areaSchema.omit({ translation: true }).extend(optionalId),
  offer: offerFile,
  /** A national entitlement: an offer with no `kind` (it is national on every council's site). */
  entitlement: offerFile.omit({ kind: true }).strict(),
  localDetail: localDetailSchema,
  guide: guideSchema.omit({ intro: true, chapters: true, updatedAt: true, slug: true, translation: true }).extend({ ...optionalSlug, ...draft, intro: markdown }),
  chapter: chapterSchema.omit({ body: true, slug: true, national: true, local: true }).extend({ ...optionalSlug, body: markdown }),
  /** A national guide chapter (`content/guides/<slug>.md`): written once, shown on every council's site. */
  guideChapter: guideChapterFileSchema,
  /** An entry of a council's `guides-local.yaml`: its local part of a national chapter. */
  guideLocal: guideLocalSchema,
  spotlight: spotlightSchema
    .omit({ body: true, updatedAt: true, slug: true, image: true, councils: true, translation: true })
    .extend({
      ...optionalSlug,
      ...draft,
      body: markdown,
      image: z.string().nullish(),
      /** By ONS code, each in `register.yaml`. */
      councils: z.array(matching(ONS_CODE)).min(1, 'name the council whose work this is, by its ONS code in register.yaml'),
    }),
  /** An entry of `register.yaml`, the register of councils. */
  registeredCouncil: registeredCouncilSchema,
  glossary: glossarySchema.omit({ slug: true, translation: true }).extend(optionalSlug),
  pledge: pledgeSchema.omit({ slug: true, translation: true }).extend({ ...optionalSlug, ...draft }),
  indicator: indicatorSchema.omit({ translation: true }),
  /** `says` may be one string ("broke, skint") or a list. */
  searchWord: searchWordSchema.extend({
    says: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) =>
      (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean),
    ),
  }),
  media: z.object({ file: z.string().min(1), alt: z.string().min(1, 'alt text is required'), caption: z.string().nullish() }),
};

export type EntitlementFile = z.output<typeof contentSchemas.entitlement>;
export type LocalDetail = z.output<typeof localDetailSchema>;

/** The council's note at the end of a Markdown body, under its heading (`## In <council name>`). */
export const appendMarkdownNote = (body: string, heading: string, note: string) => `${body}\n\n## ${heading}\n\n${note}`;

/**
 * An entitlement as one council's site shows it, from the content files: the model's one
 * local-details rule (`./localDetails`, the one the export runs on what the CMS publishes),
 * with a draft detail left out (as the CMS leaves out what is not published) and the note
 * appended to the Markdown body.
 */
export function applyLocalDetail<E extends Omit<EntitlementFile, 'draft' | 'slug'>>(
  entitlement: E,
  detail: LocalDetail | null | undefined,
  council: string,
): Omit<E, 'kind'> & { kind: 'national'; localNote: string | null } {
  return applyLocalDetails(entitlement, detail && !detail.draft ? detail : null, { council, appendNote: appendMarkdownNote });
}
