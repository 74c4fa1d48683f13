import type { FieldAccess } from 'payload';
import { hasRole } from '@cms/access/roles';

/**
 * The role field: admins set any role; staff may only make or keep someone a young
 * editor; nobody else can change a role, their own included (no self-promotion).
 */
export const setRole: FieldAccess = ({ req: { user }, data, id }) => {
  if (hasRole(user, 'admin')) return true;
  if (!hasRole(user, 'staff')) return false;
  if (id !== undefined && String(id) === String(user?.id)) return false;
  return data?.role === undefined || data?.role === 'young-editor';
};
