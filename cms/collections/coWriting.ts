import type { CollectionConfig } from 'payload';
import { coWritingFields } from '@cms/fields/coWriting';
import { checkPublishable, checkSubmission } from '@cms/hooks/checkPublishable';
import { guardPublishing } from '@cms/hooks/guardPublishing';
import { SNAPSHOT_NAMES, type MappedCollection } from '@cms/lib/snapshotMapping';
import { publishLatestDraft } from '@cms/hooks/publishLatestDraft';
import { recordReviewStep } from '@cms/hooks/recordReviewStep';
import { noteDraftSave, noteSiteUseBeforeDelete, scheduleSiteRebuild, scheduleSiteRebuildAfterDelete } from '@cms/hooks/scheduleSiteRebuild';
import { scorePlainEnglish, type PlainEnglishSource } from '@cms/hooks/scorePlainEnglish';
import { previewPath } from '@cms/lib/preview';
import { askWhatChanged, isChangeLogged, logChange } from '@cms/hooks/changeLog';
import { whatChangedField } from '@cms/fields/whatChanged';

/**
 * Makes a collection co-writable: drafts and versions (the live version stays up while a
 * new draft is reviewed; any version can be restored), the review workflow and history,
 * co-author credit, plain-English advice on save, the young-editor publishing guard, and
 * a site rebuild when something live changes. In the admin: a "Review" column on its list,
 * "Submit for review" beside "Save draft" (checked with the publish rules: `checkSubmission`),
 * and "Preview", the public page rendered from the draft (`@cms/lib/preview`).
 */
export function withCoWriting(config: CollectionConfig, plainEnglish: PlainEnglishSource): CollectionConfig {
  // Versions hold every draft and its review talk. Payload's default would let anyone signed
  // in read every version, so each collection says who may (`@cms/access/readVersions`).
  if (!config.access?.readVersions) {
    throw new Error(`The "${config.slug}" collection has versions: declare access.readVersions (who may read its drafts).`);
  }
  const hooks = config.hooks ?? {};
  const columns = config.admin?.defaultColumns ?? [config.admin?.useAsTitle ?? 'id', '_status'];
  return {
    ...config,
    admin: {
      ...config.admin,
      // Where each document is in review, in plain words, beside its title (`ReviewStateCell`).
      defaultColumns: columns.includes('reviewState') ? columns : [columns[0] ?? 'id', 'reviewState', ...columns.slice(1)],
      preview: (doc) => previewPath(config.slug, String(doc.id)),
      components: {
        ...config.admin?.components,
        edit: { ...config.admin?.components?.edit, SaveDraftButton: '@cms/components/SubmitForReview#SubmitForReview' },
      },
    },
    versions: { drafts: true, maxPerDoc: 50 },
    fields: [...config.fields, ...(isChangeLogged(config.slug) ? [whatChangedField()] : []), ...coWritingFields(config.slug)],
    hooks: {
      ...hooks,
      beforeOperation: [guardPublishing, noteDraftSave, ...(hooks.beforeOperation ?? [])],
      beforeChange: [publishLatestDraft, ...(hooks.beforeChange ?? []), ...publishCheck(config.slug), ...submissionCheck(config.slug), ...(isChangeLogged(config.slug) ? [askWhatChanged] : []), recordReviewStep, scorePlainEnglish(plainEnglish)],
      afterChange: [...(hooks.afterChange ?? []), ...(isChangeLogged(config.slug) ? [logChange] : []), scheduleSiteRebuild],
      afterDelete: [...(hooks.afterDelete ?? []), scheduleSiteRebuildAfterDelete],
    },
  };
}

/** The publish check for collections the site is built from (see `checkPublishable`). */
function publishCheck(slug: string) {
  // A national entitlement is an offer page on every council's site.
  if (slug === 'entitlements') return [checkPublishable('offers', { kind: 'national' })];
  return slug in SNAPSHOT_NAMES ? [checkPublishable(slug as MappedCollection)] : [];
}

/** The same rules when a draft is submitted for review (see `checkSubmission`). */
function submissionCheck(slug: string) {
  if (slug === 'entitlements') return [checkSubmission('offers', { kind: 'national' })];
  const mapped = Object.keys(SNAPSHOT_NAMES).find((name): name is MappedCollection => name === slug);
  return mapped ? [checkSubmission(mapped)] : [];
}

/**
 * Reference data with no drafts (areas, the council, indicators, media): checked against
 * the site's rules on every save, and the site rebuilt when it changes (an upload only
 * while published content uses it).
 */
export function withSiteRebuild(config: CollectionConfig): CollectionConfig {
  const hooks = config.hooks ?? {};
  return {
    ...config,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), ...publishCheck(config.slug)],
      afterChange: [...(hooks.afterChange ?? []), ...(isChangeLogged(config.slug) ? [logChange] : []), scheduleSiteRebuild],
      beforeDelete: [...(hooks.beforeDelete ?? []), noteSiteUseBeforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), scheduleSiteRebuildAfterDelete],
    },
  };
}
