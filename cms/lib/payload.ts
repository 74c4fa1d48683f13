import config from '@cms/payload.config';
import { getPayload, type Migration, type Payload } from 'payload';
import { databaseKind } from '@cms/db';
import { rebuildRequestsQueued } from '@cms/hooks/scheduleSiteRebuild';
import { stopWarmBuilder } from '@cms/jobs/warmBuilder';
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
  const migrations = databaseKind() === 'postgres' ? forPayload(postgresMigrations) : forPayload(sqliteMigrations);
  await payload.db.migrate({ migrations });
}

/** A committed migration as its adapter types it: up and down take that adapter's `{ db, payload, req }`. */
type AdapterMigration<Up, Down> = { name: string; up: (args: Up) => Promise<void>; down: (args: Down) => Promise<void> };

/**
 * Payload's `migrate` takes migrations of any adapter, so its `Migration` says only that
 * up and down take something (`unknown`); the configured adapter calls each with its own
 * `{ db, payload, req }`. Checked here, once, instead of cast in every caller.
 */
export function forPayload<Up, Down>(list: AdapterMigration<Up, Down>[]): Migration[] {
  return list.map(({ name, up, down }) => ({
    name,
    up: async (args) => up(migrationArgs<Up>(args, name)),
    down: async (args) => down(migrationArgs<Down>(args, name)),
  }));
}

/** What Payload's adapters pass a migration: its database handle, Payload and the request (with the transaction). */
function isMigrationArgs<Args>(args: unknown): args is Args {
  return typeof args === 'object' && args !== null && 'db' in args && 'payload' in args && 'req' in args;
}

function migrationArgs<Args>(args: unknown, name: string): Args {
  if (!isMigrationArgs<Args>(args)) throw new Error(`Migration ${name} was called without the adapter's { db, payload, req }.`);
  return args;
}

type PgClient = {
  release?: () => void;
  on?: (event: string, listener: (...args: unknown[]) => void) => void;
  once?: (event: string, listener: (...args: unknown[]) => void) => void;
  _ending?: boolean;
  _ended?: boolean;
  _connected?: boolean;
};
type PgPool = {
  end: () => Promise<void>;
  ended?: boolean;
  _clients?: PgClient[];
  _idle?: { client: unknown }[];
};

/** Resolves when the client's socket has closed (or at once if it never opened). */
function clientClosed(client: PgClient): Promise<void> {
  if (client._ended || !client._connected || !client.once) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 5000);
    client.once!('end', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Closes the Local API and its database connections. `payload.destroy()` leaves the
 * PostgreSQL pool open, and the adapter keeps one client checked out for its whole life,
 * so `pool.end()` alone would wait forever: hand that client back first.
 *
 * `pool.end()` resolves once it has *asked* every client to close, not once the server has
 * let go: a database dropped or restarted in that gap makes the server send "terminating
 * connection" to a client that no longer has an error listener, which Node reports as an
 * uncaught exception. So a closing client's late errors are expected and ignored, and this
 * waits until every socket has closed.
 */
export async function closePayload(payload: Payload): Promise<void> {
  // Rebuild requests made by the last writes are queued first (they use the database).
  await rebuildRequestsQueued();
  // The warm builder this process started for its rebuild jobs (if any) ends after its build.
  stopWarmBuilder();
  const pool = (payload.db as { pool?: PgPool }).pool;
  await payload.destroy();
  if (!pool || pool.ended) return;
  const clients = [...(pool._clients ?? [])];
  const closed = clients.map((client) => {
    client.on?.('error', () => {});
    return clientClosed(client);
  });
  const idle = new Set((pool._idle ?? []).map((item) => item.client));
  for (const client of clients) if (!idle.has(client)) client.release?.();
  await pool.end();
  await Promise.all(closed);
}
