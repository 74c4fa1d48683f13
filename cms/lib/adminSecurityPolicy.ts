/**
 * The admin's security headers, defined once (issue 18, finding 11): what every response of
 * the Payload admin and its API sends (`/admin`, `/api`, `/api/media/file`, Next's own files),
 * applied to every path by Next's `headers()` in `cms/next.config.mjs`.
 *
 * The admin is Payload's Next.js app, which writes inline scripts (React Server Components'
 * data) and inline styles (Payload's own components and their libraries) into every page:
 * so `'unsafe-inline'` for both, and, under `next dev` only, `'unsafe-eval'` for React's
 * development tools and hot reloading. What the policy still holds: no script, style, image,
 * font or connection from another origin; no plugins; no `<base>` or form sending anywhere
 * else; no framing by any site (`frame-ancestors 'none'`, `X-Frame-Options: DENY`).
 * Payload's account icon is its own (`admin.avatar: 'default'`), not Gravatar, which would
 * send a hash of every editor's email to another site. The admin has no live preview.
 *
 * Uploads served back (`/api/media/file/…`) get a stricter policy still: no script at all,
 * and `sandbox`, so a file opened in the browser runs nothing from the admin's origin.
 * Payload's GraphQL playground (`/api/graphql-playground`, under `next dev` only) loads its
 * code from a CDN, so the policy stops it: that code would run as the signed-in editor.
 *
 * Imported by `cms/next.config.mjs`, which Node loads itself (stripping the types), before any
 * `@cms/…` alias exists: so no imports here, and only syntax Node can strip.
 */

/** `development` under `next dev`; `production` for `next build` and `next start`. */
export type AdminMode = 'development' | 'production';

type Directives = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>;

/** The admin's Content-Security-Policy directives, in the order they are written. */
export function adminCspDirectives(mode: AdminMode): Directives {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'unsafe-inline'", ...(mode === 'development' ? ["'unsafe-eval'"] : [])]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Uploads shown before they are saved are blob: and data: URLs.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    // The admin's own API and server functions (and, under `next dev`, its hot-reload socket, which 'self' covers).
    ['connect-src', ["'self'"]],
    ['media-src', ["'self'", 'blob:']],
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['frame-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** An uploaded file, opened on its own: shown, never run. */
export const MEDIA_FILE_CSP_DIRECTIVES: Directives = [
  ['default-src', ["'none'"]],
  ['img-src', ["'self'"]],
  ['media-src', ["'self'"]],
  // The browser's own viewer of an image styles it inline.
  ['style-src', ["'unsafe-inline'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
  ['sandbox', []],
];

const serialise = (directives: Directives) => directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

export function adminContentSecurityPolicy(mode: AdminMode): string {
  return serialise(adminCspDirectives(mode));
}

export const MEDIA_FILE_CSP = serialise(MEDIA_FILE_CSP_DIRECTIVES);

/**
 * The admin sends the origin (never the path) to other sites, and its full address to
 * itself. Not `no-referrer`: that makes browsers send `Origin: null` on the admin's own
 * POSTs, which Payload's CSRF check and Next's server actions (rightly) refuse.
 */
export const ADMIN_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Browser features the admin never uses. */
export const ADMIN_PERMISSIONS_POLICY = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb']
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers every response of the admin carries. */
export function adminSecurityHeaders(mode: AdminMode): Record<string, string> {
  return {
    'Content-Security-Policy': adminContentSecurityPolicy(mode),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': ADMIN_REFERRER_POLICY,
    'Permissions-Policy': ADMIN_PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Where Payload serves uploads back (every upload collection's `/api/<collection>/file/<name>`). */
export const MEDIA_FILE_SOURCE = '/api/:collection/file/:path*';

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/**
 * Next's `headers()` rules: every path gets the admin's headers, and uploads their stricter
 * policy (a later rule that sets the same header wins, in Next).
 */
export function adminHeaderRules(mode: AdminMode): HeaderRule[] {
  return [
    { source: '/:path*', headers: asList(adminSecurityHeaders(mode)) },
    { source: MEDIA_FILE_SOURCE, headers: asList({ 'Content-Security-Policy': MEDIA_FILE_CSP }) },
  ];
}

/** The mode `next` runs the admin in, from `NODE_ENV` as `next dev`, `next build` and `next start` set it. */
export const adminMode = (env: { NODE_ENV?: string } = process.env): AdminMode => (env.NODE_ENV === 'production' ? 'production' : 'development');
