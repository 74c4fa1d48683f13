import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload';
import { createUsers, deleteUsers, hasRole, readUsers, ROLES, setRole, signedInAccess, updateUsers } from '@cms/access';

/** Staff may only make young-editor accounts; say so instead of silently changing the role. */
const checkRoleChange: CollectionBeforeChangeHook = async ({ req, operation, data, originalDoc }) => {
  if (operation === 'create') {
    // The very first account (the "create first user" screen) manages the others.
    const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
    if (totalDocs === 0) return { ...data, role: 'admin' };
  }
  const user = req.user;
  const wanted = data.role ?? originalDoc?.role;
  if (user && hasRole(user, 'staff') && !hasRole(user, 'admin') && String(originalDoc?.id) !== String(user.id) && wanted !== 'young-editor') {
    throw new APIError('Staff can create and manage young editor accounts only. Ask an admin for other roles.', 403, null, true);
  }
  return data;
};

/**
 * Accounts for the people who write and publish the offer. What each role may do is set
 * in `cms/access/`: anonymous readers can't list or read accounts at all.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Admin' },
  auth: {
    // Slow down password guessing: lock the account for 10 minutes after 5 failures.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: { read: readUsers, create: createUsers, update: updateUsers, delete: deleteUsers, admin: signedInAccess },
  hooks: { beforeChange: [checkRoleChange] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'young-editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: value.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()) })),
      access: { create: setRole, update: setRole },
      admin: { position: 'sidebar' },
    },
    {
      name: 'credit',
      type: 'group',
      admin: { description: 'Young editors: choose whether published pages name you as a co-author, and how.' },
      fields: [
        { name: 'showName', label: 'Credit me on pages I helped write', type: 'checkbox', defaultValue: false },
        {
          name: 'displayName',
          label: 'Name to show',
          type: 'text',
          admin: { description: 'Any name you like: a first name, a nickname or initials. It is shown publicly.' },
          validate: (value: unknown, { siblingData }: { siblingData: { showName?: boolean } }) =>
            !siblingData.showName || (typeof value === 'string' && value.trim().length > 0)
              ? true
              : 'Enter the name to show, or untick "Credit me".',
        },
      ],
    },
  ],
};
