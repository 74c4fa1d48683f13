import type { CollectionConfig } from 'payload';
import { coWriters, publishedOrSignedIn, staffOrAdmin } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { COUNCIL_SLUG_INDEX, councilSlugField, slugField } from '@cms/fields/slug';
import { summaryField } from '@cms/fields/summary';
import { chapterFactsFields } from '@cms/fields/guideChapter';
import { signedInVersions } from '@cms/access/readVersions';

/**
 * A council's own guide: an introduction and ordered chapters that link to offers. The
 * national guide's chapters are written once (`GuideChapters`), with each council's local
 * part (`GuideLocalParts`); a council's own guide with the national guide's slug adds its
 * chapters to the national guide (`@content/model/guides`).
 */
export const Guides: CollectionConfig = withCoWriting({
  slug: 'guides',
  indexes: [COUNCIL_SLUG_INDEX],
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'], group: 'Content' },
  access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: coWriters, update: coWriters, delete: staffOrAdmin },
  fields: [
    { name: 'title', type: 'text', required: true },
    councilSlugField(),
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
        { name: 'relatedOffers', label: 'Related offers', type: 'relationship', relationTo: 'offers', hasMany: true, admin: { description: 'Your council’s offers this chapter is about.' } },
        {
          name: 'relatedEntitlements',
          label: 'Related national entitlements',
          type: 'relationship',
          relationTo: 'entitlements',
          hasMany: true,
          admin: { description: 'National entitlements this chapter is about (shown with your local details).' },
        },
        ...chapterFactsFields(),
      ],
    },
  ],
}, {
  summary: (data) => [data.summary, ...((data.chapters as { summary?: string }[] | undefined) ?? []).map((c) => c.summary)].join('\n'),
  body: (data) => [data.intro, ...((data.chapters as { body?: unknown }[] | undefined) ?? []).map((c) => c.body)],
  targets: { summary: 60, body: 60 },
});
