import type { Access } from 'payload';
import { isPlatformAdmin } from '@cms/access/roles';
import { managedAccounts } from '@cms/access/updateUsers';

/** Platform admins remove anyone; a council's staff remove its young editors' accounts. */
export const deleteUsers: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true;
  return managedAccounts(user) ?? false;
};
