import type { Access, Where } from 'payload';
import { hasRole } from '@cms/access/roles';

/** Admins: anyone. Staff: themselves and young editors. Everyone else: themselves. */
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasRole(user, 'admin')) return true;
  if (hasRole(user, 'staff')) {
    return { or: [{ id: { equals: user.id } }, { role: { equals: 'young-editor' } }] } as Where;
  }
  return { id: { equals: user.id } };
};
