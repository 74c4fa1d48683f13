import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { ensurePrivateDir, tightenFile, writePrivateFile } from '@cms/lib/privateFiles';
import { SEED_CONTEXT } from '@cms/seed/importContent';
import { settings, type SettingsEnv } from '@content/model/settings';

export const DEMO_EMAIL = 'admin@demo-borough.example';

export type DemoLogin = { email: string; password: string | null; passwordSource: 'environment' | 'generated' | 'unknown'; created: boolean };

/**
 * The demo admin account, so a fresh install can be explored. Its password comes from
 * `DEMO_ADMIN_PASSWORD`, or is generated once and kept in the data folder (never in code,
 * never in git) so `npm start` can print it again. Not made in production unless
 * `DEMO_ADMIN_PASSWORD` is set, so a real deployment never gets a known account.
 */
/** What the demo account needs of the users collection: whether an account exists, and making one (a test gives its own). */
export type DemoAccounts = {
  exists(email: string): Promise<boolean>;
  create(user: { email: string; password: string; name: string; platformRole: 'admin' }): Promise<unknown>;
};

/** The users collection, through Payload's Local API with access overridden (the seed's own context). */
export const usersOf = (payload: Payload): DemoAccounts => ({
  exists: async (email) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true })).docs.length > 0,
  create: (data) => payload.create({ collection: 'users', data, overrideAccess: true, context: { ...SEED_CONTEXT } }),
});

export async function ensureDemoAccount(accounts: DemoAccounts, dataDir: string, env?: SettingsEnv): Promise<DemoLogin | null> {
  const keptFile = path.join(dataDir, '.demo-admin-password');
  const { DEMO_ADMIN_PASSWORD: fromEnv, NODE_ENV } = settings(env);
  // The password file is the owner's only (0600), even if it was left readable by others.
  tightenFile(keptFile);
  if (await accounts.exists(DEMO_EMAIL)) {
    if (fromEnv) return { email: DEMO_EMAIL, password: null, passwordSource: 'environment', created: false };
    const kept = existsSync(keptFile) ? readFileSync(keptFile, 'utf8').trim() : null;
    return { email: DEMO_EMAIL, password: kept, passwordSource: kept ? 'generated' : 'unknown', created: false };
  }
  if (NODE_ENV === 'production' && !fromEnv) return null;
  const password = fromEnv || randomBytes(12).toString('base64url');
  await accounts.create({ email: DEMO_EMAIL, password, name: 'Demo admin', platformRole: 'admin' });
  if (!fromEnv) {
    ensurePrivateDir(dataDir);
    writePrivateFile(keptFile, `${password}\n`);
  }
  return { email: DEMO_EMAIL, password: fromEnv ? null : password, passwordSource: fromEnv ? 'environment' : 'generated', created: true };
}

/** How to log in, in one line for the terminal. */
export function describeLogin(login: DemoLogin | null): string {
  if (!login) return 'No demo account in production: create the first user at /admin.';
  if (login.passwordSource === 'environment') return `Log in as ${login.email} with the password in DEMO_ADMIN_PASSWORD.`;
  if (login.password) return `Log in as ${login.email} with password ${login.password}`;
  return `Log in as ${login.email} (its generated password file is gone: set DEMO_ADMIN_PASSWORD, or reset it).`;
}
