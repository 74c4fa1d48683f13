import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '@platform/build/buildSite';

/**
 * Issue 5: pages young editors co-wrote name them, as they chose to be credited. The demo
 * content has no credits yet, so this builds the test fixture with some added.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'lop-credits-'));
const outDir = path.join(work, 'dist');
const page = (...parts: string[]) => readFileSync(path.join(outDir, ...parts, 'index.html'), 'utf8');

const credited = structuredClone(fixture);
credited.offers[0].credits = ['Ama', 'Jo'];
credited.guides[0].credits = ['Sam'];
credited.spotlights[0].credits = ['Ama', 'Jo', 'Kit'];
const uncredited = credited.offers[1];

describe('credits for young editors', () => {
  beforeAll(async () => {
    const dir = path.join(work, 'snapshot');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(credited));
    if (existsSync('tests/fixtures/media')) cpSync('tests/fixtures/media', path.join(dir, 'media'), { recursive: true });
    await buildSite({ snapshotDir: dir, outDir, log: () => {} });
  }, 180_000);

  it('names them on offer, guide chapter, whole guide and spotlight pages', () => {
    const guide = credited.guides[0];
    expect(page('offers', credited.offers[0].slug)).toContain('Written with young editors: Ama and Jo');
    expect(page('guides', guide.slug, guide.chapters[0].slug)).toContain('Written with young editors: Sam');
    expect(page('guides', guide.slug, 'all')).toContain('Written with young editors: Sam');
    expect(page('spotlights', credited.spotlights[0].slug)).toContain('Written with young editors: Ama, Jo and Kit');
  });

  it('says nothing on a page without credits', () => {
    expect(page('offers', uncredited.slug)).not.toContain('Written with young editors');
  });
});
