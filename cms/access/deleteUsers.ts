import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/** Admins remove anyone; staff remove young editors' accounts. */
export const deleteUsers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true;
  if (hasRole(user, 'staff')) return { role: { equals: 'young-editor' } };
  return false;
};
