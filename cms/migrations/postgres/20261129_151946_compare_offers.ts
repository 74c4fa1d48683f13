import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_compare_as" AS ENUM('setting-up-home', 'council-tax', 'support-beyond-25', 'leisure', 'phone-and-broadband', 'birthday-and-festive', 'driving-lessons', 'travel');
  CREATE TYPE "public"."enum__offers_v_version_compare_as" AS ENUM('setting-up-home', 'council-tax', 'support-beyond-25', 'leisure', 'phone-and-broadband', 'birthday-and-festive', 'driving-lessons', 'travel');
  CREATE TYPE "public"."enum_entitlements_compare_as" AS ENUM('setting-up-home', 'council-tax', 'support-beyond-25', 'leisure', 'phone-and-broadband', 'birthday-and-festive', 'driving-lessons', 'travel');
  CREATE TYPE "public"."enum__entitlements_v_version_compare_as" AS ENUM('setting-up-home', 'council-tax', 'support-beyond-25', 'leisure', 'phone-and-broadband', 'birthday-and-festive', 'driving-lessons', 'travel');
  ALTER TABLE "offers" ADD COLUMN "compare_as" "enum_offers_compare_as";
  ALTER TABLE "_offers_v" ADD COLUMN "version_compare_as" "enum__offers_v_version_compare_as";
  ALTER TABLE "entitlements" ADD COLUMN "compare_as" "enum_entitlements_compare_as";
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_compare_as" "enum__entitlements_v_version_compare_as";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers" DROP COLUMN "compare_as";
  ALTER TABLE "_offers_v" DROP COLUMN "version_compare_as";
  ALTER TABLE "entitlements" DROP COLUMN "compare_as";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_compare_as";
  DROP TYPE "public"."enum_offers_compare_as";
  DROP TYPE "public"."enum__offers_v_version_compare_as";
  DROP TYPE "public"."enum_entitlements_compare_as";
  DROP TYPE "public"."enum__entitlements_v_version_compare_as";`)
}
