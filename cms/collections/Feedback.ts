import type { CollectionConfig, FieldAccess } from 'payload';
import { answerFeedback, nobody, readFeedback } from '@cms/access/feedback';
import { FEEDBACK_DOCUMENT_COLLECTIONS, FEEDBACK_STATUSES } from '@content/model/feedback';
import { STORED_LOCALE_IDS } from '@content/model/locales';

/** What the reader sent stays as it came: staff change only the status, their note and the pledge. */
const asSent = { update: (() => false) satisfies FieldAccess } as const;

/**
 * Readers' feedback (issue 22, part 2): "Did this page help you?" and what is wrong or
 * missing, sent from any page of a council's site (or the practice library: no council, so
 * national). Only the platform's server creates it (`platform/server/feedback.ts`, through the
 * local API); emails and phone numbers are masked before it is stored. Each council's staff
 * work through their queue: new, needs action, answered, not useful; from an item they can
 * link (or create) a pledge, "you said, we did". Deleted after the council's retention period
 * (`feedbackRetentionDays` on the council; `cms/jobs/feedbackRetention.ts`).
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Feedback', plural: 'Feedback' },
  admin: {
    useAsTitle: 'pageUrl',
    defaultColumns: ['pageUrl', 'status', 'helpful', 'text', 'council', 'createdAt'],
    group: 'Readers',
    description: 'What readers said about the pages. Nobody’s name, email or phone is kept: anything that looks like one is masked.',
  },
  access: { create: nobody, read: readFeedback, update: answerFeedback, delete: answerFeedback },
  defaultSort: '-createdAt',
  fields: [
    { name: 'council', type: 'relationship', relationTo: 'authorities', index: true, access: asSent, admin: { position: 'sidebar', readOnly: true, description: 'Empty: a national page (the practice library).' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: FEEDBACK_STATUSES.map((value) => ({ value, label: { new: 'New', 'needs-action': 'Needs action', answered: 'Answered', 'not-useful': 'Not useful' }[value] })),
      admin: { position: 'sidebar' },
    },
    { name: 'helpful', label: 'Did the page help?', type: 'select', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }], access: asSent, admin: { readOnly: true } },
    { name: 'text', label: 'What they said', type: 'textarea', access: asSent, admin: { readOnly: true, description: 'Emails and phone numbers were masked before it was stored.' } },
    { name: 'urgent', label: 'Mentions a crisis', type: 'checkbox', defaultValue: false, access: asSent, admin: { readOnly: true, description: 'The words matched the urgent search words; the reader was shown urgent help first.' } },
    { name: 'pageUrl', label: 'Page', type: 'text', required: true, index: true, access: asSent, admin: { readOnly: true } },
    { name: 'language', type: 'select', options: [...STORED_LOCALE_IDS], access: asSent, admin: { readOnly: true } },
    {
      name: 'document',
      label: 'Built from',
      type: 'relationship',
      relationTo: [...FEEDBACK_DOCUMENT_COLLECTIONS],
      access: asSent,
      admin: { readOnly: true, description: 'The document the page was built from, if any.' },
    },
    // Who may see it among young editors: the document's co-authors when it arrived.
    { name: 'coAuthors', type: 'relationship', relationTo: 'users', hasMany: true, access: { ...asSent, read: ({ req: { user } }) => Boolean(user) }, admin: { hidden: true } },
    { name: 'staffNote', label: 'Staff note', type: 'textarea', admin: { description: 'For staff only: never shown on the site.' } },
    { name: 'pledge', label: 'You said, we did', type: 'relationship', relationTo: 'pledges', admin: { description: 'The pledge this feedback led to. Its page says it came from feedback, never from whom.' } },
  ],
  timestamps: true,
};
