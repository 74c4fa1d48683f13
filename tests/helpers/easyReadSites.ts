/**
 * Two small sites for the Easy Read browser tests (issue 21, part 6), built from the test
 * fixture (`tests/fixtures/snapshot.json`) in one `astro build` by the platform's own
 * `buildSites`, until the CMS stores Easy Read and the demo's test site has it from the content:
 *
 * - `offers`: a council that offers Easy Read. The setting-up-home allowance has the Easy Read
 *   written in `content/entitlements/setting-up-home-allowance.md` (not checked yet); the higher
 *   education bursary has its own, marked as checked; the other offers have none.
 * - `none`: the same offers and Easy Read, for a council that does not offer Easy Read (as
 *   Northdale and Riverford): no link and no Easy Read page anywhere.
 *
 * `tests/helpers/buildTestSite.ts` builds them for `npm test`; `npx tsx tests/helpers/easyReadSites.ts`
 * builds them on their own.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { easyReadSchema, type EasyRead } from '@content/model/easyRead';
import { e2eDir } from './e2e';

/** Where the two sites are built (`<dir>/offers`, `<dir>/none`) and their snapshots written. */
export const easyReadSitesDir = path.join(e2eDir, 'easy-read');
export const EASY_READ_SITE = { offers: 'offers', none: 'none' } as const;

/** What the tests look for, from the fixture and the content. */
export const EASY_READ_FIXTURE = {
  /** Easy Read from the content files, not checked. */
  unchecked: 'setting-up-home-allowance',
  /** Easy Read marked as checked, by this name. */
  checked: 'higher-education-bursary',
  checkedBy: 'Demo Easy Read Group',
  /** No Easy Read: the page must not link to one. */
  without: 'leisure-pass',
} as const;

const fixtureFile = fileURLToPath(new URL('../fixtures/snapshot.json', import.meta.url));
const fixtureMedia = fileURLToPath(new URL('../fixtures/media', import.meta.url));

/** The Easy Read of the content file of the setting-up-home allowance, as the content import reads it. */
export function contentEasyRead(): EasyRead {
  const file = fileURLToPath(new URL(`../../content/entitlements/${EASY_READ_FIXTURE.unchecked}.md`, import.meta.url));
  const text = readFileSync(file, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return easyReadSchema.parse((parse(frontMatter) as { easyRead?: unknown }).easyRead);
}

type FixtureSnapshot = { authority: Record<string, unknown>; offers: { slug: string; easyRead?: unknown }[] } & Record<string, unknown>;

export async function buildEasyReadSites(): Promise<void> {
  const started = Date.now();
  const unchecked = contentEasyRead();
  const checked: EasyRead = { ...unchecked, checkedBy: EASY_READ_FIXTURE.checkedBy, basedOn: '2026-11-29' };
  const fixture = JSON.parse(readFileSync(fixtureFile, 'utf8')) as FixtureSnapshot;
  for (const slug of [EASY_READ_FIXTURE.unchecked, EASY_READ_FIXTURE.checked, EASY_READ_FIXTURE.without]) {
    if (!fixture.offers.some((o) => o.slug === slug)) throw new Error(`The test fixture has no offer "${slug}" for the Easy Read sites.`);
  }
  const offers = fixture.offers.map((offer) => ({
    ...offer,
    easyRead: offer.slug === EASY_READ_FIXTURE.unchecked ? unchecked : offer.slug === EASY_READ_FIXTURE.checked ? checked : null,
  }));

  rmSync(easyReadSitesDir, { recursive: true, force: true });
  const sites = [
    { key: EASY_READ_SITE.offers, easyRead: true },
    { key: EASY_READ_SITE.none, easyRead: false },
  ].map(({ key, easyRead }) => {
    const snapshotDir = path.join(easyReadSitesDir, 'snapshots', key);
    mkdirSync(snapshotDir, { recursive: true });
    cpSync(fixtureMedia, path.join(snapshotDir, 'media'), { recursive: true });
    writeFileSync(path.join(snapshotDir, 'snapshot.json'), JSON.stringify({ ...fixture, authority: { ...fixture.authority, easyRead }, offers }));
    return { key, snapshotDir, outDir: path.join(easyReadSitesDir, key), siteUrl: 'https://easy-read.example' };
  });
  const { buildSites } = await import('@platform/build/buildSite');
  const outcomes = await buildSites(sites, { log: () => {} });
  for (const outcome of outcomes) if (!outcome.ok) throw outcome.error;
  console.log(`Built the Easy Read test sites in ${((Date.now() - started) / 1000).toFixed(1)} s: ${easyReadSitesDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildEasyReadSites();
  process.exit(0);
}
