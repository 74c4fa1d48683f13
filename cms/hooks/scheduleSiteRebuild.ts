import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, GlobalAfterChangeHook, PayloadRequest } from 'payload';
import { idOf } from '@cms/access/roles';
import { consentProblem, mediaUsedByPublished } from '@cms/lib/mediaUse';
import { rebuildsOn, requestRebuild, type RebuildOptions } from '@cms/jobs/siteRebuild';

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
 * Uploads are on a site only while published content uses them (`cms/lib/mediaUse.ts`): one
 * nobody's published page uses changes no site, so uploading or editing it rebuilds nothing
 * (issue 18, finding 8: every upload rebuilt, and held up other councils' takedowns).
 */
const onSiteOnlyWhenUsed: Record<string, (req: PayloadRequest) => Promise<(number | string)[]>> = { media: mediaUsedByPublished };

async function onSite(req: PayloadRequest, collection: string, id: unknown): Promise<boolean> {
  const used = onSiteOnlyWhenUsed[collection];
  return !used || (await used(req)).map(String).includes(String(id));
}

/**
 * Before an upload is deleted, note whether published content uses it (the delete empties
 * that use, so afterwards nothing could tell): deleting one that is on a site rebuilds it.
 * Noted on the request's context once the query is done: Payload gives each nested call a
 * copy of `req.context`, and `req.context` is that copy afterwards.
 */
const ON_SITE_BEFORE_DELETE = 'onSiteBeforeDelete';
export const noteSiteUseBeforeDelete: CollectionBeforeDeleteHook = async ({ req, collection, id }) => {
  if (!rebuildsOn() || !(collection.slug in onSiteOnlyWhenUsed)) return;
  const used = await onSite(req, collection.slug, id);
  const noted = req.context[ON_SITE_BEFORE_DELETE];
  req.context[ON_SITE_BEFORE_DELETE] = { ...(noted && typeof noted === 'object' ? noted : {}), [String(id)]: used };
};

function wasOnSite(req: PayloadRequest, collection: string, id: unknown): boolean {
  if (!(collection in onSiteOnlyWhenUsed)) return true;
  const noted = req.context[ON_SITE_BEFORE_DELETE];
  return Boolean(noted && typeof noted === 'object' && (noted as Record<string, boolean>)[String(id)]);
}

/**
 * Publishing, unpublishing or changing something live queues a rebuild of the sites it is
 * on (`cms/jobs/siteRebuild.ts`). Draft saves, seeding and uploads no published content
 * uses don't. Something leaving a site (an unpublish; an image whose consent is no longer
 * in force) is a takedown, built before any ordinary rebuild.
 */
export const scheduleSiteRebuild: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection, context, operation }) => {
  if (!rebuildsOn() || context?.seeding || context?.draftSave) return doc;
  const versioned = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts);
  const live = (d: unknown) => (d as { _status?: string } | undefined)?._status === 'published';
  if (versioned && !live(doc) && !live(previousDoc)) return doc;
  // A new upload is used by nothing yet.
  if (collection.slug in onSiteOnlyWhenUsed && (operation === 'create' || !(await onSite(req, collection.slug, doc.id)))) return doc;
  const unpublished = versioned && live(previousDoc) && !live(doc);
  const consentWithdrawn = collection.slug === 'media' && consentProblem(doc) !== null && consentProblem(previousDoc ?? {}) === null;
  const trigger = `${collection.slug} “${doc.slug ?? doc.title ?? doc.id}” ${live(doc) ? 'published' : unpublished ? 'unpublished' : consentWithdrawn ? 'consent no longer in force' : 'changed'}`;
  // A document moved to another council changes both councils' sites.
  const councils = sitesOf(collection.slug, doc);
  // (On create Payload passes an empty previous document.)
  const before = previousDoc && (previousDoc as { id?: unknown }).id !== undefined ? sitesOf(collection.slug, previousDoc) : councils;
  const all = councils === 'all' || before === 'all' ? 'all' : [...councils, ...before];
  const options: RebuildOptions = { takedown: unpublished || consentWithdrawn };
  afterCommit(req, () => requestRebuild(req.payload, all, trigger, undefined, options));
  return doc;
};

/** A deleted document leaves its sites: a takedown (an upload no published content used changes nothing). */
export const scheduleSiteRebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection, context }) => {
  if (!rebuildsOn() || context?.seeding || !wasOnSite(req, collection.slug, doc.id)) return doc;
  const councils = collection.slug === 'authorities' ? [] : sitesOf(collection.slug, doc);
  afterCommit(req, () => requestRebuild(req.payload, councils, `${collection.slug} “${doc.slug ?? doc.id}” deleted`, undefined, { takedown: true }));
  return doc;
};

/** A national global the sites are built from (search words) changed: rebuild every council's. */
export const scheduleGlobalRebuild: GlobalAfterChangeHook = ({ doc, req, global, context }) => {
  if (context?.seeding) return doc;
  afterCommit(req, () => requestRebuild(req.payload, 'all', `${global.slug} changed`));
  return doc;
};
