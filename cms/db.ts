import path from 'node:path';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter, type SQLiteAdapter } from '@payloadcms/db-sqlite';

type Client = SQLiteAdapter['client'];
import type { DatabaseAdapterObj, Payload } from 'payload';
import { ensurePrivateDatabaseFile, ensurePrivateDir, sqliteFilePath } from '@cms/lib/privateFiles';
import { cmsDir, dataDir } from '@cms/paths';
import { addPostgresFeedbackLimits, addSqliteFeedbackLimits } from '@cms/lib/feedbackLimits';
import { settings, type SettingsEnv } from '@content/model/settings';

export type DatabaseKind = 'sqlite' | 'postgres';

/** PostgreSQL when `DATABASE_URL` is a postgres URL; otherwise the embedded SQLite file. */
export function databaseKind(env?: SettingsEnv): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(settings(env).DATABASE_URL ?? '') ? 'postgres' : 'sqlite';
}

/**
 * The SQLite file URL: `DATABASE_URL` if it is a `file:` URL, else `data/local-offer.db`.
 * The file is created 0600 (and an existing one tightened) before libsql opens it: libsql
 * would create it with the umask (usually 0644, readable by every local account), and
 * SQLite gives its -journal/-wal files the same mode as the database.
 */
export function sqliteUrl(env?: SettingsEnv): string {
  const { DATABASE_URL } = settings(env);
  if (DATABASE_URL?.startsWith('file:')) {
    const file = sqliteFilePath(DATABASE_URL);
    if (file) ensurePrivateDatabaseFile(file);
    return DATABASE_URL;
  }
  const dir = dataDir(env);
  // libsql does not create the folder it writes into; the data folder is the owner's only.
  ensurePrivateDir(dir);
  const file = path.join(dir, 'local-offer.db');
  ensurePrivateDatabaseFile(file);
  return `file:${file}`;
}

/**
 * The SQLite database file the settings name (`DATABASE_URL` as a `file:` URL, else
 * `<DATA_DIR>/local-offer.db`), without creating it or its folder (backup and restore look
 * before they touch). `null` for an in-memory URL.
 */
export function sqliteFile(env?: SettingsEnv): string | null {
  const { DATABASE_URL } = settings(env);
  if (DATABASE_URL?.startsWith('file:')) return sqliteFilePath(DATABASE_URL);
  return path.join(dataDir(env), 'local-offer.db');
}

/**
 * Schema changes go only through the committed migrations in `cms/migrations/<kind>/`:
 * `push` is off everywhere, so development and production databases can never drift
 * from what a migration would make (mixing dev push and migrations corrupts history).
 */
export function databaseAdapter(env?: SettingsEnv): DatabaseAdapterObj {
  if (databaseKind(env) === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: settings(env).DATABASE_URL },
      migrationDir: path.join(cmsDir, 'migrations', 'postgres'),
      push: false,
      beforeSchemaInit: [addPostgresFeedbackLimits],
    });
  }
  const url = sqliteUrl(env);
  const busyTimeout = sqliteBusyTimeoutMs(env);
  const adapter = sqliteAdapter({
    client: { url },
    migrationDir: path.join(cmsDir, 'migrations', 'sqlite'),
    push: false,
    beforeSchemaInit: [addSqliteFeedbackLimits],
    // The admin, the rebuild worker's `npm run build` child and an import are separate
    // processes writing one file (issue 18, finding 7): each waits its turn for the write
    // lock rather than failing with "database is locked", and readers (a build's export)
    // never hold up writers (an editor's save), nor writers readers.
    busyTimeout,
    wal: sqliteFilePath(url) !== null,
  });
  return { ...adapter, init: (args) => waitOnEveryConnection(adapter.init(args), busyTimeout) };
}

/** How long a SQLite statement waits for another process's write to finish (`SQLITE_BUSY_TIMEOUT_MS`, default 10 s). */
export const sqliteBusyTimeoutMs = (env?: SettingsEnv) => settings(env).SQLITE_BUSY_TIMEOUT_MS;

/**
 * The adapter sets the busy timeout on the connection it opens first, but libsql hands that
 * connection to any transaction (`client.transaction()`) and opens a new one, without it,
 * for everything after: from then on every write would again fail at once when another
 * process holds the lock. So whenever a connection is handed over, the next one gets the
 * busy timeout before anything else runs on it. (WAL is a property of the file, so the new
 * connection is in WAL mode already.)
 */
function waitOnEveryConnection(adapter: SQLiteAdapter, busyTimeout: number): SQLiteAdapter {
  const connect = adapter.connect;
  if (!connect) return adapter;
  const patched = new WeakSet<Client>();
  adapter.connect = async function (this: SQLiteAdapter, args) {
    await connect.call(this, args);
    const client = this.client;
    if (!client || patched.has(client)) return;
    patched.add(client);
    const transaction = client.transaction.bind(client);
    client.transaction = async (mode?: 'write' | 'read' | 'deferred') => {
      const tx = await transaction(mode);
      await client.execute(`PRAGMA busy_timeout = ${busyTimeout}`);
      return tx;
    };
  };
  return adapter;
}

/** The libsql client of Payload's SQLite adapter (`null` on PostgreSQL). */
export function sqliteClient(payload: Payload): Client | null {
  const db: unknown = payload.db;
  if (payload.db.name !== 'sqlite' || !db || typeof db !== 'object' || !('client' in db)) return null;
  return (db.client as Client | undefined) ?? null;
}
