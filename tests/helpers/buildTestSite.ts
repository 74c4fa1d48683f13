/**
 * Builds the site the browser tests run against, from a throwaway SQLite database:
 * the demo content, plus two documents the tests look for:
 *   - a published offer whose body (and only its body) holds a rare word, for search;
 *   - a draft offer, which must not appear anywhere on the site.
 * Run by `npm test` before Playwright (`npm run test:e2e` does it too).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { e2eDir, E2E_FIXTURES, E2E_PORT } from '@tests/helpers/e2e';

rmSync(e2eDir, { recursive: true, force: true });
mkdirSync(e2eDir, { recursive: true });
process.env.DATA_DIR = path.join(e2eDir, 'data');
process.env.DATABASE_URL = `file:${path.join(e2eDir, 'data', 'e2e.db')}`;

const { closePayload, migrateDatabase, openPayload } = await import('@cms/lib/payload');
const { importContent } = await import('@cms/seed/importContent');
const { exportSnapshot } = await import('@cms/lib/exportSnapshot');
const { buildSite } = await import('@cms/lib/buildSite');
const { editorConfigFactory, convertMarkdownToLexical } = await import('@payloadcms/richtext-lexical');

const started = Date.now();
const payload = await openPayload();
try {
  await migrateDatabase(payload);
  await importContent(payload, path.resolve('content'));
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const area = (await payload.find({ collection: 'areas', limit: 1, sort: 'order' })).docs[0]!;
  const offer = (title: string, slug: string, markdown: string) => ({
    title,
    slug,
    summary: 'A test offer that the browser tests look for.',
    body: convertMarkdownToLexical({ editorConfig, markdown }),
    area: area.id,
    kind: 'local' as const,
    howToGet: [{ step: 'Ask your Personal Adviser.' }],
    whoToAsk: 'Your Personal Adviser.',
    ifRefused: 'Ask for a review, or make a complaint.',
    legalBasis: 'Test fixture',
    lastReviewed: '2026-11-01',
  });
  const { searchable, draft } = E2E_FIXTURES;
  await payload.create({
    collection: 'offers',
    data: { ...offer(searchable.title, searchable.slug, `This grant can pay for a ${searchable.bodyWord} and other things.`), _status: 'published' },
  });
  await payload.create({
    collection: 'offers',
    draft: true,
    data: { ...offer(draft.title, draft.slug, 'Not ready to publish.'), _status: 'draft' },
  });
  const snapshot = path.join(e2eDir, 'snapshot');
  await exportSnapshot(payload, snapshot);
  await buildSite({ snapshotDir: snapshot, outDir: path.join(e2eDir, 'site'), siteUrl: `http://localhost:${E2E_PORT}`, log: () => {} });
  writeFileSync(path.join(e2eDir, 'built-at'), new Date().toISOString());
  console.log(`Built the test site in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.join(e2eDir, 'site')}`);
} finally {
  await closePayload(payload);
}
// Issue 8: a site built from a snapshot where every field holds an attack vector (tests/e2e/hostile.e2e.spec.ts).
await (await import('@tests/helpers/hostileSnapshot')).buildHostileSite();
process.exit(0);
