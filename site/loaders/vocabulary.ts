/**
 * The fixed word lists of the content model, without zod, so browser code (the "What can I
 * get?" checker) can use them without bundling the schemas. `schemas.ts` re-exports them.
 */

/** The law's care statuses (Children Act 1989, Care Leavers (England) Regulations 2010). */
export const CARE_STATUSES = ['eligible', 'relevant', 'former-relevant', 'qualifying'] as const;

/** Circumstances an offer can be limited to. */
export const CIRCUMSTANCES = [
  'came-alone',
  'parent',
  'in-custody',
  'in-education',
  'disabled',
  'outside-area',
] as const;

/**
 * Where an entitlement stands in law: in force; announced but not yet in force (never shown
 * as settled: `../shared/FACTS.md` marks these ⚠); or ended.
 */
export const LEGAL_STATUSES = ['in-force', 'announced', 'ended'] as const;

/** Whether an offer applies to a care leaver living outside the council's area. */
export const LIVING_ELSEWHERE = ['applies', 'in-area-only', 'ask'] as const;

/** How often money is paid. */
export const PERIODS = ['once', 'weekly', 'monthly', 'yearly', 'instalments'] as const;

/**
 * What a national figure beside a local amount is: an amount set in law (regulations), a
 * legal minimum, or a figure recommended in national guidance (not binding).
 */
export const NATIONAL_BASES = ['set-in-law', 'legal-minimum', 'recommended'] as const;
