import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/** Staff and admins: manage reference data and delete content. */
export const staffOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff');
