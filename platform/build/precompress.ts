/**
 * Writes `file.br` and `file.gz` beside every text file of a built site, at the highest
 * compression (done once per build, not per request). The platform's server (`platform/server/siteFiles.ts`) sends them
 * to browsers that accept them; most static hosts do the same or compress on their own.
 *
 * Brotli at quality 11 is most of a build's time (~13-29 ms a page on a small machine), so
 * compressed copies are kept in a content-addressed cache: a file whose bytes were compressed
 * before (by any council's build: shared assets, unchanged pages, Pagefind's scripts) gets
 * copies of the cached `.br` / `.gz` instead of being compressed again, byte for byte what
 * compressing it would give. A rebuild's compression cost then depends on what changed.
 *
 * - The key is the sha-256 of the file's bytes and of the compression settings (and the
 *   zlib / brotli versions), so a change to either is a miss, never a stale copy.
 * - Where: `cacheDir` if given; else `SITE_PRECOMPRESS_CACHE` (a folder, or `off`); else,
 *   for a build folder made by the site build (`<site>.builds/<build>`, platform/build/siteFolders.ts),
 *   `<data dir>/cache/precompress`. Any other folder (a test's temp folder) gets no cache.
 * - Several builds (different councils, in different processes) can share one cache: an entry
 *   is written under a temporary name and renamed into place, so a reader sees a whole entry
 *   or none; an entry that vanishes (pruned by another build) is simply compressed again.
 * - Bounded: each use touches the entry's time; after a build, if the cache is over its size
 *   (`SITE_PRECOMPRESS_CACHE_MB`, default 512 MB) the least recently used entries go until it
 *   is under 80% of it (looked over at most every 10 minutes, so the bound is loose by what
 *   builds add meanwhile). Temporary files left by killed builds go after an hour.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { dataDir } from '@cms/paths';
import { settings, type SettingsEnv } from '@platform/config';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The text files worth compressing; images, fonts, PDFs and Pagefind's files are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.webmanifest', '.txt']);
/** Below this, compression saves less than the headers cost. */
const MIN_BYTES = 256;

const BROTLI_QUALITY = constants.BROTLI_MAX_QUALITY;
const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;
/** Everything that decides the compressed bytes besides the file itself: part of every cache key. */
const SETTINGS = JSON.stringify({
  format: 1,
  brotli: { quality: BROTLI_QUALITY, mode: 'text', sizeHint: 'length' },
  gzip: { level: GZIP_LEVEL },
  zlib: process.versions.zlib,
  brotliVersion: process.versions.brotli,
});

const TEMP_MAX_AGE_MS = 60 * 60 * 1000;
/** Looking over the whole cache costs a stat per entry: at most this often (over all builds sharing it). */
const PRUNE_EVERY_MS = 10 * 60 * 1000;

export type PrecompressOptions = {
  /**
   * `best` (the default): brotli 11 and gzip 9 for every file (or the cache's copies).
   * `quick`: the cache's best copies where it has them, and for the rest brotli 5 and gzip 6,
   * about fifty times faster for ~14% larger brotli files; the files done quickly are returned
   * in `pending`, for `improveCompression` once the site is live.
   */
  level?: 'best' | 'quick';
  /** The cache folder; `null` for none. Default: see the top of this file. */
  cacheDir?: string | null;
  /** The cache's size limit in bytes (default `SITE_PRECOMPRESS_CACHE_MB` MB, else 512 MB). */
  cacheMaxBytes?: number;
  /** Look over the cache's size at most this often, over every build sharing it (default 10 minutes; 0: every run). */
  pruneEveryMs?: number;
};

export type PrecompressStats = {
  /** Text files given compressed copies. */
  files: number;
  /** Of those, compressed in this run. */
  compressed: number;
  /** Of those, copied from the cache. */
  reused: number;
  /** The cache used, if any. */
  cacheDir: string | null;
  /** With `level: 'quick'`: the files compressed quickly, for `improveCompression`. */
  pending: string[];
};

/** Totals over every run in this process (the scale benchmark prints them). */
export const precompressTotals = { files: 0, compressed: 0, reused: 0, ms: 0 };

