import type { Access, Where } from 'payload';
import { councilsWhere, isPlatformAdmin } from '@cms/access/roles';

/**
 * Platform admins see every account. A council's staff see the accounts of their
 * councils (to credit and manage people). Reviewers and young editors see only their
 * own, so no one else's email reaches them. Anonymous readers get nothing: there is no
 * way to list users from outside. Nobody sees another council's accounts.
 */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (isPlatformAdmin(user)) return true;
  const ids = councilsWhere(user, 'staff');
  return (ids.length ? { or: [{ id: { equals: user.id } }, { 'councils.council': { in: ids } }] } : { id: { equals: user.id } }) as Where;
};
