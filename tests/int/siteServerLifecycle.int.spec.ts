import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { siteEntry } from '@content/model/siteAddresses';
import { writeSiteDirectoryFile } from '@content/model/siteDirectory';
import { stopGracefully, watchConnections } from '@platform/server/lifecycle';
import { serveStatic, servePlatform } from '@platform/server/staticServer';
import { freePort } from '@tests/helpers/ports';
import { PER_TEST_MS } from '@tests/helpers/testBudget';

/**
 * Issue 23, part 5, the platform's site server in production: `/healthz` and `/readyz` for a
 * load balancer or process manager, a request id on every answer and a JSON log line for every
 * request, and SIGTERM finishing what is under way (a slow download completes) while refusing
 * new connections, then exiting 0.
 */
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
let root: string;
const servers: Server[] = [];

/** A platform folder with one council's site (`sites.json` and the built folder), as a build leaves it. */
function platformFolder(files: Record<string, string | Buffer> = { 'index.html': '<!doctype html><title>Upland</title>' }): string {
  const folder = mkdtempSync(path.join(root, 'sites-'));
  writeSiteDirectoryFile(path.join(folder, 'sites.json'), { sites: [siteEntry({ slug: 'upland', id: '1', name: 'Upland Council' })] });
  mkdirSync(path.join(folder, 'upland'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, 'upland', name), bytes);
  return folder;
}

