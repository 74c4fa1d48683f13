/**
 * The collections whose documents belong to one council (the multi-tenant plugin gives
 * them a `council` field and keeps each council's people to their own). Slugs in them are
 * unique per council, not across the platform.
 */
export const COUNCIL_SCOPED = ['offers', 'local-details', 'guides', 'pledges', 'indicators', 'local-terms', 'guide-local-parts'] as const;
export type CouncilScoped = (typeof COUNCIL_SCOPED)[number];

export const isCouncilScoped = (slug: string): slug is CouncilScoped => (COUNCIL_SCOPED as readonly string[]).includes(slug);
