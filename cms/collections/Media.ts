import path from 'node:path';
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload';
import { COUNCIL_ROLES, deleteMedia, isPlatformAdmin, readMedia, roleIn, signedInField, writeMedia } from '@cms/access';
import { enforceCouncilRole } from '@cms/hooks/enforceCouncilRole';
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
  const user = req.user;
  if (!user || isPlatformAdmin(user) || !(user.councils ?? []).some((m) => m.role === 'young-editor')) return args;
  if (operation !== 'update' && operation !== 'delete') return args;
  const id = (args as { id?: number | string }).id;
  const where = (args as { where?: Record<string, unknown> }).where;
  // Only the uploads this person may change at all (the access rules), in councils where they are a young editor.
  const targets = (
    await req.payload.find({
      collection: 'media',
      where: (id !== undefined ? { id: { equals: id } } : where) as never,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { council: true } as never,
    })
  ).docs.filter((d) => roleIn(user, (d as { council?: unknown }).council) === 'young-editor');
  if (!targets.length) return args;
  if (operation === 'delete') throw new APIError('Young editors can’t delete images. Ask a member of staff.', 403, null, true);
  const used = new Set((await mediaUsedByPublished(req)).map(String));
  for (const { id: target } of targets) {
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
  access: { read: readMedia, create: writeMedia, update: writeMedia, delete: deleteMedia },
  hooks: { beforeOperation: [checkUpload, guardLiveMedia], beforeChange: [enforceCouncilRole(COUNCIL_ROLES, { platformWhenEmpty: true })] },
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
      name: 'council',
      type: 'relationship',
      relationTo: 'authorities',
      index: true,
      admin: { position: 'sidebar', description: 'The council this upload belongs to. Empty: the platform\'s (images for national content and practice spotlights).' },
    },
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
