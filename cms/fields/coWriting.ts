import type { Field } from 'payload';
import { signedInField } from '@cms/access/signedIn';
import { reviewMenu } from '@cms/lib/reviewChoices';

export const REVIEW_STATES = [
  { value: 'draft', label: 'Draft' },
  { value: 'in-review', label: 'In review' },
  { value: 'changes-requested', label: 'Changes requested' },
  { value: 'approved', label: 'Approved' },
  { value: 'published', label: 'Published' },
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number]['value'];

/** Only for people signed in to the admin: review talk and co-authors never reach the public API. */
const internal = { read: signedInField } as const;

/**
 * The fields every co-written collection gets: where the document is in review, the
 * comment for this step, the history of steps (who, what, when), the young editors who
 * co-wrote it, and the plain-English report made on each save. `collection`: whose review
 * rules the Review menu follows (`reviewMenu`).
 */
export function coWritingFields(collection: string): Field[] {
  return [
    {
      name: 'reviewState',
      label: 'Review',
      type: 'select',
      options: [...REVIEW_STATES],
      // Only the states this person may choose (a young editor: draft or in review), and the current one.
      filterOptions: reviewMenu(collection),
      defaultValue: 'draft',
      index: true,
      access: internal,
      admin: {
        position: 'sidebar',
        description: 'Young editors: press "Submit for review" when it is ready. Reviewers: request changes or approve, then publish.',
        // The list's "Review" column, in plain words ("Approved, not yet published").
        components: { Cell: '@cms/components/ReviewStateCell#ReviewStateCell' },
      },
    },
    {
      name: 'reviewComment',
      label: 'Comment for this step',
      type: 'textarea',
      access: internal,
      admin: {
        position: 'sidebar',
        description: 'What you changed, or what needs changing. Saved in the review history.',
      },
    },
    {
      name: 'plainEnglishReport',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@cms/components/PlainEnglishPanel#PlainEnglishPanel' } },
    },
    {
      name: 'plainEnglish',
      type: 'json',
      access: internal,
      admin: { hidden: true, readOnly: true },
    },
    {
      // The accounts, for credit on the site. Hidden here: most editors may not read other
      // people's accounts, so the admin shows the names below instead.
      name: 'coAuthors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      access: internal,
      admin: { hidden: true },
    },
    {
      name: 'coAuthorNames',
      label: 'Written with (young editors)',
      type: 'text',
      access: internal,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Added automatically when a young editor saves. Credited on the site if they opted in.',
      },
    },
    {
      name: 'reviewHistory',
      type: 'array',
      access: internal,
      admin: { readOnly: true, initCollapsed: true, description: 'Every review step: who, when, and what they said.' },
      labels: { singular: 'Step', plural: 'Review history' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'state', type: 'select', options: [...REVIEW_STATES], required: true },
            { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'byName', label: 'By', type: 'text' },
          ],
        },
        { name: 'by', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
        { name: 'comment', type: 'textarea' },
      ],
    },
  ];
}
