import type { CollectionConfig } from 'payload';
import { anyone, contentEditor, staffOrAdmin } from '@cms/access';
import { slugField } from '@cms/fields/slug';

/** The jargon buster: words care leavers meet, each explained in one or two plain sentences. */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'meaning'], group: 'Content' },
  access: { read: anyone, create: contentEditor, update: contentEditor, delete: staffOrAdmin },
  defaultSort: 'term',
  fields: [
    { name: 'term', type: 'text', required: true },
    slugField('term'),
    { name: 'meaning', type: 'textarea', required: true, maxLength: 400 },
    {
      name: 'aliases',
      type: 'array',
      admin: { description: 'Other ways people write it, e.g. "PA" for Personal Adviser.' },
      fields: [{ name: 'alias', type: 'text', required: true }],
    },
  ],
};
