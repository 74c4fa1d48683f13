/**
 * The shapes of the site snapshot: what the export writes (`cms/lib/snapshotMapping.ts`,
 * typed against these), what the site's loaders read (`site/loaders/payloadSnapshot.ts`),
 * what the CMS checks before publishing (`cms/hooks/checkPublishable.ts`) and, with file
 * details, what the content import checks (`@content/model/contentFiles`).
 *
 * Relationships arrive resolved to slugs, rich text as Lexical JSON (rendered by
 * `@site/lib/richtext`). Every word list and pattern comes from `vocabularies.ts` and
 * `patterns.ts`, so none is written twice.
 */
import { z } from 'zod';
import { LIMITS, MILESTONE_UNIT, ONS_CODE, SLUG, type Pattern } from './patterns';
import { checkUrl, unsafeRichTextLinks, type UrlKind } from './urlRule';
import { isUuid } from './uuid';
import { enumOf } from './enumOf';
import { amountSchema } from './amount';
import { daySchema } from './dates';
import type { Contact } from './contact';
import { easyReadSchema } from './easyRead';
import { TRANSLATION_LOCALE_IDS } from './locales';
import { entryTranslationSchema } from './translation';
import {
  CARE_STATUS,
  CIRCUMSTANCE,
  COMPARISON_ITEM,
  COUNCIL_TYPE,
  INDICATOR_UNIT,
  LEGAL_STATUS,
  LIVING_ELSEWHERE_VOCABULARY,
  OFFER_KIND,
  OUTCOME_KIND,
  PLACE_KIND,
  PLEDGE_STATUS,
  PLEDGE_SOURCE,
  REGION,
  SPOTLIGHT_THEME,
} from './vocabularies';

export { enumOf };

/**
 * What a language's snapshot says about a translatable entry's translation (issue 21, part 2):
 * the language its words are in, its state, whether it is out of date. Absent (or null) in an
 * English snapshot.
 */
// Null from the export (an English entry says nothing), undefined for the pages: both mean English.
const translation = entryTranslationSchema
  .nullish()
  .transform((t) => t ?? undefined)
  .optional();

/** A text value that must match one of the model's patterns. */
export const matching = (pattern: Pattern) => z.string().regex(pattern.regex, pattern.message);

const slug = matching(SLUG);
const isoDate = daySchema;

/**
 * A document's open-data id (`./uuid`): made once in the CMS, never changed. Open Referral UK
 * names services, councils and terms by it. Content files may leave it out (one is made on import).
 */
export const openDataId = z.string().refine(isUuid, 'must be a UUID (the open-data id the CMS gives every council, offer and area)');

/**
 * Display names of the young editors who co-wrote a document and chose to be credited
 * (issue 5). Never an email or a legal name unless the person chose it as their display name.
 */
export const credits = z.array(z.string().min(1)).default([]);

/** A URL from content, checked by the one URL rule (`./urlRule`) for its kind. */
export const contentUrl = (kind: UrlKind) =>
  z.string().superRefine((value, ctx) => {
    const result = checkUrl(value, kind);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: `"${value.slice(0, 80)}" ${result.reason}` });
  });

/**
 * Lexical editor state, as Payload stores it. Rendered (and escaped) by the site, never
 * trusted; every link in it must pass the URL rule.
 */
export const richText = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.any()) }).passthrough() })
  .passthrough()
  .superRefine((value, ctx) => {
    for (const link of unsafeRichTextLinks(value)) {
      ctx.addIssue({ code: 'custom', message: `the link "${link.url.slice(0, 80)}" ${link.reason}` });
    }
  });

