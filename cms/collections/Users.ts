import {
  APIError,
  baseAccountLockFields,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
} from 'payload';
import { forgiveSuccessfulLogin, throttleLogins } from '@cms/lib/loginThrottle';
import { createUsers, deleteUsers, hasRole, readUsers, ROLES, setRole, signedInAccess, updateUsers } from '@cms/access';

/**
 * Staff may only give the young-editor role: say so, instead of letting field access
 * silently drop the role they asked for. Checked on the request as sent.
 */
const checkRoleChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const wanted = (args as { data?: { role?: string } }).data?.role;
  if (!wanted || wanted === 'young-editor' || !hasRole(req.user, 'staff')) return args;
  // The admin form sends every field back: keeping someone's current role is not a change.
  const id = (args as { id?: number | string }).id;
  const current = id === undefined ? null : await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null);
  if (current?.role !== wanted) {
    throw new APIError('Staff can create and manage young editor accounts only. Ask an admin for other roles.', 403, null, true);
  }
  return args;
};

/** The very first account (the "create first user" screen) manages the others. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ req, operation, data }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  return totalDocs === 0 ? { ...data, role: 'admin' } : data;
};

/**
 * Accounts for the people who write and publish the offer. What each role may do is set
 * in `cms/access/`: anonymous readers can't list or read accounts at all.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Admin' },
  auth: {
    // Password guessing is throttled per client (`@cms/lib/loginThrottle`), not by locking
    // the account: a per-account lock tells an attacker which emails exist, and lets anyone
    // lock the admin out.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // The session cookie goes only with requests made from the admin itself (no cross-site
    // sends at all), and only over HTTPS in production. See also `csrf` in the config.
    cookies: { sameSite: 'Strict', secure: process.env.NODE_ENV === 'production' },
  },
  access: { read: readUsers, create: createUsers, update: updateUsers, delete: deleteUsers, admin: signedInAccess },
  hooks: { beforeOperation: [throttleLogins, checkRoleChange], beforeChange: [firstUserIsAdmin], afterLogin: [forgiveSuccessfulLogin] },
  fields: [
    // Payload's lock counters, no longer used (maxLoginAttempts is 0), kept hidden so the
    // schema stays as the committed migrations made it; throttleLogins clears old locks.
    ...baseAccountLockFields.map((field) => ({ ...field })),
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
