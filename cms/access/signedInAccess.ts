import type { CollectionConfig } from 'payload';

/**
 * Anyone signed in to the admin. Typed as Payload's `access.admin` (a yes or no, never a
 * query), which also fits wherever an `Access` function goes.
 */
export const signedInAccess: NonNullable<NonNullable<CollectionConfig['access']>['admin']> = ({ req: { user } }) => Boolean(user);
