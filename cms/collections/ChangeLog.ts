import type { CollectionConfig } from 'payload';
import { nobody, readChangeLog } from '@cms/access/changeLog';
import { CHANGE_KINDS, CHANGE_KIND, CHANGE_LINE_MAX, CHANGE_PAGE, type ChangePage } from '@content/model/changeLog';
import { CHANGE_LOGGED } from '@cms/hooks/changeLog';

/**
 * The public change log (issue 22, part 4): what changed, in one line each, when a change to
 * an offer, a national entitlement, a guide chapter or a pledge was published. Append-only:
 * entries are made by the publishing hook (`cms/hooks/changeLog.ts`) and never changed or
 * deleted through any API (not Payload's versions, which are pruned). A council's entries
 * belong to it (`council`); a change to national content has no council and shows on every
 * council's site. The sites get the log through the snapshot export.
 */
export const ChangeLog: CollectionConfig = {
  slug: 'change-log',
  labels: { singular: 'Change log entry', plural: 'Change log' },
  admin: {
    useAsTitle: 'line',
    defaultColumns: ['changedAt', 'title', 'line', 'council'],
    group: 'Content',
    description: 'What changed, as readers see it on the page, on "What’s new" and in its feed. Added when a change is published; it can’t be edited or deleted.',
  },
  defaultSort: '-changedAt',
  access: { read: readChangeLog, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'council', type: 'relationship', relationTo: 'authorities', index: true, admin: { readOnly: true, description: 'Empty: a change to national content, shown on every council’s site.' } },
    { name: 'changedIn', label: 'Changed in', type: 'select', required: true, options: CHANGE_LOGGED.map((value) => ({ value, label: value })), admin: { readOnly: true } },
    { name: 'documentId', type: 'number', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'page',
      type: 'select',
      required: true,
      options: (Object.keys(CHANGE_PAGE) as ChangePage[]).map((value) => ({ value, label: CHANGE_PAGE[value] })),
      admin: { readOnly: true },
    },
    { name: 'slug', label: 'Page slug', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'guide', label: 'Guide slug', type: 'text', admin: { readOnly: true, description: 'A chapter of a council’s own guide: that guide. Empty: the national guide.' } },
    { name: 'title', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'line', label: 'What changed', type: 'text', required: true, maxLength: CHANGE_LINE_MAX, admin: { readOnly: true } },
    { name: 'changedAt', label: 'Published', type: 'date', required: true, index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'kinds',
      label: 'What kind of change',
      type: 'select',
      hasMany: true,
      options: CHANGE_KINDS.map((value) => ({ value, label: CHANGE_KIND[value] })),
      admin: { readOnly: true },
    },
  ],
};
