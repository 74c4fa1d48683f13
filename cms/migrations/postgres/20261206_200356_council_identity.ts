import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { fillCouncilIdentity } from '../steps/councilIdentity'
import type { Db } from '../steps/spotlightCouncils'

/**
 * A council's identity (issue 18, finding 2): its link to the register is stored, and no two
 * councils share a name (`../steps/councilIdentity` links and renames what is already here);
 * and invitations (finding 12): the address an account was invited at.
 */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.execute(query),
  all: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const d = dialect(db)
  await d.run(d.sql`
   ALTER TABLE "authorities" ADD COLUMN "registered_council_id" integer;
  ALTER TABLE "users" ADD COLUMN "invited_email" varchar;
  ALTER TABLE "authorities" ADD CONSTRAINT "authorities_registered_council_id_council_register_id_fk" FOREIGN KEY ("registered_council_id") REFERENCES "public"."council_register"("id") ON DELETE set null ON UPDATE no action;`)
  await fillCouncilIdentity(d, (message) => payload.logger.warn(message))
  await d.run(d.sql`
  CREATE UNIQUE INDEX "authorities_name_idx" ON "authorities" USING btree ("name");
  CREATE UNIQUE INDEX "authorities_registered_council_idx" ON "authorities" USING btree ("registered_council_id");
  CREATE INDEX "users_invited_email_idx" ON "users" USING btree ("invited_email");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  const d = dialect(db)
  await d.run(d.sql`
   ALTER TABLE "authorities" DROP CONSTRAINT IF EXISTS "authorities_registered_council_id_council_register_id_fk";
  
  DROP INDEX "authorities_name_idx";
  DROP INDEX "authorities_registered_council_idx";
  DROP INDEX "users_invited_email_idx";
  ALTER TABLE "authorities" DROP COLUMN "registered_council_id";
  ALTER TABLE "users" DROP COLUMN "invited_email";`)
}
