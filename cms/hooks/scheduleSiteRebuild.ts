import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, GlobalAfterChangeHook, PayloadRequest } from 'payload';
import { idOf } from '@cms/access/roles';
import { requestRebuild } from '@cms/lib/siteRebuild';

/** Remembers whether this write is a draft save: a draft never changes the public site. */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, req }) => {
  req.context.draftSave = Boolean((args as { draft?: boolean }).draft);
  return args;
};

/**
 * Whose sites a document is on: its council's (a council's own document, or the council
 * itself), or every council's (national content, and platform uploads).
 */
function sitesOf(collection: string, doc: { id?: unknown; council?: unknown }): (number | string)[] | 'all' {
  if (collection === 'authorities') return [doc.id as number | string];
  const council = idOf(doc.council);
  return council === null ? 'all' : [council];
}

const pending = new Set<Promise<void>>();

/**
 * Queues the rebuild beside the write (not inside its transaction: a slow queue never holds
 * up the editor, and the build starts seconds later, reading what was committed).
 */
function afterCommit(req: PayloadRequest, work: () => Promise<void>) {
  const run = work().catch((error) => req.payload.logger.error({ err: error, msg: 'Could not queue the site rebuild' }));
  pending.add(run);
  void run.finally(() => pending.delete(run));
}

/** Resolves once every rebuild request made so far is queued (tests, and shutdown). */
export async function rebuildRequestsQueued(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}

/**
 * Publishing, unpublishing or changing something live queues a rebuild of the sites it is
 * on (`cms/lib/siteRebuild.ts`). Draft saves and seeding don't.
 */
export const scheduleSiteRebuild: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection, context }) => {
  if (context?.seeding || context?.draftSave) return doc;
  const versioned = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts);
  const live = (d: unknown) => (d as { _status?: string } | undefined)?._status === 'published';
  if (!versioned || live(doc) || live(previousDoc)) {
    const trigger = `${collection.slug} “${doc.slug ?? doc.title ?? doc.id}” ${live(doc) ? 'published' : 'changed'}`;
    // A document moved to another council changes both councils' sites.
    const councils = sitesOf(collection.slug, doc);
    // (On create Payload passes an empty previous document.)
    const before = previousDoc && (previousDoc as { id?: unknown }).id !== undefined ? sitesOf(collection.slug, previousDoc) : councils;
    const all = councils === 'all' || before === 'all' ? 'all' : [...councils, ...before];
    afterCommit(req, () => requestRebuild(req.payload, all, trigger));
  }
  return doc;
};

export const scheduleSiteRebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection, context }) => {
  if (context?.seeding) return doc;
  afterCommit(req, () => requestRebuild(req.payload, collection.slug === 'authorities' ? [] : sitesOf(collection.slug, doc), `${collection.slug} “${doc.slug ?? doc.id}” deleted`));
  return doc;
};

/** A national global the sites are built from (search words) changed: rebuild every council's. */
export const scheduleGlobalRebuild: GlobalAfterChangeHook = ({ doc, req, global, context }) => {
  if (context?.seeding) return doc;
  afterCommit(req, () => requestRebuild(req.payload, 'all', `${global.slug} changed`));
  return doc;
};
