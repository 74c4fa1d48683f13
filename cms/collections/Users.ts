import { PublicError } from '@cms/lib/publicError';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  APIError,
  baseAccountLockFields,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FieldAccess,
} from 'payload';
import type { User } from '@cms/payload-types';
import { settings } from '@content/model/settings';
import { STORED_LOCALES, TRANSLATION_LOCALE_IDS } from '@content/model/locales';
import { forgiveSuccessfulLogin, throttleLogins } from '@cms/lib/loginThrottle';
import { acceptInvitation, INVITATION_DOMAIN, invitationEmail, INVITATION_DAYS, isInvitation } from '@cms/lib/invitations';
import {
  COUNCIL_ROLES,
  councilsWhere,
  createUsers,
  deleteUsers,
  idOf,
  isPlatformAdmin,
  PLATFORM_ROLES,
  readUsers,
  ROLE_LABELS,
  signedInAccess,
  updateUsers,
} from '@cms/access';

type Row = { id?: string | null; council?: unknown; role?: string | null };
type Account = { id?: number | string; email?: string | null; invitedEmail?: string | null; platformRole?: string | null; councils?: Row[] | null; youngEditorOnly?: boolean | null };

const refuse = (message: string): never => {
  throw new PublicError(message, 403);
};

/**
 * Council memberships: platform admins set any. A council's staff may add people to
 * their own councils as young editors, and remove them; a row for a council they are not
 * staff of is kept exactly as it was (they can't see it changed, add it or remove it), and
 * nobody changes their own role. Checked on the server for every API, whatever the form sent.
 */
const checkMemberships: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, context }) => {
  const next = data as Account;
  const before = (originalDoc ?? {}) as Account;
  const user = req.user;
  if (operation === 'create' && !context?.seeding) {
    const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
    // The very first account (the "create first user" screen) manages the platform.
    if (totalDocs === 0) next.platformRole = 'admin';
  }
  if (user && !isPlatformAdmin(user) && !context?.seeding) {
    const staffOf = councilsWhere(user, 'staff');
    const mine = new Set(staffOf.map(String));
    const isSelf = operation === 'update' && String(user.id) === String((originalDoc as { id?: unknown })?.id);
    const beforeRows = before.councils ?? [];
    const sent = next.councils === undefined ? beforeRows : (next.councils ?? []);
    const key = (row: Row) => String(idOf(row.council));
    const kept = beforeRows.filter((row) => !mine.has(key(row)) || isSelf);
    const changed = isSelf ? [] : sent.filter((row) => mine.has(key(row)));
    for (const row of sent) {
      if (!mine.has(key(row)) && !beforeRows.some((b) => key(b) === key(row) && b.role === row.role)) {
        refuse('You can add people only to councils where you are staff.');
      }
      if (isSelf && !beforeRows.some((b) => key(b) === key(row) && b.role === row.role)) {
        refuse('You can’t change your own council roles. Ask a platform admin.');
      }
    }
    for (const row of changed) {
      if (row.role !== 'young-editor') refuse('Staff can give the young editor role only. Ask a platform admin for other roles.');
    }
    next.councils = [...kept, ...changed];
    if (operation === 'create' && !next.councils.length) {
      if (staffOf.length === 1) next.councils = [{ council: staffOf[0], role: 'young-editor' }];
      else refuse('Choose the council this person writes for.');
    }
  }
  const rows = next.councils ?? before.councils ?? [];
  const platformRole = next.platformRole !== undefined ? next.platformRole : before.platformRole;
  next.youngEditorOnly = !platformRole && rows.length > 0 && rows.every((row) => row.role === 'young-editor');
  return next;
};

/**
 * Only platform admins give or change platform roles. Said out loud (403), instead of
 * letting field access silently drop the role that was asked for. Checked on the request
 * as sent; the admin form sends every field back, so keeping the current value is fine.
 */
