import path from 'node:path';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { ensurePrivateDatabaseFile, ensurePrivateDir, sqliteFilePath } from '@cms/lib/privateFiles';
import { cmsDir, dataDir } from '@cms/paths';

export type DatabaseKind = 'sqlite' | 'postgres';

/** PostgreSQL when `DATABASE_URL` is a postgres URL; otherwise the embedded SQLite file. */
export function databaseKind(env: NodeJS.ProcessEnv = process.env): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '') ? 'postgres' : 'sqlite';
}

/**
 * The SQLite file URL: `DATABASE_URL` if it is a `file:` URL, else `data/local-offer.db`.
 * The file is created 0600 (and an existing one tightened) before libsql opens it: libsql
 * would create it with the umask (usually 0644, readable by every local account), and
 * SQLite gives its -journal/-wal files the same mode as the database.
 */
export function sqliteUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL?.startsWith('file:')) {
    const file = sqliteFilePath(env.DATABASE_URL);
    if (file) ensurePrivateDatabaseFile(file);
    return env.DATABASE_URL;
  }
  const dir = dataDir(env);
  // libsql does not create the folder it writes into; the data folder is the owner's only.
  ensurePrivateDir(dir);
  const file = path.join(dir, 'local-offer.db');
  ensurePrivateDatabaseFile(file);
  return `file:${file}`;
}

/**
 * Schema changes go only through the committed migrations in `cms/migrations/<kind>/`:
 * `push` is off everywhere, so development and production databases can never drift
 * from what a migration would make (mixing dev push and migrations corrupts history).
 */
export function databaseAdapter(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  if (databaseKind(env) === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: env.DATABASE_URL },
      migrationDir: path.join(cmsDir, 'migrations', 'postgres'),
      push: false,
    });
  }
  return sqliteAdapter({
    client: { url: sqliteUrl(env) },
    migrationDir: path.join(cmsDir, 'migrations', 'sqlite'),
    push: false,
  });
}
