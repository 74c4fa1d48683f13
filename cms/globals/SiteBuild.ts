import type { GlobalConfig } from 'payload';
import { adminOnly } from '@cms/access/adminOnly';
import { signedInAccess } from '@cms/access/signedInAccess';

/**
 * The public site's last rebuild, as the admin shows it: when, what triggered it, and
 * whether it worked. Written by the rebuild scheduler (`cms/lib/siteRebuild.ts`).
 */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: 'Public site build',
  admin: { group: 'Settings', description: 'Publishing or unpublishing rebuilds the public site a few seconds later.' },
  access: { read: signedInAccess, update: adminOnly },
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'idle',
      options: [
        { value: 'idle', label: 'No build yet' },
        { value: 'scheduled', label: 'Scheduled' },
        { value: 'building', label: 'Building' },
        { value: 'succeeded', label: 'Succeeded' },
        { value: 'failed', label: 'Failed: the last good site is still live' },
      ],
      admin: { readOnly: true },
    },
    { name: 'trigger', type: 'text', admin: { readOnly: true, description: 'What asked for the build.' } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'message', type: 'textarea', admin: { readOnly: true } },
  ],
};
