/**
 * The public site's security policy, defined once. Used by:
 *   - `site/layouts/Base.astro`: `<meta http-equiv="Content-Security-Policy">` and
 *     `<meta name="referrer">` on every page, so any static host serves them;
 *   - `platform/server/staticServer.ts`: the same policy, and the headers a meta tag cannot carry,
 *     as real response headers on every response (404 and 405 included);
 *   - `site/lib/securityHeadersIntegration.ts`: a `_headers` file (Netlify, Cloudflare Pages)
 *     written into the built site.
 *
 * The site has no inline script and no inline style (scripts and styles are files that Astro
 * bundles; the checker's generated CSS is a file too), so the policy needs no hashes and is
 * the same for every page and every build. JSON-LD (`<script type="application/ld+json">`)
 * is data, which a browser never runs, so CSP does not apply to it.
 *
 * Imported by `astro.config.mjs` (through the integration) before the `@site/…` aliases
 * exist: so no imports here.
 */

/** Directives, in the order they are written. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: readonly string[]]> = [
  ['default-src', ["'self'"]],
  // Pagefind compiles its WebAssembly search engine: that needs 'wasm-unsafe-eval' (and only
  // WebAssembly: eval and new Function stay forbidden).
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['media-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['frame-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  // Header only: browsers ignore (and warn about) it in a <meta> tag.
  ['frame-ancestors', ["'none'"]],
];

/** Directives that only work as a response header, never in `<meta http-equiv>`. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The Content-Security-Policy value: `header` (everything) or `meta` (what a meta tag may hold). */
export function contentSecurityPolicy(delivery: 'header' | 'meta' = 'header'): string {
  return CSP_DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** No address of this site is sent to other sites: which page a care leaver read is theirs. */
export const REFERRER_POLICY = 'no-referrer';

/** Browser features the site never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers every response from the site's server carries (and `_headers` sets). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('header'),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': REFERRER_POLICY,
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Files under `/_astro/` have a content hash in their name: they never change. */
export const IMMUTABLE_PREFIX = '/_astro/';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Open data (the offers, the comparison, the Open Referral UK copy) is for anyone's app to read, from any site. */
export const OPEN_DATA_PREFIX = '/open-data/';
export const OPEN_DATA_HEADERS = { 'Access-Control-Allow-Origin': '*' } as const;

/** The `_headers` file for Netlify and Cloudflare Pages: the same headers on every path. */
export function headersFile(): string {
  const lines = ['# Written by the site build from site/lib/securityPolicy.ts: edit that, not this.', '/*'];
  for (const [name, value] of Object.entries(securityHeaders())) lines.push(`  ${name}: ${value}`);
  lines.push(`${IMMUTABLE_PREFIX}*`, `  Cache-Control: ${IMMUTABLE_CACHE}`);
  lines.push(`${OPEN_DATA_PREFIX}*`, ...Object.entries(OPEN_DATA_HEADERS).map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}
