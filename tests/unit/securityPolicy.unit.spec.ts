import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_DIRECTIVES, headersFile, REFERRER_POLICY, securityHeaders } from '@site/lib/securityPolicy';

/**
 * The one security policy (site/lib/securityPolicy.ts): what it allows, and that the meta tag,
 * the server's headers and `_headers` all come from it. That the built pages carry it and break
 * nothing under it is tests/e2e/csp.e2e.spec.ts; the server's headers, tests/int/staticServer.
 */
const parse = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

describe('content security policy', () => {
  const header = parse(contentSecurityPolicy('header'));

  it('allows script only from the site itself (and WebAssembly for search): no inline script, no eval, nothing foreign', () => {
    expect(header['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(header['style-src']).toEqual(["'self'"]);
    expect(header['default-src']).toEqual(["'self'"]);
    const everything = contentSecurityPolicy('header');
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', "'strict-dynamic'"]) {
      expect(everything.split(/[\s;]+/)).not.toContain(loose);
    }
  });

  it('locks down plugins, base, forms, framing and the other fetches', () => {
    expect(header).toMatchObject({
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'frame-src': ["'none'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
    });
  });

  it('the meta tag carries the same policy without the header-only directives', () => {
    const meta = parse(contentSecurityPolicy('meta'));
    expect(meta['frame-ancestors']).toBeUndefined();
    const { 'frame-ancestors': _, ...rest } = header;
    expect(meta).toEqual(rest);
    expect(Object.keys(header)).toEqual(CSP_DIRECTIVES.map(([name]) => name));
  });

  it('the server headers and _headers are the same set, from the same policy', () => {
    const headers = securityHeaders();
    expect(headers).toMatchObject({
      'Content-Security-Policy': contentSecurityPolicy('header'),
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': REFERRER_POLICY,
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);

    // Netlify / Cloudflare Pages format: a path line, then indented "Name: value" lines.
    const lines = headersFile().split('\n');
    const all = lines.indexOf('/*');
    const block: Record<string, string> = {};
    for (const line of lines.slice(all + 1)) {
      if (!line.startsWith('  ')) break;
      const at = line.indexOf(': ');
      block[line.slice(2, at)] = line.slice(at + 2);
    }
    expect(block).toEqual(headers);
    // Open data may be read by apps on any site, from a static host too.
    expect(lines.slice(lines.indexOf('/open-data/*'), lines.indexOf('/open-data/*') + 2)).toEqual(['/open-data/*', '  Access-Control-Allow-Origin: *']);
  });
});