export const mediaSchema = z.object({
  id: z.union([z.string(), z.number()]),
  /** Path under the site root, e.g. `/media/summit.webp`. */
  url: contentUrl('media'),
  alt: z.string().min(1, 'alt text is required'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  caption: z.string().nullish(),
  /** Smaller copies made with sharp, for `srcset`. */
  sizes: z.array(z.object({ url: contentUrl('media'), width: z.number().int().positive() })).default([]),
});

/** How to reach the council's leaving care service (`./contact`: its links and Open Referral lines). */
export const contactSchema = z.object({
  phone: z.string().min(1),
  email: z.string().email(),
  address: z.string().min(1),
  openingHours: z.string().min(1),
  emergency: z.object({
    phone: z.string().min(1),
    label: z.string().min(1),
    hours: z.string().min(1),
  }),
}) satisfies z.ZodType<Contact>;

/** How to make a complaint to the council: a phone line, an email address and an online form. */
export const complaintsContactSchema = z.object({
  phone: z.string().min(1),
  email: z.string().email(),
  formUrl: contentUrl('web'),
});

/**
 * Days the council's leaving care office is closed besides weekends and England's bank holidays
 * (say 24 December to 1 January): on them "Need help now?" puts the out-of-hours line first and
 * says the office is closed. No `lastDay`: one day.
 */
export const closureDaySchema = z
  .object({ firstDay: isoDate, lastDay: isoDate.nullish() })
  .refine((closure) => !closure.lastDay || closure.lastDay.slice(0, 10) >= closure.firstDay.slice(0, 10), {
    message: 'the last day must not be before the first',
    path: ['lastDay'],
  });

export const authoritySchema = z.object({
  name: z.string().min(1),
  uuid: openDataId,
  onsCode: matching(ONS_CODE),
  isDemo: z.boolean().default(false),
  serviceName: z.string().min(1),
  ...contactSchema.shape,
  website: contentUrl('web').nullish(),
  /** The public site's own address (canonical links, sharing, sitemap). Unset: the build warns. */
  siteUrl: contentUrl('web').nullish(),
  /** Days the office is closed besides weekends and bank holidays. */
  closureDays: z.array(closureDaySchema).default([]),
  /**
   * Where to make a complaint about the council's leaving care service: shown in the "How to
   * complain" chapter and in every "If you are told no". The CMS requires it when a person
   * saves the council; a database upgraded without one shows the service's own contact.
   */
  complaints: complaintsContactSchema.nullish(),
  /** The languages the council's site offers besides English (locale ids; each goes live only through `languageGate`). */
  languages: z.array(z.enum(TRANSLATION_LOCALE_IDS)).default([]),
  /** Whether the site shows Easy Read versions of pages that have one. */
  easyRead: z.boolean().default(false),
  translation,
});

/**
 * A council in the register of councils: every council the platform knows, whether or not
 * it runs a site here. Spotlights and indicator figures refer to it by ONS code.
 */
export const registeredCouncilSchema = z.object({
  name: z.string().min(1),
  onsCode: matching(ONS_CODE),
  type: enumOf(COUNCIL_TYPE),
  region: enumOf(REGION),
  /** A fictional council of the demo content. */
  isDemo: z.boolean().default(false),
});

export const areaSchema = z.object({
  slug,
  uuid: openDataId,
  title: z.string().min(1),
  summary: z.string().min(1).max(LIMITS.summary),
  statutory: z.boolean(),
  order: z.number().int(),
  translation,
});

export const offerSchema = z.object({
  slug,
  /** A national entitlement's is its own id and the council's together (`uuidFrom`), so each council's page of it has its own. */
  uuid: openDataId,
  title: z.string().min(1),
  summary: z.string().min(1).max(LIMITS.summary),
  body: richText,
  area: slug,
  kind: enumOf(OFFER_KIND),
  /** In force, announced (not yet in force) or ended: shown in the badge and words. */
  legalStatus: enumOf(LEGAL_STATUS).default('in-force'),
  /** Whether a care leaver living outside the council's area can get it. */
  livingElsewhere: enumOf(LIVING_ELSEWHERE_VOCABULARY).default('applies'),
  eligibility: z.object({
    ageFrom: z.number().int().min(LIMITS.age.min).max(LIMITS.age.max).nullish(),
    ageTo: z.number().int().min(LIMITS.age.min).max(LIMITS.age.max).nullish(),
    /** Empty: any care status. */
    careStatus: z.array(enumOf(CARE_STATUS)).default([]),
    /** Empty: everyone. Otherwise only young people in at least one of these circumstances. */
    circumstances: z.array(enumOf(CIRCUMSTANCE)).default([]),
    notes: z.string().nullish(),
  }),
  amount: amountSchema,
  howToGet: z.array(z.string().min(1)).min(1, 'needs at least one step'),
  whoToAsk: z.string().min(1),
  ifRefused: z.string().min(1),
  legalBasis: z.string().min(1),
  sourceUrl: contentUrl('web').nullish(),
  lastReviewed: isoDate,
  nextReview: isoDate.nullish(),
  /** What "how councils compare" shows this offer as, if anything. */
  compareAs: enumOf(COMPARISON_ITEM).nullish(),
  /** Its Easy Read version (a national offer's is the entitlement's), or null: none. Never a fallback to the standard page. */
  easyRead: easyReadSchema.nullish(),
  credits,
  updatedAt: z.string(),
  translation,
});

/** A source a chapter's facts come from: a title and a web address (the URL rule). */
export const guideSourceSchema = z.object({
  title: z.string().min(1),
  url: contentUrl('web'),
});

/**
 * A council's local part of a national guide chapter (`guide-local-parts` in the CMS,
 * `councils/<council>/guides-local.yaml` in files): shown in the chapter under "In <council>".
 */
export const chapterLocalSchema = z.object({
  whoToAsk: z.string().nullish(),
  steps: z.array(z.string().min(1)).default([]),
  note: z.string().nullish(),
});

export const chapterSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1).max(LIMITS.summary),
  body: richText,
  /** Offer pages on the council's site: its own offers and national entitlements. */
  relatedOffers: z.array(slug).default([]),
  /** The law or guidance the chapter rests on, in words. */
  legalBasis: z.string().nullish(),
  /** Where the facts come from. */
  sources: z.array(guideSourceSchema).default([]),
  /** The situations the chapter answers (the checker and search find chapters by them). */
  circumstances: z.array(enumOf(CIRCUMSTANCE)).default([]),
  /** When the words were last checked against the law and the local offer. */
  lastReviewed: isoDate.nullish(),
  nextReview: isoDate.nullish(),
  /** Written once for every council (`guide-chapters`), or the council's own. */
  national: z.boolean().default(false),
  /** The council's local part of a national chapter. */
  local: chapterLocalSchema.nullish(),
});

