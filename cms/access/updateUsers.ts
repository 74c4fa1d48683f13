import type { Access, PayloadRequest, Where } from 'payload';
import { councilsWhere, idOf, isPlatformAdmin } from '@cms/access/roles';

const cacheKey = 'managedAccounts';

/**
 * The accounts a council's staff manage: people who are young editors, and nothing more,
 * in councils where they are staff, and in no other council (issue 18, finding 3: staff of
 * one council could set the password of a young editor shared with another, sign in as them
 * and read the other council's drafts). Account management follows every membership: one row
 * in a council where they are not staff, or any other role, and the account is not theirs to
 * manage. Worked out from the accounts' own rows, once per request.
 */
export async function managedAccounts(req: PayloadRequest): Promise<Where | null> {
  const staffOf = councilsWhere(req.user, 'staff');
  if (!staffOf.length) return null;
  const cached = req.context[cacheKey] as { user: unknown; where: Where | null } | undefined;
  if (cached && cached.user === req.user?.id) return cached.where;
  const mine = new Set(staffOf.map(String));
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ 'councils.council': { in: staffOf } }, { youngEditorOnly: { equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { platformRole: true, councils: true },
  });
  const ids = docs
    .filter(
      (account) =>
        !account.platformRole &&
        (account.councils ?? []).length > 0 &&
        (account.councils ?? []).every((row) => row.role === 'young-editor' && mine.has(String(idOf(row.council)))),
    )
    .map((account) => account.id);
  const where: Where | null = ids.length ? { id: { in: ids } } : null;
  req.context[cacheKey] = { user: req.user?.id, where };
  return where;
}

/** Platform admins: anyone. Staff: themselves and the young editors they manage (`managedAccounts`). Everyone else: themselves. */
export const updateUsers: Access = async ({ req }) => {
  const { user } = req;
  if (!user) return false;
  if (isPlatformAdmin(user)) return true;
  const self: Where = { id: { equals: user.id } };
  const managed = await managedAccounts(req);
  return managed ? { or: [self, managed] } : self;
};
