import type { FieldAccess } from 'payload';

/** Fields for the people who write the offer (review comments, co-authors): never public. */
export const signedInField: FieldAccess = ({ req: { user } }) => Boolean(user);
