import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestDatabase = { kind: 'sqlite' | 'postgres'; dataDir: string; url: string; drop: () => Promise<void> };

/** `postgres://…/name` with the database name replaced (keeps `?host=/socket` and credentials). */
function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A throwaway database for one test file: a SQLite file in a temp folder, or (when the
 * project runs with TEST_DB=postgres) a fresh database on the server in TEST_DATABASE_URL.
 * Sets DATA_DIR and DATABASE_URL, so import the Payload config only after calling this.
 */
export async function createTestDatabase(kind = (process.env.TEST_DB as 'sqlite' | 'postgres') || 'sqlite'): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lop-test-'));
  process.env.DATA_DIR = dataDir;
  delete process.env.PAYLOAD_SECRET;
  if (kind === 'sqlite') {
    const url = `file:${path.join(dataDir, 'test.db')}`;
    process.env.DATABASE_URL = url;
    return { kind, dataDir, url, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL (a PostgreSQL server URL).');
  const name = `lop_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  // A throwaway database: a commit need not wait for the disk (what a crash could lose is gone with the test anyway).
  await admin.query(`ALTER DATABASE ${name} SET synchronous_commit TO off`);
  await admin.end();
  const url = withDatabase(server, name);
  process.env.DATABASE_URL = url;
  return {
    kind,
    dataDir,
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      // Connections still closing (a pool ends its clients one by one) are let go first: one cut
      // by the FORCE below errs in the test's process, where nothing listens any more, and fails
      // the whole run ("terminating connection due to administrator command", seen with two test
      // files at a time). FORCE is for a connection that never closes.
      for (let waited = 0; waited < 5_000; waited += 100) {
        const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (Number(rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs one SQL statement on the test database Payload is connected to, as an older release
 * would have written rows (the upgrade tests build such databases by hand).
 */
export async function runSql(payload: import('payload').Payload, kind: TestDatabase['kind'], statement: string): Promise<void> {
  if (kind === 'sqlite') {
    const { sqliteClient } = await import('@cms/db');
    const client = sqliteClient(payload);
    if (!client) throw new Error('runSql: Payload is not on SQLite.');
    await client.execute(statement);
  } else {
    const pool = postgresPool(payload);
    if (!pool) throw new Error('runSql: Payload is not on PostgreSQL.');
    await pool.query(statement);
  }
}

/** Runs one SQL query on the test database Payload is connected to and returns its rows. */
export async function querySql(payload: import('payload').Payload, kind: TestDatabase['kind'], statement: string): Promise<Record<string, unknown>[]> {
  if (kind === 'sqlite') {
    const { sqliteClient } = await import('@cms/db');
    const client = sqliteClient(payload);
    if (!client) throw new Error('querySql: Payload is not on SQLite.');
    return (await client.execute(statement)).rows.map((row) => ({ ...row }));
  }
  const pool = postgresPool(payload);
  if (!pool) throw new Error('querySql: Payload is not on PostgreSQL.');
  const result = await pool.query(statement);
  return hasRows(result) ? result.rows : [];
}

function hasRows(result: unknown): result is { rows: Record<string, unknown>[] } {
  return typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows);
}

type Queryable = { query: (statement: string) => Promise<unknown> };

/** The connection pool of Payload's PostgreSQL adapter (`null` on SQLite). */
function postgresPool(payload: import('payload').Payload): Queryable | null {
  const db: unknown = payload.db;
  if (payload.db.name !== 'postgres' || !db || typeof db !== 'object' || !('pool' in db)) return null;
  const pool: unknown = db.pool;
  return isQueryable(pool) ? pool : null;
}

function isQueryable(pool: unknown): pool is Queryable {
  return typeof pool === 'object' && pool !== null && 'query' in pool && typeof pool.query === 'function';
}

/**
 * Migrates the test database as an older release left it: every committed migration before
 * the one whose name ends with `name`. Returns what runs the rest, once the test has written
 * that release's rows.
 */
export async function migrateUntil(payload: import('payload').Payload, kind: TestDatabase['kind'], name: string): Promise<() => Promise<void>> {
  const { forPayload } = await import('@cms/lib/payload');
  const migrations = kind === 'sqlite' ? forPayload((await import('@cms/migrations/sqlite')).migrations) : forPayload((await import('@cms/migrations/postgres')).migrations);
  const cut = migrations.findIndex((m) => m.name.endsWith(name));
  if (cut <= 0) throw new Error(`No migration named …${name} after the first.`);
  await payload.db.migrate({ migrations: migrations.slice(0, cut) });
  return () => payload.db.migrate({ migrations });
}
