import type { CollectionConfig } from 'payload';
import { platformEditors, publishedOrSignedIn } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { chapterFactsFields } from '@cms/fields/guideChapter';
import { slugField } from '@cms/fields/slug';
import { summaryField } from '@cms/fields/summary';
import { signedInVersions } from '@cms/access/readVersions';

/**
 * The national guide's chapters ("Your rights and entitlements"): written once by platform
 * editors and shown on every council's site, where each council adds its local part
 * (`GuideLocalParts`: who to ask here, local steps, a note under "In <council>"). Changing
 * one rebuilds every council's site. Nothing here names a council.
 */
export const GuideChapters: CollectionConfig = withCoWriting(
  {
    slug: 'guide-chapters',
    labels: { singular: 'National guide chapter', plural: 'National guide chapters' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'order', '_status', 'nextReview'],
      group: 'National content',
      description: 'The chapters of the rights guide every council’s site shows. Councils add their local part to each.',
    },
    defaultSort: 'order',
    access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: platformEditors, update: platformEditors, delete: platformEditors },
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField(),
      {
        name: 'order',
        type: 'number',
        required: true,
        defaultValue: 100,
        admin: { position: 'sidebar', description: 'Chapters are read in this order, lowest first.' },
      },
      summaryField(),
      { name: 'body', type: 'richText', required: true },
      {
        name: 'relatedEntitlements',
        label: 'Related national entitlements',
        type: 'relationship',
        relationTo: 'entitlements',
        hasMany: true,
        admin: { description: 'National entitlements this chapter is about (each council’s site shows them with its local details).' },
      },
      ...chapterFactsFields(),
    ],
  },
  {
    summary: (data) => data.summary as string | undefined,
    body: (data) => data.body,
    targets: { summary: 60, body: 60 },
  },
);
