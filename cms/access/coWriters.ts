import type { Access } from 'payload';
import { actingRole, councilsWhere, isPlatformAdmin, type MaybeUser } from '@cms/access/roles';

/**
 * A council's offers, guides and pledges: everyone who writes for the council, young
 * editors included (they write drafts only: `guardPublishing`). Platform admins everywhere.
 * The multi-tenant plugin adds "and only in your councils" to every signed-in request, and
 * refuses a write that names a council the user doesn't belong to.
 *
 * Asked about a write that publishes (`data._status: 'published'`, which is also how the
 * admin decides whether to show the Publish button), the answer is no for a young editor in
 * the document's council, so the admin offers them "Save draft" and "Submit for review" only.
 * `guardPublishing` still refuses every way of publishing on the server, whatever the admin shows.
 */
export const coWriters: Access = ({ req: { user }, data }) => mayWrite(user, data);

/** The rule itself, for a user and the data of the write (the Publish button asks with `_status: 'published'`). */
export function mayWrite(user: MaybeUser, data: unknown): boolean {
  if (isPlatformAdmin(user)) return true;
  if (councilsWhere(user).length === 0) return false;
  const write = typeof data === 'object' && data !== null ? data : {};
  if (!('_status' in write) || write._status !== 'published') return true;
  const council = 'council' in write ? write.council : undefined;
  if (council !== undefined && council !== null) return actingRole(user, council) !== 'young-editor';
  // No council in the data (a partial update): publishing is for staff and reviewers.
  return councilsWhere(user, 'staff', 'reviewer').length > 0;
}
