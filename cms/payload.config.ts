import path from 'node:path';
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical';
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant';
import { buildConfig, type Config, type SanitizedConfig } from 'payload';
import sharp from 'sharp';
import {
  Areas,
  Authorities,
  ChangeLog,
  CouncilRegister,
  Entitlements,
  Feedback,
  GlossaryTerms,
  GuideChapters,
  GuideLocalParts,
  Guides,
  Indicators,
  LocalDetails,
  LocalTerms,
  Media,
  Offers,
  Pledges,
  Spotlights,
  Translations,
  Users,
} from '@cms/collections';
import { databaseAdapter } from '@cms/db';
import { SearchWords } from '@cms/globals/SearchWords';
import { guardQueries } from '@cms/hooks/guardQueries';
import { sameCouncilRelations } from '@cms/hooks/sameCouncilRelations';
import { hiddenFromYoungEditors } from '@cms/access/youngEditors';
import { adminOnly } from '@cms/access/adminOnly';
import { isPlatformAdmin } from '@cms/access/roles';
import { membershipAccess, membershipRoleField } from '@cms/collections/Users';
import { COUNCIL_SCOPED, isCouncilScoped } from '@cms/collections/councilScoped';
import { defaultCouncil } from '@cms/fields/councilDefault';
import { cmsDir, dataDir } from '@cms/paths';
import { resolveSecret } from '@cms/secret';
import { adminOrigins } from '@cms/origins';
import { BUILD_ORDER, buildCouncilSiteTask, releaseOrphanedBuilds } from '@cms/jobs/siteRebuild';
import { reviewRemindersTask } from '@cms/jobs/reviewReminders';
import { deleteOldFeedbackTask } from '@cms/jobs/feedbackRetention';
import { SCHEDULED_QUEUES } from '@cms/jobs/scheduled';
import { emailAdapter } from '@cms/lib/email';
import { mediaStoragePlugins } from '@cms/lib/mediaStore';
import { requestLogMixin } from '@cms/lib/requestLog';
import { settings } from '@content/model/settings';
import { validateUrlField } from '@content/model/urlRule';
import { cmsLocalization, englishUnlessNamed, localizeCollection, localizeGlobal } from '@cms/lib/localization';
import { hiddenFromTranslators, withTranslators } from '@cms/access/translators';
import { translatorWritesTextOnly } from '@cms/hooks/translatorWritesTextOnly';
import { isTranslated, noteEnglishChange } from '@cms/lib/translationState';

const origins = adminOrigins();
const { PAYLOAD_SECRET, NODE_ENV } = settings();

/**
 * The platform's Payload config, made afresh on each call (its collections' fields are new
 * objects each time, so the upgrade test can build the config as it was before languages
 * beside this one). The CLI, the admin and the scripts use the default export.
 */
