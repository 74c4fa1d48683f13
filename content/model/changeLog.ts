import { z } from 'zod';

/**
 * The public change log (issue 22, part 4): one line per published change to an offer, a
 * national entitlement, a guide chapter (national, a council's local part of one, or a chapter
 * of a council's own guide) or a pledge. Written in the CMS when a change is published (`cms/hooks/changeLog.ts`), kept
 * append-only in its own collection (`change-log`), and carried to each council's site by the
 * snapshot: the council's own entries and the national ones.
 */

/** What kind of change needs a line: the facts a reader acts on. Anything else (a typo fix) is optional and, without a line, not listed. */
export const CHANGE_KIND = {
  amount: 'the amount',
  eligibility: 'who can get it',
  contacts: 'who to ask',
  'how-to-claim': 'how to get it',
} as const;
export type ChangeKind = keyof typeof CHANGE_KIND;
export const CHANGE_KINDS = Object.keys(CHANGE_KIND) as ChangeKind[];

/** The page a change is shown on: an offer page (offers, entitlements and their local details), a guide chapter or a pledge. */
export const CHANGE_PAGE = { offer: 'Offer', chapter: 'Guide chapter', pledge: 'Pledge' } as const;
export type ChangePage = keyof typeof CHANGE_PAGE;

/** The CMS collections whose changes are national (every council's site shows them): the entitlements and the national guide's chapters. */
export const NATIONAL_CHANGES = ['entitlements', 'guide-chapters'] as const;

/** The longest "what changed" line: one short sentence. */
export const CHANGE_LINE_MAX = 200;

export const changeEntrySchema = z.object({
  /** The entry's own id in the CMS (stable: entries are never changed), for the feed's ids. */
  id: z.string().min(1),
  page: z.enum(Object.keys(CHANGE_PAGE) as [ChangePage, ...ChangePage[]]),
  /** The page's slug on the council's site (a chapter's slug for a chapter; a pledge's slug). */
  slug: z.string().min(1),
  /** A chapter's guide, by its slug: a council's own guide's; none: the national guide. */
  guide: z.string().min(1).nullish(),
  /** The page's title when the change was published. */
  title: z.string().min(1),
  line: z.string().min(1).max(CHANGE_LINE_MAX),
  /** When it was published (an ISO date and time). */
  changedAt: z.string().datetime({ offset: true }),
  kinds: z.array(z.enum(CHANGE_KINDS as [ChangeKind, ...ChangeKind[]])).default([]),
  /** True for a change to national content (shown on every council's site). */
  national: z.boolean(),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

/** Newest first; then by id, so the order is stable. */
export const newestFirst = (a: ChangeEntry, b: ChangeEntry) => b.changedAt.localeCompare(a.changedAt) || b.id.localeCompare(a.id);

/** The CMS collections whose published changes are logged (`cms/hooks/changeLog.ts`). */
export const CHANGE_COLLECTIONS = ['offers', 'entitlements', 'local-details', 'guide-chapters', 'guide-local-parts', 'guides', 'pledges'] as const;

/**
 * A change in the content files (`content/changes.yaml` for national content,
 * `content/councils/<council>/changes.yaml` for a council's): what the seed adds to the change
 * log, so the demo councils' sites show a few. `slug` is the page's: an offer's (or a national
 * entitlement's, for the council's local details of it), a national guide chapter's or a pledge's.
 */
export const changeFileSchema = z
  .object({
    page: z.enum(Object.keys(CHANGE_PAGE) as [ChangePage, ...ChangePage[]]),
    slug: z.string().min(1),
    line: z.string().min(1).max(CHANGE_LINE_MAX),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date: YYYY-MM-DD'),
    kinds: z.array(z.enum(CHANGE_KINDS as [ChangeKind, ...ChangeKind[]])).default([]),
  })
  .strict();
export type ChangeFileEntry = z.infer<typeof changeFileSchema>;
