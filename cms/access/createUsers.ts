import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/** Admins create any account; staff invite young editors (`setRole` and the Users hook keep it at that). */
export const createUsers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff');
