import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { hasRole } from '@cms/access/roles';

/**
 * Young editors write drafts; they never change what is live. Checked before the
 * operation runs (where Payload still tells us whether this is a draft save), for the
 * REST API, GraphQL and the Local API alike:
 * - no create or update that publishes (`_status: 'published'`);
 * - no non-draft update of a published document (that would overwrite or unpublish it);
 *   their edits to a published document go in as a new draft for review.
 */
export const guardPublishing: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (!hasRole(req.user, 'young-editor')) return args;
  if (operation !== 'create' && operation !== 'update') return args;
  const data = (args as { data?: { _status?: string } }).data;
  const refuse = (message: string): never => {
    // 403 with a message the admin shows as it is.
    throw new APIError(message, 403, null, true);
  };
  if (data?._status === 'published') {
    refuse('Young editors can’t publish. Save your changes as a draft and submit them for review.');
  }
  const draft = Boolean((args as { draft?: boolean }).draft);
  if (operation === 'update' && !draft) {
    const id = (args as { id?: number | string }).id;
    const where = (args as { where?: Record<string, unknown> }).where;
    const live = await req.payload.find({
      collection: collection.slug as 'offers',
      where: id !== undefined ? { id: { equals: id } } : (where as never),
      draft: false,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { _status: true } as never,
    });
    if (live.docs.some((doc) => (doc as { _status?: string })._status === 'published')) refuse('Young editors can’t change or unpublish the live version. Save your changes as a draft instead.');
  }
  return args;
};
