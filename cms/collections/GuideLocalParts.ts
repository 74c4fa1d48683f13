import { type CollectionBeforeChangeHook, type CollectionConfig } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { coWriters, publishedOrSignedIn, staffOrAdmin } from '@cms/access';
import { withCoWriting } from '@cms/collections/coWriting';
import { signedInVersions } from '@cms/access/readVersions';
import type { GuideLocalPart } from '@cms/payload-types';
import { ENGLISH, keepingLocale } from '@cms/lib/localization';

/** The title in lists: the chapter's English title (kept in step on every save, in any language). */
const titleFromChapter: CollectionBeforeChangeHook<GuideLocalPart> = async ({ data, req }) => {
  const id = data.chapter && typeof data.chapter === 'object' ? data.chapter.id : data.chapter;
  if (id === undefined || id === null) return data;
  const chapter = await keepingLocale(req, () =>
    req.payload.findByID({ collection: 'guide-chapters', id, depth: 0, draft: true, overrideAccess: true, req, locale: ENGLISH }).catch(() => null),
  );
  if (!chapter) throw new PublicError('Choose a national guide chapter that exists.', 400, { errors: [{ path: 'chapter', message: 'Choose a national guide chapter that exists.' }] });
  return { ...data, title: chapter.title };
};

/**
 * A council's local part of a national guide chapter: shown in the chapter on the council's
 * site under "In <council>": who to ask here, the steps here, a note, and the council's own
 * offers the chapter is about. Everything is optional; one per chapter per council.
 */
export const GuideLocalParts: CollectionConfig = withCoWriting(
  {
    slug: 'guide-local-parts',
    labels: { singular: 'Local part of a guide chapter', plural: 'Local parts of guide chapters' },
    indexes: [{ fields: ['council', 'chapter'], unique: true }],
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', '_status', 'updatedAt'],
      group: 'Content',
      description: 'Your council’s part of a national guide chapter: who to ask here, your steps, a note.',
    },
    access: { read: publishedOrSignedIn, readVersions: signedInVersions, create: coWriters, update: coWriters, delete: staffOrAdmin },
    hooks: { beforeChange: [titleFromChapter] },
    fields: [
      { name: 'chapter', label: 'National guide chapter', type: 'relationship', relationTo: 'guide-chapters', required: true },
      { name: 'title', type: 'text', admin: { hidden: true } },
      { name: 'whoToAsk', label: 'Who to ask here', type: 'text' },
      {
        name: 'steps',
        label: 'Steps here',
        type: 'array',
        labels: { singular: 'Step', plural: 'Steps' },
        fields: [{ name: 'step', type: 'text', required: true }],
      },
      { name: 'note', label: 'Anything else about it here', type: 'textarea', admin: { description: 'Shown in the chapter under "In <your council>".' } },
      {
        name: 'relatedOffers',
        label: 'Related offers',
        type: 'relationship',
        relationTo: 'offers',
        hasMany: true,
        admin: { description: 'Your council’s offers this chapter is about.' },
      },
    ],
  },
  {
    summary: (data) => data.whoToAsk as string | undefined,
    body: (data) => [data.note, ...((data.steps as { step?: string }[] | undefined) ?? []).map((s) => s.step)].filter(Boolean).join('\n\n'),
    targets: { summary: 60, body: 60 },
  },
);
