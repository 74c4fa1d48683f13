import path from 'node:path';
import { buildConfig, createLocalReq, getPayload, type CollectionConfig, type Config, type Field, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_COLLECTIONS } from '@content/model/changeLog';
import { TRANSLATABLE, type TranslatableCollection } from '@content/model/fields';
import { createTestDatabase, migrateUntil, type TestDatabase } from '@tests/helpers/testDatabase';
import { lexical } from '@tests/helpers/testCms';

/**
 * The upgrade to text in several languages (issue 21, part 1): a database made by the
 * migrations before `localized_text`, filled by that release's CMS (the config without
 * languages) with the whole demo content (`content/`, as `npm run seed` imports it: every
 * council, the national guide and entitlements, spotlights, glossaries, media), a newer draft
 * of an offer (so its versions differ from what is live) and a council's own guide (the demo
 * has none: its chapters, their sources and intro are text too), is migrated up. Then every
 * text written for readers (`TRANSLATABLE`), published and in every version, rich text
 * included, reads back through the Local API in English word for word, and each site's
 * snapshot is the same as before. Rolled back (the migration's down), the release before reads
 * the same texts again from its columns.
 */
let db: TestDatabase;
let before: Payload;
let payload: Payload;
let close: (p: Payload) => Promise<void>;

/**
 * What a later migration (`translation_state`: translation records, translators, council
 * languages, Easy Read; issue 21, parts 2, 3, 6) added to the schema, which the release before
 * languages did not have either: collections, and top-level fields by collection.
 */
/** Issue 22 came later still: the change log and its "What changed" line, readers' feedback, a council's feedback retention, a pledge's source; then issue 23's upload object key. */
const ISSUE_22_FIELDS: Record<string, string[]> = {
  ...Object.fromEntries(CHANGE_COLLECTIONS.map((slug) => [slug, ['whatChanged']])),
  pledges: ['whatChanged', 'source'],
  authorities: ['feedbackRetentionDays'],
  // Issue 23: the storage plugin's object key on uploads.
  media: ['_objectKey'],
};
const LATER = {
  collections: ['translations', 'change-log', 'feedback'],
  fields: Object.fromEntries(
    [...new Set([...Object.keys(ISSUE_22_FIELDS), 'authorities', 'offers', 'entitlements', 'users'])].map((slug) => [
      slug,
      [...({ authorities: ['languages', 'easyRead'], offers: ['easyRead'], entitlements: ['easyRead'], users: ['translatorLanguage'] }[slug] ?? []), ...(ISSUE_22_FIELDS[slug] ?? [])],
    ]),
  ) as Record<string, string[]>,
};

/** The CMS as the release before languages had it: the same config with nothing localized, and without what came later. */
function withoutLanguages(config: Config): Config {
  const plain = (fields: Field[]): Field[] =>
    fields.map((field): Field => {
      if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: plain(tab.fields) })) };
      if ('fields' in field) return { ...field, fields: plain(field.fields) };
      return 'localized' in field && field.localized ? { ...field, localized: false } : field;
    });
  const later = (slug: string, field: Field) => 'name' in field && (LATER.fields[slug] ?? []).includes(field.name);
  const collections = (config.collections ?? [])
    .filter((collection) => !LATER.collections.includes(collection.slug))
    .map((collection): CollectionConfig => ({ ...collection, fields: plain(collection.fields.filter((field) => !later(collection.slug, field))) }));
  // Nor scheduled jobs (Payload's schedule needs payload_jobs.meta, which came with issue 22).
  const jobs = config.jobs && { ...config.jobs, tasks: (config.jobs.tasks ?? []).filter((task) => !task.schedule), autoRun: undefined };
  return { ...config, localization: false, collections, jobs, globals: (config.globals ?? []).filter((global) => global.slug !== 'payload-jobs-stats').map((global) => ({ ...global, fields: plain(global.fields) })) };
}

type Texts = Map<string, unknown>;
type Reading = { texts: Texts; documents: number; versions: number };

/** The values at a dotted path, through groups and array rows (`chapters.0.sources.1.title`). */
function valuesAt(doc: unknown, fieldPath: string, prefix = ''): [string, unknown][] {
  const [head, ...rest] = fieldPath.split('.');
  const value = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[head!] : undefined;
  if (!rest.length) return [[`${prefix}${head}`, value ?? null]];
  if (Array.isArray(value)) return value.flatMap((row, i) => valuesAt(row, rest.join('.'), `${prefix}${head}.${i}.`));
  return valuesAt(value, rest.join('.'), `${prefix}${head}.`);
}

