import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '@cms/lib/buildSite';

/**
 * The site build from a snapshot: it produces pages and a search index, and a document
 * that breaks the schema stops it with the document and field named, leaving the last
 * good site in place.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'lop-build-'));
const outDir = path.join(work, 'dist');

function snapshotDir(name: string, snapshot: unknown): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot));
  if (existsSync('tests/fixtures/media')) cpSync('tests/fixtures/media', path.join(dir, 'media'), { recursive: true });
  return dir;
}

describe('site build', () => {
  beforeAll(async () => {
    await buildSite({ snapshotDir: snapshotDir('good', fixture), outDir, log: () => {} });
  }, 180_000);

  it('builds every offer page and a search index', () => {
    for (const offer of fixture.offers) {
      const html = readFileSync(path.join(outDir, 'offers', offer.slug, 'index.html'), 'utf8');
      expect(html).toContain(offer.title.replace(/'/g, '&#39;'));
    }
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('fails on a document that breaks the schema, naming it and the field, and keeps the last good site', async () => {
    const broken = structuredClone(fixture);
    const victim = broken.offers[0];
    victim.eligibility.ageTo = 'twenty-five';
    const before = readFileSync(path.join(outDir, 'index.html'), 'utf8');

    const failure = buildSite({ snapshotDir: snapshotDir('broken', broken), outDir, log: () => {} });
    await expect(failure).rejects.toThrow(new RegExp(`offers "${victim.slug}": field "eligibility\\.ageTo"`));

    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(path.join(outDir, 'offers', victim.slug, 'index.html'))).toBe(true);
  }, 180_000);
});
