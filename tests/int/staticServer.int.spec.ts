import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swapInto } from '@platform/build/siteFolders';
import { contentSecurityPolicy, securityHeaders } from '@site/lib/securityPolicy';
import { serveStatic } from '@platform/server/staticServer';
import { copyAsBuild, decoded, FIXTURE_PAGES, makeSiteVersion, raw, type RawResponse, type SiteVersion } from '@tests/helpers/staticSiteFixture';

/**
 * The site's server (platform/server/staticServer.ts, siteFiles.ts) on a site laid out as the build lays
 * it out (a symlink to a build folder, compressed copies beside the text files): GET and HEAD
 * only, no redirect of any kind (so none off the site), the site's own 404 page with status
 * 404, compression, ETags and 304s, cache lifetimes, and the security headers on every answer.
 * Swapping builds under load is tests/int/siteSwap.int.spec.ts.
 */
let site: SiteVersion;
let server: Server;
let port: number;
const get = (urlPath: string, options?: Parameters<typeof raw>[2]) => raw(port, urlPath, options);

function expectSecurityHeaders(response: RawResponse) {
  for (const [name, value] of Object.entries(securityHeaders())) {
    expect(response.headers[name.toLowerCase()], `${name} on a ${response.status}`).toBe(value);
  }
  expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

beforeAll(async () => {
  site = await makeSiteVersion('a');
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'lop-serve-')), 'dist');
  swapInto(copyAsBuild(site, outDir), outDir);
  server = await serveStatic(outDir, 0);
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('static server: methods', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH', 'PROPFIND']) {
    it(`answers ${method} with 405 and Allow: GET, HEAD, and changes nothing`, async () => {
      const response = await get('/', { method, body: method === 'TRACE' ? undefined : 'overwrite=1' });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
      expectSecurityHeaders(response);
      expect(readFileSync(path.join(site.dir, 'index.html'), 'utf8')).toBe(site.files['index.html']);
    });
  }

  it('answers HEAD like GET without a body', async () => {
    const response = await get('/guides/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(site.files['guides/index.html']!));
  });
});

describe('static server: paths', () => {
  it('serves every file of the site, a page with or without its trailing slash, and no redirect', async () => {
    for (const [urlPath, file] of Object.entries(FIXTURE_PAGES)) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(200);
      expect(response.headers.location, urlPath).toBeUndefined();
      expect(decoded(response), urlPath).toBe(site.files[file]);
    }
  });

  // Each of these was, or could be read as, a redirect to another host: protocol-relative,
  // backslashes (browsers read `/\` as `//`), encoded slashes and backslashes, tabs, and
  // paths that normalise to a real page (the old server added the slash and redirected).
  const offSite = [
    '//evil.example/..%2fguides',
    '//evil.example/..%2fguides/',
    '//evil.example/%2e%2e/guides',
    '///evil.example/..%2fguides',
    '/\\evil.example',
    '/\\evil.example/..%2fguides',
    '/\\/evil.example/',
    '/%2f%2fevil.example',
    '/%2F%2Fevil.example/..%2fguides',
    '/%5cevil.example',
    '/%5c%5cevil.example/..%2fguides',
    '/%09/evil.example',
    '/.//evil.example',
    '/guides/..%2f%2fevil.example',
    '/guides//evil.example/..',
    '/https://evil.example/',
    '/https:%2f%2fevil.example',
    '//evil.example',
    '/guides%2f..%2f..%2f%2fevil.example',
  ];
  for (const vector of offSite) {
    it(`never redirects: ${vector}`, async () => {
      const response = await get(vector);
      expect(response.headers.location).toBeUndefined();
      expect([200, 404]).toContain(response.status);
      expectSecurityHeaders(response);
    });
  }

  it('never reads outside the site', async () => {
    for (const vector of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/guides/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd', '/.retired', '/..%5c..%5cetc%5cpasswd']) {
      const response = await get(vector);
      expect(response.status, vector).toBe(404);
      expect(decoded(response)).not.toContain('root:');
    }
  });

  it('answers a missing page with the site’s own 404 page and status 404, with the security headers', async () => {
    for (const encoding of ['br', 'gzip', '']) {
      const response = await get('/no-such-page/', { headers: encoding ? { 'Accept-Encoding': encoding } : {} });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['content-encoding']).toBe(encoding || undefined);
      expect(decoded(response)).toBe(site.files['404.html']);
      expectSecurityHeaders(response);
    }
  });

  it('survives malformed requests: bad escapes, odd ranges', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(404);
    expect((await get('/%')).status).toBe(404);
    for (const range of ['bytes=5-2', 'bytes=abc', 'bytes=-5', 'bytes=0-1,3-4', 'bytes=99999999-', 'lines=1-2', 'bytes=1-99999999999']) {
      const response = await get('/guides/', { headers: { Range: range } });
      expect([200, 206, 416], range).toContain(response.status);
    }
    const partial = await get('/guides/', { headers: { Range: 'bytes=0-14' } });
    expect(partial.status).toBe(206);
    expect(partial.body.toString()).toBe(site.files['guides/index.html']!.slice(0, 15));
    expect((await get('/')).status).toBe(200);
  });
});