/** The cache a folder's compression uses by default (null: none). */
export function defaultCacheDir(dir: string, env?: SettingsEnv): string | null {
  const configured = settings(env).SITE_PRECOMPRESS_CACHE;
  if (configured) return configured.toLowerCase() === 'off' ? null : path.resolve(configured);
  const parent = path.basename(path.dirname(path.resolve(dir)));
  return parent.endsWith('.builds') ? path.join(dataDir(env), 'cache', 'precompress') : null;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Brotli and gzip settings of a `quick` pass: live sooner, improved afterwards. */
const QUICK = { brotli: 5, gzip: 6 };

function compress(data: Buffer, level: 'best' | 'quick' = 'best'): Promise<[Buffer, Buffer]> {
  return Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: level === 'best' ? BROTLI_QUALITY : QUICK.brotli,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: level === 'best' ? GZIP_LEVEL : QUICK.gzip }),
  ]);
}

const tempName = (file: string) => `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;

/** Writes `data` at `file` atomically: a temporary name, then rename(2). */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temp = tempName(file);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file's entry in the cache (without `.br` / `.gz`): keyed by its bytes and the settings. */
function cacheEntry(cacheDir: string, data: Buffer): string {
  const key = createHash('sha256').update(SETTINGS).update('\0').update(data).digest('hex');
  return path.join(cacheDir, key.slice(0, 2), key);
}

/** Keeps a file's best copies in the cache, each written whole (a temporary name, then rename). */
async function cacheCopies(base: string, br: Buffer, gzipped: Buffer): Promise<void> {
  try {
    await mkdir(path.dirname(base), { recursive: true });
    await writeAtomically(`${base}.br`, br);
    await writeAtomically(`${base}.gz`, gzipped);
  } catch {
    // A cache that can't be written only costs time: the site's copies are written.
  }
}

/** Compressed copies of the text files under `dir`; returns how many files got them. */
export async function precompress(dir: string, options: PrecompressOptions = {}): Promise<number> {
  return (await precompressWithStats(dir, options)).files;
}

/** As `precompress`, saying how many copies came from the cache. */
export async function precompressWithStats(dir: string, options: PrecompressOptions = {}): Promise<PrecompressStats> {
  const started = performance.now();
  let cacheDir = options.cacheDir === undefined ? defaultCacheDir(dir) : options.cacheDir;
  if (cacheDir) {
    // A cache that can't be made only costs time.
    cacheDir = await mkdir(cacheDir, { recursive: true }).then(() => cacheDir, () => null);
  }
  const files = (await filesIn(dir)).filter((file) => COMPRESSIBLE.has(path.extname(file).toLowerCase()));
  const stats: PrecompressStats = { files: 0, compressed: 0, reused: 0, cacheDir, pending: [] };
  const level = options.level ?? 'best';

  const queue = [...files];
  // A few at a time: zlib works on libuv's thread pool, which is 4 threads.
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const data = await readFile(file);
      if (data.length < MIN_BYTES) continue;
      let base: string | null = null;
      if (cacheDir) {
        base = cacheEntry(cacheDir, data);
        if (await reuse(base, file, data.length)) {
          stats.reused++;
          stats.files++;
          continue;
        }
      }
      const [br, gzipped] = await compress(data, level);
      // Only where it saves something: the server sends the plain file otherwise.
      if (br.length < data.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
      stats.compressed++;
      stats.files++;
      if (level === 'quick') {
        // Not cached: the cache holds best copies only.
        stats.pending.push(file);
        continue;
      }
      if (base) await cacheCopies(base, br, gzipped);
    }
  };
  await Promise.all([worker(), worker()]);
  if (cacheDir) {
    const limit = options.cacheMaxBytes ?? settings().SITE_PRECOMPRESS_CACHE_MB * 2 ** 20;
    if (await pruneDue(cacheDir, options.pruneEveryMs ?? PRUNE_EVERY_MS)) await pruneCache(cacheDir, limit).catch(() => undefined);
  }
  precompressTotals.files += stats.files;
  precompressTotals.compressed += stats.compressed;
  precompressTotals.reused += stats.reused;
  precompressTotals.ms += performance.now() - started;
  return stats;
}

/**
 * Replaces the quick copies of `files` (from a `quick` pass) with the best ones, each written
 * under a temporary name and renamed over the old, so a file linked from another folder is
 * replaced here only. Never run it on a folder being served: a server lists a folder's file
 * sizes once (platform/build/buildSite.ts improves a clone of the served site and swaps it in).
 * The best copies go into `cacheDir` (the quick pass's `stats.cacheDir`), so the next build
 * reuses them. A file gone meanwhile is skipped. Returns how many files were improved.
 */
export async function improveCompression(files: string[], options: { cacheDir: string | null }): Promise<number> {
  const started = performance.now();
  let improved = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      let data: Buffer;
      try {
        data = await readFile(file);
      } catch {
        continue; // retired and deleted meanwhile
      }
      const [br, gzipped] = await compress(data, 'best');
      try {
        if (br.length < data.length) await writeAtomically(`${file}.br`, br);
        if (gzipped.length < data.length) await writeAtomically(`${file}.gz`, gzipped);
        improved++;
      } catch {
        continue;
      }
      if (options.cacheDir) await cacheCopies(cacheEntry(options.cacheDir, data), br, gzipped);
    }
  };
  await Promise.all([worker(), worker()]);
  precompressTotals.ms += performance.now() - started;
  return improved;
}

/**
 * Copies the cached `.br` and `.gz` of a file (those smaller than it, as when compressing)
 * beside it. False when the cache has no whole entry for it (then nothing is written).
 */
async function reuse(base: string, file: string, size: number): Promise<boolean> {
  let brSize: number;
  let gzSize: number;
  try {
    [brSize, gzSize] = (await Promise.all([stat(`${base}.br`), stat(`${base}.gz`)])).map((s) => s.size) as [number, number];
  } catch {
    return false;
  }
  try {
    // copyFile opens the entry once: a prune that unlinks it mid-copy can't cut the copy short.
    if (brSize < size) await copyFile(`${base}.br`, `${file}.br`);
    if (gzSize < size) await copyFile(`${base}.gz`, `${file}.gz`);
  } catch {
    // Pruned between the stat and the copy: compress instead (overwriting any half-done copy).
    await Promise.all([rm(`${file}.br`, { force: true }), rm(`${file}.gz`, { force: true })]);
    return false;
  }
  const now = new Date();
  await Promise.all([utimes(`${base}.br`, now, now), utimes(`${base}.gz`, now, now)]).catch(() => undefined);
  return true;
}

/** Whether this build should look over the cache now (claims the turn, so concurrent builds don't all do it). */
async function pruneDue(cacheDir: string, everyMs: number): Promise<boolean> {
  const marker = path.join(cacheDir, 'last-pruned');
  try {
    if (Date.now() - (await stat(marker)).mtimeMs < everyMs) return false;
  } catch {
    // never pruned
  }
  await writeFile(marker, String(Date.now())).catch(() => undefined);
  return true;
}

/**
 * Keeps the cache under `maxBytes`: when it is over, deletes the least recently used entries
 * until it is under 80% of it. Deletes temporary files older than an hour (killed builds).
 * Another build pruning at the same time at worst deletes the same files (ignored).
 */
export async function pruneCache(cacheDir: string, maxBytes: number, now = Date.now()): Promise<{ bytes: number; deleted: number }> {
  const entries: { file: string; size: number; used: number }[] = [];
  let deleted = 0;
  for (const entry of await readdir(cacheDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === 'last-pruned') continue;
    const file = path.join(entry.parentPath, entry.name);
    try {
      const info = await stat(file);
      if (entry.name.includes('.tmp-')) {
        if (now - info.mtimeMs > TEMP_MAX_AGE_MS) {
          await rm(file, { force: true });
          deleted++;
        }
        continue;
      }
      entries.push({ file, size: info.size, used: info.mtimeMs });
    } catch {
      // gone meanwhile
    }
  }
  let bytes = entries.reduce((sum, e) => sum + e.size, 0);
  if (bytes <= maxBytes) return { bytes, deleted };
  entries.sort((a, b) => a.used - b.used);
  for (const entry of entries) {
    if (bytes <= maxBytes * 0.8) break;
    await rm(entry.file, { force: true }).catch(() => undefined);
    bytes -= entry.size;
    deleted++;
  }
  return { bytes, deleted };
}
