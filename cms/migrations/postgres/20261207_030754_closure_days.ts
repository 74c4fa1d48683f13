import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { fillClosureDays } from '../steps/closureDays'
import type { Db } from '../steps/spotlightCouncils'

/**
 * Issue 20, parts 4 and 5: each council's closure days ("Need help now?" counts them as
 * closed, like England's bank holidays), filled for the demo councils; and every demo national
 * entitlement's source where it has none (`../steps/closureDays`).
 */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.execute(query),
  all: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "authorities_closure_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"first_day" timestamp(3) with time zone NOT NULL,
  	"last_day" timestamp(3) with time zone
  );
  
  ALTER TABLE "authorities_closure_days" ADD CONSTRAINT "authorities_closure_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "authorities_closure_days_order_idx" ON "authorities_closure_days" USING btree ("_order");
  CREATE INDEX "authorities_closure_days_parent_id_idx" ON "authorities_closure_days" USING btree ("_parent_id");`)
  await fillClosureDays(dialect(db), (message) => payload.logger.warn(message))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "authorities_closure_days" CASCADE;`)
}
