import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/**
 * Admins and staff see every account (to credit and manage people). Reviewers and young
 * editors see only their own, so no one else's email reaches them. Anonymous readers get
 * nothing: there is no way to list users from outside.
 */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasRole(user, 'admin', 'staff')) return true;
  return { id: { equals: user.id } };
};
