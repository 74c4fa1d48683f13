import { ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { cmsFieldPath, SNAPSHOT_NAMES, type MappedCollection } from '@content/model/fields';
import { collectionSchemas } from '@content/model/snapshot';
import { registeredCouncil, toSnapshot } from '@cms/lib/snapshotMapping';

/** A valid stand-in for a related document's slug: the relationship itself is checked by Payload. */
const LINKED = 'linked-document';

/**
 * The CMS refuses to publish what the site build would leave out: the document, mapped
 * exactly as the export maps it (`@cms/lib/snapshotMapping`), must pass the site's own
 * schema (`@content/model/schemas`, which the site build uses: the same rules, URL rule
 * included, and the same messages), each problem shown on the CMS field it comes from. Drafts are not checked
 * (they never reach the site); collections without drafts are checked on every save.
 */
export const checkPublishable =
  (collection: MappedCollection, as: Record<string, unknown> = {}): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req, collection: config }) => {
    const versioned = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts);
    if (versioned && data._status !== 'published') return data;
    // `as`: what the export adds (a national entitlement becomes an offer of kind "national").
    const doc = { ...(originalDoc ?? {}), ...data, ...as };
    const mapped = toSnapshot[collection](doc, {
      slugOf: (value) => (value && typeof value === 'object' && 'slug' in value ? String(value.slug) : value == null || value === '' ? null : LINKED),
      // Images are checked by their own rules (consent, alt text) when they are saved and used.
      media: () => null,
      credits: () => [],
      // A council chosen from the register: a valid stand-in (Payload checks the relationship itself).
      registered: (value) =>
        registeredCouncil(value) ?? (value == null || value === '' ? null : { name: LINKED, onsCode: 'E00000000', type: 'unitary', region: 'london', isDemo: false }),
    });
    const schema = collectionSchemas[SNAPSHOT_NAMES[collection]];
    const result = schema.safeParse(mapped);
    if (result.success) return data;
    const errors = result.error.issues.map((issue) => ({
      path: cmsFieldPath(collection, issue.path.filter((key) => typeof key !== 'symbol')) || 'slug',
      message: issue.message,
    }));
    throw new ValidationError({ collection: config.slug, errors, req });
  };
