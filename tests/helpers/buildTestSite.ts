/**
 * Builds the site the browser tests run against, from a throwaway SQLite database:
 * the demo content, plus documents the tests look for:
 *   - a published offer whose body (and only its body) holds a rare word, for search;
 *   - a draft offer, which must not appear anywhere on the site;
 *   - four money offers, announced, in-area-only, "ask your PA" and ended (issue 9);
 *   - a money offer whose amount went up, published with a "what changed" line (issue 22);
 *   - a chapter of a council's own guide changed with a "what changed" line (issue 22);
 *   - an offer overdue for review and one not due for years (issue 22);
 * and the council's public address set in the CMS, so pages carry it (never localhost).
 * Those go into Demo Borough, whose site the journey suites use (`.e2e/site`). Every demo
 * council's site is built by the platform's own build (`buildCouncilSites`) into
 * `.e2e/sites/<council>/`, each with a draft of its own that must appear nowhere
 * (tests/e2e/councils.e2e.spec.ts). Then the hostile site and the language fixture
 * (`tests/helpers/languageSites.ts`: a council's site in English, Arabic, Dari and Tigrinya).
 * Run by `npm test` before Playwright (`npm run test:e2e` does it too).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RequiredDataFromCollectionSlug } from 'payload';
import { e2eDir, E2E_COUNCIL_DRAFT, E2E_FIXTURES, E2E_PUBLIC_URL } from '@tests/helpers/e2e';

rmSync(e2eDir, { recursive: true, force: true });
mkdirSync(e2eDir, { recursive: true });
process.env.DATA_DIR = path.join(e2eDir, 'data');
process.env.DATABASE_URL = `file:${path.join(e2eDir, 'data', 'e2e.db')}`;
process.env.SITE_OUT_DIR = path.join(e2eDir, 'sites');

const { closePayload, migrateDatabase, openPayload } = await import('@cms/lib/payload');
const { importContent } = await import('@cms/seed/importContent');
const { buildCouncilSites, listCouncils } = await import('@platform/build/councilSites');
const { editorConfigFactory, convertMarkdownToLexical } = await import('@payloadcms/richtext-lexical');

const started = Date.now();
const payload = await openPayload();
try {
  await migrateDatabase(payload);
  await importContent(payload, path.resolve('content'));
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const area = (await payload.find({ collection: 'areas', limit: 1, sort: 'order' })).docs[0]!;
  const councils = await listCouncils(payload);
  const demo = councils.find((c) => c.slug === 'demo-borough')!;
  // A council's id as Payload's types have it (the platform's list also holds the library, keyed by a name).
  const idOf = (council: { id: number | string; slug: string }) => {
    if (typeof council.id !== 'number') throw new Error(`${council.slug} is not a council in the CMS.`);
    return council.id;
  };
  const offer = (title: string, slug: string, markdown: string, council = idOf(demo)): RequiredDataFromCollectionSlug<'offers'> => ({
    council,
    title,
    slug,
    summary: 'A test offer that the browser tests look for.',
    body: convertMarkdownToLexical({ editorConfig, markdown }),
    area: area.id,
    kind: 'local',
    // The collection's defaults, written out for the type.
    legalStatus: 'in-force',
    livingElsewhere: 'applies',
    amount: { type: 'none' },
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

  // Issue 9: money offers in every legal status and living-elsewhere rule, with phone numbers
  // written the ways people write them (each must become a tel: link).
  const moneyArea = (await payload.find({ collection: 'areas', where: { slug: { equals: 'financial-support' } }, limit: 1 })).docs[0] ?? area;
  const money = (
    fixture: { title: string; slug: string },
    fields: { kind: 'national' | 'local'; legalStatus: 'in-force' | 'announced' | 'ended'; livingElsewhere: 'applies' | 'in-area-only' | 'ask'; sourceUrl?: string },
    amount: { value: number; period: 'once' | 'monthly' | 'instalments'; nationalMinimum?: number; nationalBasis?: 'set-in-law' | 'legal-minimum' | 'recommended' },
  ) =>
    payload.create({
      collection: 'offers',
      data: {
        ...offer(fixture.title, fixture.slug, 'A test money offer. Call 0800 123 4567 to ask about it.'),
        area: moneyArea.id,
        ...fields,
        eligibility: { ageFrom: 16, ageTo: 25 },
        amount: { type: 'money', ...amount },
        howToGet: [{ step: 'Call +44 (0)20 7946 0125, or 0800 1111 if you are under 19.' }],
        whoToAsk: 'Your Personal Adviser, or the test team on (020) 7946 0123.',
        _status: 'published',
      },
    });
  const { announced, inAreaOnly, askPa, ended } = E2E_FIXTURES;
  // A national entitlement links its source (issue 20, part 5), or it is not published.
  await money(announced, { kind: 'national', legalStatus: 'announced', livingElsewhere: 'applies', sourceUrl: 'https://www.gov.uk/leaving-foster-or-local-authority-care' }, { value: 500, period: 'once', nationalMinimum: 400, nationalBasis: 'legal-minimum' });
  await money(inAreaOnly, { kind: 'local', legalStatus: 'in-force', livingElsewhere: 'in-area-only' }, { value: 20, period: 'monthly' });
  await money(askPa, { kind: 'local', legalStatus: 'in-force', livingElsewhere: 'ask' }, { value: 100, period: 'instalments' });
  await money(ended, { kind: 'local', legalStatus: 'ended', livingElsewhere: 'applies' }, { value: 50, period: 'once' });

  // Issue 22, part 4: a change published through the CMS's hook, as an editor would. A changed
  // amount without a "what changed" line is refused; with one, it is in the change log; a typo fix after it adds nothing.
  const { changed } = E2E_FIXTURES;
  const grant = await money(changed, { kind: 'local', legalStatus: 'in-force', livingElsewhere: 'applies' }, { value: changed.before, period: 'once' });
  const raised = { amount: { type: 'money' as const, value: changed.after, period: 'once' as const }, _status: 'published' as const };
  const refused = await payload.update({ collection: 'offers', id: grant.id, data: raised }).then(() => false, () => true);
  if (!refused) throw new Error('Publishing a changed amount with no "what changed" line was not refused.');
  await payload.update({ collection: 'offers', id: grant.id, data: { ...raised, whatChanged: changed.line } });
  await payload.update({ collection: 'offers', id: grant.id, data: { summary: changed.typoFixed, _status: 'published' } });

  // Issue 22, part 4: a chapter of the council's own guide changed who it is for: refused without a line, then published with one.
  const { guideChange } = E2E_FIXTURES;
  const chapter = (title: string) => ({ title, summary: `About ${title.toLowerCase()}.`, body: convertMarkdownToLexical({ editorConfig, markdown: `${title}: a test chapter.` }) });
  const guide = await payload.create({
    collection: 'guides',
    data: { council: idOf(demo), title: guideChange.title, slug: guideChange.slug, summary: 'A test guide of the council’s own.', chapters: guideChange.chapters.map(chapter), _status: 'published' },
  });
  const forStudents = guide.chapters.map((c) => (c.slug === guideChange.changedSlug ? { ...c, circumstances: ['in-education' as const] } : c));
  const guideRefused = await payload.update({ collection: 'guides', id: guide.id, data: { chapters: forStudents, _status: 'published' } }).then(() => false, () => true);
  if (!guideRefused) throw new Error('Publishing a guide chapter for new people with no "what changed" line was not refused.');
  await payload.update({ collection: 'guides', id: guide.id, data: { chapters: forStudents, whatChanged: guideChange.line, _status: 'published' } });

  // Issue 22, part 5: an offer overdue for review, and one checked and not due for years.
  for (const fixture of [E2E_FIXTURES.overdue, E2E_FIXTURES.reviewed]) {
    await payload.create({
      collection: 'offers',
      data: { ...offer(fixture.title, fixture.slug, 'A test offer with review dates.'), lastReviewed: fixture.lastReviewed, nextReview: fixture.nextReview, _status: 'published' },
    });
  }

  // The council's public address, as an editor sets it: canonical links and the sitemap use it.
  await payload.update({ collection: 'authorities', id: demo.id, data: { siteUrl: E2E_PUBLIC_URL } });
  // Each council's own draft: on no council's site.
  for (const council of councils) {
    await payload.create({
      collection: 'offers',
      draft: true,
      // Marked for "how councils compare", with an amount no council gives: it must not be compared either.
      data: {
        ...offer(`${E2E_COUNCIL_DRAFT.title} ${council.slug}`, `${E2E_COUNCIL_DRAFT.slug}-${council.slug}`, 'Not ready.', idOf(council)),
        compareAs: 'driving-lessons',
        amount: { type: 'money', value: E2E_COUNCIL_DRAFT.amount, period: 'once' },
        _status: 'draft',
      },
    });
  }
  const buildLog: string[] = [];
  const results = await buildCouncilSites(payload, await listCouncils(payload), { trigger: 'test build', log: (line) => buildLog.push(line) });
  writeFileSync(path.join(e2eDir, 'build.log'), buildLog.join('\n'));
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`The test sites did not build:\n${failed.map((r) => `${r.council.slug}: ${r.message}`).join('\n')}`);
  // The journey suites run against Demo Borough's site.
  symlinkSync(path.join('sites', 'demo-borough'), path.join(e2eDir, 'site'));
  writeFileSync(path.join(e2eDir, 'built-at'), new Date().toISOString());
  console.log(`Built the test site in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.join(e2eDir, 'site')}`);
} finally {
  await closePayload(payload);
}
// Issue 8: a site built from a snapshot where every field holds an attack vector (tests/e2e/hostile.e2e.spec.ts).
await (await import('@tests/helpers/hostileSnapshot')).buildHostileSite();
// Issue 21: two sites from the test fixture with Easy Read, one offering it and one not (tests/e2e/easyRead.e2e.spec.ts).
await (await import('@tests/helpers/easyReadSites')).buildEasyReadSites();
// Issue 21: Demo Borough in English, Arabic, Dari and Tigrinya, from language snapshots made from the test snapshot (tests/e2e/languages.e2e.spec.ts).
{
  const { buildLanguageSites, languagesSiteDir } = await import('@tests/helpers/languageSites');
  const { pages } = await buildLanguageSites();
  console.log(`Built the language fixture: ${languagesSiteDir} (${pages} pages indexed)`);
}
process.exit(0);
