import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * "How councils compare" follows what councils publish (issue 11, item 5): the demo content
 * built by the platform's own build; then Northdale publishes a new setting-up-home amount
 * and only Northdale's site is rebuilt. Its comparison shows the new amount at once, and
 * the comparison every later build reads has it; a draft amount is never compared.
 */
let cms: TestCms;
let payload: Payload;
let sites: string;

const page = (council: string, item: string) => readFileSync(path.join(sites, council, 'compare', item, 'index.html'), 'utf8');
/** The Northdale row of an item's table, as text. */
const northdaleRow = (html: string) => html.match(/<tr[^>]*>\s*<th scope="row"[^>]*>Northdale County Council<\/th>([\s\S]*?)<\/tr>/)?.[1] ?? '';

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  sites = mkdtempSync(path.join(tmpdir(), 'lop-compare-'));
  process.env.SITE_OUT_DIR = sites;
  const { importContent } = await import('@cms/seed/importContent');
  await importContent(payload, path.resolve('content'));
  const { buildCouncilSites, listCouncils } = await import('@platform/build/councilSites');
  const results = await buildCouncilSites(payload, await listCouncils(payload), { trigger: 'test', log: () => {} });
  expect(results.map((r) => r.ok)).toEqual([true, true, true]);
}, 300_000);

afterAll(async () => {
  delete process.env.SITE_OUT_DIR;
  await cms?.stop();
  if (sites) rmSync(sites, { recursive: true, force: true });
});

describe(`how councils compare, after a council publishes (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('builds the national practice library beside the councils, and keeps its short name for it', async () => {
    expect(readFileSync(path.join(sites, 'library', 'index.html'), 'utf8')).toContain('National practice library');
    const { councilData } = await import('@tests/helpers/accounts');
    await expect(payload.create({ collection: 'authorities', data: councilData('LIB', { slug: 'library' }) })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'slug', message: expect.stringMatching(/practice library/) })] },
    });
  });

  it('shows the new amount after that council’s rebuild, and never a draft one', async () => {
    expect(northdaleRow(page('northdale', 'setting-up-home'))).toContain('£2,800');
    expect(northdaleRow(page('demo-borough', 'setting-up-home'))).toContain('£2,800');

    const { listCouncils, buildCouncilSites } = await import('@platform/build/councilSites');
    const northdale = (await listCouncils(payload)).find((c) => c.slug === 'northdale')!;
    const entitlement = (await payload.find({ collection: 'entitlements', where: { slug: { equals: 'setting-up-home-allowance' } }, limit: 1, depth: 0 })).docs[0]!;
    const detail = (await payload.find({ collection: 'local-details', where: { and: [{ council: { equals: northdale.id } }, { entitlement: { equals: entitlement.id } }] }, limit: 1, depth: 0 })).docs[0]!;

    // A draft of a new amount: not published, so not compared.
    await payload.update({ collection: 'local-details', id: detail.id, draft: true, data: { amount: { ...detail.amount, value: 2950 } }, context: { seeding: true } });
    await buildCouncilSites(payload, [northdale], { trigger: 'test', log: () => {} });
    expect(northdaleRow(page('northdale', 'setting-up-home'))).toContain('£2,800');
    expect(northdaleRow(page('northdale', 'setting-up-home'))).not.toContain('£2,950');

    // Published, and Northdale's site rebuilt.
    await payload.update({ collection: 'local-details', id: detail.id, data: { amount: { ...detail.amount, value: 3100 }, _status: 'published' }, context: { seeding: true } });
    const [result] = await buildCouncilSites(payload, [northdale], { trigger: 'test', log: () => {} });
    expect(result!.ok).toBe(true);
    expect(northdaleRow(page('northdale', 'setting-up-home'))).toContain('£3,100');
    // Its "how we compare" has the new spread: £3,000 (Riverford) to £3,300 (Demo Borough).
    expect(readFileSync(path.join(sites, 'northdale', 'compare', 'index.html'), 'utf8')).toContain('Across councils: £3,000 to £3,300 (3 councils).');
    // The national practice library's site is rebuilt in the same run: its comparison has it too.
    expect(northdaleRow(readFileSync(path.join(sites, 'library', 'compare', 'setting-up-home', 'index.html'), 'utf8'))).toContain('£3,100');
    // What every later build reads (another council's next rebuild) has it too.
    const gathered = JSON.parse(readFileSync(path.join(process.env.DATA_DIR!, 'snapshot', 'comparison.json'), 'utf8'));
    const part = gathered.councils.find((c: { key: string }) => c.key === 'northdale');
    expect(part.offers.find((o: { item: string }) => o.item === 'setting-up-home').amount.value).toBe(3100);
  }, 300_000);
});
