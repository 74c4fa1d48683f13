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
  const drizzle = (payload.db as unknown as { drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> } }).drizzle;
  if (kind === 'sqlite') {
    const { sql } = await import('@payloadcms/db-sqlite');
    await drizzle.run!(sql.raw(statement));
  } else {
    const { sql } = await import('@payloadcms/db-postgres');
    await drizzle.execute!(sql.raw(statement));
  }
}

/**
 * Migrates the test database as an older release left it: every committed migration before
 * the one whose name ends with `name`. Returns what runs the rest, once the test has written
 * that release's rows.
 */
export async function migrateUntil(payload: import('payload').Payload, kind: TestDatabase['kind'], name: string): Promise<() => Promise<void>> {
  const { migrations } = kind === 'sqlite' ? await import('@cms/migrations/sqlite') : await import('@cms/migrations/postgres');
  const cut = migrations.findIndex((m) => m.name.endsWith(name));
  if (cut <= 0) throw new Error(`No migration named …${name} after the first.`);
  await payload.db.migrate({ migrations: migrations.slice(0, cut) as never });
  return () => payload.db.migrate({ migrations: migrations as never });
}
