import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedSecretProblem } from '@cms/lib/sharedSecrets';
import { resolveSecret } from '@cms/secret';
import { settings } from '@content/model/settings';

describe('PAYLOAD_SECRET', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'lop-secret-'));

  it('refuses to start in production without one', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' }, dir())).toThrow(/PAYLOAD_SECRET is not set/);
  });

  it('refuses a short secret in production', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, dir())).toThrow(/too short/);
  });

  it('uses the environment when set', () => {
    const secret = 'x'.repeat(40);
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }, dir())).toBe(secret);
  });

  it('in development makes one random secret, keeps it private in the data folder, and reuses it', () => {
    const data = dir();
    const first = resolveSecret({ NODE_ENV: 'development' }, data);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(resolveSecret({ NODE_ENV: 'development' }, data)).toBe(first);
    const file = path.join(data, '.payload-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});

describe('several admin servers', () => {
  const key = Buffer.alloc(32, 7).toString('base64');

  it('refuse, in production, an admin that does not run the jobs without a shared server-action key', () => {
    expect(sharedSecretProblem({ NODE_ENV: 'production' })).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set/);
    expect(sharedSecretProblem({ NODE_ENV: 'production', SITE_BUILD_WORKER: '0' })).toMatch(/same value for `next build` and every `next start`/);
  });

  it('accept the key, the one admin that runs the jobs (`npm start`), and development', () => {
    expect(sharedSecretProblem({ NODE_ENV: 'production', NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toBeNull();
    expect(sharedSecretProblem({ NODE_ENV: 'production', SITE_BUILD_WORKER: '1' })).toBeNull();
    expect(sharedSecretProblem({ NODE_ENV: 'development' })).toBeNull();
  });

  it('take a server-action key only in the form Next reads (base64, 16, 24 or 32 bytes)', () => {
    expect(settings({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    expect(() => settings({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'not-a-key' })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
    expect(() => settings({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString('base64') })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
  });
});