const checkPlatformRole: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const data = (args as { data?: { platformRole?: string | null; councils?: Row[] | null } }).data;
  if (!data || !req.user || isPlatformAdmin(req.user)) return args;
  const id = (args as { id?: number | string }).id;
  const current = (id === undefined ? null : await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null)) as Account | null;
  if ('platformRole' in data && (data.platformRole ?? null) !== (current?.platformRole ?? null)) {
    refuse('Only a platform admin can give platform roles.');
  }
  // People who are staff nowhere can't change memberships at all (the field is read-only to them).
  const rows = (list: Row[] | null | undefined) => (list ?? []).map((r) => `${String(idOf(r.council))}:${r.role}`).sort().join(',');
  if ('councils' in data && councilsWhere(req.user, 'staff').length === 0 && rows(data.councils) !== rows(current?.councils)) {
    refuse('You can’t change council roles. Ask a member of staff or a platform admin.');
  }
  return args;
};

/** An email address as accounts store it. */
const normaliseEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');
/** The address an account is known by: the one it was invited at, until the person accepts. */
const shownEmail = (account: Account | null | undefined) => account?.invitedEmail || account?.email || '';

/**
 * A person's email address and password are theirs (issue 18, finding 3). Nobody but a
 * platform admin sets someone else's password: the person sets their own from a password
 * reset email ("Forgot your password?"), so no member of staff ever knows a password that
 * opens a shared account. Nobody but a platform admin changes an email address, their own
 * included: the answer to "this address is taken" would tell them who has an account
 * (finding 12). The admin's form sends the address back unchanged, which is fine.
 */
const checkCredentials: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args;
  const data = (args as { data?: Record<string, unknown> }).data;
  if (!data) return args;
  // The system's own writes; and the invitation, which only the system sets.
  delete data.invitedEmail;
  if (!req.user) return args;
  const id = (args as { id?: number | string }).id;
  const self = id !== undefined && String(id) === String(req.user.id);
  if (!isPlatformAdmin(req.user) && typeof data.password === 'string' && data.password && !self) {
    refuse('You can’t set someone else’s password. They can set their own: "Forgot your password?" on the sign-in page emails them a link.');
  }
  if (!('email' in data)) return args;
  const current = (id === undefined ? null : await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null)) as Account | null;
  if (current && normaliseEmail(data.email) === normaliseEmail(shownEmail(current))) {
    // Unchanged: an invitation keeps the address it was sent to until it is accepted.
    if (current.invitedEmail) delete data.email;
    return args;
  }
  if (!isPlatformAdmin(req.user)) refuse('Only a platform admin can change an email address. Ask one.');
  // A platform admin gives an invited account its address: it is an ordinary account from now on.
  data.invitedEmail = null;
  return args;
};

/**
 * Staff invite people; they don't make accounts (finding 12: "this email is already
 * registered" told staff whether any address had an account anywhere on the platform).
 * Every invitation by someone who is not a platform admin is the same, whoever the address
 * belongs to: a new account in their council, waiting for the person (shown at the address
 * it was sent to; it can't sign in), and one email to that address. A new person sets their
 * password from the link in it, and the account is theirs; someone who already has an
 * account is told so instead, and asks a platform admin to add the council to it. What staff
 * type as a password is not kept. Platform admins (and the import) make accounts directly.
 */
const inviteByEmail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args;
  const data = (args as { data?: Record<string, unknown> }).data;
  if (!data) return args;
  delete data.invitedEmail;
  if (!req.user || isPlatformAdmin(req.user) || req.context?.seeding) return args;
  const invited = normaliseEmail(data.email);
  if (!/^[^\s@"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i.test(invited) || invited.includes('..')) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'email', message: 'Enter the email address of the person to invite.' }], req });
  }
  data.invitedEmail = invited;
  data.email = `invitation-${randomUUID()}@${INVITATION_DOMAIN}`;
  data.password = randomBytes(24).toString('base64url');
  return args;
};

/** The invitation email, once the account waiting for the person exists. */
const sendInvitation: CollectionAfterChangeHook<User> = async ({ doc: account, operation, req }) => {
  if (operation !== 'create' || !isInvitation(account)) return account;
  const token = randomBytes(20).toString('hex');
  await req.payload.db.updateOne({
    collection: 'users',
    id: account.id,
    data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000).toISOString() },
    req,
  });
  await req.payload.sendEmail(await invitationEmail(req, account, token));
  return account;
};

/**
 * What someone other than a platform admin sees of another person's account: their rows
 * of the councils where they are staff, none of another council's (finding 3: a person
 * shared between councils showed each council the other's membership). An invitation shows
 * the address it was sent to.
 */
