import { type Access, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { councilsWhere, idOf, isPlatformEditor, type MaybeUser } from '@cms/access/roles';
import { LIBRARY_SUBMISSION } from '@content/model/patterns';
import { mayMoveTo, reviewsHere } from '@cms/lib/reviewChoices';

/**
 * The national practice library (spotlights). Platform editors and admins are its
 * moderators: they write, review, approve and publish. Staff of a council on the platform
 * submit spotlights for their own council and update them, through the same review: their
 * saves are drafts, and only a moderator approves, requests changes or publishes. A
 * council on the platform is linked to its entry in the register (`registeredCouncil`, which
 * only a platform admin sets).
 */

type Id = number | string;
const cacheKey = 'libraryCouncils';

/**
 * The register entries of the councils where the signed-in user is staff: the councils
 * they may submit spotlights for. Looked up once per request.
 */
export async function libraryCouncilsOf(req: PayloadRequest): Promise<Id[]> {
  const cached = req.context[cacheKey] as { user: unknown; ids: Id[] } | undefined;
  if (cached && cached.user === req.user?.id) return cached.ids;
  const staffIn = councilsWhere(req.user as MaybeUser, 'staff');
  let ids: Id[] = [];
  if (staffIn.length) {
    // The link each council stores (set by a platform admin), never worked out again from a code.
    const councils = await req.payload.find({
      collection: 'authorities',
      where: { id: { in: staffIn } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { registeredCouncil: true },
    });
    ids = councils.docs.map((c) => idOf(c.registeredCouncil)).filter((id): id is Id => id !== null);
  }
  req.context[cacheKey] = { user: req.user?.id, ids };
  return ids;
}

/**
 * The councils on the platform (authorities) that register entries stand for: the other way
 * from `libraryCouncilsOf`, by the same link. A spotlight names register entries; uploads
 * belong to councils on the platform.
 */
export async function platformCouncilsFor(req: PayloadRequest, registerIds: Id[]): Promise<Id[]> {
  if (!registerIds.length) return [];
  const councils = await req.payload.find({
    collection: 'authorities',
    where: { registeredCouncil: { in: registerIds } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { registeredCouncil: true },
  });
  return councils.docs.map((c) => c.id);
}

const publishes = (data: unknown) => (data as { _status?: unknown } | undefined)?._status === 'published';

/** Anonymous readers: published spotlights. Council people also see their own councils' drafts; moderators see all. */
export const readSpotlights: Access = async ({ req }) => {
  if (isPlatformEditor(req.user as MaybeUser)) return true;
  const published: Where = { _status: { equals: 'published' } };
  if (!req.user) return published;
  const mine = await libraryCouncilsOf(req);
  return mine.length ? { or: [published, { councils: { in: mine } }] } : published;
};

/**
 * Versions (every draft, with its review comments) mirror the drafts: moderators read all;
 * a council's staff their own councils' spotlights' versions; nobody else any, not even a
 * published spotlight's (its public copy is the spotlight itself).
 */
export const readSpotlightVersions: Access = async ({ req }) => {
  if (isPlatformEditor(req.user as MaybeUser)) return true;
  if (!req.user) return false;
  const mine = await libraryCouncilsOf(req);
  return mine.length ? { 'version.councils': { in: mine } } : false;
};

/** Moderators; and staff of a council on the platform, as a draft (so the admin offers them no Publish button). */
export const createSpotlights: Access = async ({ req, data }) => {
  if (isPlatformEditor(req.user as MaybeUser)) return true;
  if (publishes(data)) return false;
  return (await libraryCouncilsOf(req)).length > 0;
};

/** Moderators; staff on their own councils' spotlights, never publishing. */
export const updateSpotlights: Access = async ({ req, data }) => {
  if (isPlatformEditor(req.user as MaybeUser)) return true;
  if (publishes(data)) return false;
  const mine = await libraryCouncilsOf(req);
  return mine.length ? { councils: { in: mine } } : false;
};

/** What the council picker offers: moderators any council in the register, staff their own. */
export const libraryCouncilOptions = async ({ req }: { req: PayloadRequest }): Promise<boolean | Where> => {
  if (!req.user || isPlatformEditor(req.user as MaybeUser)) return true;
  return { id: { in: await libraryCouncilsOf(req) } };
};

/** A member of staff with one council starts with it chosen. */
export const defaultLibraryCouncils = async ({ req }: { req: PayloadRequest }): Promise<Id[] | undefined> => {
  if (!req?.user || isPlatformEditor(req.user as MaybeUser)) return undefined;
  const mine = await libraryCouncilsOf(req);
  return mine.length === 1 ? mine : undefined;
};

function refuse(message: string, status = 403, path?: string): never {
  throw new PublicError(message, status, path ? { errors: [{ path, message }] } : null);
}

/**
 * Every way a council's staff could change the live library is refused on the server,
 * whatever the admin shows: publishing on create or update, a non-draft update of a live
 * spotlight, restoring a version other than as a draft, and deleting.
 */
export const guardLibrary: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const user = req.user as MaybeUser;
  if (!user || isPlatformEditor(user)) return args;
  const op = operation as string;
  if (['read', 'count', 'countVersions', 'readDistinct', 'findVersions', 'findVersionByID'].includes(op)) return args;
  const draft = Boolean((args as { draft?: boolean }).draft);
  const data = (args as { data?: unknown }).data;
  const moderated = 'A platform moderator reviews and publishes spotlights. Save your changes as a draft and choose "In review" to submit them.';
  if (op === 'create' || op === 'update') {
    if (publishes(data)) refuse(moderated);
    if (op === 'update' && !draft) {
      const id = (args as { id?: Id }).id;
      const where = (args as { where?: Where }).where;
      const live = await req.payload.find({
        collection: 'spotlights',
        where: { and: [id !== undefined ? { id: { equals: id } } : (where ?? {}), { _status: { equals: 'published' } }] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
        select: { _status: true },
      });
      if (live.docs.length) refuse(moderated);
    }
    return args;
  }
  if (op === 'restoreVersion') {
    if (!draft) refuse('Restore an old version as a draft; a platform moderator publishes it.');
    return args;
  }
  if (op === 'delete') refuse('Only a platform moderator can delete a spotlight. Ask one to take it down.');
  refuse('Only a platform moderator can do that.');
};

/**
 * Staff write for their own councils only: every council a spotlight names must be one
 * where they are staff (and, on update, it must have been theirs already: the access rule).
 * They can submit for review but not approve or request changes, and their spotlights are
 * credited to the library's own collection.
 */
export const checkLibrarySubmission: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context, operation }) => {
  const user = req.user as MaybeUser;
  if (!user || context?.seeding || isPlatformEditor(user)) return data;
  const mine = new Set((await libraryCouncilsOf(req)).map(String));
  const councils = ((data as { councils?: unknown[] }).councils ?? (originalDoc as { councils?: unknown[] } | undefined)?.councils ?? []).map(idOf);
  if (!councils.length) refuse('Choose your council: the spotlight is about its work.', 400, 'councils');
  if (councils.some((id) => id === null || !mine.has(String(id)))) {
    refuse('You can submit spotlights for your own council only: remove any other council.', 403, 'councils');
  }
  const state = (data as { reviewState?: string }).reviewState;
  const before = (originalDoc as { reviewState?: string } | undefined)?.reviewState;
  // The same rule as the admin's Review menu (`reviewMenu`): only moderators review spotlights.
  if (state && !mayMoveTo(reviewsHere('spotlights', user, null), state, before)) {
    refuse('Only a platform moderator can approve a spotlight or request changes. Choose "In review" to submit it.');
  }
  // Where a spotlight came from is the library's to say: a new one is the council's own
  // submission; an update keeps its source (a collection's spotlight stays credited to it).
  const source = operation === 'create' ? { collection: LIBRARY_SUBMISSION, year: null } : (originalDoc as { source?: object } | undefined)?.source;
  if (source) (data as { source?: object }).source = source;
  return data;
};
