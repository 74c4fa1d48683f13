import type { FieldAccess } from 'payload';
import { hasRole } from '@cms/access/roles';

/** A field only admins may set or change (a user's role): nobody can promote themselves. */
export const adminFieldOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin');
