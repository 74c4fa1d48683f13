import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_change_log_changed_in" ADD VALUE 'guides' BEFORE 'pledges';
  ALTER TABLE "guides" ADD COLUMN "what_changed" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_what_changed" varchar;
  ALTER TABLE "change_log" ADD COLUMN "guide" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Entries about a council's own guide have no place in the older log (its type has no "guides"): they go first.
  await db.execute(sql`
   DELETE FROM "change_log_kinds" WHERE "parent_id" IN (SELECT "id" FROM "change_log" WHERE "changed_in" = 'guides');
  DELETE FROM "change_log" WHERE "changed_in" = 'guides';
  ALTER TABLE "change_log" ALTER COLUMN "changed_in" SET DATA TYPE text;
  DROP TYPE "public"."enum_change_log_changed_in";
  CREATE TYPE "public"."enum_change_log_changed_in" AS ENUM('offers', 'entitlements', 'local-details', 'guide-chapters', 'guide-local-parts', 'pledges');
  ALTER TABLE "change_log" ALTER COLUMN "changed_in" SET DATA TYPE "public"."enum_change_log_changed_in" USING "changed_in"::"public"."enum_change_log_changed_in";
  ALTER TABLE "guides" DROP COLUMN "what_changed";
  ALTER TABLE "_guides_v" DROP COLUMN "version_what_changed";
  ALTER TABLE "change_log" DROP COLUMN "guide";`)
}
