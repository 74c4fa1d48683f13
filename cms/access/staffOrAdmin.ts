import type { Access } from 'payload';
import { councilsWhere, isPlatformAdmin } from '@cms/access/roles';

/**
 * A council's reference data (indicators) and deleting its content: its staff, and
 * platform admins. A query, so the database keeps each council's staff to their councils;
 * on create (which has no query) `enforceCouncilRole` checks the council being written to.
 */
export const staffOrAdmin: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true;
  const ids = councilsWhere(user, 'staff');
  return ids.length ? { council: { in: ids } } : false;
};
