import type { Access, FieldAccess, Where } from 'payload';
import { hasRole } from '@cms/access/roles';

/**
 * Accounts. Admins manage everyone. Staff see every account (to credit and manage people)
 * and manage young editors. Reviewers and young editors see only their own account, so
 * no one else's email reaches them. Anonymous readers get nothing: no way to list users.
 */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasRole(user, 'admin', 'staff')) return true;
  return { id: { equals: user.id } };
};

/** Admins create any account; staff invite young editors (the role field rule keeps it at that). */
export const createUsers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff');

/** Admins: anyone. Staff: themselves and young editors. Everyone else: themselves. */
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasRole(user, 'admin')) return true;
  if (hasRole(user, 'staff')) {
    return { or: [{ id: { equals: user.id } }, { role: { equals: 'young-editor' } }] } as Where;
  }
  return { id: { equals: user.id } };
};

/** Admins remove anyone; staff remove young editors' accounts. */
export const deleteUsers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true;
  if (hasRole(user, 'staff')) return { role: { equals: 'young-editor' } };
  return false;
};

/**
 * The role field: admins set any role; staff may only make or keep someone a young
 * editor; nobody can change their own role (no self-promotion).
 */
export const setRole: FieldAccess = ({ req: { user }, data, id }) => {
  if (hasRole(user, 'admin')) return true;
  if (!hasRole(user, 'staff')) return false;
  if (id !== undefined && String(id) === String(user?.id)) return false;
  return data?.role === undefined || data?.role === 'young-editor';
};
