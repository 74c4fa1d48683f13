/**
 * The table the rate limits count in (the feedback limit, issue 22, part 1; login throttling,
 * `@cms/lib/loginThrottle`, each with its own key prefix): one row per client key
 * (a hash of the client's address, never the address) with its count and when the count
 * ends. `rate-limiter-flexible`'s `RateLimiterDrizzle` adds to it with one atomic upsert, so
 * every server process sharing the database shares the limit.
 *
 * Not a Payload collection: the limiter needs real time columns (an integer of milliseconds
 * in SQLite, a timestamp in PostgreSQL) and a unique key, and nobody reads it through the
 * admin or the API. It joins Payload's Drizzle schema through the adapters' `beforeSchemaInit`
 * (`cms/db.ts`), so the committed migrations create it like every other table.
 */
import { integer as pgInteger, pgTable, text as pgText, timestamp } from 'drizzle-orm/pg-core';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { postgresAdapter } from '@payloadcms/db-postgres';
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite';

type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['beforeSchemaInit']>[number];

export const FEEDBACK_LIMITS_TABLE = 'feedback_rate_limits';

export const sqliteFeedbackLimits = sqliteTable(FEEDBACK_LIMITS_TABLE, {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire', { mode: 'timestamp_ms' }),
});

export const postgresFeedbackLimits = pgTable(FEEDBACK_LIMITS_TABLE, {
  key: pgText('key').primaryKey(),
  points: pgInteger('points').notNull().default(0),
  expire: timestamp('expire', { mode: 'date', withTimezone: true }),
});

export const addSqliteFeedbackLimits: SQLiteSchemaHook = ({ schema }) => ({ ...schema, tables: { ...schema.tables, [FEEDBACK_LIMITS_TABLE]: sqliteFeedbackLimits } });
export const addPostgresFeedbackLimits: PostgresSchemaHook = ({ schema }) => ({ ...schema, tables: { ...schema.tables, [FEEDBACK_LIMITS_TABLE]: postgresFeedbackLimits } });
