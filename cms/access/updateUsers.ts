import type { Access, Where } from 'payload';
import { councilsWhere, isPlatformAdmin } from '@cms/access/roles';

/**
 * The accounts a council's staff manage: people who are young editors (and nothing more,
 * anywhere) in one of the councils where they are staff. `youngEditorOnly` is kept by
 * `checkMemberships` from the account's own memberships.
 */
export function managedAccounts(user: Parameters<typeof councilsWhere>[0]): Where | null {
  const ids = councilsWhere(user, 'staff');
  return ids.length ? { and: [{ 'councils.council': { in: ids } }, { youngEditorOnly: { equals: true } }] } : null;
}

/** Platform admins: anyone. Staff: themselves and the young editors of their councils. Everyone else: themselves. */
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (isPlatformAdmin(user)) return true;
  const managed = managedAccounts(user);
  return managed ? ({ or: [{ id: { equals: user.id } }, managed] } as Where) : { id: { equals: user.id } };
};