export const guideSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1).max(LIMITS.summary),
  intro: richText.nullish(),
  chapters: z.array(chapterSchema).min(1, 'a guide needs at least one chapter'),
  credits,
  updatedAt: z.string(),
  translation,
});

export const outcomeSchema = z.object({
  label: z.string().min(1),
  value: z.number(),
  /** e.g. `GBP`, `%`, `young people`, `months`. A year or a date is not a measured outcome: it is a milestone. */
  unit: z
    .string()
    .min(1)
    .refine((unit) => !MILESTONE_UNIT.regex.test(unit.trim()), MILESTONE_UNIT.message),
  period: z.string().nullish(),
  /** What the figure is about, so figures can be compared across spotlights. */
  kind: enumOf(OUTCOME_KIND).nullish(),
});

/**
 * A fact about the project itself, not what changed for young people: its size (bedrooms,
 * homes, posts), how often it meets, how long it runs, who it is for. Shown apart from the
 * outcomes, under "About the project", and never side by side with other spotlights' outcomes.
 */
export const projectFactSchema = outcomeSchema.omit({ kind: true });

/**
 * How another council reaches the team: the organisation's email, phone or web page, never a
 * person's. At least one when given.
 */
export const spotlightContactSchema = z
  .object({
    email: z.string().email().nullish(),
    phone: z.string().min(1).nullish(),
    website: contentUrl('web').nullish(),
  })
  .refine((contact) => Boolean(contact.email || contact.phone || contact.website), 'give an email, a phone number or a web address');

/** Something that happened, and when, as the source words it ("November 2024", "late 2019"). */
export const milestoneSchema = z.object({
  label: z.string().min(1),
  when: z.string().min(1),
});

