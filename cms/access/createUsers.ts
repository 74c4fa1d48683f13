import type { Access } from 'payload';
import { councilsWhere, isPlatformAdmin } from '@cms/access/roles';

/** Platform admins create any account; a council's staff invite young editors to it (`checkMemberships`). */
export const createUsers: Access = ({ req: { user } }) => isPlatformAdmin(user) || councilsWhere(user, 'staff').length > 0;
