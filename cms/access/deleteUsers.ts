import type { Access } from 'payload';
import { isPlatformAdmin } from '@cms/access/roles';
import { managedAccounts } from '@cms/access/updateUsers';

/** Platform admins remove anyone; a council's staff remove the accounts they manage (`managedAccounts`). */
export const deleteUsers: Access = async ({ req }) => {
  if (isPlatformAdmin(req.user)) return true;
  return (await managedAccounts(req)) ?? false;
};
