import { type CollectionBeforeOperationHook, type PayloadRequest } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { adminOrigins } from '@cms/origins';

/**
 * Invitations (issue 18, finding 12). When a council's staff add a person, the account waits
 * for them: it signs in at no address of its own (`invitation-<uuid>@invitations.invalid`,
 * a domain that never receives mail) with a password nobody knows, and `invitedEmail` holds
 * the address it was sent to. The person gets one email: a link to set their password, which
 * gives the account that address (`acceptInvitation`); or, when the address already has an
 * account, a note saying so. Staff see the same either way, so an invitation tells them
 * nothing about who has an account.
 */
export const INVITATION_DOMAIN = 'invitations.invalid';
/** How long an invitation's link works. */
export const INVITATION_DAYS = 14;

type Invited = { id?: number | string; name?: string | null; email?: string | null; invitedEmail?: string | null };

/** True for an account still waiting for its person (as stored: reads show it at the invited address). */
export const isInvitation = (account: Invited | null | undefined): boolean => Boolean(account?.invitedEmail);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The invitation email for `account`, with its link (or, for an address that has an account already, what to do instead). */
export async function invitationEmail(req: PayloadRequest, account: Invited, token: string): Promise<{ to: string; subject: string; html: string }> {
  const to = account.invitedEmail!;
  const taken = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: to } }, req });
  const name = escapeHtml(account.name ?? '');
  if (taken) {
    return {
      to,
      subject: 'You have been invited to write for a council’s local offer',
      html: `<p>Hello ${name},</p><p>A council’s staff have invited you to help write their local offer for care leavers. You already have an account with this email address, so sign in with it as usual, and ask a platform admin to add the council to your account.</p>`,
    };
  }
  const link = `${adminOrigins()[0]}/admin/reset/${token}`;
  return {
    to,
    subject: 'You have been invited to write for a council’s local offer',
    html: `<p>Hello ${name},</p><p>A council’s staff have invited you to help write their local offer for care leavers. To accept, choose your password here (the link works for ${INVITATION_DAYS} days):</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
  };
}

/**
 * Accepting: the invitation's link is Payload's password reset. Before the password is set,
 * the account takes the address the invitation was sent to, so the person signs in with it
 * from then on. An address that has an account by now can't be taken twice.
 */
export const acceptInvitation: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args;
  const token = (args as { data?: { token?: unknown } }).data?.token;
  if (typeof token !== 'string' || !token) return args;
  const account = (await req.payload.db.findOne({
    collection: 'users',
    where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
    req,
  })) as Invited | null;
  if (!account || !isInvitation(account)) return args;
  const taken = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account.invitedEmail } }, req });
  if (taken) {
    throw new PublicError('This email address already has an account: sign in with it, and ask a platform admin to add the council to it.', 409);
  }
  await req.payload.db.updateOne({ collection: 'users', id: account.id!, data: { email: account.invitedEmail, invitedEmail: null }, req });
  return args;
};
