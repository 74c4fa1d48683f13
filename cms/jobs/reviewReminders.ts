import type { Payload, TaskConfig } from 'payload';
import { isPlatformEditor } from '@cms/access/roles';
import { emailConfigured } from '@cms/lib/email';
import { DUE_SOON_DAYS, REVIEW_KIND_WORDS, reviewsDue, type ReviewDue } from '@cms/lib/reviewsDue';
import type { User } from '@cms/payload-types';
import { adminOrigins } from '@cms/origins';
import { settings } from '@content/model/settings';

/**
 * The weekly review reminder (issue 22, part 5): each council's staff get one email listing
 * exactly their council's offers and guide chapters that are overdue for review or due within
 * {@link DUE_SOON_DAYS} days; platform editors get the national content's (entitlements, the
 * national guide). Sent through Payload's email adapter (`cms/lib/email.ts`, SMTP from the
 * settings). A council with nothing due gets no email.
 *
 * A Payload scheduled job: the task's schedule (`REVIEW_EMAIL_CRON`, default Mondays 07:00)
 * queues one job in its own queue, which the admin's job runner (`npm start`) or
 * `npm run worker` runs after any site rebuilds waiting. Without `SMTP_HOST` nothing is sent,
 * and the log says so once.
 */
export const REVIEW_TASK = 'send-review-reminders';
export const REVIEW_QUEUE = 'review-reminders';

/** One email: who it goes to and what it says. */
export type ReminderEmail = { to: string[]; subject: string; text: string; html: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The email for one council's staff (or, for national content, the platform editors). */
export function reminderEmail(name: string, items: ReviewDue[], to: string[], adminUrl: string): ReminderEmail {
  const overdue = items.filter((i) => i.overdue);
  const soon = items.filter((i) => !i.overdue);
  const line = (i: ReviewDue) => `${i.title} (${REVIEW_KIND_WORDS[i.kind]}): review ${i.overdue ? 'was due' : 'is due'} ${i.nextReview}. ${adminUrl}${i.href}`;
  const htmlList = (list: ReviewDue[]) =>
    `<ul>${list.map((i) => `<li><a href="${escapeHtml(adminUrl + i.href)}">${escapeHtml(i.title)}</a> (${REVIEW_KIND_WORDS[i.kind]}): review ${i.overdue ? 'was due' : 'is due'} ${i.nextReview}</li>`).join('')}</ul>`;
  const sections: [string, ReviewDue[]][] = [
    [`Overdue for review (${overdue.length})`, overdue],
    [`Due for review in the next ${DUE_SOON_DAYS} days (${soon.length})`, soon],
  ];
  const shown = sections.filter(([, list]) => list.length > 0);
  const intro = `These pages of ${name} need checking. A page past its review date says so on the public site until someone checks it and sets its next review date.`;
  return {
    to,
    subject: `${name}: ${overdue.length} overdue, ${soon.length} due for review soon`,
    text: [intro, ...shown.map(([heading, list]) => `${heading}\n${list.map((i) => `- ${line(i)}`).join('\n')}`)].join('\n\n') + '\n',
    html: `<p>${escapeHtml(intro)}</p>${shown.map(([heading, list]) => `<h2>${escapeHtml(heading)}</h2>${htmlList(list)}`).join('')}`,
  };
}

/** Staff of `council` with an address of their own (an invitation not yet taken up has none). */
function staffOf(users: User[], council: number | string): string[] {
  return users
    .filter((u) => !u.invitedEmail && (u.councils ?? []).some((m) => m.role === 'staff' && String(typeof m.council === 'object' ? m.council.id : m.council) === String(council)))
    .map((u) => u.email);
}

let warnedNoEmail = false;

/**
 * Sends this week's reminders: one email per council with anything due, to its staff, and
 * one to the platform editors for national content. Resolves to the emails sent.
 */
export async function sendReviewReminders(payload: Payload, today = new Date()): Promise<ReminderEmail[]> {
  if (!emailConfigured()) {
    if (!warnedNoEmail) {
      warnedNoEmail = true;
      payload.logger.warn('Review reminder emails are not sent: no mail server is set (SMTP_HOST). The dashboard still lists what is due.');
    }
    return [];
  }
  const [due, { docs: councils }, { docs: users }] = await Promise.all([
    reviewsDue(payload, today),
    payload.find({ collection: 'authorities', pagination: false, depth: 0, overrideAccess: true, select: { name: true } }),
    payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true }),
  ]);
  const adminUrl = adminOrigins()[0] ?? `http://localhost:${settings().ADMIN_PORT}`;
  const emails: ReminderEmail[] = [];
  for (const council of councils) {
    const items = due.filter((d) => d.council !== null && String(d.council) === String(council.id));
    const to = staffOf(users, council.id);
    if (items.length && to.length) emails.push(reminderEmail(council.name, items, to, adminUrl));
  }
  const national = due.filter((d) => d.council === null);
  const editors = users.filter((u) => !u.invitedEmail && isPlatformEditor(u)).map((u) => u.email);
  if (national.length && editors.length) emails.push(reminderEmail('the national content', national, editors, adminUrl));
  // One message per person: staff of one council never see another's addresses.
  for (const email of emails) {
    for (const to of email.to) await payload.sendEmail({ to, subject: email.subject, text: email.text, html: email.html });
  }
  payload.logger.info(`Review reminders: ${emails.length} sent (${emails.reduce((n, e) => n + e.to.length, 0)} people).`);
  return emails;
}

export const reviewRemindersTask: TaskConfig<typeof REVIEW_TASK> = {
  slug: REVIEW_TASK,
  label: 'Email each council’s staff what is due for review',
  schedule: [{ cron: settings().REVIEW_EMAIL_CRON, queue: REVIEW_QUEUE }],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    const sent = await sendReviewReminders(req.payload);
    return { output: { sent: sent.length } };
  },
};
