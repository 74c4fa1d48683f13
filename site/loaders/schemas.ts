/**
 * The one typed boundary between the CMS and the site.
 *
 * `cms/scripts/export.ts` reads what an anonymous reader may see through Payload's Local API
 * (published documents only) and writes a snapshot; these schemas validate every entry
 * of that snapshot before a page is built. Relationships arrive resolved to slugs, rich
 * text arrives as Lexical JSON and is rendered by `@site/lib/richtext`.
 */
import { z } from 'zod';
import { CARE_STATUSES, CIRCUMSTANCES, LEGAL_STATUSES, LIVING_ELSEWHERE, NATIONAL_BASES, PERIODS } from '@site/loaders/vocabulary';
import { checkUrl, unsafeRichTextLinks, type UrlKind } from '@site/lib/urlRule';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date (YYYY-MM-DD)');

/**
 * Display names of the young editors who co-wrote a document and chose to be credited
 * (issue 5). Never an email or a legal name unless the person chose it as their display name.
 */
export const credits = z.array(z.string().min(1)).default([]);

/** A URL from content, checked by the one URL rule (`@site/lib/urlRule`) for its kind. */
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

export const authoritySchema = z.object({
  name: z.string().min(1),
  onsCode: z.string().regex(/^E\d{8}$|^DEMO/, 'must be an ONS code such as E09000009'),
  isDemo: z.boolean().default(false),
  serviceName: z.string().min(1),
  phone: z.string().min(1),
  email: z.string().email(),
  address: z.string().min(1),
  openingHours: z.string().min(1),
  emergency: z.object({
    phone: z.string().min(1),
    label: z.string().min(1),
    hours: z.string().min(1),
  }),
  website: contentUrl('web').nullish(),
  /** The public site's own address (canonical links, sharing, sitemap). Unset: the build warns. */
  siteUrl: contentUrl('web').nullish(),
});

export const areaSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1).max(200),
  statutory: z.boolean(),
  order: z.number().int(),
});

// Kept in a file without zod so browser code (the checker) can use them without zod.
export { CARE_STATUSES, CIRCUMSTANCES, LEGAL_STATUSES, LIVING_ELSEWHERE, NATIONAL_BASES, PERIODS };

export const offerSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1).max(200),
  body: richText,
  area: slug,
  kind: z.enum(['national', 'local']),
  /** In force, announced (not yet in force) or ended: shown in the badge and words. */
  legalStatus: z.enum(LEGAL_STATUSES).default('in-force'),
  /** Whether a care leaver living outside the council's area can get it. */
  livingElsewhere: z.enum(LIVING_ELSEWHERE).default('applies'),
  eligibility: z.object({
    ageFrom: z.number().int().min(0).max(30).nullish(),
    ageTo: z.number().int().min(0).max(30).nullish(),
    /** Empty: any care status. */
    careStatus: z.array(z.enum(CARE_STATUSES)).default([]),
    /** Empty: everyone. Otherwise only young people in at least one of these circumstances. */
    circumstances: z.array(z.enum(CIRCUMSTANCES)).default([]),
    notes: z.string().nullish(),
  }),
  amount: z.object({
    type: z.enum(['free', 'money', 'none']),
    value: z.number().nonnegative().nullish(),
    period: z.enum(PERIODS).nullish(),
    /** A national figure to compare with (`nationalBasis` says what kind). */
    nationalMinimum: z.number().nonnegative().nullish(),
    nationalBasis: z.enum(NATIONAL_BASES).nullish(),
    note: z.string().nullish(),
  }),
  howToGet: z.array(z.string().min(1)).min(1, 'needs at least one step'),
  whoToAsk: z.string().min(1),
  ifRefused: z.string().min(1),
  legalBasis: z.string().min(1),
  sourceUrl: contentUrl('web').nullish(),
  lastReviewed: isoDate,
  nextReview: isoDate.nullish(),
  credits,
  updatedAt: z.string(),
});

export const chapterSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1).max(200),
  body: richText,
  relatedOffers: z.array(slug).default([]),
  /** When the words were last checked against the law and the local offer. */
  lastReviewed: isoDate.nullish(),
});

export const guideSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1).max(200),
  intro: richText.nullish(),
  chapters: z.array(chapterSchema).min(1, 'a guide needs at least one chapter'),
  credits,
  updatedAt: z.string(),
});

export const SPOTLIGHT_THEMES = [
  'participation',
  'accommodation',
  'eet',
  'health',
  'relationships',
  'came-alone',
  'corporate-parenting',
  'money',
] as const;

export const outcomeSchema = z.object({
  label: z.string().min(1),
  value: z.number(),
  /** e.g. `GBP`, `%`, `young people`, `months`. A year or a date is not a measured outcome: it is a milestone. */
  unit: z
    .string()
    .min(1)
    .refine((unit) => !/^(year|date)$/i.test(unit.trim()), 'a year or a date is not a measured outcome: add it as a milestone'),
  period: z.string().nullish(),
});

/** Something that happened, and when, as the source words it ("November 2024", "late 2019"). */
export const milestoneSchema = z.object({
  label: z.string().min(1),
  when: z.string().min(1),
});

export const spotlightSchema = z.object({
  slug,
  council: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1).max(420),
  themes: z.array(z.enum(SPOTLIGHT_THEMES)).min(1),
  team: z.string().nullish(),
  partners: z.array(z.string().min(1)).default([]),
  /** A role and a council, never a person's name. */
  contactRole: z.string().min(1),
  body: richText,
  outcomes: z.array(outcomeSchema).default([]),
  milestones: z.array(milestoneSchema).default([]),
  /** The collection it comes from; the year only where the source states one. */
  source: z.object({ collection: z.string().min(1), year: z.number().int().min(2000).max(2100).nullish() }),
  /** When the page was last checked against its source. */
  lastReviewed: isoDate.nullish(),
  image: mediaSchema.nullish(),
  credits,
  updatedAt: z.string(),
});

export const glossarySchema = z.object({
  slug,
  term: z.string().min(1),
  meaning: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

export const pledgeSchema = z.object({
  slug,
  youSaid: z.string().min(1),
  weDid: z.string().min(1),
  status: z.enum(['done', 'in-progress', 'not-yet']),
  askedAt: z.string().min(1),
  askedOn: isoDate,
  updatedOn: isoDate.nullish(),
  area: slug.nullish(),
});

export const indicatorSchema = z.object({
  slug,
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.enum(['percent']),
  figures: z
    .array(
      z.object({
        period: z.string().min(1),
        place: z.string().min(1),
        placeKind: z.enum(['council', 'statistical-neighbours', 'region', 'england']),
        value: z.number(),
        isDemo: z.boolean(),
        source: z.string().min(1),
      }),
    )
    .min(1),
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
  /** Checked on its own by the loader, so an optional field that breaks its rule can be dropped. */
  authority: z.record(z.string(), z.unknown()),
  areas: z.array(z.unknown()),
  offers: z.array(z.unknown()),
  guides: z.array(z.unknown()),
  spotlights: z.array(z.unknown()),
  glossary: z.array(z.unknown()),
  pledges: z.array(z.unknown()),
  indicators: z.array(z.unknown()),
  searchWords: z.array(z.unknown()).default([]),
});

export type Authority = z.infer<typeof authoritySchema>;
export type Area = z.infer<typeof areaSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Spotlight = z.infer<typeof spotlightSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Pledge = z.infer<typeof pledgeSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type SearchWord = z.infer<typeof searchWordSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
