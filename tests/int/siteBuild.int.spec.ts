import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
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

// What builds killed part-way left behind (their process is gone): the next build deletes them.
const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
const leftovers = [`${outDir}.next-${deadPid}-1700000000000`, path.join(`${outDir}.builds`, `1700000000000-${deadPid}-0`)];

describe('site build', () => {
  beforeAll(async () => {
    for (const dir of leftovers) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), 'half a site');
      utimesSync(dir, new Date(1_700_000_000_000), new Date(1_700_000_000_000));
    }
    await buildSite({ snapshotDir: snapshotDir('good', fixture), outDir, log: () => {} });
  }, 180_000);

  it('builds every offer page and a search index', () => {
    for (const offer of fixture.offers) {
      const html = readFileSync(path.join(outDir, 'offers', offer.slug, 'index.html'), 'utf8');
      expect(html).toContain(offer.title.replace(/'/g, '&#39;'));
    }
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('serves the build through a symlink swapped atomically, with compressed copies and _headers, and deletes what killed builds left', () => {
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(outDir, 'index.html.br'))).toBe(true);
    expect(existsSync(path.join(outDir, 'index.html.gz'))).toBe(true);
    expect(readFileSync(path.join(outDir, '_headers'), 'utf8')).toContain('Content-Security-Policy:');
    for (const dir of leftovers) expect(existsSync(dir), dir).toBe(false);
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
