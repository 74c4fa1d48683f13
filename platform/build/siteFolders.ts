/**
 * Where built sites live, and how a new build replaces the one being served without a reader
 * ever meeting a missing file:
 *
 *   dist                        a symlink to the build being served (relative, so the pair moves together)
 *   dist.builds/<time>-<pid>-<n>/       one folder per build, never changed once it is served
 *   dist.builds/<time>-<pid>-<n>.retired   written when that build stops being served
 *
 * A build writes its own folder, then `swapInto` points `dist` at it with rename(2) on a new
 * symlink: atomic, so `dist` is always a whole site, old or new. The server
 * (`platform/server/staticServer.ts`) resolves the symlink once per request. A retired folder is
 * deleted only once it has been retired for a grace period (a request opens its file within
 * milliseconds of resolving the folder), by a later build. Folders left by killed builds are
 * deleted at the next build once the process that made them is gone (or after STALE_AFTER_MS
 * whatever), as are the `dist.next-*` and `dist.old-*` folders of the previous layout.
 *
 * To put the site on a static host, copy what the symlink points at: `cp -rL dist/ site-copy/`
 * or `rsync -aL dist/ host:/var/www/site/`.
 */
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { settings } from '@platform/config';

/** How long a retired build stays on disk for requests that resolved it just before the swap. */
export const RETIRED_GRACE_MS = settings().SITE_BUILD_GRACE_MS;
/** A build folder this old that is not being served is deleted even if its process seems alive. */
export const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

let counter = 0;

/** The folder that holds every build of `outDir`. */
export function buildsDir(outDir: string): string {
  return `${path.resolve(outDir)}.builds`;
}

