import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/**
 * Admins and staff see every account; anyone else signed in sees only their own.
 * Anonymous readers get `false`, so there is no way to list users from outside.
 */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasRole(user, 'admin', 'staff')) return true;
  return { id: { equals: user.id } };
};
