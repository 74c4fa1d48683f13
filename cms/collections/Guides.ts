import type { CollectionConfig } from 'payload';
import { contentEditor, publishedOrSignedIn, staffOrAdmin } from '@cms/access';
import { slugField } from '@cms/fields/slug';
import { summaryField } from '@cms/fields/summary';

/** A rights-and-entitlements guide: an introduction and ordered chapters that link to offers. */
export const Guides: CollectionConfig = {
  slug: 'guides',
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'], group: 'Content' },
  access: { read: publishedOrSignedIn, create: contentEditor, update: contentEditor, delete: staffOrAdmin },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField(),
    summaryField(),
    { name: 'intro', type: 'richText' },
    {
      name: 'chapters',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Chapter', plural: 'Chapters' },
      admin: { description: 'Drag to reorder. Readers see them in this order.' },
      fields: [
        { name: 'title', type: 'text', required: true },
        slugField('title', { unique: false, index: false }),
        summaryField(),
        { name: 'body', type: 'richText', required: true },
        { name: 'relatedOffers', type: 'relationship', relationTo: 'offers', hasMany: true },
      ],
    },
  ],
};