export function platformConfig(): Config {
  return {
    secret: resolveSecret({ PAYLOAD_SECRET, NODE_ENV }, dataDir()),
    db: databaseAdapter(),
    // Links in rich text follow the one URL rule (`@content/model/urlRule`), checked as the editor types.
    editor: lexicalEditor({
      features: ({ defaultFeatures }) =>
        defaultFeatures.map((feature) =>
          feature.key === 'link'
            ? LinkFeature({
                fields: ({ defaultFields }) =>
                  defaultFields.map((field) =>
                    field.type === 'text' && !field.hasMany && field.name === 'url'
                      ? {
                          ...field,
                          validate: (value: null | string | undefined, options: { siblingData: { linkType?: unknown } }) =>
                            options.siblingData?.linkType === 'internal'
                              ? true
                              : value
                                ? validateUrlField('link', 'The link')(value)
                                : 'Enter the address the link goes to.',
                        }
                      : field,
                  ),
              })
            : feature,
        ),
    }),
    // The admin's own address. Requests that change something and carry the admin's
    // cookie are accepted only from it (Payload ignores the cookie on a request whose
    // Origin is anywhere else, such as the public site), so a script on another origin
    // can't act as a signed-in editor. API clients use an `Authorization` header instead.
    serverURL: origins[0],
    csrf: origins,
    cookiePrefix: 'local-offer',
    sharp,
    admin: {
      user: Users.slug,
      // Payload's own account icon, not Gravatar: that would send a hash of each editor's email to
      // another site (and the admin's Content Security Policy, cms/lib/adminSecurityPolicy.ts, refuses it).
      avatar: 'default',
      meta: { titleSuffix: ' · Local offer admin' },
      components: { beforeDashboard: ['@cms/components/ReviewQueue#ReviewQueue', '@cms/components/ReviewsDue#ReviewsDue', '@cms/components/FeedbackQueue#FeedbackQueue', '@cms/components/TranslationStatus#TranslationStatus'] },
      importMap: {
        baseDir: cmsDir,
        importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
      },
    },
    // Every collection: a request that names no language is English (`englishUnlessNamed`), and no filter or sort may reach into other people's accounts (`guardQueries`).
    // Text written for readers is stored once per language (`TRANSLATABLE`, `@cms/lib/localization`);
    // English is the default, and nothing falls back to it. Scripts and hooks that mean English say `locale: 'en'`.
    localization: cmsLocalization,
    collections: [Offers, LocalDetails, Guides, GuideLocalParts, Pledges, Indicators, LocalTerms, Entitlements, GuideChapters, Spotlights, GlossaryTerms, Areas, Authorities, CouncilRegister, Media, Translations, ChangeLog, Feedback, Users]
      .map(localizeCollection)
      // A young editor is shown only the collections they can write in (`shownToYoungEditors`, which
      // knows them by their access rules, so before those are wrapped), a translator only those they translate.
      .map((collection) => ({
        ...collection,
        admin: { ...collection.admin, hidden: hiddenFromTranslators(collection.slug, collection.admin?.hidden ?? hiddenFromYoungEditors(collection)) },
      }))
      // A translator's access is the translator rule only (`@cms/access/translators`).
      .map(withTranslators)
      .map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [englishUnlessNamed, guardQueries, ...(collection.hooks?.beforeOperation ?? [])],
          beforeChange: [
            // A translator's write is checked first, against the data as sent (issue 21, part 2).
            ...(isTranslated(collection.slug) ? [translatorWritesTextOnly] : []),
            ...(collection.hooks?.beforeChange ?? []),
            // A council's document points only to its own council's documents (`sameCouncilRelations`).
            ...(isCouncilScoped(collection.slug) ? [sameCouncilRelations] : []),
          ],
          // Its translations note the day the English text changed.
          afterChange: [...(collection.hooks?.afterChange ?? []), ...(isTranslated(collection.slug) ? [noteEnglishChange] : [])],
        },
      })),
    globals: [SearchWords].map(localizeGlobal),
    // Site rebuilds are jobs (cms/jobs/siteRebuild.ts), stored in the database; each starts the
    // platform's build as a process of its own. One process runs them, one at a time, takedowns
    // first: the admin started by `npm start` (SITE_BUILD_WORKER=1), or `npm run worker`.
    // The weekly review reminder (cms/jobs/reviewReminders.ts) is a scheduled job: only the
    // process that runs jobs checks, once a minute, whether its time has come (never the
    // scripts, the CLI or a second admin), and queues it in its own queue, run after any rebuild waiting.
    jobs: {
      tasks: [buildCouncilSiteTask, reviewRemindersTask, deleteOldFeedbackTask],
      autoRun: () => [
        // Every second (the finest a cron goes): a publish's rebuild starts within a second of its debounce ending.
        { cron: '* * * * * *', allQueues: true, limit: 1, disableScheduling: true },
        // The scheduled jobs (the weekly review reminder, the nightly delete of old feedback), each queued in its own queue when its time comes.
        ...(settings().SITE_BUILD_WORKER
          ? SCHEDULED_QUEUES.map((queue) => ({ cron: '0 * * * * *', queue, limit: 1 }))
          : []),
      ],
      processingOrder: () => BUILD_ORDER,
      shouldAutoRun: async (payload) => {
        if (!settings().SITE_BUILD_WORKER) return false;
        await releaseOrphanedBuilds(payload);
        return true;
      },
      // Publishing queues builds on the server; nobody queues, runs or cancels jobs through the API but platform admins.
      access: {
        queue: ({ req }) => isPlatformAdmin(req.user),
        run: ({ req }) => isPlatformAdmin(req.user),
        cancel: ({ req }) => isPlatformAdmin(req.user),
      },
      deleteJobOnComplete: false,
    },
    // Email (invitations, password resets, review reminders) over SMTP when `SMTP_HOST` is set (`@cms/lib/email`).
    email: emailAdapter(),
    // Uploads through the REST API stop here; `Media` explains the limit to the editor.
    upload: { limits: { fileSize: 10 * 1024 * 1024 } },
    // Types are generated on purpose (`npx payload generate:types`), not by every script that starts Payload.
    typescript: { outputFile: path.join(cmsDir, 'payload-types.ts'), autoGenerate: false },
    telemetry: false,
    // In production, JSON lines (pino's own), each naming the request it was written for
    // (`@cms/lib/requestLog`); under development, Payload's readable lines.
    ...(settings().NODE_ENV === 'production' ? { logger: { options: { level: 'info', mixin: requestLogMixin } } } : {}),
    // Payload's "Unauthorized, you must be logged in" is also what it shows someone signed in
    // who opens a page their role doesn't allow (a young editor at "create a spotlight").
    i18n: { translations: { en: { error: { unauthorized: 'You can’t do this: you are signed out, or your role doesn’t allow it. Ask a member of staff if you need it done.' } } } },
    // Councils as tenants. A council's offers, guides, pledges and indicators belong to it
    // (`council`); each account has a role per council (`councils`). For anyone signed in
    // but a platform admin, the plugin narrows every read, update and delete to their own
    // councils (documents, versions and counts, in every API) and refuses a write that names
    // a council they don't belong to; our own rules in cms/access decide what each role may
    // do there. Anonymous readers (the public site's export) see published documents only.
    // National content (areas, the glossary, spotlights, search words) has no council.
    plugins: [
      multiTenantPlugin({
        tenantsSlug: 'authorities',
        tenantField: { name: 'council', defaultValue: defaultCouncil },
        tenantsArrayField: {
          arrayFieldName: 'councils',
          arrayTenantFieldName: 'council',
          arrayFieldAccess: { create: membershipAccess, update: membershipAccess },
          rowFields: [membershipRoleField],
        },
        userHasAccessToAllTenants: (user) => isPlatformAdmin(user),
        // Councils are public (their names, contacts and site addresses); who may change one
        // is in Authorities' own access rules.
        useTenantsCollectionAccess: false,
        useTenantsListFilter: false,
        collections: Object.fromEntries(COUNCIL_SCOPED.map((slug) => [slug, {}])),
        i18n: { translations: { en: { 'nav-tenantSelector-label': 'Council', 'field-assignedTenant-label': 'Council', 'assign-tenant-button-label': 'Move to another council' } } },
      }),
      // With `S3_BUCKET`, uploads are kept in that private bucket and served through the read rules (`@cms/lib/mediaStore`).
      ...mediaStoragePlugins(),
    ],
  };
}

/**
 * Payload adds the schedules' bookkeeping global (`payload-jobs-stats`) itself, after our
 * config is read, with its default access: anyone signed in. Nobody reads or changes it through
 * the APIs but platform admins (the job system uses the database directly).
 */
export function lockJobStats(config: SanitizedConfig): SanitizedConfig {
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') global.access = { ...global.access, read: adminOnly, update: adminOnly, readVersions: adminOnly };
  }
  return config;
}

export default buildConfig(platformConfig()).then(lockJobStats);
