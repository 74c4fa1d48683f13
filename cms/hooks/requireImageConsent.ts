import { ValidationError, type CollectionBeforeChangeHook } from 'payload';

/**
 * An image marked as showing an identifiable person can't be used by published content
 * until its consent record is filled in. Drafts may use it while consent is sought.
 */
export const requireImageConsent =
  (fields: string[]): CollectionBeforeChangeHook =>
  async ({ data, req, collection }) => {
    if (data._status !== 'published') return data;
    const errors: { path: string; message: string }[] = [];
    for (const field of fields) {
      const value = data[field];
      const id = value && typeof value === 'object' ? (value as { id: unknown }).id : value;
      if (id === null || id === undefined || id === '') continue;
      const media = await req.payload.findByID({ collection: 'media', id: id as number, depth: 0, overrideAccess: true, req });
      if (media?.showsIdentifiablePerson && !media.consent?.reference) {
        errors.push({
          path: field,
          message: `The image "${media.alt}" shows a person who could be recognised and has no consent record. Add the consent record to the image, or choose another image, before publishing.`,
        });
      }
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req });
    return data;
  };
