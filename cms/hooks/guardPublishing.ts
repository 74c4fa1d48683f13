import { type CollectionBeforeOperationHook } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { actingRole, isPlatformAdmin, roleIn } from '@cms/access/roles';

/** 403 with a message the admin shows as it is. */
function refuse(message: string): never {
  throw new PublicError(message, 403);
}

/** The co-written collections with a council (national ones have none: only platform editors write them). */
const COUNCIL_WRITTEN = ['offers', 'guides', 'pledges', 'local-terms', 'local-details', 'guide-local-parts'] as const;
type CouncilWritten = (typeof COUNCIL_WRITTEN)[number];

/**
 * Young editors write drafts; nothing they do changes what the public sees. Their role is
 * the one they have in the document's council (someone can be staff in one council and a
 * young editor in another). Checked
 * before the operation runs (where Payload still tells us whether this is a draft save),
 * so the REST API, GraphQL and the Local API are all covered, single and bulk:
 * - create: never published (`_status: 'published'`), and a copy only as a draft;
 * - update: no publish, and no non-draft update of a published document (that would
 *   overwrite or unpublish it); their edits to a published document go in as a new draft;
 * - restore a version: only as a draft (`?draft=true`), never onto the live document;
 * - delete: never (the access rules say so too).
 * Every other write operation is refused, so a new kind of write Payload adds is closed
 * until someone decides otherwise.
 */
export const guardPublishing: CollectionBeforeOperationHook<CouncilWritten> = async (hook) => {
  const { req, collection } = hook;
  const user = req.user;
  if (!user || isPlatformAdmin(user) || !(user.councils ?? []).some((m) => m.role === 'young-editor')) return hook.args;
  // National content has no council: only platform editors write it (the access rules).
  if (!collection.flattenedFields.some((f) => 'name' in f && f.name === 'council')) return hook.args;
  const slug = COUNCIL_WRITTEN.find((c) => c === collection.slug);
  if (!slug) throw new Error(`guardPublishing: the "${collection.slug}" collection has a council; add it to COUNCIL_WRITTEN.`);

  if (hook.operation === 'create') {
    const { args } = hook;
    if (actingRole(user, args.data?.council) !== 'young-editor') return args;
    if (args.data?._status === 'published') refuse('Young editors can’t publish. Save your changes as a draft and submit them for review.');
    if (args.duplicateFromID !== undefined && args.duplicateFromID !== null && !args.draft) {
      refuse('Young editors can copy a document as a draft only. Save the copy as a draft and submit it for review.');
    }
    return args;
  }
  if (hook.operation === 'restoreVersion') {
    const { args } = hook;
    const version = await req.payload
      .findVersionByID({ collection: slug, id: String(args.id), depth: 0, overrideAccess: true, req })
      .catch(() => null);
    if (actingRole(user, version?.version.council) === 'young-editor' && !args.draft) refuse('Young editors can restore an old version as a draft only; a reviewer publishes it.');
    return hook.args;
  }
  if (['read', 'count', 'countVersions', 'readDistinct', 'findVersions', 'findVersionByID'].includes(hook.operation)) return hook.args;

  // The documents this write would touch, in the councils where this person is a young editor.
  // Payload runs update-by-id under 'update' too, with the id among the arguments.
  const { args } = hook;
  const id = 'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined;
  const where = 'where' in args ? args.where : undefined;
  const targets = (
    await req.payload.find({
      collection: slug,
      where: id !== undefined ? { id: { equals: id } } : where,
      draft: false,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { _status: true, council: true },
    })
  ).docs.filter((doc) => roleIn(user, doc.council) === 'young-editor');
  if (!targets.length) return hook.args;

  if (hook.operation === 'delete') refuse('Young editors can’t delete. Ask a member of staff.');
  if (hook.operation !== 'update') refuse('Young editors can’t do that. Ask a member of staff.');
  if (hook.args.data?._status === 'published') {
    refuse('Young editors can’t publish. Save your changes as a draft and submit them for review.');
  }
  if (!hook.args.draft && targets.some((doc) => doc._status === 'published')) {
    refuse('Young editors can’t change or unpublish the live version. Save your changes as a draft instead.');
  }
  return hook.args;
};
