import { describe, expect, it } from 'vitest';
import { adminArgs, astroDevArgs, displayUrl, listenConfig, localUrl } from '@cms/lib/listen';

/** Environment variables as a test sets them (the project's ProcessEnv type wants NODE_ENV). */
const env = (vars: Record<string, string> = {}) => vars;

/**
 * `npm start` / `npm run dev` run the admin as `next dev|start cms …` and the site on HOST:
 * both must listen on the loopback address unless ADMIN_HOST / HOST open them up, and the
 * readiness check must ask the address the admin really listens on.
 */
describe('where npm start listens', () => {
  const flag = (args: string[], name: string) => args[args.indexOf(name) + 1];

  it('runs the admin on 127.0.0.1 by default, in development and production', () => {
    const listen = listenConfig(env());
    expect(listen).toEqual({ adminHost: '127.0.0.1', adminPort: 3000, siteHost: '127.0.0.1', sitePort: 4321 });
    for (const mode of ['dev', 'start'] as const) {
      const args = adminArgs(mode, listen);
      expect(args.slice(1, 3)).toEqual([mode, 'cms']);
      expect(flag(args, '--hostname')).toBe('127.0.0.1');
      expect(flag(args, '--port')).toBe('3000');
    }
  });

  it('opens the admin only when ADMIN_HOST says so, and the site only when HOST does', () => {
    const listen = listenConfig(env({ ADMIN_HOST: '0.0.0.0', ADMIN_PORT: '3100', SITE_PORT: '4400' }));
    expect(flag(adminArgs('start', listen), '--hostname')).toBe('0.0.0.0');
    expect(flag(adminArgs('start', listen), '--port')).toBe('3100');
    expect(listen.siteHost).toBe('127.0.0.1');
    expect(listenConfig(env({ HOST: '0.0.0.0' })).siteHost).toBe('0.0.0.0');
    expect(listenConfig(env({ HOST: '0.0.0.0' })).adminHost).toBe('127.0.0.1');
  });

  it('runs astro dev on the site host too (npm run dev)', () => {
    const args = astroDevArgs(listenConfig(env()));
    expect(flag(args, '--host')).toBe('127.0.0.1');
    expect(flag(args, '--port')).toBe('4321');
  });

  it('waits on the address it listens on, and prints localhost for loopback', () => {
    expect(localUrl('127.0.0.1', 3000, '/admin/login')).toBe('http://127.0.0.1:3000/admin/login');
    expect(localUrl('0.0.0.0', 3000, '/admin/login')).toBe('http://127.0.0.1:3000/admin/login');
    expect(localUrl('::', 3000, '/x')).toBe('http://[::1]:3000/x');
    expect(localUrl('192.168.1.20', 3000, '/x')).toBe('http://192.168.1.20:3000/x');
    expect(localUrl('fd00::5', 3000, '/x')).toBe('http://[fd00::5]:3000/x');
    expect(displayUrl('127.0.0.1', 3000, '/admin')).toBe('http://localhost:3000/admin');
    expect(displayUrl('192.168.1.20', 3000, '/admin')).toBe('http://192.168.1.20:3000/admin');
    expect(displayUrl('127.0.0.1', 4321, '')).toBe('http://localhost:4321');
  });
});
