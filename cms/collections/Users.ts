import type { CollectionConfig } from 'payload';
import { adminFieldOnly, adminOnly, adminOrSelf, ROLES } from '@cms/access';

/**
 * Accounts for the people who write and publish the offer. Roles decide what each may do;
 * the detailed rules per role arrive with the co-writing work (issue 5).
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
  access: {
    read: adminOrSelf,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'young-editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: value.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()) })),
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [
      // The very first account (made on the "create first user" screen) must be able to
      // manage the others, so it becomes an admin whatever the form said.
      async ({ req, operation, data }) => {
        if (operation !== 'create') return data;
        const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
        return totalDocs === 0 ? { ...data, role: 'admin' } : data;
      },
    ],
  },
};
