/**
 * Readers' feedback (issue 22): what the form on every page sends, and the words both the
 * server and the CMS agree on. Pure: the server's intake (`platform/server/feedback.ts`) checks
 * every post against `feedbackPostSchema`; the CMS stores it in the `feedback` collection.
 */
import { z } from 'zod';

export const FEEDBACK_STATUSES = ['new', 'needs-action', 'answered', 'not-useful'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The collections a page can be built from, which a page's feedback links to. */
export const FEEDBACK_DOCUMENT_COLLECTIONS = ['offers', 'entitlements', 'guide-chapters', 'guides', 'pledges'] as const;
export type FeedbackDocumentCollection = (typeof FEEDBACK_DOCUMENT_COLLECTIONS)[number];

/** The kinds of page (the site's entry collections) whose feedback is linked to a document. */
export const FEEDBACK_PAGE_COLLECTIONS = ['offers', 'guides', 'pledges'] as const;

/** Where the form posts, under the site's base path. */
export const FEEDBACK_PATH = '/feedback';
/** The most a reader may write (characters). */
export const FEEDBACK_MAX_TEXT = 2000;
/** The most a whole post may weigh (bytes): the text, in any script, and the hidden fields. */
export const FEEDBACK_MAX_BYTES = 16 * 1024;
/** The trap: a field hidden from people, which only a robot fills in. */
export const FEEDBACK_TRAP_FIELD = 'website';

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));

/** One post of the form, as the server reads it (all form fields are text). */
export const feedbackPostSchema = z.object({
  helpful: z.enum(['yes', 'no']).optional().catch(undefined),
  text: z.string().max(FEEDBACK_MAX_TEXT).optional().default(''),
  page: z.string().startsWith('/').max(500),
  lang: z.string().max(10).optional().default('en'),
  collection: z.enum(FEEDBACK_PAGE_COLLECTIONS).optional().catch(undefined),
  /** The council's ONS code (none on the practice library's pages: national). */
  council: optionalText(20),
  slug: optionalText(200),
  /** When the page was shown, in ms since 1970: put in by the page's script (empty without it). */
  // Empty (the form without script) is no time at all, not 0 (which Number('') would give).
  shown: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().nonnegative().optional()).catch(undefined),
  /** Only on the script-enhanced form: that the page was shown, not built, at `shown`. */
  js: z.literal('1').optional().catch(undefined),
  /** The optional proof of work, from the script-enhanced form (`feedbackWorkDone`). */
  work: optionalText(100),
  [FEEDBACK_TRAP_FIELD]: z.string().max(FEEDBACK_MAX_TEXT).optional().default(''),
});
export type FeedbackPost = z.infer<typeof feedbackPostSchema>;

/** Emails and phone numbers written into feedback, masked before it is stored. */
export function maskPersonalDetails(text: string): string {
  return text
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[email removed]')
    .replace(/(?:\+|\b)\d[\d\s().-]{7,}\d\b/g, (match) => (match.replace(/\D/g, '').length >= 9 ? '[phone removed]' : match));
}

export { FEEDBACK_WORK_BITS, feedbackWorkInput, hasLeadingZeroBits } from './feedbackWork';
