import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites } from '@platform/build/buildSite';
import { currentBuild } from '@platform/build/siteFolders';
import { decoded, raw, startServerProcess, type ServerProcess } from '@tests/helpers/staticSiteFixture';

/**
 * Issue 18, finding 1: a publish broke the pages it changed. The build served each site with
 * quick compressed copies, then rewrote the `.br`/`.gz` files inside the folder already being
 * served; the server had listed that folder's file sizes when a reader first asked, so it sent
 * the old lengths with the new bodies and browsers got ERR_CONTENT_LENGTH_MISMATCH.
 *
 * Here a real site is built while the platform's server (in a process of its own, as under
 * `npm start`) is serving it: as soon as the site is live, every file is fetched with br, gzip
 * and no encoding (so the server has listed the folder), and busy clients keep fetching while
 * the build makes the best compressed copies; then every file is fetched again with each
 * encoding. Every response must be whole, its length the one its headers gave, and its body the
 * file's; and the folder that was served must not have changed by a byte.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'lop-served-'));
const outDir = path.join(work, 'dist');
const ENCODINGS = ['br', 'gzip', ''] as const;

let server: ServerProcess;
let port: number;

function snapshotDir(): string {
  const dir = path.join(work, 'snapshot');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(fixture));
  if (existsSync('tests/fixtures/media')) cpSync('tests/fixtures/media', path.join(dir, 'media'), { recursive: true });
  return dir;
}

/** Every file a reader can ask for (the compressed copies are sent in their place), as URL paths. */
function urlPaths(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name) && !entry.name.startsWith('.') && entry.name !== '_headers')
    .map((entry) => `/${path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
}

/** The sha-256 of every file under `folder`, by path. */
function fingerprint(folder: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(folder, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return hashes;
}

/** Fetches `urlPath` with `encoding`; returns what is wrong with the answer, if anything. */
async function problemWith(urlPath: string, encoding: string, folderOf: () => string): Promise<string | null> {
  const label = `${urlPath} (${encoding || 'identity'})`;
  try {
    const response = await raw(port, urlPath, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });
    if (response.status !== 200) return `${label}: status ${response.status}`;
    const length = response.headers['content-length'];
    if (!response.complete || (length !== undefined && Number(length) !== response.body.length)) {
      return `${label}: Content-Length ${length} but ${response.body.length} bytes`;
    }
    // Binary files (images, Pagefind's index) are compared as bytes, text once decoded.
    const file = readFileSync(path.join(folderOf(), ...urlPath.slice(1).split('/')));
    const same = response.headers['content-encoding'] ? decoded(response) === file.toString() : response.body.equals(file);
    return same ? null : `${label}: a body that is not the file's`;
  } catch (error) {
    return `${label}: ${(error as Error).message}`;
  }
}

beforeAll(async () => {
  // A cache of its own, empty: every text file gets quick copies first, then the best ones.
  process.env.SITE_PRECOMPRESS_CACHE = path.join(work, 'precompress-cache');
  server = await startServerProcess(outDir);
  port = server.port;
}, 60_000);

afterAll(() => {
  delete process.env.SITE_PRECOMPRESS_CACHE;
  if (server && server.child.exitCode === null) server.child.kill();
});

describe('a publish never breaks a served page', () => {
  it('every file, with br, gzip and identity, is whole and of the length its headers say, during and after the build; the served folder never changes', async () => {
    let liveFolder = '';
    let liveFingerprint: Record<string, string> = {};
    let quickHome = 0;
    const during: string[] = [];
    let requestsDuring = 0;
    let stop = false;
    let clients: Promise<void>[] = [];

    const outcomes = await buildSites([{ key: 'site', snapshotDir: snapshotDir(), outDir }], {
      log: () => {},
      onLive: async (outcome) => {
        expect(outcome.ok, outcome.ok ? '' : outcome.error.message).toBe(true);
        liveFolder = currentBuild(outDir)!;
        liveFingerprint = fingerprint(liveFolder);
        quickHome = readFileSync(path.join(liveFolder, 'index.html.br')).length;
        const paths = urlPaths(liveFolder);
        // A reader asks for everything as soon as the site is live: the server lists the folder.
        for (const urlPath of paths) {
          for (const encoding of ENCODINGS) {
            const problem = await problemWith(urlPath, encoding, () => liveFolder);
            if (problem) during.push(problem);
          }
        }
        // And readers keep reading while the build finishes.
        const client = async (n: number) => {
          for (let i = n; !stop; i++) {
            const urlPath = paths[(i * 7) % paths.length]!;
            const encoding = ENCODINGS[i % ENCODINGS.length]!;
            const served = currentBuild(outDir)!;
            const response = await raw(port, urlPath, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }).catch((error: Error) => error);
            requestsDuring++;
            if (response instanceof Error) {
              during.push(`${urlPath} (${encoding || 'identity'}): ${response.message}`);
              continue;
            }
            const length = response.headers['content-length'];
            if (response.status !== 200) during.push(`${urlPath} (${encoding || 'identity'}): status ${response.status} from ${served}`);
            else if (!response.complete || (length !== undefined && Number(length) !== response.body.length)) {
              during.push(`${urlPath} (${encoding || 'identity'}): Content-Length ${length} but ${response.body.length} bytes`);
            }
          }
        };
        clients = [0, 1, 2, 3].map(client);
      },
    });
    stop = true;
    await Promise.all(clients);
    expect(outcomes.map((o) => o.ok)).toEqual([true]);

    // After: every file again, each encoding, from whichever folder is served now.
    const after: string[] = [];
    const now = currentBuild(outDir)!;
    for (const urlPath of urlPaths(now)) {
      for (const encoding of ENCODINGS) {
        const problem = await problemWith(urlPath, encoding, () => now);
        if (problem) after.push(problem);
      }
    }

    console.log(`${urlPaths(now).length} files × 3 encodings before and after; ${requestsDuring} requests while the build finished`);
    expect(during.slice(0, 20), 'while the build finished').toEqual([]);
    expect(after.slice(0, 20), 'after the build').toEqual([]);
    expect(server.errors()).toBe('');
    expect(requestsDuring).toBeGreaterThan(0);
    // The folder readers were served was not changed by a byte (it is retired, not rewritten)...
    if (existsSync(liveFolder)) expect(fingerprint(liveFolder)).toEqual(liveFingerprint);
    // ...and the best copies are what is served now, from a folder swapped in: smaller than the quick ones.
    expect(now).not.toBe(liveFolder);
    expect(readFileSync(path.join(now, 'index.html.br')).length).toBeLessThan(quickHome);
  }, 300_000);
});
