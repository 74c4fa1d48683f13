import type { Entitlement, GlossaryTerm, Guide, LocalDetail, LocalTerm, Offer, Pledge, Spotlight } from '@cms/payload-types';

/**
 * A document of a co-written collection (`withCoWriting` in `@cms/collections/coWriting`):
 * what the hooks shared by all of them are typed over (Payload's hook generics), so each
 * field they read or write is one every such collection has.
 */
export type CoWritten = Offer | Guide | Pledge | LocalTerm | LocalDetail | Spotlight | Entitlement | GlossaryTerm;
