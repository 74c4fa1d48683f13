import type { Access } from 'payload';
import { councilsWhere, isPlatformAdmin } from '@cms/access/roles';

/**
 * A council's offers, guides and pledges: everyone who writes for the council, young
 * editors included (they write drafts only: `guardPublishing`). Platform admins everywhere.
 * The multi-tenant plugin adds "and only in your councils" to every signed-in request, and
 * refuses a write that names a council the user doesn't belong to.
 */
export const coWriters: Access = ({ req: { user } }) => isPlatformAdmin(user) || councilsWhere(user).length > 0;
