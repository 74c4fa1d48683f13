import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { createTestDatabase, querySql, type TestDatabase } from '@tests/helpers/testDatabase';
import { PER_TEST_MS } from '@tests/helpers/testBudget';

/**
 * Rolling back (issue 20): `npx payload migrate:down` after `npm run migrate` takes every
 * committed migration down, newest first (`npm run migrate` applies them as one batch, and
 * the command rolls back the last batch). Run here as an operator runs it, in its own
 * process, since Payload loads the migration files itself. On a fresh database that leaves
 * no table of ours, and migrating up again gives the same tables and columns as the first
 * time, and a CMS that works: a council and an account in it are saved and read back.
 */
let db: TestDatabase;
let payload: Payload;
let close: (p: Payload) => Promise<void>;
let migrateUp: (p: Payload) => Promise<void>;

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/** `npx payload <command>` on the test database; resolves with its exit code and output. */
function payloadCli(command: string): Promise<{ code: number | null; output: string }> {
  const { VITEST: _vitest, VITEST_MODE: _mode, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules', 'payload', 'bin.js'), command], {
    cwd: repoRoot,
    env: { ...env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', DATA_DIR: db.dataDir, DATABASE_URL: db.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** Every table and its columns, as `table: col, col, …` lines, sorted (Payload's migrations bookkeeping left out). */
async function schema(): Promise<string[]> {
  const rows =
    db.kind === 'sqlite'
      ? await querySql(payload, db.kind, `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`)
      : await querySql(payload, db.kind, `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public'`);
  const tables = new Map<string, string[]>();
  for (const { table, column } of rows) {
    if (String(table).startsWith('payload_migrations')) continue;
    tables.set(String(table), [...(tables.get(String(table)) ?? []), String(column)]);
  }
  return [...tables].map(([table, columns]) => `${table}: ${columns.sort().join(', ')}`).sort();
}

/** Every enum type (PostgreSQL only: SQLite has none). */
async function enums(): Promise<string[]> {
  if (db.kind === 'sqlite') return [];
  const rows = await querySql(payload, db.kind, `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = 'public'`);
  return rows.map((r) => String(r.name)).sort();
}

beforeAll(async () => {
  db = await createTestDatabase();
  const cms = await import('@cms/lib/payload');
  close = cms.closePayload;
  migrateUp = cms.migrateDatabase;
  payload = await cms.openPayload();
});

afterAll(async () => {
  if (payload) await close(payload);
  await db?.drop();
});

describe(`migrating all the way down and up again (${process.env.TEST_DB || 'sqlite'})`, () => {
  let migrated: string[];
  let migratedEnums: string[];

  it('goes down from every migration to an empty database', async () => {
    await migrateUp(payload);
    migrated = await schema();
    migratedEnums = await enums();
    expect(migrated.some((t) => t.startsWith('authorities: '))).toBe(true);

    const down = await payloadCli('migrate:down');
    // If it failed (Payload logs the failed query and exits 1): which migration, and the database's reason.
    expect(down.code, down.output.split('\n').filter((line) => /Error migrating down|caused by:/.test(line)).slice(0, 3).join('\n')).toBe(0);
    const committed = (db.kind === 'sqlite' ? await import('@cms/migrations/sqlite') : await import('@cms/migrations/postgres')).migrations.map((m) => m.name);
    expect([...down.output.matchAll(/Migrated down: +(\w+)/g)].map((m) => m[1])).toEqual(committed.toReversed());

    expect(await schema()).toEqual([]);
    expect(await enums()).toEqual([]);
  }, 2 * PER_TEST_MS);

  it('comes back up to the same tables and columns, and the CMS works', async () => {
    await migrateUp(payload);
    expect(await schema()).toEqual(migrated);
    expect(await enums()).toEqual(migratedEnums);

    const council = await payload.create({ collection: 'authorities', data: councilData('DOWNUP'), context: { seeding: true } });
    await payload.create({ collection: 'users', data: { email: 'staff@downup.example', password: `pw-${Math.random()}`, name: 'Staff person', ...accountData('staff', council.id) } });
    const read = await payload.findByID({ collection: 'authorities', id: council.id, depth: 0 });
    expect(read.name).toBe('Council DOWNUP');
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'staff@downup.example' } }, depth: 0 });
    expect(docs.map((u) => (u.councils ?? []).map((m) => [m.council, m.role]))).toEqual([[[council.id, 'staff']]]);
  }, 2 * PER_TEST_MS);
});
