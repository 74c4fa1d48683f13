import path from 'node:path';
import { repoRoot } from '@cms/paths';
import { settings, type SettingsEnv } from '@content/model/settings';

/**
 * Where `npm start` / `npm run dev` listen. Both servers listen on the loopback address
 * unless told otherwise, so the admin (and the demo password `npm start` prints) is not
 * reachable from the network by accident:
 *
 *   ADMIN_HOST (default 127.0.0.1), ADMIN_PORT (3000): the CMS admin (Next.js)
 *   HOST       (default 127.0.0.1), SITE_PORT  (4321): the public site
 *
 * Set ADMIN_HOST=0.0.0.0 (or one interface's address) to open the admin to other machines,
 * preferably behind a reverse proxy (see ADMIN_TRUSTED_PROXIES in the README).
 */
export type ListenConfig = { adminHost: string; adminPort: number; siteHost: string; sitePort: number };

export const LOOPBACK = '127.0.0.1';

export function listenConfig(env?: SettingsEnv): ListenConfig {
  const { ADMIN_HOST, ADMIN_PORT, HOST, SITE_PORT } = settings(env);
  return { adminHost: ADMIN_HOST, adminPort: ADMIN_PORT, siteHost: HOST, sitePort: SITE_PORT };
}

export const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
export const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The Node arguments that run the admin: `next dev` (development), `next start` (after
 * `next build`, in production), always with the address and port to listen on.
 */
export function adminArgs(mode: 'dev' | 'start', { adminHost, adminPort }: Pick<ListenConfig, 'adminHost' | 'adminPort'>): string[] {
  return [nextBin, mode, 'cms', '--hostname', adminHost, '--port', String(adminPort)];
}

/** The Node arguments for the site under `astro dev` (`npm run dev`). */
export function astroDevArgs({ siteHost, sitePort }: Pick<ListenConfig, 'siteHost' | 'sitePort'>): string[] {
  return [astroBin, 'dev', '--host', siteHost, '--port', String(sitePort)];
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);
const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]';
const bracket = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/**
 * The URL to reach a server listening on `host` from this machine: its own address (a
 * server on every interface is reached through the loopback one), so start's readiness
 * check asks the address that is really listening rather than whatever "localhost" resolves to.
 */
export function localUrl(host: string, port: number, pathname = '/'): string {
  const target = host === '::' || host === '[::]' ? '::1' : isWildcard(host) ? LOOPBACK : host;
  return `http://${bracket(target)}:${port}${pathname}`;
}

/**
 * The URL to print for people: `localhost` for a loopback address (what the admin's
 * origin allowlist expects by default), else the address as given.
 */
export function displayUrl(host: string, port: number, pathname = '/'): string {
  return `http://${isLoopback(host) || isWildcard(host) ? 'localhost' : bracket(host)}:${port}${pathname}`;
}
