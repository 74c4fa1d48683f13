import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/** Admins only: accounts and roles. */
export const adminOnly: Access = ({ req: { user } }) => hasRole(user, 'admin');
