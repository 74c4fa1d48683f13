import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCacheDir, improveCompression, precompressWithStats, pruneCache } from '@platform/build/precompress';

/**
 * The compressed copies' cache (platform/build/precompress.ts): a file compressed once is never
 * compressed again while its bytes and the settings are the same, and what comes out of the
 * cache is byte for byte what compressing gives.
 */
const made: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `lop-precompress-${name}-`));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const text = (label: string) => `<!doctype html><title>${label}</title>` + `<p>${label}: care leavers can get help with housing, money and education.</p>\n`.repeat(80);

/** A small site: pages, a script, a stylesheet, a file too small to compress and an image. */
function site(): string {
  const dir = temp('site');
  const files: Record<string, string | Buffer> = {
    'index.html': text('Home'),
    'offers/housing/index.html': text('Housing'),
    'offers/money/index.html': text('Money'),
    '_astro/app.js': `console.log(${JSON.stringify(text('script'))});`,
    '_astro/site.css': `body::after{content:${JSON.stringify('care '.repeat(300))}}`,
    'tiny.css': 'p{margin:0}',
    'photo.png': Buffer.alloc(4096),
  };
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
  return dir;
}

const COMPRESSED = ['index.html', 'offers/housing/index.html', 'offers/money/index.html', '_astro/app.js', '_astro/site.css'];

/** Every .br and .gz under `dir`, by path. */
function copies(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(br|gz)$/.test(f))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f))]),
  );
}

