import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { fillClosureDays } from '../steps/closureDays'
import type { Db } from '../steps/spotlightCouncils'

/**
 * Issue 20, parts 4 and 5: each council's closure days ("Need help now?" counts them as
 * closed, like England's bank holidays), filled for the demo councils; and every demo national
 * entitlement's source where it has none (`../steps/closureDays`).
 */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.run(query),
  all: async (query) => (await db.all(query)) as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`authorities_closure_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`first_day\` text NOT NULL,
  	\`last_day\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`authorities_closure_days_order_idx\` ON \`authorities_closure_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`authorities_closure_days_parent_id_idx\` ON \`authorities_closure_days\` (\`_parent_id\`);`)
  await fillClosureDays(dialect(db), (message) => payload.logger.warn(message))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`authorities_closure_days\`;`)
}
