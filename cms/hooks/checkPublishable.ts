import { APIError, ValidationError, type CollectionBeforeChangeHook, type Field } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import { cmsFieldPath, SNAPSHOT_NAMES, type MappedCollection } from '@content/model/fields';
import { collectionSchemas } from '@content/model/snapshot';
import { registeredCouncil, toSnapshot } from '@cms/lib/snapshotMapping';
import { plainMessage, STAFF_FILLED, type Problem } from '@cms/lib/plainProblems';

/** A valid stand-in for a related document's slug: the relationship itself is checked by Payload. */
const LINKED = 'linked-document';

/**
 * The publish rules for one document: mapped exactly as the export maps it
 * (`@cms/lib/snapshotMapping`), checked with the site's own schema (`@content/model/schemas`,
 * which the site build uses: the same rules, URL rule included), each problem on the CMS
 * field it comes from, in plain words naming the field (`@cms/lib/plainProblems`).
 */
/** A document as a hook sees it (what Payload gives `beforeChange`: the saved and the sent fields). */
type DocumentData = NonNullable<Parameters<CollectionBeforeChangeHook>[0]['originalDoc']>;

export function publishProblems(
  collection: MappedCollection,
  doc: DocumentData,
  fields: Field[],
  { forApprover = false }: { forApprover?: boolean } = {},
): Problem[] {
  const mapped = toSnapshot[collection](doc, {
    slugOf: (value) => (value && typeof value === 'object' && 'slug' in value ? String(value.slug) : value == null || value === '' ? null : LINKED),
    // Images are checked by their own rules (consent, alt text) when they are saved and used.
    media: () => null,
    credits: () => [],
    // A council chosen from the register: a valid stand-in (Payload checks the relationship itself).
    registered: (value) =>
      registeredCouncil(value) ?? (value == null || value === '' ? null : { name: LINKED, onsCode: 'E00000000', type: 'unitary', region: 'london', isDemo: false }),
  });
  const result = collectionSchemas[SNAPSHOT_NAMES[collection]].safeParse(mapped);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = cmsFieldPath(collection, issue.path.filter((key) => typeof key !== 'symbol')) || 'slug';
    const facts = { code: issue.code, message: issue.message, minimum: 'minimum' in issue ? issue.minimum : undefined, origin: 'origin' in issue ? issue.origin : undefined };
    return { path, message: plainMessage(fields, path, facts, forApprover) };
  });
}

const versionedWithDrafts = (config: { versions?: unknown }) =>
  Boolean(config.versions && typeof config.versions === 'object' && 'drafts' in config.versions && config.versions.drafts);

/**
 * The CMS refuses to publish what the site build would leave out (`publishProblems`), each
 * problem shown on the CMS field it comes from. Drafts are not checked here (they never
 * reach the site: `checkSubmission` checks them when they are submitted for review);
 * collections without drafts are checked on every save.
 */
export const checkPublishable =
  (collection: MappedCollection, as: Record<string, unknown> = {}): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req, collection: config }) => {
    if (versionedWithDrafts(config) && data._status !== 'published') return data;
    // `as`: what the export adds (a national entitlement becomes an offer of kind "national").
    const errors = publishProblems(collection, { ...(originalDoc ?? {}), ...data, ...as }, config.fields, { forApprover: true });
    if (errors.length === 0) return data;
    throw new ValidationError({ collection: config.slug, errors, req });
  };

/** What staff fill in on approval, standing in while a submission is checked (publishing asks for the real thing). */
const STAFF_STAND_INS: Record<(typeof STAFF_FILLED)[number], () => unknown> = {
  legalBasis: () => 'Filled in by staff on approval',
  lastReviewed: () => new Date().toISOString(),
  nextReview: () => null,
};

/**
 * A draft with stand-ins where staff have not filled in their fields yet (`STAFF_FILLED`, on
 * the document and on each of its chapters): what the admin's preview builds the site from, so
 * a young editor's draft shows on the real page before it is approved (the preview's banner
 * still lists them as missing). Fields the collection doesn't have are left alone.
 */
export function withStaffStandIns<T extends object>(doc: T): T {
  const fields: Record<string, unknown> = Object.fromEntries(Object.entries(doc));
  const fills: Record<string, unknown> = {};
  for (const name of STAFF_FILLED) if (name in fields && (fields[name] == null || fields[name] === '')) fills[name] = STAFF_STAND_INS[name]();
  if (Array.isArray(fields.chapters)) fills.chapters = fields.chapters.map((row: unknown) => (row && typeof row === 'object' ? withStaffStandIns(row) : row));
  return { ...doc, ...fills };
}

/**
 * "Submit for review" holds what publishing holds: a draft whose review state is (or
 * becomes) "In review" must pass the same publish rules (`publishProblems`), except the
 * fields staff fill in when they approve (`STAFF_FILLED`). Refused in plain words naming
 * each field ("How to get it: step 2 is empty."), so the writer can fix it before a
 * reviewer spends time on it. A hook, so it holds however the draft is saved (the
 * admin's button, the review menu, REST, GraphQL or the Local API); other drafts are not checked.
 */
export const checkSubmission =
  (collection: MappedCollection, as: Record<string, unknown> = {}): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req, collection: config, context }) => {
    if (context?.seeding || data._status === 'published') return data;
    const state = data.reviewState ?? originalDoc?.reviewState;
    if (state !== 'in-review') return data;
    const doc: DocumentData = { ...(originalDoc ?? {}), ...data, ...as };
    for (const name of STAFF_FILLED) if (doc[name] == null || doc[name] === '') doc[name] = STAFF_STAND_INS[name]();
    const errors = publishProblems(collection, doc, config.fields);
    if (errors.length === 0) return data;
    const message = `Before it can go for review: ${errors.map((e) => e.message).join(' ')}`;
    // An APIError, as for the review comment: the admin shows its message as it is after a draft save.
    throw new PublicError(message, 400, { errors });
  };
