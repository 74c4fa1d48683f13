import type { Access } from 'payload';
import { consentInForce, mediaUsedByPublished } from '@cms/lib/mediaUse';

/**
 * Uploads: people signed in to the admin see them all. Anyone else (and so the public
 * site's export, and `/api/media/file/…`) sees an upload only once published content
 * uses it, and an image of a person who could be recognised only while its consent is
 * recorded and in force. Returned as a query, so lists, counts, single reads and file
 * downloads are all filtered by the database.
 */
export const readMedia: Access = async ({ req }) => {
  if (req.user) return true;
  const used = await mediaUsedByPublished(req);
  return { and: [{ id: { in: used.length ? used : [-1] } }, consentInForce()] };
};
