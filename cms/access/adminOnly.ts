import type { Access } from 'payload';
import { isPlatformAdmin } from '@cms/access/roles';

/** Platform admins only: councils, the build status. */
export const adminOnly: Access = ({ req: { user } }) => isPlatformAdmin(user);
