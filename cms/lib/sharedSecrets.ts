/**
 * Several admin servers (`next start` on N machines or ports behind a load balancer, one
 * database, one `npm run worker`) must share two secrets, or a request one server started
 * fails on the next:
 *
 *   - `PAYLOAD_SECRET` signs sessions. Production already requires it (`resolveSecret`,
 *     `cms/secret.ts`): the per-machine secret kept in the data folder is for development only.
 *   - `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY` encrypts the admin's server-action data. Unset,
 *     each `next build` makes its own, so servers started from different builds can't read
 *     each other's. An admin that does not run the jobs (`SITE_BUILD_WORKER` off) in production
 *     is one of several, so `next start` refuses to run it without the key.
 *
 * Imported by `cms/next.config.mjs`, which Node loads itself before any `@cms/…` alias
 * exists: so no imports here, and only syntax Node can strip. The key's format is checked
 * by the settings schema (`content/model/settings.ts`) when the admin reads its settings.
 */

type Env = Partial<Record<'NODE_ENV' | 'SITE_BUILD_WORKER' | 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', string>>;

const ON = ['1', 'true', 'yes', 'on'];

/** Why this `next start` may not run as it is configured, or null. */
export function sharedSecretProblem(env: Env): string | null {
  if (env.NODE_ENV !== 'production') return null;
  if (ON.includes((env.SITE_BUILD_WORKER ?? '').toLowerCase())) return null;
  if (env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return null;
  return (
    'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set. An admin that does not run the jobs (SITE_BUILD_WORKER off) is one of several ' +
    'admin servers, which must share this key (and PAYLOAD_SECRET): set it to the same value for `next build` and every `next start`, ' +
    'e.g. `openssl rand -base64 32`.'
  );
}
