import type { Access, Where } from 'payload';
import { councilsWhere, isPlatformAdmin, isPlatformEditor } from '@cms/access/roles';
import { consentInForce, mediaUsedByLibrary, mediaUsedByPublished, mediaUsedByPublishedLibrary } from '@cms/lib/mediaUse';

type Req = Parameters<Access>[0]['req'];
const idIn = (ids: (number | string)[]): Where => ({ id: { in: ids.length ? ids : [-1] } });

/** What anyone may see: uploads published content uses, with consent in force. */
async function publicMedia(req: Req): Promise<Where> {
  return { and: [idIn(await mediaUsedByPublished(req)), consentInForce()] };
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
 * the uploads they look after (`ownMedia`), never another council's unpublished ones;
 * platform editors, who moderate the practice library, also every upload a spotlight uses.
 * Returned as a query, so lists, counts, single reads and file downloads are all filtered
 * by the database.
 */
export const readMedia: Access = async ({ req }) => {
  if (isPlatformAdmin(req.user)) return true;
  const visible = await publicMedia(req);
  const own = req.user ? ownMedia(req.user) : [];
  // Moderators see what they review: every upload a library document uses, whoever's it is.
  if (isPlatformEditor(req.user)) own.push(idIn(await mediaUsedByLibrary(req)));
  return own.length ? { or: [visible, ...own] } : visible;
};

/**
 * Changing uploads: platform admins; members of the upload's council; platform editors for
 * platform uploads, and for any upload the live practice library uses (which only they may
 * change then: `guardLiveMedia` in `Media`).
 */
export const writeMedia: Access = async ({ req }) => {
  const { user } = req;
  if (isPlatformAdmin(user)) return true;
  const own = ownMedia(user);
  if (isPlatformEditor(user)) own.push(idIn(await mediaUsedByPublishedLibrary(req)));
  return own.length ? { or: own } : false;
};

/** Deleting uploads: platform admins; the council's staff; platform editors for platform uploads. */
export const deleteMedia: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true;
  const own = ownMedia(user, 'staff');
  return own.length ? { or: own } : false;
};
