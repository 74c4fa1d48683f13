import type { Access, Where } from 'payload';
import { councilsWhere, isPlatformAdmin, isPlatformEditor } from '@cms/access/roles';
import { consentInForce, mediaUsedByPublished } from '@cms/lib/mediaUse';

/** What anyone may see: uploads published content uses, with consent in force. */
async function publicMedia(req: Parameters<Access>[0]['req']): Promise<Where> {
  const used = await mediaUsedByPublished(req);
  return { and: [{ id: { in: used.length ? used : [-1] } }, consentInForce()] };
}

/**
 * The uploads someone looks after: a council's uploads for its members, platform uploads
 * (no council: images for national content and spotlights) for platform editors.
 */
export function ownMedia(user: Parameters<typeof councilsWhere>[0], ...roles: Parameters<typeof councilsWhere>[1][]): Where[] {
  const ids = councilsWhere(user, ...roles);
  return [
    ...(ids.length ? [{ council: { in: ids } }] : []),
    ...(isPlatformEditor(user) ? [{ council: { exists: false } }] : []),
  ];
}

/**
 * Uploads: anyone (and so the public site's export, and `/api/media/file/…`) sees an
 * upload only once published content uses it, and an image of a person who could be
 * recognised only while its consent is recorded and in force. People signed in also see
 * the uploads they look after (`ownMedia`), never another council's unpublished ones.
 * Returned as a query, so lists, counts, single reads and file downloads are all filtered
 * by the database.
 */
export const readMedia: Access = async ({ req }) => {
  if (isPlatformAdmin(req.user)) return true;
  const visible = await publicMedia(req);
  const own = req.user ? ownMedia(req.user) : [];
  return own.length ? { or: [visible, ...own] } : visible;
};

/** Changing uploads: platform admins; members of the upload's council; platform editors for platform uploads. */
export const writeMedia: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true;
  const own = ownMedia(user);
  return own.length ? { or: own } : false;
};

/** Deleting uploads: platform admins; the council's staff; platform editors for platform uploads. */
export const deleteMedia: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true;
  const own = ownMedia(user, 'staff');
  return own.length ? { or: own } : false;
};
