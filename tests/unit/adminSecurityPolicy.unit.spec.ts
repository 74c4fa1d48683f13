import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminContentSecurityPolicy, adminMode, adminSecurityHeaders, MEDIA_FILE_CSP } from '@cms/lib/adminSecurityPolicy';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import nextConfigFor from '../../cms/next.config.mjs';

/**
 * Issue 18, finding 11: the admin sent no security headers. The rules here are the ones
 * `cms/next.config.mjs` gives Next (Payload's own included), matched against paths as Next
 * matches them (a later rule setting the same header wins). The browser test
 * (`tests/e2e/admin-workflow.e2e.spec.ts`) checks them over HTTP on a running admin, and that
 * the admin's pages run under the policy with no violation.
 */
type Rule = { source: string; headers: { key: string; value: string }[] };

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The headers Next would send on `pathname`, from the config's rules, as a map of lower-case names. */
async function headersFor(pathname: string): Promise<Map<string, string>> {
  const rules = (await nextConfigFor(PHASE_DEVELOPMENT_SERVER).headers!()) as Rule[];
  const sent = new Map<string, string>();
  for (const rule of rules) {
    if (!new RegExp(buildCustomRoute('header', rule).regex).test(pathname)) continue;
    for (const { key, value } of rule.headers) sent.set(key.toLowerCase(), value);
  }
  return sent;
}

const directives = (csp: string) => new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

const PATHS = ['/admin', '/admin/login', '/admin/collections/offers/create', '/api/users/me', '/api/graphql', '/api/media/file/leaflet.pdf', '/_next/static/chunks/app.js', '/'];

describe('the admin’s security headers (Next config)', () => {
  it('are on every path: a CSP with frame-ancestors none, no framing, nosniff, a referrer policy', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    for (const pathname of PATHS) {
      const sent = await headersFor(pathname);
      const csp = directives(sent.get('content-security-policy') ?? '');
      expect(csp.get('frame-ancestors'), pathname).toEqual(["'none'"]);
      expect(csp.get('object-src'), pathname).toEqual(["'none'"]);
      expect(csp.get('base-uri'), pathname).toBeDefined();
      expect(csp.get('form-action'), pathname).toBeDefined();
      expect(sent.get('x-frame-options'), pathname).toBe('DENY');
      expect(sent.get('x-content-type-options'), pathname).toBe('nosniff');
      // Not no-referrer: that would make the admin's own POSTs send `Origin: null`, which its CSRF check refuses.
      expect(sent.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin');
    }
  });

  it('let the admin run its own code and nothing from elsewhere; eval only under next dev', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const production = directives((await headersFor('/admin')).get('content-security-policy')!);
    expect(production.get('default-src')).toEqual(["'self'"]);
    expect(production.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(production.get('connect-src')).toEqual(["'self'"]);
    expect(production.get('form-action')).toEqual(["'self'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    // Nothing names another host, or allows any https: address.
    for (const [name, sources] of production) expect(sources.filter((s) => !/^('[a-z-]+'|data:|blob:)$/.test(s)), name).toEqual([]);
    vi.stubEnv('NODE_ENV', 'development');
    expect(directives((await headersFor('/admin')).get('content-security-policy')!).get('script-src')).toContain("'unsafe-eval'");
  });

  it('serve uploads under a policy that runs nothing: no script, sandboxed', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    for (const pathname of ['/api/media/file/leaflet.pdf', '/api/media/file/photo-400x300.webp']) {
      const sent = await headersFor(pathname);
      expect(sent.get('content-security-policy'), pathname).toBe(MEDIA_FILE_CSP);
      const csp = directives(MEDIA_FILE_CSP);
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.has('script-src')).toBe(false);
      expect(csp.has('sandbox')).toBe(true);
      expect(sent.get('x-content-type-options')).toBe('nosniff');
      expect(sent.get('x-frame-options')).toBe('DENY');
    }
    // The admin's pages keep the admin's policy.
    expect((await headersFor('/api/media')).get('content-security-policy')).toBe(adminContentSecurityPolicy('production'));
  });

  it('follow NODE_ENV as next sets it, and are the ones the policy module defines', () => {
    expect(adminMode({ NODE_ENV: 'production' })).toBe('production');
    expect(adminMode({ NODE_ENV: 'development' })).toBe('development');
    expect(adminMode({})).toBe('development');
    expect(adminSecurityHeaders('production')['Content-Security-Policy']).not.toContain('unsafe-eval');
  });
});