describe('static server: compression and caching', () => {
  it('sends the brotli copy to browsers that accept it, gzip to those that take only gzip, and plain to the rest', async () => {
    const br = await get('/guides/', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(site.files['guides/index.html']!) / 5);
    expect(decoded(br)).toBe(site.files['guides/index.html']);

    const gzip = await get('/_astro/app.Ab12Cd.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(decoded(gzip)).toBe(site.files['_astro/app.Ab12Cd.js']);

    const plain = await get('/manifest.webmanifest');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toContain('application/manifest+json');
    expect(plain.body.toString()).toBe(site.files['manifest.webmanifest']);
  });

  it('gives an ETag and answers a matching If-None-Match with 304 (security headers included)', async () => {
    const first = await get('/guides/', { headers: { 'Accept-Encoding': 'br' } });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get('/guides/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expectSecurityHeaders(again);
    // The plain and compressed copies are different representations, with different tags.
    const plain = await get('/guides/');
    expect(plain.headers.etag).not.toBe(etag);
    expect((await get('/guides/', { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200);
  });

  it('caches hashed /_astro/ files for a year and has pages revalidated', async () => {
    expect((await get('/_astro/site.Ef34Gh.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/nope/')).headers['cache-control']).toBe('no-cache');
  });

  it('puts the security headers on every answer', async () => {
    for (const urlPath of ['/', '/_astro/app.Ab12Cd.js', '/pagefind/fragment/en_1.pf_fragment', '/nope']) {
      expectSecurityHeaders(await get(urlPath));
    }
    expect((await get('/')).headers['content-security-policy']).toBe(contentSecurityPolicy('header'));
  });
});

describe('static server: compression by the browser’s weights (q-values)', () => {
  it('never sends a copy the browser refused with q=0, and sends the one it weighs highest', async () => {
    const page = site.files['guides/index.html']!;
    for (const [accept, wanted] of [
      ['br;q=0, gzip', 'gzip'],
      ['gzip, br;q=0', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['gzip;q=0.9, br;q=0.1', 'gzip'],
      ['br;q=0.9, gzip;q=0.1', 'br'],
      ['*', 'br'],
      ['*;q=0', undefined],
      ['gzip;q=0.5, identity', undefined],
    ] as const) {
      const response = await get('/guides/', { headers: { 'Accept-Encoding': accept } });
      expect(response.status, accept).toBe(200);
      expect(response.headers['content-encoding'], accept).toBe(wanted);
      expect(response.headers.vary, accept).toMatch(/Accept-Encoding/i);
      expect(Number(response.headers['content-length']), accept).toBe(response.body.length);
      expect(decoded(response), accept).toBe(page);
    }
  });

  it('does the same for the 404 page', async () => {
    const response = await get('/no-such-page/', { headers: { 'Accept-Encoding': 'br;q=0, gzip' } });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(decoded(response)).toBe(site.files['404.html']);
  });
});

describe('static server: no site yet', () => {
  it('answers 404, not an error, when nothing has been built', async () => {
    const empty = await serveStatic(path.join(mkdtempSync(path.join(tmpdir(), 'lop-empty-')), 'dist'), 0);
    try {
      const response = await raw((empty.address() as AddressInfo).port, '/');
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
    } finally {
      await new Promise((resolve) => empty.close(resolve));
    }
  });
});
