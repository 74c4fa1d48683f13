import { type CollectionBeforeChangeHook } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { councilsWhere, idOf, isPlatformAdmin, isPlatformEditor, roleIn, ROLE_LABELS, type CouncilRole } from '@cms/access/roles';
import type { Indicator, Media } from '@cms/payload-types';

/** The collections whose documents belong to one council (Media: or to the platform). */
type CouncilOwned = Media | Indicator;

/**
 * A write to a council's document needs one of `roles` in that council, checked on the
 * council the document ends up in and, on update, the one it was in. Create has no query
 * to narrow (access can only say yes or no), so this is where "staff in one council,
 * young editor in another" is told apart. With `platformWhenEmpty`, a document without a
 * council belongs to the platform (uploads for national content): platform editors only.
 */
export function enforceCouncilRole(roles: readonly CouncilRole[], { platformWhenEmpty = false } = {}): CollectionBeforeChangeHook<CouncilOwned> {
  return ({ data, originalDoc, req, operation, context }) => {
    const user = req.user;
    if (!user || context?.seeding || isPlatformAdmin(user)) return data;
    let council = data.council !== undefined ? data.council : originalDoc?.council;
    if (idOf(council) === null) {
      if (platformWhenEmpty && isPlatformEditor(user)) return data;
      // Councils' ids are numbers (Payload's generated types); the roles module also takes string ids.
      const mine = councilsWhere(user, ...roles).filter((id): id is number => typeof id === 'number');
      if (operation === 'create' && mine.length === 1) {
        council = mine[0];
        data.council = council;
      } else {
        throw new PublicError('Choose the council this belongs to.', 400, { errors: [{ path: 'council', message: 'Choose the council this belongs to.' }] });
      }
    }
    const councils = [council, operation === 'update' ? originalDoc?.council : null].filter((c) => idOf(c) !== null);
    for (const c of councils) {
      const role = roleIn(user, c);
      if (!role || !roles.includes(role)) {
        const who = roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ');
        throw new PublicError(`Only ${who} of that council can do this.`, 403);
      }
    }
    return data;
  };
}
