import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionConfig, type Where } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { COUNCIL_ROLES, deleteMedia, idOf, isPlatformAdmin, isPlatformEditor, readMedia, roleIn, signedInField, writeMedia } from '@cms/access';
import { enforceCouncilRole } from '@cms/hooks/enforceCouncilRole';
import { mediaUsedByPublished, mediaUsedByPublishedLibrary } from '@cms/lib/mediaUse';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { localMediaDir, mediaUploadOptions, objectKeyField } from '@cms/lib/mediaStore';

/** 10 MB: plenty for a photo or a leaflet, small enough for readers on slow data. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ALLOWED_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'];

/** Uploads a browser shows as a picture, never runs: the raster image types. */
const RASTER_IMAGES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif'];

/**
 * Headers for an upload served by the admin (`/api/media/file/…`). A browser never guesses
 * another type (`nosniff`), and anything but a raster image (a PDF can carry script) is a
 * download, never a page opened in the admin's origin, where it could act as the signed-in editor.
 */
export function fileResponseHeaders(headers: Headers): Headers {
  headers.set('X-Content-Type-Options', 'nosniff');
  const type = (headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!RASTER_IMAGES.includes(type)) headers.set('Content-Disposition', 'attachment');
  return headers;
}

/** Refuses files that are too big or of the wrong type, with an error that says which and why. */
const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const file = req.file;
  if (!file) return args;
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new PublicError(
      `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; files can be up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Make the image smaller, or split the PDF.`,
      400,
    );
  }
  if (!ALLOWED_TYPES.includes(file.mimetype)) {
    throw new PublicError(`"${file.name}" is a ${file.mimetype || 'file of unknown type'}; upload a PNG, JPEG or WebP image, or a PDF.`, 400);
  }
  return args;
};

/**
 * What the live site shows changes only through the people who may publish it. An upload
 * the practice library publishes (a live spotlight's image, on every council's site) is
 * its moderators' to change or delete (platform editors and admins), whoever uploaded it;
 * any other upload on the live site changes only through its council's staff or reviewers.
 * Young editors may upload, and change their uploads until published content uses them.
 */
const guardLiveMedia: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const user = req.user;
  if (!user || isPlatformAdmin(user)) return args;
  if (operation !== 'update' && operation !== 'delete') return args;
  const { id, where } = args as { id?: number | string; where?: Where };
  // Only the uploads this person may change at all: their councils' (platform uploads are the platform editors').
  const targets = (
    await req.payload.find({
      collection: 'media',
      where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { council: true },
    })
  ).docs.filter((d) => roleIn(user, d.council) !== null);
  if (!targets.length) return args;
  const library = new Set((await mediaUsedByPublishedLibrary(req)).map(String));
  const live = new Set((await mediaUsedByPublished(req)).map(String));
  for (const target of targets) {
    if (library.has(String(target.id))) {
      if (isPlatformEditor(user)) continue;
      throw new PublicError(
        'This image is in the national practice library, on every council’s site, so only a platform moderator can change it. Upload a new image and choose it in a draft of the spotlight; a moderator reviews and publishes it.',
        403,
      );
    }
    if (roleIn(user, target.council) !== 'young-editor') continue;
    if (operation === 'delete') throw new PublicError('Young editors can’t delete images. Ask a member of staff.', 403);
    if (live.has(String(target.id))) {
      throw new PublicError('This image is on the live site, so young editors can’t change it. Upload a new image and choose it in your draft instead.', 403);
    }
  }
  return args;
};

const councilRole = enforceCouncilRole(COUNCIL_ROLES, { platformWhenEmpty: true });

/**
 * A council's upload is written by its members (`enforceCouncilRole`), and by the practice
 * library's moderators while the live library uses it (`writeMedia`): they may change its
 * alt text or file, never whose it is.
 */
const checkCouncilRole: CollectionBeforeChangeHook = async (args) => {
  const { data, originalDoc, req, operation } = args;
  const council = idOf((originalDoc as { council?: unknown } | undefined)?.council);
  const moderating =
    operation === 'update' && council !== null && isPlatformEditor(req.user) && !roleIn(req.user, council) &&
    (await mediaUsedByPublishedLibrary(req)).map(String).includes(String(originalDoc?.id));
  if (!moderating) return councilRole(args);
  if ('council' in data && String(idOf(data.council)) !== String(council)) {
    throw new PublicError('This upload stays its council’s: a moderator can change its file or alt text, not whose it is.', 403);
  }
  return data;
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
  hooks: { beforeOperation: [checkUpload, guardLiveMedia], beforeChange: [checkCouncilRole] },
  upload: {
    // On the local disk; with `S3_BUCKET`, in the bucket instead (`@cms/lib/mediaStore`), served through the same read rules.
    staticDir: localMediaDir(),
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
    modifyResponseHeaders: ({ headers }) => fileResponseHeaders(headers),
    // With a bucket, an edit of an image re-reads the original through the file endpoint, as the editor.
    ...mediaUploadOptions(),
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
    // The storage plugin's own field, in the schema with or without a bucket (`@cms/lib/mediaStore`).
    objectKeyField,
  ],
});
