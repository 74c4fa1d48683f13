import { ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { consentProblem } from '@cms/lib/mediaUse';
import type { Media, Spotlight } from '@cms/payload-types';

/** A spotlight's fields that hold an image (the upload's id, or the media document). */
type ImageField = Exclude<{ [K in keyof Spotlight]-?: Spotlight[K] extends number | Media | null | undefined ? K : never }[keyof Spotlight], 'id'>;

/**
 * An image marked as showing an identifiable person can't be used by published content
 * unless its consent record is filled in and still in force. Drafts may use it while
 * consent is sought. (After publishing, the image leaves the public site by itself when
 * consent ends or is withdrawn: see the media read rule in `cms/access/readMedia.ts`.)
 */
export const requireImageConsent =
  (fields: readonly ImageField[]): CollectionBeforeChangeHook<Spotlight> =>
  async ({ data, req, collection }) => {
    if (data._status !== 'published') return data;
    const errors: { path: string; message: string }[] = [];
    for (const field of fields) {
      const value = data[field];
      const id = value && typeof value === 'object' ? value.id : value;
      if (!id) continue; // none chosen (null, or an empty value from a form)
      const media = await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req });
      const problem = media ? consentProblem(media) : null;
      if (media && problem) {
        errors.push({
          path: field,
          message: `The image "${media.alt}" shows a person who could be recognised and ${problem}. Record consent that is still in force on the image, or choose another image, before publishing.`,
        });
      }
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req });
    return data;
  };
