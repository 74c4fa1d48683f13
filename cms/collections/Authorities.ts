import type { CollectionConfig } from 'payload';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { anyone, staffOrAdmin } from '@cms/access';
import { matches, ONS_CODE } from '@content/model/patterns';
import { validateUrlField } from '@content/model/urlRule';

/** The council publishing the offer, and how care leavers reach its leaving care service. */
export const Authorities: CollectionConfig = withSiteRebuild({
  slug: 'authorities',
  admin: { useAsTitle: 'name', group: 'Settings' },
  access: { read: anyone, create: staffOrAdmin, update: staffOrAdmin, delete: staffOrAdmin },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'onsCode',
      label: 'ONS code',
      type: 'text',
      required: true,
      unique: true,
      validate: (value: unknown) => (matches(ONS_CODE, value) ? true : ONS_CODE.editorMessage),
    },
    { name: 'isDemo', type: 'checkbox', defaultValue: false, admin: { description: 'Shows a "demo content" notice on every page.' } },
    { name: 'serviceName', type: 'text', required: true, defaultValue: 'Leaving care service' },
    { name: 'phone', type: 'text', required: true },
    { name: 'email', type: 'email', required: true },
    { name: 'address', type: 'textarea', required: true },
    { name: 'openingHours', type: 'text', required: true },
    {
      name: 'emergency',
      label: 'Out of hours and emergencies',
      type: 'group',
      fields: [
        { name: 'label', type: 'text', required: true, defaultValue: 'Out-of-hours emergency line' },
        { name: 'phone', type: 'text', required: true },
        { name: 'hours', type: 'text', required: true },
      ],
    },
    {
      name: 'website',
      type: 'text',
      validate: validateUrlField('web', 'The website'),
      admin: { description: 'The council\'s leaving care page, starting with https://' },
    },
    {
      name: 'siteUrl',
      label: 'This site\'s public address',
      type: 'text',
      validate: validateUrlField('web', 'The site\'s address'),
      admin: { description: 'Where this local offer is published, e.g. https://localoffer.council.gov.uk. Used in shared links and the sitemap; the build warns while it is empty.' },
    },
  ],
});
