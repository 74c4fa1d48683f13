import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BuildSitesOptions, SiteToBuild } from '@platform/build/buildSite';
import { councilData } from '@tests/helpers/accounts';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 18, finding 8: what `npm run build` (and so every rebuild job) records for each
 * council when the run of the site builds breaks off part-way, as a build stopped by its
 * time limit can: a site already live stays "succeeded", every other one is "failed" with
 * the reason, none stays "building". The site build itself is replaced here by one that
 * puts the first site live and then breaks off.
 */
const TIMED_OUT = 'The build took longer than 1 ms (building the pages) and was stopped. The last good site is still live.';
vi.mock('@platform/build/buildSite', async (original) => ({
  ...(await original<typeof import('@platform/build/buildSite')>()),
  buildSites: async (sites: SiteToBuild[], { onLive }: BuildSitesOptions = {}) => {
    await onLive?.({ key: sites[0]!.key, ok: true, pages: 12, siteUrl: undefined });
    throw new Error(TIMED_OUT);
  },
}));

let cms: TestCms;
let payload: Payload;
let sitesDir: string;

beforeAll(async () => {
  sitesDir = mkdtempSync(path.join(tmpdir(), 'lop-build-status-'));
  process.env.SITE_OUT_DIR = sitesDir;
  cms = await startTestCms();
  payload = cms.payload;
  for (const key of ['First', 'Second', 'Third']) await payload.create({ collection: 'authorities', data: councilData(key), context: { seeding: true } });
});

afterAll(async () => {
  delete process.env.SITE_OUT_DIR;
  await cms?.stop();
  if (sitesDir) rmSync(sitesDir, { recursive: true, force: true });
});

describe(`a run of site builds that breaks off (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('leaves the site already live succeeded and fails the others with the reason; none stays "building"', async () => {
    const { buildCouncilSites, listCouncils } = await import('@platform/build/councilSites');
    const councils = await listCouncils(payload);
    const results = await buildCouncilSites(payload, councils, { trigger: 'test', log: () => {} });
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    const statuses = await Promise.all(councils.map(async (c) => (await payload.findByID({ collection: 'authorities', id: c.id, depth: 0 })).build));
    expect(statuses.map((s) => s?.status)).toEqual(['succeeded', 'failed', 'failed']);
    expect(statuses[1]?.message).toBe(TIMED_OUT);
  });
});