const showOwnCouncilsOnly: CollectionAfterReadHook<User> = ({ doc: account, req, overrideAccess }) => {
  if (account.invitedEmail) account.email = account.invitedEmail;
  const user = req.user;
  if (overrideAccess || !user || isPlatformAdmin(user) || String(user.id) === String(account.id) || !Array.isArray(account.councils)) return account;
  const mine = new Set(councilsWhere(user, 'staff').map(String));
  account.councils = account.councils.filter((row) => mine.has(String(idOf(row.council))));
  return account;
};

/** Only platform admins give or change platform roles (nobody promotes themselves). */
const platformAdminsOnly: FieldAccess = ({ req: { user } }) => isPlatformAdmin(user);
/** Memberships: platform admins and a council's staff (`checkMemberships` says which rows). */
const staffAnywhere: FieldAccess = ({ req: { user } }) => isPlatformAdmin(user) || councilsWhere(user, 'staff').length > 0;

/**
 * Accounts for the people who write and publish. What each may do depends on their role
 * in each council (`councils`, added by the multi-tenant plugin in payload.config.ts) and
 * their platform role; the rules are in `cms/access/`.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'platformRole'],
    group: 'Admin',
    // Staff invite people (cms/lib/invitations.ts): say so where they add someone.
    description:
      'To add someone to your council, enter their name and email address and choose their role. They get an email inviting them to choose their own password; a password typed here is not used (only platform admins set passwords).',
  },
  auth: {
    // Password guessing is throttled per client (`@cms/lib/loginThrottle`), not by locking
    // the account: a per-account lock tells an attacker which emails exist, and lets anyone
    // lock the admin out.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // The session cookie goes only with requests made from the admin itself (no cross-site
    // sends at all), and only over HTTPS in production. See also `csrf` in the config.
    cookies: { sameSite: 'Strict', secure: settings().NODE_ENV === 'production' },
  },
  access: { read: readUsers, create: createUsers, update: updateUsers, delete: deleteUsers, admin: signedInAccess },
  hooks: {
    beforeOperation: [throttleLogins, checkPlatformRole, checkCredentials, inviteByEmail, acceptInvitation],
    beforeChange: [checkMemberships],
    afterChange: [sendInvitation],
    afterRead: [showOwnCouncilsOnly],
    afterLogin: [forgiveSuccessfulLogin],
  },
  fields: [
    // Payload's lock counters, no longer used (maxLoginAttempts is 0), kept hidden so the
    // schema stays as the committed migrations made it; throttleLogins clears old locks.
    ...baseAccountLockFields.map((field) => ({ ...field })),
    { name: 'name', type: 'text', required: true },
    {
      name: 'platformRole',
      label: 'Platform role',
      type: 'select',
      options: PLATFORM_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: platformAdminsOnly, update: platformAdminsOnly },
      admin: { position: 'sidebar', description: 'Leave empty for people who write for a council only.' },
    },
    {
      name: 'translatorLanguage',
      label: 'Translates into',
      type: 'select',
      options: TRANSLATION_LOCALE_IDS.map((value) => ({ value, label: STORED_LOCALES[value].name })),
      access: { create: platformAdminsOnly, update: platformAdminsOnly },
      admin: {
        position: 'sidebar',
        description:
          'Translators only (issue 21): the one language they write. With a council row "Translator" they translate that council’s documents; with no council, the national content.',
      },
    },
    {
      name: 'youngEditorOnly',
      type: 'checkbox',
      defaultValue: false,
      // Worked out by `checkMemberships` on every save, whatever the request sent. Whether the
      // person has another role somewhere is not for other councils' staff to read.
      access: { read: platformAdminsOnly },
      admin: { hidden: true },
    },
    {
      name: 'invitedEmail',
      label: 'Invitation sent to',
      type: 'text',
      index: true,
      // Set only by `inviteByEmail`, cleared when the person accepts (`acceptInvitation`).
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.invitedEmail),
        description: 'Waiting for this person: they set their password from the invitation email. Delete the account and invite them again to send another.',
      },
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

/** The council-role select inside each membership row (the plugin adds the row's council). */
export const membershipRoleField = {
  name: 'role',
  type: 'select' as const,
  required: true,
  defaultValue: 'young-editor',
  options: COUNCIL_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
};

export { staffAnywhere as membershipAccess };
