import config from '@cms/payload.config';
import { getPayload, type Payload } from 'payload';
import { databaseKind } from '@cms/db';
import { rebuildRequestsQueued } from '@cms/hooks/scheduleSiteRebuild';
import { migrations as postgresMigrations } from '@cms/migrations/postgres';
import { migrations as sqliteMigrations } from '@cms/migrations/sqlite';

/** Payload's Local API for scripts (seed, export, build, start), on whichever database is configured. */
export async function openPayload(): Promise<Payload> {
  return getPayload({ config });
}

/**
 * Applies the committed migrations for the configured database, oldest first; already
 * applied ones are skipped, so it is safe to call on every start and build.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = databaseKind() === 'postgres' ? postgresMigrations : sqliteMigrations;
  await payload.db.migrate({ migrations });
}

type PgPool = {
  end: () => Promise<void>;
  ended?: boolean;
  _clients?: { release?: () => void }[];
  _idle?: { client: unknown }[];
};

/**
 * Closes the Local API and its database connections. `payload.destroy()` leaves the
 * PostgreSQL pool open, and the adapter keeps one client checked out for its whole life,
 * so `pool.end()` alone would wait forever: hand that client back first.
 */
export async function closePayload(payload: Payload): Promise<void> {
  // Rebuild requests made by the last writes are queued first (they use the database).
  await rebuildRequestsQueued();
  const pool = (payload.db as { pool?: PgPool }).pool;
  await payload.destroy();
  if (!pool || pool.ended) return;
  const idle = new Set((pool._idle ?? []).map((item) => item.client));
  for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.();
  await pool.end();
}
