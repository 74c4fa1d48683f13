import path from 'node:path';
import { editorConfigFactory, convertMarkdownToLexical } from '@payloadcms/richtext-lexical';
import type { SQLiteAdapter } from '@payloadcms/db-sqlite';
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload';
import { withCmsNames } from '@content/model/fields';
import { isTranslationLocale } from '@content/model/locales';
import { readContent, type SeedContent } from '@cms/seed/readContent';
import type { ChangeFileEntry } from '@content/model/changeLog';
import type { ChangeLogged } from '@cms/hooks/changeLog';
import { readTranslations, type TranslationFile } from '@cms/seed/readTranslations';
import { importTranslations } from '@cms/seed/importTranslations';
import { mediaStore } from '@cms/lib/mediaStore';

export type ImportReport = { created: Record<string, number>; skipped: Record<string, number> };

export type ImportOptions = {
  /**
   * Whether to import `content/translations/` too (default yes). The upgrade tests seed a
   * database as the release before languages would have, which had no translations.
   */
  translations?: boolean;
};

/** Passed to every write, so hooks with side effects (site rebuilds, emails) stay quiet while seeding. */
export const SEED_CONTEXT = { seeding: true } as const;

/**
 * Imports the content folder into Payload. Idempotent: a document whose slug (or ONS code,
 * or media file) is already there is left alone, so editors' changes survive a re-run.
 * All-or-nothing, on both databases: every file is checked first, then everything is
 * written in one database transaction that is rolled back if any write fails, and any
 * upload files the import wrote are deleted again.
 */
export async function importContent(payload: Payload, contentDir: string, { translations: withTranslations = true }: ImportOptions = {}): Promise<ImportReport> {
  const content = readContent(contentDir);
  // The translations are checked against the English before anything is written, too.
  const translations = withTranslations ? readTranslations(contentDir, content) : [];
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload);
  // The upload files, on the disk or in the bucket (`@cms/lib/mediaStore`).
  const uploads = mediaStore();
  const filesBefore = new Set(await uploads.list());
  const transaction = await beginImportTransaction(payload, req);
  try {
    const report = await write(payload, req, content, translations);
    await transaction.commit();
    return report;
  } catch (error) {
    await transaction.rollback();
    // The database forgot the uploads; forget their files too.
    for (const file of await uploads.list()) if (!filesBefore.has(file)) await uploads.remove(file);
    throw error;
  }
}

/**
 * The SQLite adapter (`cms/db.ts`), which Payload names `sqlite`. (`Payload['db']` merges what
 * both adapters declare, so its type can't say which one is running.)
 */
const isSqlite = (db: { name?: string }): db is SQLiteAdapter => db.name === 'sqlite';

/**
 * One transaction around the whole import.
 *
 * PostgreSQL: Payload's own transaction, which every write joins through `req`.
 * SQLite: Payload's transactions are off there (turning them on makes libsql open a new
 * connection per transaction with no busy timeout, so any concurrent write fails at once
 * with SQLITE_BUSY). Instead the import holds one write transaction on the adapter's own
 * connection, which every statement of this process uses while transactions are off:
 * `BEGIN IMMEDIATE` … `COMMIT`, or `ROLLBACK` on any failure.
 */
async function beginImportTransaction(payload: Payload, req: PayloadRequest): Promise<{ commit: () => Promise<void>; rollback: () => Promise<void> }> {
  if (await initTransaction(req)) {
    return { commit: () => commitTransaction(req), rollback: () => killTransaction(req) };
  }
  const client = isSqlite(payload.db) ? payload.db.client : undefined;
  if (!client) {
    throw new Error(`The ${payload.db.name} database gives no transaction, so the import could not be all-or-nothing; nothing was written.`);
  }
  await client.execute('BEGIN IMMEDIATE');
  return {
    commit: async () => {
      await client.execute('COMMIT');
    },
    rollback: async () => {
      await client.execute('ROLLBACK').catch(() => undefined);
    },
  };
}

