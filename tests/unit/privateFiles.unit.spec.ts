import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteUrl } from '@cms/db';
import { resolveSecret } from '@cms/secret';
import { ensureDemoAccount, type DemoAccounts } from '@cms/seed/demoAccount';

/** Environment variables as a test sets them (the project's ProcessEnv type wants NODE_ENV). */
const env = (vars: Record<string, string> = {}) => vars;

/**
 * The database, the session secret and the demo password are the owner's only: data folder
 * 0700, files 0600, with the usual umask (022), including files that were already there with
 * looser modes and the -journal/-wal files SQLite makes beside the database.
 */
const mode = (file: string) => statSync(file).mode & 0o777;

let umask: number;
let root: string;
beforeAll(() => {
  umask = process.umask(0o022);
  root = mkdtempSync(path.join(tmpdir(), 'lop-private-'));
});
afterAll(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

const fresh = (name: string) => path.join(root, name);

describe('the SQLite database', () => {
  it('is created 0600 in a 0700 data folder before libsql opens it, and its -wal/-shm files follow', async () => {
    const dataDir = fresh('new-data');
    const url = sqliteUrl(env({ DATA_DIR: dataDir }));
    const file = path.join(dataDir, 'local-offer.db');
    expect(url).toBe(`file:${file}`);
    expect(mode(dataDir)).toBe(0o700);
    // What Payload's SQLite adapter does: open it with libsql, WAL on, write.
    const client = createClient({ url });
    try {
      await client.execute('PRAGMA journal_mode = WAL');
      await client.execute('CREATE TABLE t (x integer)');
      await client.execute('INSERT INTO t VALUES (1)');
      const made = readdirSync(dataDir);
      expect(made).toEqual(expect.arrayContaining(['local-offer.db', 'local-offer.db-wal']));
      for (const name of made) expect([name, mode(path.join(dataDir, name))]).toEqual([name, 0o600]);
    } finally {
      client.close();
    }
  });

  it('tightens a database (and its leftover journal files) that another version left readable to everyone', () => {
    const dataDir = fresh('old-data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const file = path.join(dataDir, 'local-offer.db');
    for (const name of [file, `${file}-wal`, `${file}-journal`]) {
      writeFileSync(name, '');
      chmodSync(name, 0o644);
    }
    sqliteUrl(env({ DATA_DIR: dataDir }));
    expect(mode(dataDir)).toBe(0o700);
    for (const name of [file, `${file}-wal`, `${file}-journal`]) expect([name, mode(name)]).toEqual([name, 0o600]);
  });

  it('does the same for a DATABASE_URL file: URL, without touching the folder it is in', () => {
    const dir = fresh('elsewhere');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const file = path.join(dir, 'other.db');
    sqliteUrl(env({ DATABASE_URL: `file:${file}` }));
    expect(mode(file)).toBe(0o600);
    expect(mode(dir)).toBe(0o755);
  });
});

describe('the development session secret', () => {
  it('is written 0600, and an existing readable one is tightened and kept', () => {
    const dataDir = fresh('secret-new');
    resolveSecret({ NODE_ENV: 'development' }, dataDir);
    expect(mode(path.join(dataDir, '.payload-secret'))).toBe(0o600);
    expect(mode(dataDir)).toBe(0o700);

    const old = fresh('secret-old');
    mkdirSync(old);
    chmodSync(old, 0o755);
    const file = path.join(old, '.payload-secret');
    writeFileSync(file, 'a-kept-secret\n');
    chmodSync(file, 0o644);
    expect(resolveSecret({ NODE_ENV: 'development' }, old)).toBe('a-kept-secret');
    expect(mode(file)).toBe(0o600);
    expect(mode(old)).toBe(0o700);
  });
});

describe('the generated demo admin password', () => {
  /** The users collection as ensureDemoAccount sees it: whether the account exists, and create. */
  const fakePayload = (exists: boolean): DemoAccounts => ({ exists: async () => exists, create: async () => ({ id: 1 }) });

  it('is written 0600 when the account is made', async () => {
    const dataDir = fresh('demo-new');
    mkdirSync(dataDir);
    const login = await ensureDemoAccount(fakePayload(false), dataDir, env());
    expect(login?.password).toBeTruthy();
    expect(mode(path.join(dataDir, '.demo-admin-password'))).toBe(0o600);
  });

  it('is tightened when it was left readable to everyone', async () => {
    const dataDir = fresh('demo-old');
    mkdirSync(dataDir);
    const file = path.join(dataDir, '.demo-admin-password');
    writeFileSync(file, 'kept-password\n');
    chmodSync(file, 0o644);
    const login = await ensureDemoAccount(fakePayload(true), dataDir, env());
    expect(login?.password).toBe('kept-password');
    expect(existsSync(file)).toBe(true);
    expect(mode(file)).toBe(0o600);
  });
});
