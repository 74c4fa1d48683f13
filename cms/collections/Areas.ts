import type { CollectionConfig } from 'payload';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { anyone, platformEditors } from '@cms/access';
import { slugField } from '@cms/fields/slug';
import { summaryField } from '@cms/fields/summary';
import { uuidField } from '@cms/fields/uuid';

/** The areas a local offer is organised by: the statutory ones, then local ones. */
export const Areas: CollectionConfig = withSiteRebuild({
  slug: 'areas',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'statutory', 'order'], group: 'Settings' },
  access: { read: anyone, create: platformEditors, update: platformEditors, delete: platformEditors },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField(),
    uuidField(),
    summaryField(),
    {
      name: 'statutory',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'An area the law says every local offer must cover.' },
    },
    { name: 'order', type: 'number', required: true, defaultValue: 100 },
  ],
});