async function write(payload: Payload, req: PayloadRequest, content: SeedContent, translations: TranslationFile[]): Promise<ImportReport> {
  // A CMS without the change log (the release before issue 22, as the upgrade tests run it) gets no entries.
  const withChangeLog = 'change-log' in payload.collections;
  const report: ImportReport = { created: {}, skipped: {} };
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const lexical = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown });
  const common = { req, context: { ...SEED_CONTEXT }, overrideAccess: true } as const;
  const count = (key: 'created' | 'skipped', collection: string) => {
    report[key][collection] = (report[key][collection] ?? 0) + 1;
  };

  /** Finds an existing document by a unique field, or creates it. Returns its id. */
  async function upsert(
    collection: Parameters<Payload['create']>[0]['collection'],
    where: Record<string, unknown> | null,
    file: string,
    data: Record<string, unknown>,
    options: { draft?: boolean; filePath?: string } = {},
  ): Promise<number | string> {
    if (where) {
      const existing = await payload.find({
        ...common,
        collection,
        where: { and: Object.entries(where).map(([field, value]) => ({ [field]: { equals: value } })) },
        limit: 1,
        draft: true,
        depth: 0,
      });
      if (existing.docs[0]) {
        count('skipped', collection);
        return existing.docs[0].id;
      }
    }
    try {
      const doc = await payload.create({
        ...common,
        collection,
        data: options.draft === undefined ? data : { ...data, _status: options.draft ? 'draft' : 'published' },
        draft: options.draft ?? false,
        ...(options.filePath ? { filePath: options.filePath } : {}),
      } as Parameters<Payload['create']>[0]);
      count('created', collection);
      return doc.id;
    } catch (error) {
      throw new Error(`${file}: ${describe(error)}`, { cause: error });
    }
  }

  /** Adds a change log entry from the content files, once (the same page, line and council are there already: skipped). */
  async function logged(
    file: string,
    change: Omit<ChangeFileEntry, 'date'> & { date: string; council: number | string | null; changedIn: ChangeLogged; documentId: number | string; title: string },
  ) {
    const { date, council, documentId, ...entry } = change;
    const where = { changedIn: entry.changedIn, slug: entry.slug, line: entry.line, council: council ?? null };
    await upsert('change-log', where, file, { ...entry, council, documentId: Number(documentId), changedAt: new Date(`${date}T09:00:00Z`).toISOString() });
  }

  const mediaIds = new Map<string, number | string>();
  for (const item of content.media) {
    const stem = path.parse(item.file).name;
    const found = await payload.find({ ...common, collection: 'media', where: { filename: { like: stem } }, limit: 10, depth: 0 });
    const same = found.docs.find((d) => d.filename && path.parse(d.filename).name === stem);
    if (same) {
      count('skipped', 'media');
      mediaIds.set(item.file, same.id);
      continue;
    }
    // Matched above by file name (Payload may rename the stored file), so create directly.
    mediaIds.set(item.file, await upsert('media', null, `content/media.yaml (${item.file})`, { alt: item.alt, caption: item.caption }, { filePath: item.path }));
  }

  // The register of councils first: spotlights and figures refer to it by ONS code.
  const registerIds = new Map<string, number | string>();
  for (const { file, ...entry } of content.register) registerIds.set(entry.onsCode, await upsert('council-register', { onsCode: entry.onsCode }, file, entry));

  // National content, written once for every council.
  const areaIds = new Map<string, number | string>();
  for (const { file, ...area } of content.areas) areaIds.set(area.slug, await upsert('areas', { slug: area.slug }, file, area));

  for (const { file, ...term } of content.glossary) {
    await upsert('glossary-terms', { slug: term.slug }, file, { ...term, aliases: term.aliases.map((alias) => ({ alias })) }, { draft: false });
  }

  const entitlementIds = new Map<string, number | string>();
  for (const { file, draft, body, area, howToGet, easyRead, ...entitlement } of content.entitlements) {
    const data = { ...entitlement, body: lexical(body), area: areaIds.get(area), howToGet: howToGet.map((step) => ({ step })), ...(easyRead ? { easyRead } : {}) };
    entitlementIds.set(entitlement.slug, await upsert('entitlements', { slug: entitlement.slug }, file, data, { draft }));
  }

  const chapterIds = new Map<string, number | string>();
  for (const { file, draft, body, relatedEntitlements, sources, ...chapter } of content.guideChapters) {
    const data = {
      ...chapter,
      body: lexical(body),
      sources: sources.map(({ title, url }) => ({ title, url })),
      relatedEntitlements: relatedEntitlements.map((slug) => entitlementIds.get(slug)).filter((id) => id !== undefined),
    };
    chapterIds.set(chapter.slug, await upsert('guide-chapters', { slug: chapter.slug }, file, data, { draft }));
  }

  for (const { file, draft, body, partners, image, councils, ...spotlight } of content.spotlights) {
    const data = {
      ...spotlight,
      councils: councils.map((code) => registerIds.get(code)),
      body: lexical(body),
      partners: partners.map((name) => ({ name })),
      image: image ? mediaIds.get(image) : undefined,
    };
    await upsert('spotlights', { slug: spotlight.slug }, file, data, { draft });
  }

  // Each council: its settings, and the offers, local details, guides, pledges and indicators that belong to it.
  for (const councilContent of content.councils) {
    const { file: authorityFile, ...authority } = councilContent.authority;
    const council = await upsert('authorities', { onsCode: authority.onsCode }, authorityFile, { ...authority, slug: councilContent.slug });

    // What a guide chapter can link to: the council's offers and the national entitlements (both are offer pages on its site).
    const offerIds = new Map<string, number | string>();
    for (const { file, draft, body, area, howToGet, easyRead, ...offer } of councilContent.offers) {
      const data = { ...offer, council, body: lexical(body), area: areaIds.get(area), howToGet: howToGet.map((step) => ({ step })), ...(easyRead ? { easyRead } : {}) };
      offerIds.set(offer.slug, await upsert('offers', { council, slug: offer.slug }, file, data, { draft }));
    }

    const detailIds = new Map<string, number | string>();
    for (const { file, draft, entitlement, howToGet, ...detail } of councilContent.localDetails) {
      const data = {
        ...detail,
        council,
        entitlement: entitlementIds.get(entitlement),
        ...(howToGet ? { howToGet: howToGet.map((step) => ({ step })) } : {}),
      };
      detailIds.set(entitlement, await upsert('local-details', { council, entitlement: entitlementIds.get(entitlement) }, file, data, { draft }));
    }

    for (const { file, draft, intro, chapters, ...guide } of councilContent.guides) {
      const data = {
        ...guide,
        council,
        intro: intro ? lexical(intro) : undefined,
        chapters: chapters.map(({ file: _file, body, relatedOffers, ...chapter }) => ({
          ...chapter,
          body: lexical(body),
          relatedOffers: relatedOffers.map((slug) => offerIds.get(slug)).filter((id) => id !== undefined),
          relatedEntitlements: relatedOffers.filter((slug) => !offerIds.has(slug)).map((slug) => entitlementIds.get(slug)).filter((id) => id !== undefined),
        })),
      };
      await upsert('guides', { council, slug: guide.slug }, file, data, { draft });
    }

    const partIds = new Map<string, number | string>();
    for (const { file, draft, chapter, steps, relatedOffers, ...part } of councilContent.guideLocalParts) {
      const data = {
        ...part,
        council,
        chapter: chapterIds.get(chapter),
        steps: steps.map((step) => ({ step })),
        relatedOffers: relatedOffers.map((slug) => offerIds.get(slug)).filter((id) => id !== undefined),
      };
      partIds.set(chapter, await upsert('guide-local-parts', { council, chapter: chapterIds.get(chapter) }, file, data, { draft }));
    }

    const pledgeIds = new Map<string, number | string>();
    for (const { file, draft, area, ...pledge } of councilContent.pledges) {
      // Content files use the contract's names; the model says which the CMS stores differently.
      const data = { ...withCmsNames('pledges', pledge), council, area: area ? areaIds.get(area) : undefined };
      pledgeIds.set(pledge.slug, await upsert('pledges', { council, slug: pledge.slug }, file, data, { draft }));
    }

    for (const { file, ...term } of councilContent.glossary) {
      await upsert('local-terms', { council, slug: term.slug }, file, { ...term, council, aliases: term.aliases.map((alias) => ({ alias })) }, { draft: false });
    }

    for (const { file, figures, ...indicator } of councilContent.indicators) {
      const rows = figures.map(({ onsCode, ...figure }) => ({ ...figure, registeredCouncil: onsCode ? registerIds.get(onsCode) : null }));
      await upsert('indicators', { council, slug: indicator.slug }, file, { ...indicator, figures: rows, council });
    }

    // Its change log (issue 22, part 4): each entry on the page it is about, as the publishing hook writes one.
    const titles = {
      offer: (slug: string) => councilContent.offers.find((o) => o.slug === slug)?.title ?? content.entitlements.find((e) => e.slug === slug)?.title,
      chapter: (slug: string) => content.guideChapters.find((c) => c.slug === slug)?.title,
      pledge: (slug: string) => councilContent.pledges.find((p) => p.slug === slug)?.youSaid,
    };
    for (const { file, ...change } of withChangeLog ? councilContent.changes : []) {
      const [changedIn, id] =
        change.page === 'offer'
          ? offerIds.has(change.slug) ? (['offers', offerIds.get(change.slug)] as const) : (['local-details', detailIds.get(change.slug)] as const)
          : change.page === 'chapter'
            ? (['guide-local-parts', partIds.get(change.slug)] as const)
            : (['pledges', pledgeIds.get(change.slug)] as const);
      const title = titles[change.page](change.slug);
      if (id === undefined || !title) throw new Error(`${file}: field "slug": no ${change.page} "${change.slug}" of this council to say what changed on`);
      await logged(file, { ...change, council, changedIn, documentId: id, title });
    }
  }

  // The national change log: changes to entitlements and the national guide, on every council's site.
  for (const { file, ...change } of withChangeLog ? content.changes : []) {
    const national = change.page === 'offer' ? (['entitlements', entitlementIds.get(change.slug), content.entitlements] as const) : change.page === 'chapter' ? (['guide-chapters', chapterIds.get(change.slug), content.guideChapters] as const) : null;
    const title = national?.[2].find((d) => d.slug === change.slug)?.title;
    if (!national || national[1] === undefined || !title) throw new Error(`${file}: field "slug": no national ${change.page} "${change.slug}" to say what changed on`);
    await logged(file, { ...change, council: null, changedIn: national[0], documentId: national[1], title });
  }

  // Search words: only into an empty list, so editors' changes survive a re-run.
  if (content.searchWords.length) {
    const current = await payload.findGlobal({ slug: 'search-words', req, depth: 0, overrideAccess: true });
    if (!current.entries?.length) {
      try {
        await payload.updateGlobal({
          slug: 'search-words',
          data: { entries: content.searchWords.map((w) => ({ says: w.says.join('\n'), means: w.means, urgent: w.urgent })) },
          req,
          context: { ...SEED_CONTEXT },
          overrideAccess: true,
        });
        count('created', 'search-words');
      } catch (error) {
        throw new Error(`content/search-words.yaml: ${describe(error)}`, { cause: error });
      }
    } else {
      count('skipped', 'search-words');
    }
  }

  // Each language's own search words, with its crisis words (issue 21, part 5): only into an
  // empty list, like the English, and only with the translations (the release before languages
  // had one list).
  if (translations.length) {
    for (const [lang, words] of Object.entries(content.searchWordsByLanguage)) {
      if (!words?.length || !isTranslationLocale(lang)) continue;
      const current = await payload.findGlobal({ slug: 'search-words', locale: lang, req, depth: 0, overrideAccess: true });
      if (current.entries?.length) {
        count('skipped', `search-words (${lang})`);
        continue;
      }
      try {
        await payload.updateGlobal({
          slug: 'search-words',
          locale: lang,
          data: { entries: words.map((w) => ({ says: w.says.join('\n'), means: w.means, urgent: w.urgent })) },
          req,
          context: { ...SEED_CONTEXT },
          overrideAccess: true,
        });
        count('created', `search-words (${lang})`);
      } catch (error) {
        throw new Error(`content/search-words.${lang}.yaml: ${describe(error)}`, { cause: error });
      }
    }
  }

  // The demo translations, on the documents just written (or already there).
  await importTranslations(payload, req, translations, { lexical, context: { ...SEED_CONTEXT }, count });

  return report;
}

/** Payload's validation errors list the fields; keep their paths in the message. */
function describe(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data;
  if (data?.errors?.length) {
    return data.errors.map((e) => `field "${e.path}": ${e.message}`).join('; ');
  }
  return (error as Error).message;
}
