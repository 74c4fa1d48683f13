import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, GlobalAfterChangeHook } from 'payload';
import { siteRebuilds } from '@cms/lib/siteRebuild';

/** Remembers whether this write is a draft save: a draft never changes the public site. */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, req }) => {
  req.context.draftSave = Boolean((args as { draft?: boolean }).draft);
  return args;
};

/**
 * Publishing, unpublishing or changing something live asks for a (debounced) rebuild of
 * the public site. Draft saves and seeding don't.
 */
export const scheduleSiteRebuild: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection, context }) => {
  if (context?.seeding || context?.draftSave) return doc;
  const versioned = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts);
  const live = (d: unknown) => (d as { _status?: string } | undefined)?._status === 'published';
  if (!versioned || live(doc) || live(previousDoc)) {
    siteRebuilds(req.payload)?.request(`${collection.slug} “${doc.slug ?? doc.id}” ${live(doc) ? 'published' : 'changed'}`);
  }
  return doc;
};

export const scheduleSiteRebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection, context }) => {
  if (context?.seeding) return doc;
  siteRebuilds(req.payload)?.request(`${collection.slug} “${doc.slug ?? doc.id}” deleted`);
  return doc;
};

/** A global the site is built from (search words) changed: rebuild. */
export const scheduleGlobalRebuild: GlobalAfterChangeHook = ({ doc, req, global, context }) => {
  if (context?.seeding) return doc;
  siteRebuilds(req.payload)?.request(`${global.slug} changed`);
  return doc;
};
