import type { CollectionConfig } from 'payload';
import { coWriters, publishedOrSignedIn, staffOrAdmin } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { COUNCIL_SLUG_INDEX, councilSlugField } from '@cms/fields/slug';
import { cmsOptions, PLEDGE_SOURCE, PLEDGE_STATUS } from '@content/model/vocabularies';
import { signedInVersions } from '@cms/access/readVersions';

/** "You said, we did": what young people asked for, and what the council did about it. */
export const Pledges: CollectionConfig = withCoWriting({
  slug: 'pledges',
  indexes: [COUNCIL_SLUG_INDEX],
  admin: { useAsTitle: 'youSaid', defaultColumns: ['youSaid', 'progress', 'askedOn', '_status'], group: 'Content' },
  access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: coWriters, update: coWriters, delete: staffOrAdmin },
  fields: [
    { name: 'youSaid', label: 'You said', type: 'textarea', required: true },
    councilSlugField('youSaid'),
    { name: 'weDid', label: 'We did', type: 'textarea', required: true },
    {
      // The contract's `status`, stored as `progress` (CMS_FIELD_NAMES in @content/model/fields):
      // versioned collections already have `_status`, and on PostgreSQL both would claim one enum type.
      name: 'progress',
      type: 'select',
      required: true,
      defaultValue: 'not-yet',
      options: cmsOptions(PLEDGE_STATUS),
      admin: { position: 'sidebar' },
    },
    { name: 'askedAt', label: 'Where it was asked', type: 'text', required: true },
    {
      // Issue 22, part 3: the public page says where the request came from, in general terms, never who.
      name: 'source',
      label: 'Where this came from',
      type: 'select',
      options: cmsOptions(PLEDGE_SOURCE),
      admin: { position: 'sidebar', description: 'Shown on the pledge’s page in general terms. Set to “Feedback on the site” when a reader’s feedback led to it (link it from the feedback).' },
    },
    {
      type: 'row',
      fields: [
        { name: 'askedOn', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'updatedOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'area', type: 'relationship', relationTo: 'areas' },
  ],
}, {
  summary: (data) => data.youSaid as string | undefined,
  body: (data) => data.weDid,
  targets: { summary: 60, body: 60 },
});