/** Every translatable text of every document and version, by collection, document or version, and path. */
async function readTexts(p: Payload, locale?: 'en'): Promise<Reading> {
  const texts: Texts = new Map();
  let documents = 0;
  let versions = 0;
  for (const collection of Object.keys(TRANSLATABLE) as TranslatableCollection[]) {
    const paths = TRANSLATABLE[collection];
    const { docs } = await p.find({ collection, pagination: false, depth: 0, draft: false, overrideAccess: true, ...(locale ? { locale } : {}) });
    documents += docs.length;
    for (const doc of docs) for (const fieldPath of paths) for (const [where, value] of valuesAt(doc, fieldPath)) texts.set(`${collection}/${doc.id}/${where}`, value);
    if (!p.collections[collection].config.versions) continue;
    const found = await p.findVersions({ collection, pagination: false, depth: 0, overrideAccess: true, ...(locale ? { locale } : {}) });
    versions += found.docs.length;
    for (const version of found.docs) {
      for (const fieldPath of paths) for (const [where, value] of valuesAt(version.version, fieldPath)) texts.set(`${collection}/v${version.id}/${where}`, value);
    }
  }
  return { texts, documents, versions };
}

/** What each site shows: the snapshot of every council and of the practice library, without the time it was made. */
async function snapshots(p: Payload): Promise<unknown[]> {
  const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
  const { docs } = await p.find({ collection: 'authorities', depth: 0, pagination: false, overrideAccess: true, sort: 'id' });
  const all = [...docs.map((council) => collectSnapshot(p, null, { council: council.id })), collectSnapshot(p, null, { library: true })];
  return (await Promise.all(all)).map(({ generatedAt: _generatedAt, ...rest }) => rest);
}

/** The CMS as the release before languages had it, on the test database (`key`: its own Payload). */
async function releaseBefore(key: string): Promise<Payload> {
  const { platformConfig } = await import('@cms/payload.config');
  return getPayload({ config: buildConfig(withoutLanguages(platformConfig())), key });
}

let was: Reading;
let is: Reading;
let sitesBefore: unknown[];

beforeAll(async () => {
  db = await createTestDatabase();
  const cms = await import('@cms/lib/payload');
  close = cms.closePayload;

  // The release before languages: its migrations, its CMS, the demo content and a newer draft.
  before = await releaseBefore('before-languages');
  await migrateUntil(before, db.kind, 'localized_text');
  const { importContent } = await import('@cms/seed/importContent');
  // That release imported no translations (it had nowhere to put them).
  await importContent(before, path.resolve(import.meta.dirname, '..', '..', '..', 'content'), { translations: false });
  const { docs: [offer] } = await before.find({ collection: 'offers', limit: 1, sort: 'id', depth: 0, overrideAccess: true });
  if (!offer) throw new Error('The demo content has no offer.');
  await before.update({
    collection: 'offers',
    id: offer.id,
    draft: true,
    overrideAccess: true,
    context: { seeding: true },
    data: { title: `${offer.title} (new draft)`, howToGet: offer.howToGet.map((row, i) => ({ ...row, step: i === 0 ? `${row.step} First, ring us.` : row.step })) },
  });
  const { docs: [council] } = await before.find({ collection: 'authorities', limit: 1, sort: 'id', depth: 0, overrideAccess: true });
  if (!council) throw new Error('The demo content has no council.');
  await before.create({
    collection: 'guides',
    overrideAccess: true,
    context: { seeding: true },
    data: {
      council: council.id,
      title: 'Moving on',
      summary: 'What to do when you move into your own home.',
      intro: lexical('Read this before you move.'),
      _status: 'published',
      chapters: [
        {
          title: 'Your first home',
          summary: 'Setting up your first home.',
          body: lexical('You can get money to set up home.'),
          legalBasis: 'Children Act 1989, section 23C',
          sources: [{ title: 'Leaving care', url: 'https://www.gov.uk/leaving-foster-or-local-authority-care' }],
        },
      ],
    },
  });
  was = await readTexts(before);
  sitesBefore = await snapshots(before);
  await close(before);

  // Today's CMS on the same database: the rest of the migrations.
  payload = await cms.openPayload();
  await cms.migrateDatabase(payload);
  is = await readTexts(payload, 'en');
}, 600_000);

