import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';
import { readContent } from '@cms/seed/readContent';
import { COMPLAINTS_CHAPTER, NATIONAL_GUIDE } from '@content/model/guides';

/**
 * The CMS end to end on a throwaway database (SQLite, or PostgreSQL under TEST_DB=postgres):
 * migrations, the seed import, the read rules anonymous readers get, and the export the
 * site is built from.
 */
let cms: TestCms;
let payload: Payload;
let lib: {
  importContent: typeof import('@cms/seed/importContent').importContent;
  exportSnapshot: typeof import('@cms/lib/exportSnapshot').exportSnapshot;
  validateSnapshot: typeof import('@site/loaders/payloadSnapshot').validateSnapshot;
};
let contentDir: string;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  // A copy, so the test sees one fixed version of the content folder.
  contentDir = path.join(cms.db.dataDir, 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  lib = {
    importContent: (await import('@cms/seed/importContent')).importContent,
    exportSnapshot: (await import('@cms/lib/exportSnapshot')).exportSnapshot,
    validateSnapshot: (await import('@site/loaders/payloadSnapshot')).validateSnapshot,
  };
});

afterAll(async () => {
  await cms?.stop();
});

/** Demo Borough's id: each council has its own snapshot. */
const demoBorough = async () => (await payload.find({ collection: 'authorities', where: { slug: { equals: 'demo-borough' } }, limit: 1, overrideAccess: true })).docs[0]!.id;

const countAll = async () => {
  const collections = ['offers', 'entitlements', 'local-details', 'guides', 'guide-chapters', 'guide-local-parts', 'spotlights', 'pledges', 'glossary-terms', 'indicators', 'areas', 'authorities', 'media'] as const;
  const counts: Record<string, number> = {};
  for (const collection of collections) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs;
  }
  return counts;
};

