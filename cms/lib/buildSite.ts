import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { precompress } from '@cms/lib/precompress';
import { cleanStaleBuilds, currentBuild, newBuildFolder, swapInto } from '@cms/lib/siteFolders';
import { repoRoot } from '@cms/paths';
import { publicSiteUrl } from '@content/model/siteUrl';

export type BuildSiteOptions = {
  /** The snapshot folder written by `exportSnapshot` (snapshot.json + media/). */
  snapshotDir: string;
  /** Where the finished site goes; replaced only once the new one is complete. */
  outDir: string;
  /**
   * The public address, overriding the council's "Public site address" from the CMS
   * (`SITE_URL`, for a preview). Neither: a warning, and pages without absolute addresses.
   */
  siteUrl?: string | undefined;
  log?: (line: string) => void;
  /** Told how long each step took (the scale benchmark, bench/scale.ts, prints them). */
  onStep?: (step: 'astro' | 'media' | 'pagefind' | 'precompress' | 'swap', ms: number) => void;
};

/**
 * Builds the static site from a snapshot: `astro build` into a fresh build folder
 * (`<outDir>.builds/…`), copy the media, index it with Pagefind, write compressed copies of
 * the text files, then point `outDir` (a symlink) at it atomically (cms/lib/siteFolders.ts).
 * Any failure throws before the swap, so the last good site keeps being served. Folders left
 * by killed builds and long-retired builds are deleted on the way.
 */
export async function buildSite({
  snapshotDir,
  outDir,
  siteUrl,
  log = console.log,
  onStep,
}: BuildSiteOptions): Promise<{ pages: number; siteUrl: string | undefined }> {
  const snapshot = path.join(snapshotDir, 'snapshot.json');
  // What canonical links, Open Graph, JSON-LD and the sitemap will say (content/model/siteUrl.ts).
  const site = publicSiteUrl({ override: siteUrl, snapshot });
  if (site.warning) log(`  warning: ${site.warning}`);
  else log(`  public address: ${site.url}${site.from === 'SITE_URL' ? ' (from SITE_URL)' : ''}`);
  cleanStaleBuilds(outDir);
  const staging = newBuildFolder(outDir);
  try {
    let started = performance.now();
    const timed = (name: Parameters<NonNullable<typeof onStep>>[0]) => {
      const now = performance.now();
      onStep?.(name, now - started);
      started = now;
    };
    await runAstroBuild({ snapshot, outDir: staging, siteUrl: site.url });
    timed('astro');
    if (existsSync(path.join(snapshotDir, 'media'))) {
      cpSync(path.join(snapshotDir, 'media'), path.join(staging, 'media'), { recursive: true });
    }
    timed('media');
    const pages = await indexForSearch(staging);
    log(`  search index: ${pages} pages`);
    timed('pagefind');
    await precompress(staging);
    timed('precompress');
    swapInto(staging, outDir);
    timed('swap');
    return { pages, siteUrl: site.url };
  } catch (error) {
    // Never the folder being served (should the swap itself have got that far).
    if (currentBuild(outDir) !== staging) rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function runAstroBuild({ snapshot, outDir, siteUrl }: { snapshot: string; outDir: string; siteUrl?: string }): Promise<void> {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    // process.execPath is the pinned Node (npm scripts run on it), which Astro requires.
    const child = spawn(process.execPath, [astro, 'build', '--silent'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        SITE_SNAPSHOT: snapshot,
        SITE_OUT_DIR: outDir,
        // Exactly the address worked out above: an empty one means none (astro.config.mjs).
        SITE_URL: siteUrl ?? '',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      const text = output.join('').trim();
      // Surface the loader's own message (it names the document and the field).
      const reason = /(\w[\w-]* "[^"]+": field "[^"]+"[^\n]*)/.exec(text)?.[1];
      reject(new Error(`The site build failed${reason ? `: ${reason}` : ''}\n${text.split('\n').slice(-25).join('\n')}`));
    });
  });
}

async function indexForSearch(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
