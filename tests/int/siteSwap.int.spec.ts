import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildsDir, swapInto } from '@platform/build/siteFolders';
import { copyAsBuild, decoded, FIXTURE_PAGES, makeSiteVersion, raw, startServerProcess, type ServerProcess, type SiteVersion } from '@tests/helpers/staticSiteFixture';

/**
 * A rebuild swaps the site while readers are reading it. The server runs in its own process
 * (as under `npm start`); this test swaps the site a few hundred times, through the same
 * `swapInto` the build uses, with a short grace period so retired builds are also deleted
 * while clients fetch pages, compressed and plain, as fast as they can. Zero crashes, zero
 * 5xx, zero failed or cut-short responses: every answer is a complete 200 with one of the two
 * versions' bodies (a 404 with one of their 404 pages for a page that does not exist).
 *
 * On the hand-written server and rename-then-delete swap this replaced, the same run got
 * 404s for real pages and crashed the server with an unhandled ENOENT (see the README).
 */
const SWAPS = Number(process.env.SWAP_TEST_SWAPS || 400);
const CLIENTS = 8;
/** Short, so that deleting retired builds happens during the run too (the real default is 60 s). */
const GRACE_MS = 3_000;

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let a: SiteVersion;
let b: SiteVersion;
let outDir: string;
let server: ServerProcess;
let port: number;

beforeAll(async () => {
  [a, b] = await Promise.all([makeSiteVersion('a'), makeSiteVersion('b')]);
  outDir = path.join(mkdtempSync(path.join(tmpdir(), 'lop-swap-')), 'dist');
  swapInto(copyAsBuild(a, outDir), outDir, { graceMs: GRACE_MS });
  server = await startServerProcess(outDir);
  port = server.port;
}, 60_000);

afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill();
});

/** Runs a tsx script in its own process; resolves with its exit and output. */
function runScript(script: string, args: string[]) {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'helpers', script), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  proc.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    proc.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { proc, done };
}

describe('swapping the site while it is being read', () => {
  it(`${SWAPS} swaps under ${CLIENTS} busy clients: no crash, no 5xx, every response whole and from one version`, async () => {
    const urls = [...Object.keys(FIXTURE_PAGES), '/missing/'];
    const encodings = ['br', 'gzip', ''];
    const problems: string[] = [];
    const seen = { a: 0, b: 0 };
    let responses = 0;
    let fiveHundreds = 0;
    let stop = false;

    const check = async (urlPath: string, encoding: string) => {
      const response = await raw(port, urlPath, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });
      responses++;
      if (response.status >= 500) fiveHundreds++;
      const missing = urlPath === '/missing/';
      const file = missing ? '404.html' : FIXTURE_PAGES[urlPath]!;
      const wanted = missing ? 404 : 200;
      if (response.status !== wanted) return void problems.push(`${urlPath} (${encoding || 'plain'}): ${response.status}`);
      const length = response.headers['content-length'];
      if (!response.complete || (length !== undefined && Number(length) !== response.body.length)) {
        return void problems.push(`${urlPath} (${encoding || 'plain'}): cut short at ${response.body.length} bytes`);
      }
      const body = decoded(response);
      if (body === a.files[file]) seen.a++;
      else if (body === b.files[file]) seen.b++;
      else problems.push(`${urlPath} (${encoding || 'plain'}): a body from neither version (${body.length} bytes)`);
    };

    const client = async () => {
      while (!stop) {
        const urlPath = urls[Math.floor(Math.random() * urls.length)]!;
        const encoding = encodings[Math.floor(Math.random() * encodings.length)]!;
        try {
          await check(urlPath, encoding);
        } catch (error) {
          problems.push(`${urlPath} (${encoding || 'plain'}): ${(error as Error).message}`);
          if (server.exited()) break;
          await sleep(5);
        }
      }
    };

    const clients = Array.from({ length: CLIENTS }, client);
    const started = Date.now();
    // The swaps run in a process of their own, at the same time as the clients and the server.
    const swapper = runScript('swapLoop.ts', [outDir, a.dir, b.dir, String(SWAPS), String(GRACE_MS)]);
    const swapped = await swapper.done;
    const seconds = (Date.now() - started) / 1000;
    // A little longer than the grace period, then one more build: the last retired builds
    // are deleted, still under load.
    await sleep(GRACE_MS + 300);
    if (!server.exited()) swapInto(copyAsBuild(a, outDir), outDir, { graceMs: GRACE_MS });
    await sleep(200);
    stop = true;
    await Promise.all(clients);

    expect(swapped.code, `the swaps failed: ${swapped.stderr}`).toBe(0);
    const { mostBuilds } = JSON.parse(swapped.stdout) as { mostBuilds: number };
    const kinds = [...new Set(problems.map((p) => p.replace(/ \((br|gzip|plain)\)/, '')))];
    const summary = `${responses} responses during ${SWAPS} swaps in ${seconds.toFixed(1)} s (a ${seen.a}, b ${seen.b}); ${problems.length} problems; at most ${mostBuilds} build folders on disk`;
    console.log(summary);
    expect(server.exited(), `the server process died:\n${server.errors()}`).toBeNull();
    expect(server.errors(), 'the server wrote errors').toBe('');
    expect(fiveHundreds, summary).toBe(0);
    expect(kinds.slice(0, 20), summary).toEqual([]);
    // It really was under load, and both versions were served.
    expect(responses).toBeGreaterThan(SWAPS);
    expect(seen.a).toBeGreaterThan(0);
    expect(seen.b).toBeGreaterThan(0);
    // Retired builds were deleted as it went (a grace period after they were retired): only
    // the one being served and the one it replaced are left.
    expect(readdirSync(buildsDir(outDir)).filter((e) => !e.endsWith('.retired')).length).toBeLessThanOrEqual(2);
  }, 180_000);
});
