import { type CollectionBeforeChangeHook, type CollectionConfig } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { coWriters, publishedOrSignedIn, staffOrAdmin } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { LIMITS } from '@content/model/patterns';
import { AMOUNT_TYPE, cmsOptions } from '@content/model/vocabularies';
import { moneyFields } from '@cms/collections/Offers';
import { signedInVersions } from '@cms/access/readVersions';
import type { LocalDetail } from '@cms/payload-types';
import { ENGLISH, keepingLocale } from '@cms/lib/localization';

/** The page title in lists: the entitlement's English title (kept in step on every save, in any language). */
const titleFromEntitlement: CollectionBeforeChangeHook<LocalDetail> = async ({ data, req }) => {
  const id = data.entitlement && typeof data.entitlement === 'object' ? data.entitlement.id : data.entitlement;
  if (id === undefined || id === null) return data;
  const entitlement = await keepingLocale(req, () =>
    req.payload.findByID({ collection: 'entitlements', id, depth: 0, draft: true, overrideAccess: true, req, locale: ENGLISH }).catch(() => null),
  );
  if (!entitlement) throw new PublicError('Choose a national entitlement that exists.', 400, { errors: [{ path: 'entitlement', message: 'Choose a national entitlement that exists.' }] });
  return { ...data, title: entitlement.title };
};

/**
 * A council's local part of a national entitlement: on the council's site the entitlement's
 * page shows these instead of (or, for the note, after) the national text. Everything is
 * optional; one per entitlement per council.
 */
export const LocalDetails: CollectionConfig = withCoWriting(
  {
    slug: 'local-details',
    labels: { singular: 'Local details of an entitlement', plural: 'Local details of entitlements' },
    indexes: [{ fields: ['council', 'entitlement'], unique: true }],
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', '_status', 'updatedAt'],
      group: 'Content',
      description: 'Your council’s part of a national entitlement: who to ask here, your amount, your steps.',
    },
    access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: coWriters, update: coWriters, delete: staffOrAdmin },
    hooks: { beforeChange: [titleFromEntitlement] },
    fields: [
      { name: 'entitlement', label: 'National entitlement', type: 'relationship', relationTo: 'entitlements', required: true },
      { name: 'title', type: 'text', admin: { hidden: true } },
      {
        name: 'summary',
        type: 'textarea',
        maxLength: LIMITS.summary,
        admin: { description: 'Replaces the national summary on your site, e.g. to give your amount. Leave empty to use the national one.' },
      },
      {
        name: 'amount',
        label: 'Your amount',
        type: 'group',
        admin: { description: 'What your council pays. The national figure (a minimum or recommendation) comes from the entitlement.' },
        fields: [
          { name: 'type', type: 'select', options: cmsOptions(AMOUNT_TYPE) },
          { type: 'row', fields: moneyFields() },
          { name: 'note', type: 'text' },
        ],
      },
      {
        name: 'howToGet',
        label: 'How to get it here',
        type: 'array',
        labels: { singular: 'Step', plural: 'Steps' },
        admin: { description: 'Replaces the national steps on your site. Leave empty to use them.' },
        fields: [{ name: 'step', type: 'text', required: true }],
      },
      { name: 'whoToAsk', label: 'Who to ask here', type: 'text' },
      { name: 'ifRefused', label: 'What to do if you are refused, here', type: 'textarea' },
      { name: 'eligibilityNotes', label: 'Who can get it here', type: 'textarea' },
      { name: 'note', label: 'Anything else about it here', type: 'textarea', admin: { description: 'Shown at the end of the page under "In <your council>".' } },
    ],
  },
  {
    summary: (data) => data.summary as string | undefined,
    body: (data) => [data.note, data.eligibilityNotes, data.ifRefused].filter(Boolean).join('\n\n'),
    targets: { summary: 60, body: 60 },
  },
);