/** A new, empty folder for one build of `outDir`, named for its time and process. */
export function newBuildFolder(outDir: string): string {
  const dir = path.join(buildsDir(outDir), `${Date.now()}-${process.pid}-${counter++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The folder `outDir` serves now, or null when there is none: the symlink's target (as a path
 * beside `outDir`, the way `buildsDir` names it), or `outDir` itself if it is a plain folder.
 */
export function currentBuild(outDir: string): string | null {
  const out = path.resolve(outDir);
  try {
    const info = lstatSync(out);
    if (info.isDirectory()) return out;
    if (!info.isSymbolicLink()) return null;
    const target = path.resolve(path.dirname(out), readlinkSync(out));
    return statSync(target).isDirectory() ? target : null;
  } catch {
    return null;
  }
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * A new build folder of `outDir` holding the same files as `build` (one of its build folders,
 * usually the one being served), to change and swap in like any build: the served folder is
 * never written to. Files are hard links (no bytes copied; copies where the disk can't link),
 * so change a file of the new folder only by writing a new file and renaming it over the link
 * (as `improveCompression` does), never in place: that would change the served file too.
 */
export function cloneBuild(build: string, outDir: string): string {
  const target = newBuildFolder(outDir);
  const walk = (from: string, to: string) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const copy = path.join(to, entry.name);
      if (entry.isDirectory()) {
        mkdirSync(copy);
        walk(source, copy);
      } else if (entry.isSymbolicLink()) {
        symlinkSync(readlinkSync(source), copy);
      } else {
        try {
          linkSync(source, copy);
        } catch (error) {
          if (!['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP'].includes(String((error as NodeJS.ErrnoException).code))) throw error;
          copyFileSync(source, copy);
        }
      }
    }
  };
  try {
    walk(path.resolve(build), target);
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  }
  return target;
}

/**
 * Serves `build` (a folder from `newBuildFolder`) at `outDir`: a new symlink renamed over the
 * old one, in one system call. The build served until now is marked retired. Then cleans up.
 */
export function swapInto(build: string, outDir: string, { graceMs = RETIRED_GRACE_MS }: { graceMs?: number } = {}): void {
  const target = path.resolve(build);
  const out = path.resolve(outDir);
  if (path.dirname(target) !== buildsDir(out)) throw new Error(`swapInto: ${build} is not a build folder of ${outDir}`);
  let previous = currentBuild(out);
  if (exists(out) && !isSymlink(out)) {
    // The previous layout: a plain dist/ folder. Moved into the builds once (the server looks
    // again if it finds nothing for a moment), then retired like any other build.
    const moved = path.join(buildsDir(out), `${Date.now()}-${process.pid}-${counter++}-plain`);
    renameSync(out, moved);
    previous = moved;
  }
  const link = `${out}.link-${process.pid}-${Date.now()}-${counter++}`;
  symlinkSync(path.relative(path.dirname(out), target), link, 'dir');
  try {
    renameSync(link, out);
  } catch (error) {
    rmSync(link, { force: true });
    throw error;
  }
  if (previous && previous !== target) writeFileSync(`${previous}.retired`, String(Date.now()));
  cleanStaleBuilds(out, { graceMs });
}

/** Whether process `pid` is running (on this machine). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageOf(file: string, now: number): number {
  try {
    return now - lstatSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function retiredAt(marker: string): number | null {
  try {
    const time = Number(readFileSync(marker, 'utf8'));
    return Number.isFinite(time) && time > 0 ? time : statSync(marker).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Deletes, for `outDir`: builds retired for at least `graceMs`; build folders that were never
 * served whose process is gone (killed builds) or that are older than `staleMs`; and the
 * leftovers of the previous layout (`dist.next-<pid>-<time>`, `dist.old-<pid>-<time>`) and of
 * an interrupted swap (`dist.link-<pid>-…`) on the same terms. Never the build being served.
 * Returns what it deleted.
 */
export function cleanStaleBuilds(
  outDir: string,
  { graceMs = RETIRED_GRACE_MS, staleMs = STALE_AFTER_MS, now = Date.now() }: { graceMs?: number; staleMs?: number; now?: number } = {},
): string[] {
  const out = path.resolve(outDir);
  const current = currentBuild(out);
  const deleted: string[] = [];
  const remove = (file: string) => {
    try {
      rmSync(file, { recursive: true, force: true });
      deleted.push(file);
    } catch {
      // left for the next build (a file still busy, say): cleaning up never fails a build
    }
  };
  const orphaned = (file: string, pid: number) => {
    const age = ageOf(file, now);
    return (!alive(pid) && age >= Math.min(graceMs, staleMs)) || age >= staleMs;
  };

  const builds = buildsDir(out);
  let entries: string[] = [];
  try {
    entries = readdirSync(builds);
  } catch {
    // no builds yet
  }
  for (const entry of entries) {
    const file = path.join(builds, entry);
    if (entry.endsWith('.retired')) {
      if (!exists(file.slice(0, -'.retired'.length))) remove(file);
      continue;
    }
    if (file === current) continue;
    const retired = retiredAt(`${file}.retired`);
    if (retired !== null) {
      if (now - retired >= graceMs) {
        remove(file);
        remove(`${file}.retired`);
      }
      continue;
    }
    const pid = Number(/^\d+-(\d+)-/.exec(entry)?.[1]);
    if (orphaned(file, pid)) remove(file);
  }

  // Leftovers beside outDir: dist.next-<pid>-<time> and dist.old-<pid>-<time> (the previous
  // layout's staging and retired folders) and dist.link-<pid>-<time>-<n> (a swap cut short).
  const parent = path.dirname(out);
  const base = path.basename(out);
  let siblings: string[] = [];
  try {
    siblings = readdirSync(parent);
  } catch {
    // nothing there
  }
  for (const entry of siblings) {
    const match = /^\.(next|old|link)-(\d+)-/.exec(entry.slice(base.length));
    if (!entry.startsWith(base) || !match) continue;
    const file = path.join(parent, entry);
    if (file === current) continue;
    if (orphaned(file, Number(match[2]))) remove(file);
  }
  return deleted;
}
