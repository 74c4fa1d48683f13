import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import type { EmailAdapter } from 'payload';
import { settings, type Settings } from '@content/model/settings';

/** Whether a mail server is set (`SMTP_HOST`): without one the admin sends no email. */
export const emailConfigured = (s: Settings = settings()): boolean => Boolean(s.SMTP_HOST);

/**
 * Payload's email adapter: nodemailer over SMTP to the server the settings name
 * (`SMTP_HOST`, `SMTP_PORT`, `SMTP_SECURE`, `SMTP_USER`, `SMTP_PASSWORD`), from
 * `EMAIL_FROM_NAME <EMAIL_FROM_ADDRESS>`. Invitations, password resets and the weekly review
 * reminders (`cms/jobs/reviewReminders.ts`) go through it. Without `SMTP_HOST`, none:
 * Payload then only logs that an email was not sent (never a test account on the internet).
 */
export function emailAdapter(s: Settings = settings()): Promise<EmailAdapter> | undefined {
  if (!s.SMTP_HOST) return undefined;
  return nodemailerAdapter({
    defaultFromAddress: s.EMAIL_FROM_ADDRESS,
    defaultFromName: s.EMAIL_FROM_NAME,
    // Checked when it is used, not at start: an admin whose mail server is down still starts.
    skipVerify: true,
    transportOptions: {
      host: s.SMTP_HOST,
      port: s.SMTP_PORT,
      secure: s.SMTP_SECURE,
      ...(s.SMTP_USER ? { auth: { user: s.SMTP_USER, pass: s.SMTP_PASSWORD ?? '' } } : {}),
    },
  });
}
