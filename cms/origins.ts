/**
 * Where the admin is reached: `ADMIN_URL` (e.g. `https://admin.council.gov.uk`), else
 * `http://localhost:<ADMIN_PORT or 3000>`. The first is Payload's `serverURL`; all of them
 * form the CSRF allowlist (the same port on 127.0.0.1 too, so either local address works).
 */
export function adminOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.ADMIN_URL) {
    const url = new URL(env.ADMIN_URL);
    return [url.origin];
  }
  const port = Number(env.ADMIN_PORT || 3000);
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}
