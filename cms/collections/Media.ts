import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { anyone, contentEditor, staffOrAdmin } from '@cms/access';
import { dataDir } from '@cms/paths';

/** Images (and PDFs) used by published content. Every image needs alt text. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', useAsTitle: 'alt' },
  access: { read: anyone, create: contentEditor, update: contentEditor, delete: staffOrAdmin },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    // Small copies for phones on slow data; the site picks one with srcset.
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 75 } } },
    ],
    formatOptions: { format: 'webp', options: { quality: 80 } },
    resizeOptions: { width: 1600, withoutEnlargement: true },
    adminThumbnail: 'small',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe what the image shows for people who cannot see it.' },
    },
    { name: 'caption', type: 'text' },
  ],
};
