import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSecret } from '@cms/secret';

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
