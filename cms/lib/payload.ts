import config from '@cms/payload.config';
import { getPayload, type Payload } from 'payload';
import { databaseKind } from '@cms/db';
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