export const spotlightSchema = z.object({
  slug,
  /** The council or councils whose work it is, from the register (a joint service has two). */
  councils: z.array(registeredCouncilSchema).min(1, 'choose the council whose work this is'),
  title: z.string().min(1),
  summary: z.string().min(1).max(LIMITS.spotlightSummary),
  themes: z.array(enumOf(SPOTLIGHT_THEME)).min(1),
  team: z.string().nullish(),
  partners: z.array(z.string().min(1)).default([]),
  /** A role and a council, never a person's name. */
  contactRole: z.string().min(1),
  /** How to reach the team (the organisation's address, never a person's). */
  contact: spotlightContactSchema.nullish(),
  body: richText,
  outcomes: z.array(outcomeSchema).default([]),
  /** Facts about the project (bedrooms, how often it meets, staff), apart from its outcomes. */
  facts: z.array(projectFactSchema).default([]),
  milestones: z.array(milestoneSchema).default([]),
  /** The collection it comes from; the year only where the source states one. */
  source: z.object({ collection: z.string().min(1), year: z.number().int().min(LIMITS.sourceYear.min).max(LIMITS.sourceYear.max).nullish() }),
  /** When the page was last checked against its source. */
  lastReviewed: isoDate.nullish(),
  image: mediaSchema.nullish(),
  credits,
  updatedAt: z.string(),
  translation,
});

export const glossarySchema = z.object({
  slug,
  term: z.string().min(1),
  meaning: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  translation,
});

export const pledgeSchema = z.object({
  slug,
  youSaid: z.string().min(1),
  weDid: z.string().min(1),
  /** Stored in the CMS as `progress` (see `CMS_FIELD_NAMES` in `./fields`). */
  status: enumOf(PLEDGE_STATUS),
  askedAt: z.string().min(1),
  /** Where the request came from, in general terms (feedback, a forum, a survey), never who (issue 22, part 3). */
  source: enumOf(PLEDGE_SOURCE).nullish(),
  askedOn: isoDate,
  updatedOn: isoDate.nullish(),
  area: slug.nullish(),
  translation,
});

export const indicatorSchema = z.object({
  slug,
  title: z.string().min(1),
  description: z.string().min(1),
  unit: enumOf(INDICATOR_UNIT),
  figures: z
    .array(
      z.object({
        period: z.string().min(1),
        place: z.string().min(1),
        placeKind: enumOf(PLACE_KIND),
        /** The council in the register a council's figure is for. */
        onsCode: matching(ONS_CODE).nullish(),
        value: z.number(),
        isDemo: z.boolean(),
        source: z.string().min(1),
      }),
    )
    .min(1),
  translation,
});

/**
 * What people type, mapped to the site's own words: kept by editors in the CMS
 * (*Settings → Search words*). `urgent` entries put urgent help first.
 */
export const searchWordSchema = z.object({
  says: z.array(z.string().min(1)).min(1),
  means: z.string().min(1),
  urgent: z.boolean().default(false),
});

export const snapshotSchema = z.object({
  generatedAt: z.string(),
  /**
   * A council's site, or the national practice library's (the platform's national content
   * only: spotlights, the glossary, search words; no council, so no authority).
   */
  kind: z.enum(['council', 'library']).default('council'),
  /** The language of the snapshot's text (a locale id): `en`, or a language of the council's site (issue 21). */
  lang: z.string().min(2).default('en'),
  /** Checked on its own by the loader, so an optional field that breaks its rule can be dropped. */
  authority: z.record(z.string(), z.unknown()).nullish(),
  areas: z.array(z.unknown()),
  offers: z.array(z.unknown()),
  guides: z.array(z.unknown()),
  spotlights: z.array(z.unknown()),
  glossary: z.array(z.unknown()),
  pledges: z.array(z.unknown()),
  indicators: z.array(z.unknown()),
  searchWords: z.array(z.unknown()).default([]),
  /** The change log (issue 22, part 4): the council's entries and the national ones (`./changeLog`). */
  changes: z.array(z.unknown()).default([]),
});

export type Authority = z.infer<typeof authoritySchema>;
export type Area = z.infer<typeof areaSchema>;
export type RegisteredCouncil = z.infer<typeof registeredCouncilSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type ChapterLocal = z.infer<typeof chapterLocalSchema>;
export type GuideSource = z.infer<typeof guideSourceSchema>;
export type ComplaintsContact = z.infer<typeof complaintsContactSchema>;
export type Spotlight = z.infer<typeof spotlightSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Pledge = z.infer<typeof pledgeSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type SearchWord = z.infer<typeof searchWordSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