describe(`CMS on ${process.env.TEST_DB || 'sqlite'}`, () => {
  it('refuses a broken content file, naming the file and field, and writes nothing', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'lop-content-'));
    cpSync(contentDir, broken, { recursive: true });
    const offerFile = path.join(broken, 'entitlements', 'staying-put.md');
    writeFileSync(offerFile, readFileSync(offerFile, 'utf8').replace(/ageTo: \d+/, 'ageTo: twenty-one'));

    await expect(lib.importContent(payload, broken)).rejects.toThrow(/entitlements\/staying-put\.md: field "eligibility\.ageTo"/);
    expect(Object.values(await countAll()).every((n) => n === 0)).toBe(true);
  });

  it('rolls back every write when the database refuses one document', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'lop-content-'));
    cpSync(contentDir, broken, { recursive: true });
    // Passes the file schema (a string) but breaks Payload's own rule for the field; the
    // last council, so everything national and the other councils were written before it.
    const authority = path.join(broken, 'councils', 'riverford', 'authority.yaml');
    writeFileSync(authority, readFileSync(authority, 'utf8').replace(/^email: .*$/m, 'email: "not an email"'));
    await expect(lib.importContent(payload, broken)).rejects.toThrow(/authority\.yaml/);
    expect(Object.values(await countAll()).every((n) => n === 0)).toBe(true);
  });

  it('imports the demo content, and a second run changes nothing', async () => {
    const first = await lib.importContent(payload, contentDir);
    expect(first.created.offers).toBeGreaterThanOrEqual(10);
    const after = await countAll();
    expect(after.areas).toBeGreaterThanOrEqual(8);

    const second = await lib.importContent(payload, contentDir);
    expect(second.created).toEqual({});
    expect(await countAll()).toEqual(after);
  });

  it('shows anonymous readers published offers only', async () => {
    const everything = await payload.find({ collection: 'offers', overrideAccess: true, draft: true, pagination: false });
    const drafts = everything.docs.filter((d) => d._status === 'draft');
    expect(drafts.length).toBeGreaterThan(0);

    const asReader = await payload.find({ collection: 'offers', overrideAccess: false, pagination: false });
    expect(asReader.docs.length).toBe(everything.docs.length - drafts.length);
    expect(asReader.docs.map((d) => d.slug)).not.toContain(drafts[0]!.slug);
    await expect(payload.findByID({ collection: 'offers', id: drafts[0]!.id, overrideAccess: false })).rejects.toThrow();
  });

  it('gives every council the national guide with its own local parts and its complaints contact (issue 20)', async () => {
    const files = readContent(contentDir);
    const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
    const { docs: councils } = await payload.find({ collection: 'authorities', overrideAccess: true, pagination: false, sort: 'name' });
    expect(councils.length).toBe(3);
    for (const council of councils) {
      const snapshot = lib.validateSnapshot(await collectSnapshot(payload, null, { council: council.id }));
      const guide = snapshot.guides.find((g) => g.slug === NATIONAL_GUIDE.slug)!;
      expect(guide.chapters.map((c) => c.slug), council.name).toEqual(
        files.guideChapters.filter((c) => !c.draft).sort((a, b) => a.order - b.order).map((c) => c.slug),
      );
      const complaints = guide.chapters.find((c) => c.slug === COMPLAINTS_CHAPTER)!;
      const own = files.councils.find((c) => c.slug === council.slug)!;
      expect(complaints.local?.whoToAsk, council.name).toBe(own.guideLocalParts.find((p) => p.chapter === COMPLAINTS_CHAPTER)?.whoToAsk);
      expect(snapshot.authority?.complaints, council.name).toEqual(own.authority.complaints);
      // Another council's local part never reaches this site.
      const others = files.councils.filter((c) => c !== own).flatMap((c) => c.guideLocalParts.map((p) => p.whoToAsk)).filter(Boolean);
      expect(guide.chapters.map((c) => c.local?.whoToAsk).filter((w) => others.includes(w)), council.name).toEqual([]);
    }
  });

  it('gives anonymous readers no way to list users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i);
  });

  it('exports a snapshot the site accepts, without drafts; publishing puts the offer in', async () => {
    const outDir = path.join(cms.db.dataDir, 'snapshot');
    const draft = (await payload.find({ collection: 'offers', overrideAccess: true, draft: true, where: { _status: { equals: 'draft' } }, limit: 1 })).docs[0]!;

    const before = lib.validateSnapshot(JSON.parse(readFileSync((await lib.exportSnapshot(payload, outDir, { council: await demoBorough() })).file, 'utf8')));
    expect(before.offers.map((o) => o.slug)).not.toContain(draft.slug);
    expect(before.authority!.name).toBeTruthy();
    expect(before.offers.every((o) => before.areas.some((a) => a.slug === o.area))).toBe(true);

    await payload.update({ collection: 'offers', id: draft.id, data: { _status: 'published' }, overrideAccess: true });
    const after = lib.validateSnapshot(JSON.parse(readFileSync((await lib.exportSnapshot(payload, outDir, { council: await demoBorough() })).file, 'utf8')));
    expect(after.offers.map((o) => o.slug)).toContain(draft.slug);
  });

  it('carries the search words staff keep in the CMS into the site, and a change to them reaches the next export', async () => {
    const outDir = path.join(cms.db.dataDir, 'snapshot-words');
    const first = lib.validateSnapshot(JSON.parse(readFileSync((await lib.exportSnapshot(payload, outDir, { council: await demoBorough() })).file, 'utf8')));
    expect(first.searchWords.length).toBeGreaterThanOrEqual(60);
    expect(first.searchWords.some((w) => w.urgent && w.says.some((s) => /sleep|unsafe|suicid/i.test(s)))).toBe(true);

    const current = await payload.findGlobal({ slug: 'search-words', overrideAccess: true });
    await payload.updateGlobal({
      slug: 'search-words',
      overrideAccess: true,
      data: { entries: [...(current.entries ?? []).map(({ id: _id, ...e }) => e), { says: 'peng grant\nfresh money', means: 'money', urgent: false }] },
    });
    const second = lib.validateSnapshot(JSON.parse(readFileSync((await lib.exportSnapshot(payload, outDir, { council: await demoBorough() })).file, 'utf8')));
    expect(second.searchWords.at(-1)).toEqual({ says: ['peng grant', 'fresh money'], means: 'money', urgent: false });
  });

  it('keeps the published version live while a newer draft is edited', async () => {
    const offer = (await payload.find({ collection: 'offers', overrideAccess: false, limit: 1 })).docs[0]!;
    await payload.update({ collection: 'offers', id: offer.id, data: { title: 'Unreviewed new title' }, draft: true, overrideAccess: true });
    const asReader = await payload.findByID({ collection: 'offers', id: offer.id, overrideAccess: false });
    expect(asReader.title).toBe(offer.title);
  });
});
