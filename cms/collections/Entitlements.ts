import type { CollectionConfig } from 'payload';
import { platformEditors, publishedOrSignedIn } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { offerFields } from '@cms/collections/Offers';
import { slugField } from '@cms/fields/slug';
import { signedInVersions } from '@cms/access/readVersions';

/**
 * The national entitlements: what the law (or national guidance) gives every care leaver in
 * England, written once by platform editors and shown on every council's site, where the
 * council adds its local part (`LocalDetails`: who to ask here, its amount, its steps).
 * Changing one rebuilds every council's site. Nothing here names a council.
 */
export const Entitlements: CollectionConfig = withCoWriting(
  {
    slug: 'entitlements',
    labels: { singular: 'National entitlement', plural: 'National entitlements' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'area', 'legalStatus', '_status', 'nextReview'],
      group: 'National content',
      description: 'What every care leaver in England is entitled to. Councils add their local details to each.',
    },
    access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: platformEditors, update: platformEditors, delete: platformEditors },
    fields: offerFields({ slug: slugField(), kind: false }),
  },
  {
    summary: (data) => data.summary as string | undefined,
    body: (data) => data.body,
    targets: { summary: 60, body: 60 },
  },
);
