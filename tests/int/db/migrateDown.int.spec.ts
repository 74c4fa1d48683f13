import { spawn } from 'node:child_process';
import path from 'node:path';
import { createLocalReq, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { createTestDatabase, querySql, type TestDatabase } from '@tests/helpers/testDatabase';
import { PER_TEST_MS } from '@tests/helpers/testBudget';

/**
 * Rolling back (issue 20). `npx payload migrate:down` after `npm run migrate` (which applies
 * every migration as one batch; the command rolls back the last batch) takes every committed
 * migration down, newest first: run here as an operator runs it, in its own process, since
 * Payload loads the migration files itself. On a fresh database that leaves no table of ours;
 * migrating up again gives the same schema as the first time, and a CMS that works (a council
 * and an account in it are saved and read back). Then each migration's `down`, one at a time
 * with that council in the database, leaves the schema the migration before it left.
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

const query = (statement: string) => querySql(payload, db.kind, statement);
const ours = (table: unknown) => !String(table).startsWith('payload_migrations') && !String(table).startsWith('sqlite_');

/**
 * The schema, one sorted line per column (type, null or not, default), index (its columns,
 * unique or not), foreign key and, on PostgreSQL, enum type with its values; Payload's
 * migrations bookkeeping left out. On SQLite a foreign key's ON DELETE action is left out:
 * the ups add some foreign keys to existing tables with ALTER TABLE … ADD … REFERENCES, which
 * gives them none, and the downs rebuild those tables with the action Payload's schema has.
 */
async function schema(): Promise<string[]> {
  const lines: string[] = [];
  if (db.kind === 'sqlite') {
    const tables = (await query(`SELECT name FROM sqlite_master WHERE type = 'table'`)).map((r) => String(r.name)).filter(ours);
    for (const table of tables) {
      for (const c of await query(`SELECT * FROM pragma_table_info('${table}')`)) lines.push(`column ${table}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
      for (const f of await query(`SELECT * FROM pragma_foreign_key_list('${table}')`)) lines.push(`foreign key ${table}.${f.from} -> ${f.table}.${f.to}`);
      for (const i of await query(`SELECT * FROM pragma_index_list('${table}') WHERE name NOT LIKE 'sqlite_%'`)) {
        const columns = (await query(`SELECT name FROM pragma_index_info('${i.name}')`)).map((r) => r.name);
        lines.push(`index ${table}.${i.name} unique=${i.unique} (${columns.join(', ')})`);
      }
    }
  } else {
    for (const c of await query(`SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public'`)) {
      if (ours(c.table_name)) lines.push(`column ${c.table_name}.${c.column_name} ${c.udt_name} nullable=${c.is_nullable} default=${c.column_default}`);
    }
    for (const i of await query(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`)) if (ours(i.tablename)) lines.push(`index ${i.indexdef}`);
    for (const c of await query(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0`)) {
      if (ours(c.table)) lines.push(`constraint ${c.table}.${c.conname} ${c.def}`);
    }
    for (const e of await query(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`)) {
      lines.push(`enum ${e.typname} (${e.labels})`);
    }
  }
  return lines.sort();
}

/** The committed migrations of this database, oldest first, as Payload runs them. */
async function committed() {
  const { forPayload } = await import('@cms/lib/payload');
  return db.kind === 'sqlite' ? forPayload((await import('@cms/migrations/sqlite')).migrations) : forPayload((await import('@cms/migrations/postgres')).migrations);
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
  /** The schema before the first migration, then after each. */
  const steps: string[][] = [];

  it('takes every migration down with `npx payload migrate:down`, to an empty database', async () => {
    await migrateUp(payload);
    migrated = await schema();
    expect(migrated.some((line) => line.startsWith('column authorities.name '))).toBe(true);

    const down = await payloadCli('migrate:down');
    // If it failed (Payload logs the failed query and exits 1): which migration, and the database's reason.
    expect(down.code, down.output.split('\n').filter((line) => /Error migrating down|caused by:/.test(line)).slice(0, 3).join('\n')).toBe(0);
    const names = (await committed()).map((m) => m.name);
    expect([...down.output.matchAll(/Migrated down: +(\w+)/g)].map((m) => m[1])).toEqual(names.toReversed());
    expect(await schema()).toEqual([]);
  }, 2 * PER_TEST_MS);

  it('comes back up, one migration at a time, to the same schema, and the CMS works', async () => {
    const migrations = await committed();
    steps.push(await schema());
    for (let i = 1; i <= migrations.length; i++) {
      await payload.db.migrate({ migrations: migrations.slice(0, i) });
      steps.push(await schema());
    }
    expect(steps.at(-1)).toEqual(migrated);

    const council = await payload.create({ collection: 'authorities', data: councilData('DOWNUP'), context: { seeding: true } });
    await payload.create({ collection: 'users', data: { email: 'staff@downup.example', password: `pw-${Math.random()}`, name: 'Staff person', ...accountData('staff', council.id) } });
    const read = await payload.findByID({ collection: 'authorities', id: council.id, depth: 0 });
    expect(read.name).toBe('Council DOWNUP');
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'staff@downup.example' } }, depth: 0 });
    expect(docs.map((u) => (u.councils ?? []).map((m) => [m.council, m.role]))).toEqual([[[council.id, 'staff']]]);
  }, 2 * PER_TEST_MS);

  it('undoes one migration at a time, newest first, with a council in it: each down leaves the schema the migration before it left', async () => {
    const migrations = await committed();
    // What Payload hands a migration: its database handle (no transaction here), Payload and a request.
    const handle = 'drizzle' in payload.db ? payload.db.drizzle : null;
    const req = await createLocalReq({}, payload);
    for (let i = migrations.length - 1; i >= 0; i--) {
      await migrations[i]!.down({ db: handle, payload, req });
      expect(await schema(), `after ${migrations[i]!.name} went down`).toEqual(steps[i]);
    }
  }, 2 * PER_TEST_MS);
});