const address = (server: Server) => {
  const a = server.address();
  return a && typeof a === 'object' ? `http://127.0.0.1:${a.port}` : '';
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'lop-site-lifecycle-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the site server’s health answers', () => {
  it('/healthz answers 200 with a tiny JSON while the process is up, even with no site built', async () => {
    const server = await servePlatform(path.join(root, 'nothing-here'), 0);
    servers.push(server);
    const res = await fetch(`${address(server)}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok', checks: {} });
  });

  it('/readyz is 503 saying what is missing until sites.json is there and lists a built site, then 200 naming any not built yet', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    const server = await servePlatform(empty, 0);
    servers.push(server);
    const ready = () => fetch(`${address(server)}/readyz`, { headers: { Host: 'upland.localhost' } });
    let res = await ready();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'failing', checks: { sitesJson: 'missing: no site has been built yet' } });
    writeFileSync(path.join(empty, 'sites.json'), '{"sites": "not a list"}');
    res = await ready();
    expect(res.status).toBe(503);
    expect((await res.json()).checks.sitesJson).toMatch(/^unreadable/);
    const entries = [siteEntry({ slug: 'upland', id: '1', name: 'Upland Council' }), siteEntry({ slug: 'lowland', id: '2', name: 'Lowland Council' })];
    writeSiteDirectoryFile(path.join(empty, 'sites.json'), { sites: entries });
    res = await ready();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'failing', checks: { sitesJson: 'ok', sites: 'none built; not built yet: upland, lowland' } });
    mkdirSync(path.join(empty, 'upland'));
    writeFileSync(path.join(empty, 'upland', 'index.html'), '<!doctype html><title>Upland</title>');
    // One council just added and not built yet does not take the server out of service for the others.
    res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { sitesJson: 'ok', sites: '1 built; not built yet: lowland' } });
    mkdirSync(path.join(empty, 'lowland'));
    res = await ready();
    expect(await res.json()).toEqual({ status: 'ok', checks: { sitesJson: 'ok', sites: '2 built' } });
  });

  it('one site folder served on its own is ready once it has its front page', async () => {
    const folder = path.join(root, 'one-site');
    mkdirSync(folder);
    const server = await serveStatic(folder, 0);
    servers.push(server);
    expect((await fetch(`${address(server)}/readyz`)).status).toBe(503);
    writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>Site</title>');
    expect((await fetch(`${address(server)}/readyz`)).status).toBe(200);
  });
});

describe('the site server’s request log', () => {
  it('logs each request as one JSON line with its method, path, status, time and request id, echoed in the answer', async () => {
    const lines: string[] = [];
    const logger = pino({ base: null }, { write: (line: string) => void lines.push(line) });
    const server = await servePlatform(platformFolder(), 0, '127.0.0.1', { logger });
    servers.push(server);
    const given = await fetch(`${address(server)}/`, { headers: { 'X-Request-Id': 'lb-7f3a.42' } });
    expect(given.status).toBe(200);
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a.42');
    const made = await fetch(`${address(server)}/no-such-page/?q=1`);
    expect(made.status).toBe(404);
    const madeId = made.headers.get('x-request-id');
    expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
    // A request id that is not plain text is not repeated back: a new one is made.
    const odd = await fetch(`${address(server)}/`, { headers: { 'X-Request-Id': 'a b<script>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged[0]).toMatchObject({ level: 30, msg: 'request', reqId: 'lb-7f3a.42', method: 'GET', path: '/', status: 200 });
    expect(logged[1]).toMatchObject({ reqId: madeId, method: 'GET', path: '/no-such-page/', status: 404 });
    expect(typeof logged[1]!.ms).toBe('number');
    expect(logged).toHaveLength(3);
  });

  it('gives a request id even when nothing is logged', async () => {
    const server = await servePlatform(platformFolder(), 0);
    servers.push(server);
    expect((await fetch(`${address(server)}/`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('a graceful stop', () => {
  it('sends an answer to its last byte when the code has written it all but the reader has not taken it yet', async () => {
    // Node counts an answer whose writing has ended as done; the 64 MB here are still in the
    // server's buffers (a reader that has not read yet), and Node's closeIdleConnections() cut
    // them: the reader got "aborted". Deterministic, unlike the download in the test below.
    const big = randomBytes(64 * 1024 * 1024);
    const server = createServer((_req, res) => res.end(big));
    watchConnections(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const response = await new Promise<IncomingMessage>((resolve, reject) => get(`${address(server)}/`, resolve).on('error', reject));
    const stopped = stopGracefully(server);
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(big)).toBe(true);
    await stopped;
    expect(server.listening).toBe(false);
  });
});

describe('npm run serve on SIGTERM', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it(
    'finishes a slow download under way, refuses new connections, and exits 0',
    async () => {
      const big = randomBytes(48 * 1024 * 1024);
      const folder = platformFolder({ 'index.html': '<!doctype html><title>Upland</title>', 'big.bin': big });
      const port = await freePort();
      const output: string[] = [];
      child = spawn(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'platform', 'server', 'serve.ts')], {
        cwd: repoRoot,
        env: { ...process.env, SITE_OUT_DIR: folder, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d) => output.push(String(d)));
      child.stderr!.on('data', (d) => output.push(String(d)));
      const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
      const url = `http://127.0.0.1:${port}`;
      for (;;) {
        try {
          if ((await fetch(`${url}/healthz`)).ok) break;
        } catch {
          // not listening yet
        }
        if (child.exitCode !== null) throw new Error(`serve.ts exited: ${output.join('')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      // A download the reader takes slowly: not read at all until after the signal, so the
      // server is still sending it (its socket's buffers full) when SIGTERM comes.
      const response = await new Promise<IncomingMessage>((resolve, reject) => get(`${url}/big.bin`, resolve).on('error', reject));
      expect(response.statusCode).toBe(200);
      child.kill('SIGTERM');
      // New connections are refused once it has taken the signal.
      let refused = false;
      for (let i = 0; i < 100 && !refused; i++) {
        try {
          await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
          await new Promise((r) => setTimeout(r, 50));
        } catch (error) {
          refused = /ECONNREFUSED/.test(String((error as { cause?: unknown }).cause));
        }
      }
      expect(refused, output.join('')).toBe(true);
      expect(child.exitCode).toBeNull();
      // The download under way still arrives whole.
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(Buffer.from(chunk));
      expect(Buffer.concat(chunks).equals(big)).toBe(true);
      expect(await exited).toBe(0);
      const log = output.join('').split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg?: string; path?: string; status?: number });
      expect(log.some((line) => line.msg === 'request' && line.path === '/big.bin' && line.status === 200)).toBe(true);
      expect(log.at(-1)?.msg).toBe('stopped');
    },
    2 * PER_TEST_MS,
  );
});
