import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePlatform } from '@platform/server/staticServer';

/**
 * One server for every council's site: the Host header picks the council (its
 * `<council>.localhost` name or its public address's host); anything else gets the index of
 * councils, or, with one council, that council's site. A council added to `sites.json` is
 * served without a restart.
 */
const root = mkdtempSync(path.join(tmpdir(), 'lop-platform-'));
let server: Server;
let port: number;

function site(slug: string, text: string) {
  const build = path.join(root, `${slug}.builds`, '1');
  mkdirSync(path.join(build, 'offers', 'x'), { recursive: true });
  writeFileSync(path.join(build, 'index.html'), `<!doctype html><title>${text}</title><p>${text}</p>`);
  writeFileSync(path.join(build, 'offers', 'x', 'index.html'), `<p>${text} offer</p>`);
  symlinkSync(path.join(`${slug}.builds`, '1'), path.join(root, slug));
}
const directory = (sites: { slug: string; name: string; hosts: string[] }[]) => writeFileSync(path.join(root, 'sites.json'), JSON.stringify({ sites }));

/** GET with a Host header (Node doesn't resolve *.localhost names itself). */
function get(host: string, pathname = '/'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: { Host: `${host}:${port}` } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  site('alpha', 'Alpha Council');
  directory([{ slug: 'alpha', name: 'Alpha Council', hosts: ['alpha.localhost', 'offer.alpha.example'] }]);
  server = await servePlatform(root, 0);
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serving every council’s site from one server', () => {
  it('with one council, plain localhost is that council’s site (as before councils)', async () => {
    expect((await get('localhost')).body).toContain('Alpha Council');
    expect((await get('alpha.localhost', '/offers/x/')).body).toContain('Alpha Council offer');
  });

  it('picks the council by host name, its public address included, once a second council is added (no restart)', async () => {
    site('beta', 'Beta Council');
    directory([
      { slug: 'alpha', name: 'Alpha Council', hosts: ['alpha.localhost', 'offer.alpha.example'] },
      { slug: 'beta', name: 'Beta Council', hosts: ['beta.localhost'] },
    ]);
    expect((await get('beta.localhost')).body).toContain('Beta Council');
    expect((await get('offer.alpha.example', '/offers/x/')).body).toContain('Alpha Council offer');
    expect((await get('BETA.localhost', '/offers/x/')).body).toContain('Beta Council offer');
  });

  it('shows the index of councils, with links on this port and the security headers, for any other host', async () => {
    const index = await get('localhost');
    expect(index.status).toBe(200);
    expect(index.body).toContain(`<a href="http://alpha.localhost:${port}/">Alpha Council</a>`);
    expect(index.body).toContain(`<a href="http://beta.localhost:${port}/">Beta Council</a>`);
    expect(index.body).not.toMatch(/<script|style=/);
    expect(index.headers['content-security-policy']).toBeTruthy();
    expect((await get('localhost', '/index.css')).headers['content-type']).toMatch(/text\/css/);
    expect((await get('unknown.example', '/offers/x/')).status).toBe(404);
  });
});
