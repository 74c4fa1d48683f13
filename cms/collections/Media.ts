import path from 'node:path';
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload';
import { coWriters, readMedia, signedInField, staffOrAdmin } from '@cms/access';
import { hasRole } from '@cms/access/roles';
import { mediaUsedByPublished } from '@cms/lib/mediaUse';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { dataDir } from '@cms/paths';

/** 10 MB: plenty for a photo or a leaflet, small enough for readers on slow data. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ALLOWED_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'];

/** Refuses files that are too big or of the wrong type, with an error that says which and why. */
const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const file = req.file;
  if (!file) return args;
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new APIError(
      `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; files can be up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Make the image smaller, or split the PDF.`,
      400,
      null,
      true,
    );
  }
  if (!ALLOWED_TYPES.includes(file.mimetype)) {
    throw new APIError(`"${file.name}" is a ${file.mimetype || 'file of unknown type'}; upload a PNG, JPEG or WebP image, or a PDF.`, 400, null, true);
  }
  return args;
};

/**
 * Young editors may upload, and change their uploads until published content uses them;
 * an image on the live site changes only through staff or a reviewer.
 */
const guardLiveMedia: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!hasRole(req.user, 'young-editor')) return args;
  if (operation === 'delete') throw new APIError('Young editors can’t delete images. Ask a member of staff.', 403, null, true);
  if (operation !== 'update') return args;
  const id = (args as { id?: number | string }).id;
  const where = (args as { where?: Record<string, unknown> }).where;
  const targets =
    id !== undefined
      ? [id]
      : (await req.payload.find({ collection: 'media', where: where as never, depth: 0, pagination: false, overrideAccess: true, req })).docs.map((d) => d.id);
  const used = new Set((await mediaUsedByPublished(req)).map(String));
  for (const target of targets) {
    if (used.has(String(target))) {
      throw new APIError('This image is on the live site, so young editors can’t change it. Upload a new image and choose it in your draft instead.', 403, null, true);
    }
  }
  return args;
};

/** The consent record is for staff: never public. */
const staffOnly = { read: signedInField } as const;

/**
 * Images (and PDFs) used by published content. Every image needs alt text. Photos are
 * re-encoded by sharp on upload, which drops EXIF data, GPS position included. An image
 * showing a person who could be recognised needs a consent record before published
 * content may use it (see `requireImageConsent`), and the public sees an upload only
 * while published content uses it and its consent is in force (`readMedia`).
 */
export const Media: CollectionConfig = withSiteRebuild({
  slug: 'media',
  admin: { group: 'Content', useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'showsIdentifiablePerson'] },
  access: { read: readMedia, create: coWriters, update: coWriters, delete: staffOrAdmin },
  hooks: { beforeOperation: [checkUpload, guardLiveMedia] },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ALLOWED_TYPES,
    // Small copies for phones on slow data; the site picks one with srcset.
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 75 } } },
    ],
    // Re-encoding the original strips its metadata (sharp keeps none unless asked).
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
    {
      name: 'showsIdentifiablePerson',
      label: 'Shows a person who could be recognised',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick if anyone could be recognised: their face, name, school uniform, home or tattoo.' },
    },
    {
      name: 'consent',
      type: 'group',
      access: staffOnly,
      admin: {
        condition: (data) => Boolean(data?.showsIdentifiablePerson),
        description: 'Where the signed consent is kept and when it ends. Published pages show the image only while consent is in force; the dashboard warns 30 days before it ends.',
      },
      fields: [
        { name: 'reference', label: 'Consent record (reference or location)', type: 'text' },
        { name: 'givenOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'expiresOn',
          label: 'Consent ends on',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: (value: unknown, { siblingData, data }: { siblingData: { reference?: string | null }; data: { showsIdentifiablePerson?: boolean } }) =>
            !data?.showsIdentifiablePerson || !siblingData?.reference || value ? true : 'Enter the date the consent ends (ask the person if it is not on the form).',
        },
      ],
    },
  ],
});
