import type { Access } from 'payload';

/** Anyone signed in to the admin. */
export const signedInAccess: Access = ({ req: { user } }) => Boolean(user);