describe('precompress cache', () => {
  it('reuses the cached copies for unchanged files, byte for byte, and recompresses a changed file', async () => {
    const cacheDir = path.join(temp('cache'), 'precompress');
    const original = site();
    const uncached = temp('uncached');
    cpSync(original, uncached, { recursive: true });

    const first = site();
    const one = await precompressWithStats(first, { cacheDir });
    expect(one).toMatchObject({ files: 5, compressed: 5, reused: 0, cacheDir });
    expect(Object.keys(copies(first))).toEqual(COMPRESSED.flatMap((f) => [`${f}.br`, `${f}.gz`]).sort());

    // The next build: the same files, compressed by nobody.
    const second = site();
    const two = await precompressWithStats(second, { cacheDir });
    expect(two).toMatchObject({ files: 5, compressed: 0, reused: 5 });
    expect(copies(second)).toEqual(copies(first));
    // And the same as with no cache at all.
    await precompressWithStats(uncached, { cacheDir: null });
    expect(copies(second)).toEqual(copies(uncached));

    // One page changed: only that one is compressed, and its copies are the new page's.
    const third = site();
    const changed = path.join(third, 'offers', 'money', 'index.html');
    writeFileSync(changed, text('Money, changed'));
    const three = await precompressWithStats(third, { cacheDir });
    expect(three).toMatchObject({ files: 5, compressed: 1, reused: 4 });
    expect(brotliDecompressSync(readFileSync(`${changed}.br`)).toString()).toBe(text('Money, changed'));
    expect(gunzipSync(readFileSync(`${changed}.gz`)).toString()).toBe(text('Money, changed'));
    expect(readFileSync(path.join(third, 'index.html.br'))).toEqual(readFileSync(path.join(first, 'index.html.br')));
  });

  it('a quick pass serves whole copies at once; improving them gives exactly the best copies, and caches them', async () => {
    const cacheDir = path.join(temp('cache'), 'quick');
    const best = site();
    await precompressWithStats(best, { cacheDir: null });

    const quick = site();
    const first = await precompressWithStats(quick, { cacheDir, level: 'quick' });
    expect(first).toMatchObject({ files: 5, compressed: 5, reused: 0 });
    expect(first.pending).toHaveLength(5);
    // Whole, right copies straight away (what a reader gets before the best ones are ready).
    for (const file of COMPRESSED) {
      expect(brotliDecompressSync(readFileSync(path.join(quick, `${file}.br`))).equals(readFileSync(path.join(quick, file)))).toBe(true);
      expect(gunzipSync(readFileSync(path.join(quick, `${file}.gz`))).equals(readFileSync(path.join(quick, file)))).toBe(true);
    }
    // Quick copies are not cached: the cache holds best copies only.
    expect(readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(br|gz)$/.test(f))).toEqual([]);
    expect(await improveCompression(first.pending, { cacheDir })).toBe(5);
    expect(copies(quick)).toEqual(copies(best));

    // The next quick pass finds the best copies in the cache: nothing left to improve.
    const next = site();
    const second = await precompressWithStats(next, { cacheDir, level: 'quick' });
    expect(second).toMatchObject({ compressed: 0, reused: 5, pending: [] });
    expect(copies(next)).toEqual(copies(best));
    // A file retired meanwhile is skipped.
    expect(await improveCompression([path.join(next, 'gone.html')], { cacheDir })).toBe(0);
  });

  it('lets builds share one cache at the same time, leaving only whole entries', async () => {
    const cacheDir = path.join(temp('cache'), 'shared');
    const sites = Array.from({ length: 4 }, () => site());
    const results = await Promise.all(sites.map((dir) => precompressWithStats(dir, { cacheDir })));
    for (const result of results) expect(result.files).toBe(5);
    for (const dir of sites.slice(1)) expect(copies(dir)).toEqual(copies(sites[0]!));
    const entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(br|gz)$/.test(f));
    expect(entries).toHaveLength(10);
    expect(readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).some((f) => f.includes('.tmp-'))).toBe(false);
    // A missing half (pruned by another build) is a miss, not a broken copy.
    const anEntry = entries.find((f) => f.endsWith('.gz'))!;
    rmSync(path.join(cacheDir, anEntry));
    const again = await precompressWithStats(site(), { cacheDir });
    expect(again).toMatchObject({ compressed: 1, reused: 4 });
  });

  it('keeps the cache under its size, least recently used first', async () => {
    const cacheDir = path.join(temp('cache'), 'bounded');
    const dir = site();
    await precompressWithStats(dir, { cacheDir });
    const entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(br|gz)$/.test(f))
      .map((f) => path.join(cacheDir, f));
    // All but the home page's copies last used a day ago.
    const homeKey = entries.filter((f) => readFileSync(f).equals(readFileSync(path.join(dir, 'index.html.br'))))[0]!.replace(/\.br$/, '');
    const dayAgo = new Date(Date.now() - 86_400_000);
    for (const file of entries) if (!file.startsWith(homeKey)) utimesSync(file, dayAgo, dayAgo);
    const stale = `${homeKey}.br.tmp-1-abcd`;
    writeFileSync(stale, 'half');
    utimesSync(stale, dayAgo, dayAgo);

    const home = readFileSync(`${homeKey}.br`).length + readFileSync(`${homeKey}.gz`).length;
    // Pruning goes down to 80% of the limit: room for the home page's copies only.
    const limit = Math.ceil(home / 0.8) + 10;
    const { deleted } = await pruneCache(cacheDir, limit);
    expect(deleted).toBe(entries.length - 2 + 1);
    expect(existsSync(`${homeKey}.br`) && existsSync(`${homeKey}.gz`)).toBe(true);
    expect(existsSync(stale)).toBe(false);
    // Under its size: nothing goes.
    expect((await pruneCache(cacheDir, limit)).deleted).toBe(0);
  });

  it('caches a site build folder under the data folder by default, and nothing else unless asked', () => {
    const env = { DATA_DIR: '/srv/lop-data' };
    expect(defaultCacheDir('/srv/dist/demo-borough.builds/1700000000000-42-0', env)).toBe(path.join('/srv/lop-data', 'cache', 'precompress'));
    expect(defaultCacheDir('/tmp/some-folder', env)).toBeNull();
    expect(defaultCacheDir('/tmp/some-folder', { ...env, SITE_PRECOMPRESS_CACHE: '/tmp/cache' })).toBe('/tmp/cache');
    expect(defaultCacheDir('/srv/dist/demo-borough.builds/1', { ...env, SITE_PRECOMPRESS_CACHE: 'off' })).toBeNull();
  });
});
