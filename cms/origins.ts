import { settings, type SettingsEnv } from '@content/model/settings';

/**
 * Where the admin is reached: `ADMIN_URL` (e.g. `https://admin.council.gov.uk`), else
 * `http://localhost:<ADMIN_PORT or 3000>`. The first is Payload's `serverURL`; all of them
 * form the CSRF allowlist (the same port on 127.0.0.1 too, so either local address works).
 */
export function adminOrigins(env?: SettingsEnv): string[] {
  const { ADMIN_URL, ADMIN_PORT: port } = settings(env);
  if (ADMIN_URL) return [new URL(ADMIN_URL).origin];
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}
