import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload';
import { actingRole, isPlatformAdmin, roleIn } from '@cms/access/roles';

/** 403 with a message the admin shows as it is. */
function refuse(message: string): never {
  throw new APIError(message, 403, null, true);
}

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
export const guardPublishing: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const user = req.user;
  if (!user || isPlatformAdmin(user) || !(user.councils ?? []).some((m) => m.role === 'young-editor')) return args;
  // National content has no council: only platform editors write it (the access rules).
  if (!collection.flattenedFields.some((f) => 'name' in f && f.name === 'council')) return args;
  const op = operation as string;
  if (['read', 'count', 'countVersions', 'readDistinct', 'findVersions', 'findVersionByID'].includes(op)) return args;
  const draft = Boolean((args as { draft?: boolean }).draft);
  const data = (args as { data?: { _status?: string; council?: unknown } }).data;
  const slug = collection.slug as 'offers';

  if (op === 'create') {
    if (actingRole(user, data?.council) !== 'young-editor') return args;
    if (data?._status === 'published') refuse('Young editors can’t publish. Save your changes as a draft and submit them for review.');
    const duplicateOf = (args as { duplicateFromID?: unknown }).duplicateFromID;
    if (duplicateOf !== undefined && duplicateOf !== null && !draft) {
      refuse('Young editors can copy a document as a draft only. Save the copy as a draft and submit it for review.');
    }
    return args;
  }
  if (op === 'restoreVersion') {
    const version = await req.payload
      .findVersionByID({ collection: slug, id: String((args as { id: number | string }).id), depth: 0, overrideAccess: true, req })
      .catch(() => null);
    const council = (version?.version as { council?: unknown } | undefined)?.council;
    if (actingRole(user, council) === 'young-editor' && !draft) refuse('Young editors can restore an old version as a draft only; a reviewer publishes it.');
    return args;
  }

  // The documents this write would touch, in the councils where this person is a young editor.
  const id = (args as { id?: number | string }).id;
  const where = (args as { where?: Where }).where;
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
  if (!targets.length) return args;

  if (op === 'delete') refuse('Young editors can’t delete. Ask a member of staff.');
  if (op !== 'update') refuse('Young editors can’t do that. Ask a member of staff.');
  if (data?._status === 'published') {
    refuse('Young editors can’t publish. Save your changes as a draft and submit them for review.');
  }
  if (!draft && targets.some((doc) => doc._status === 'published')) {
    refuse('Young editors can’t change or unpublish the live version. Save your changes as a draft instead.');
  }
  return args;
};
