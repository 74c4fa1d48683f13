import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, renameSync, statSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '@platform/build/precompress';
import { buildsDir, cleanStaleBuilds, cloneBuild, currentBuild, newBuildFolder, swapInto } from '@platform/build/siteFolders';

/**
 * Where builds live and how they are swapped and cleaned (platform/build/siteFolders.ts), and the
 * compressed copies the build writes (platform/build/precompress.ts).
 */
const work = () => mkdtempSync(path.join(tmpdir(), 'lop-folders-'));
/** A process id that is not running: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function build(outDir: string, body: string): string {
  const dir = newBuildFolder(outDir);
  writeFileSync(path.join(dir, 'index.html'), body);
  return dir;
}

function age(file: string, ms: number) {
  const then = new Date(Date.now() - ms);
  utimesSync(file, then, then);
}

describe('cloning a served build to change it', () => {
  it('gives a new build folder of the same files, linked, where a file replaced by rename leaves the served one as it was', () => {
    const outDir = path.join(work(), 'dist');
    const served = build(outDir, 'served page');
    mkdirSync(path.join(served, 'offers', 'rent'), { recursive: true });
    writeFileSync(path.join(served, 'offers', 'rent', 'index.html.br'), 'quick copy');
    swapInto(served, outDir);

    const clone = cloneBuild(served, outDir);
    expect(path.dirname(clone)).toBe(buildsDir(outDir));
    expect(clone).not.toBe(served);
    expect(readFileSync(path.join(clone, 'index.html'), 'utf8')).toBe('served page');
    // Linked, not copied: the same file on disk.
    expect(statSync(path.join(clone, 'offers', 'rent', 'index.html.br')).ino).toBe(statSync(path.join(served, 'offers', 'rent', 'index.html.br')).ino);
    writeFileSync(path.join(clone, 'best.tmp'), 'best copy');
    renameSync(path.join(clone, 'best.tmp'), path.join(clone, 'offers', 'rent', 'index.html.br'));
    expect(readFileSync(path.join(served, 'offers', 'rent', 'index.html.br'), 'utf8')).toBe('quick copy');

    swapInto(clone, outDir);
    expect(currentBuild(outDir)).toBe(clone);
    expect(readFileSync(path.join(outDir, 'offers', 'rent', 'index.html.br'), 'utf8')).toBe('best copy');
    expect(existsSync(`${served}.retired`)).toBe(true);
  });
});

describe('swapping builds', () => {
  it('points outDir at the new build with a relative symlink, and marks the old one retired', () => {
    const outDir = path.join(work(), 'dist');
    const first = build(outDir, 'one');
    swapInto(first, outDir);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(path.isAbsolute(readlinkSync(outDir))).toBe(false);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('one');

    const second = build(outDir, 'two');
    swapInto(second, outDir);
    expect(currentBuild(outDir)).toBe(second);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('two');
    // The old one stays for its grace period (requests that resolved it just before the swap).
    expect(existsSync(path.join(first, 'index.html'))).toBe(true);
    expect(existsSync(`${first}.retired`)).toBe(true);
    // No temporary symlink left behind.
    expect(readdirSync(path.dirname(outDir)).filter((e) => e.includes('.link-'))).toEqual([]);
  });

  it('moves a plain dist/ folder of the previous layout into the builds, then retires it', () => {
    const outDir = path.join(work(), 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'plain');
    const next = build(outDir, 'new');
    swapInto(next, outDir);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('new');
    const retired = readdirSync(buildsDir(outDir)).filter((e) => e.endsWith('-plain.retired'));
    expect(retired).toHaveLength(1);
  });

  it('refuses a folder that is not one of outDir’s builds', () => {
    const dir = work();
    mkdirSync(path.join(dir, 'elsewhere'));
    expect(() => swapInto(path.join(dir, 'elsewhere'), path.join(dir, 'dist'))).toThrow(/not a build folder/);
  });
});

describe('cleaning up build folders', () => {
  it('deletes a retired build only after the grace period, and never the one being served', () => {
    const outDir = path.join(work(), 'dist');
    const first = build(outDir, 'one');
    swapInto(first, outDir, { graceMs: 60_000 });
    const second = build(outDir, 'two');
    swapInto(second, outDir, { graceMs: 60_000 });

    expect(cleanStaleBuilds(outDir, { graceMs: 60_000 })).toEqual([]);
    expect(existsSync(first)).toBe(true);

    const later = Date.now() + 61_000;
    const deleted = cleanStaleBuilds(outDir, { graceMs: 60_000, now: later });
    expect(deleted).toEqual(expect.arrayContaining([first, `${first}.retired`]));
    expect(existsSync(first)).toBe(false);
    // The build being served is never deleted, however old.
    cleanStaleBuilds(outDir, { graceMs: 0, staleMs: 0, now: later + 1e9 });
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('two');
  });

  it('deletes what killed builds left (their process is gone), and keeps builds still running', () => {
    const dir = work();
    const outDir = path.join(dir, 'dist');
    swapInto(build(outDir, 'live'), outDir);
    const dead = deadPid();
    const killed = path.join(buildsDir(outDir), `${Date.now() - 120_000}-${dead}-0`);
    const running = path.join(buildsDir(outDir), `${Date.now()}-${process.pid}-99`);
    // The previous layout's staging folders, and a swap cut short.
    const oldStaging = path.join(dir, `dist.next-${dead}-${Date.now() - 120_000}`);
    const oldRetired = path.join(dir, `dist.old-${dead}-${Date.now() - 120_000}`);
    const runningStaging = path.join(dir, `dist.next-${process.pid}-${Date.now()}`);
    for (const folder of [killed, running, oldStaging, oldRetired, runningStaging]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'index.html'), 'partial');
    }
    for (const folder of [killed, oldStaging, oldRetired]) age(folder, 120_000);
    // Not the project's: left alone.
    const unrelated = path.join(dir, 'dist-notes');
    mkdirSync(unrelated);

    const deleted = cleanStaleBuilds(outDir, { graceMs: 60_000 });
    expect(deleted.sort()).toEqual([killed, oldRetired, oldStaging].sort());
    for (const kept of [running, runningStaging, unrelated]) expect(existsSync(kept)).toBe(true);

    // Older than the safe age, a folder goes even if a process with that id is running
    // (process ids are reused).
    expect(cleanStaleBuilds(outDir, { graceMs: 60_000, staleMs: 1, now: Date.now() + 10 }).sort()).toEqual([running, runningStaging].sort());
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('live');
  });
});

describe('precompressed files', () => {
  it('writes .br and .gz copies of text files that decompress to the original', async () => {
    const dir = work();
    const text = '<!doctype html><p>' + 'Care leavers can get help with housing. '.repeat(200);
    mkdirSync(path.join(dir, 'guides'));
    writeFileSync(path.join(dir, 'guides', 'index.html'), text);
    writeFileSync(path.join(dir, 'app.js'), `console.log(${JSON.stringify(text)});`);
    writeFileSync(path.join(dir, 'manifest.webmanifest'), JSON.stringify({ name: text }));
    writeFileSync(path.join(dir, 'tiny.css'), 'p{margin:0}');
    writeFileSync(path.join(dir, 'photo.png'), Buffer.alloc(4096));

    await precompress(dir);
    const html = path.join(dir, 'guides', 'index.html');
    expect(brotliDecompressSync(readFileSync(`${html}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${html}.gz`)).toString()).toBe(text);
    expect(readFileSync(`${html}.br`).length).toBeLessThan(text.length / 10);
    for (const file of ['app.js', 'manifest.webmanifest']) expect(existsSync(path.join(dir, `${file}.br`))).toBe(true);
    // Too small to be worth it, or not text.
    for (const file of ['tiny.css', 'photo.png']) {
      expect(existsSync(path.join(dir, `${file}.br`))).toBe(false);
      expect(existsSync(path.join(dir, `${file}.gz`))).toBe(false);
    }
  });
});
