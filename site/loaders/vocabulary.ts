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
