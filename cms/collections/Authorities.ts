import type { Access, CollectionConfig, FieldAccess } from 'payload';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { adminOnly, anyone, councilsWhere, isPlatformAdmin, signedInField } from '@cms/access';
import { slugField } from '@cms/fields/slug';
import { uuidField } from '@cms/fields/uuid';
import { matches, ONS_CODE, SLUG } from '@content/model/patterns';
import { LIBRARY_KEY } from '@content/model/sitePlan';
import { validateUrlField } from '@content/model/urlRule';

/** Fields only the system writes (overrideAccess). */
const nobody: FieldAccess = () => false;

/** A council's settings: platform admins, and the council's own staff. */
const updateCouncil: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true;
  const ids = councilsWhere(user, 'staff');
  return ids.length ? { id: { in: ids } } : false;
};

/**
 * The councils on the platform (the tenants): each one's name, contacts and site address,
 * and how care leavers reach its leaving care service. Platform admins add and remove
 * councils; a council's staff keep its details up to date.
 */
export const Authorities: CollectionConfig = withSiteRebuild({
  slug: 'authorities',
  labels: { singular: 'Council', plural: 'Councils' },
  admin: { useAsTitle: 'name', group: 'Settings' },
  access: { read: anyone, create: adminOnly, update: updateCouncil, delete: adminOnly },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name', {
      admin: {
        position: 'sidebar',
        description: 'The council’s short name in addresses: its site’s folder, and <short name>.localhost on this machine. Leave empty to make it from the name.',
      },
      // "library" is the national practice library's site's folder and address.
      validate: (value: unknown) =>
        !matches(SLUG, value) ? SLUG.editorMessage : value === LIBRARY_KEY ? 'The short name "library" is the practice library’s: choose another.' : true,
    }),
    uuidField(),
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
      {
      name: 'build',
      label: 'Last site build',
      type: 'group',
      // For the people running the council's site; never public, and written only by the builds.
      access: { read: signedInField, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', description: 'Publishing rebuilds this council’s site a few seconds later.' },
      fields: [
        {
          name: 'status',
          type: 'select',
          options: [
            { value: 'scheduled', label: 'Scheduled' },
            { value: 'building', label: 'Building' },
            { value: 'succeeded', label: 'Succeeded' },
            { value: 'failed', label: 'Failed: the last good site is still live' },
          ],
        },
        { name: 'trigger', type: 'text' },
        { name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'pages', type: 'number' },
        { name: 'message', type: 'textarea' },
      ],
    },
],
});