afterAll(async () => {
  if (payload) await close(payload);
  await db?.drop();
});

describe(`upgrading to text in several languages (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('had the demo content, a draft newer than the live offer, and text in every translatable field', () => {
    const filled = new Set([...was.texts].filter(([, value]) => value !== null && value !== '').map(([key]) => key.replace(/\/[^/]+\//, '/').replace(/\.\d+\./g, '.')));
    const every = Object.entries(TRANSLATABLE).flatMap(([collection, paths]) => paths.map((fieldPath) => `${collection}/${fieldPath}`));
    expect(every.filter((key) => !filled.has(key))).toEqual([]);
    expect([...was.texts.values()].some((value) => typeof value === 'string' && value.endsWith('(new draft)'))).toBe(true);
    console.log(`upgrade (${db.kind}): ${was.documents} documents, ${was.versions} versions, ${was.texts.size} texts (${[...was.texts.values()].filter((v) => v !== null).length} not empty)`);
  });

  it('reads every English text back word for word, rich text, drafts and versions included', () => {
    expect([is.documents, is.versions]).toEqual([was.documents, was.versions]);
    const changed = [...was.texts].filter(([key, value]) => JSON.stringify(is.texts.get(key) ?? null) !== JSON.stringify(value)).map(([key]) => key);
    expect(changed.length, `texts lost or changed, e.g. ${changed.slice(0, 5).join(', ')}`).toBe(0);
    expect(is.texts.size).toBe(was.texts.size);
  });

  it('builds every site from the same content as before', async () => {
    expect(await snapshots(payload)).toEqual(sitesBefore);
  });

  it('has no translation yet: another language is empty, never the English', async () => {
    const { docs } = await payload.find({ collection: 'offers', limit: 1, sort: 'id', depth: 0, overrideAccess: true, locale: 'ar' });
    expect(docs[0]?.title ?? null).toBeNull();
  });

  it('keeps the search words as the English list, and gives each language a list of its own (issue 21, part 5)', async () => {
    const english = await payload.findGlobal({ slug: 'search-words', locale: 'en', depth: 0, overrideAccess: true });
    expect(english.entries?.length ?? 0).toBeGreaterThan(10);
    expect((await payload.findGlobal({ slug: 'search-words', locale: 'ar', depth: 0, overrideAccess: true })).entries ?? []).toEqual([]);
    // Arabic crisis words, saved in Arabic, leave the English list as it was.
    await payload.updateGlobal({
      slug: 'search-words',
      locale: 'ar',
      overrideAccess: true,
      context: { seeding: true },
      data: { entries: [{ says: 'لا مكان أنام فيه', means: 'مساعدة عاجلة', urgent: true }] },
    });
    const arabic = await payload.findGlobal({ slug: 'search-words', locale: 'ar', depth: 0, overrideAccess: true });
    expect(arabic.entries?.map((entry) => [entry.says, entry.urgent])).toEqual([['لا مكان أنام فيه', true]]);
    const after = await payload.findGlobal({ slug: 'search-words', locale: 'en', depth: 0, overrideAccess: true });
    expect(after.entries?.map((entry) => entry.says)).toEqual(english.entries?.map((entry) => entry.says));
  });

  it('rolls back with every English text in its column again', async () => {
    const { forPayload } = await import('@cms/lib/payload');
    const list = db.kind === 'sqlite' ? forPayload((await import('@cms/migrations/sqlite')).migrations) : forPayload((await import('@cms/migrations/postgres')).migrations);
    const at = list.findIndex((m) => m.name.endsWith('localized_text'));
    if (at < 0 || !('drizzle' in payload.db)) throw new Error('No localized_text migration, or not a drizzle adapter.');
    // As `migrate:down` would: every later migration first, newest first, then localized_text.
    const req = await createLocalReq({}, payload);
    for (const migration of list.slice(at).reverse()) await migration.down({ db: payload.db.drizzle, payload, req });
    const again = await releaseBefore('after-rollback');
    try {
      const back = await readTexts(again);
      expect([back.documents, back.versions, back.texts.size]).toEqual([was.documents, was.versions, was.texts.size]);
      expect([...was.texts].filter(([key, value]) => JSON.stringify(back.texts.get(key) ?? null) !== JSON.stringify(value)).map(([key]) => key)).toEqual([]);
    } finally {
      await close(again);
    }
  });
});
