import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_legal_status" AS ENUM('in-force', 'announced', 'ended');
  CREATE TYPE "public"."enum_offers_living_elsewhere" AS ENUM('applies', 'in-area-only', 'ask');
  CREATE TYPE "public"."enum_offers_amount_national_basis" AS ENUM('set-in-law', 'legal-minimum', 'recommended');
  CREATE TYPE "public"."enum__offers_v_version_legal_status" AS ENUM('in-force', 'announced', 'ended');
  CREATE TYPE "public"."enum__offers_v_version_living_elsewhere" AS ENUM('applies', 'in-area-only', 'ask');
  CREATE TYPE "public"."enum__offers_v_version_amount_national_basis" AS ENUM('set-in-law', 'legal-minimum', 'recommended');
  ALTER TYPE "public"."enum_offers_amount_period" ADD VALUE 'instalments';
  ALTER TYPE "public"."enum__offers_v_version_amount_period" ADD VALUE 'instalments';
  CREATE TABLE "spotlights_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"when" varchar
  );
  
  CREATE TABLE "_spotlights_v_version_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"when" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "search_words_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"says" varchar NOT NULL,
  	"means" varchar NOT NULL,
  	"urgent" boolean DEFAULT false
  );
  
  CREATE TABLE "search_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "offers" ADD COLUMN "legal_status" "enum_offers_legal_status" DEFAULT 'in-force';
  ALTER TABLE "offers" ADD COLUMN "living_elsewhere" "enum_offers_living_elsewhere" DEFAULT 'applies';
  ALTER TABLE "offers" ADD COLUMN "amount_national_basis" "enum_offers_amount_national_basis";
  ALTER TABLE "_offers_v" ADD COLUMN "version_legal_status" "enum__offers_v_version_legal_status" DEFAULT 'in-force';
  ALTER TABLE "_offers_v" ADD COLUMN "version_living_elsewhere" "enum__offers_v_version_living_elsewhere" DEFAULT 'applies';
  ALTER TABLE "_offers_v" ADD COLUMN "version_amount_national_basis" "enum__offers_v_version_amount_national_basis";
  ALTER TABLE "spotlights" ADD COLUMN "last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "authorities" ADD COLUMN "site_url" varchar;
  ALTER TABLE "spotlights_milestones" ADD CONSTRAINT "spotlights_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_milestones" ADD CONSTRAINT "_spotlights_v_version_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_words_entries" ADD CONSTRAINT "search_words_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search_words"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "spotlights_milestones_order_idx" ON "spotlights_milestones" USING btree ("_order");
  CREATE INDEX "spotlights_milestones_parent_id_idx" ON "spotlights_milestones" USING btree ("_parent_id");
  CREATE INDEX "_spotlights_v_version_milestones_order_idx" ON "_spotlights_v_version_milestones" USING btree ("_order");
  CREATE INDEX "_spotlights_v_version_milestones_parent_id_idx" ON "_spotlights_v_version_milestones" USING btree ("_parent_id");
  CREATE INDEX "search_words_entries_order_idx" ON "search_words_entries" USING btree ("_order");
  CREATE INDEX "search_words_entries_parent_id_idx" ON "search_words_entries" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "spotlights_milestones" CASCADE;
  DROP TABLE "_spotlights_v_version_milestones" CASCADE;
  DROP TABLE "search_words_entries" CASCADE;
  DROP TABLE "search_words" CASCADE;
  ALTER TABLE "offers" ALTER COLUMN "amount_period" SET DATA TYPE text;
  DROP TYPE "public"."enum_offers_amount_period";
  CREATE TYPE "public"."enum_offers_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly');
  ALTER TABLE "offers" ALTER COLUMN "amount_period" SET DATA TYPE "public"."enum_offers_amount_period" USING "amount_period"::"public"."enum_offers_amount_period";
  ALTER TABLE "_offers_v" ALTER COLUMN "version_amount_period" SET DATA TYPE text;
  DROP TYPE "public"."enum__offers_v_version_amount_period";
  CREATE TYPE "public"."enum__offers_v_version_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly');
  ALTER TABLE "_offers_v" ALTER COLUMN "version_amount_period" SET DATA TYPE "public"."enum__offers_v_version_amount_period" USING "version_amount_period"::"public"."enum__offers_v_version_amount_period";
  ALTER TABLE "offers" DROP COLUMN "legal_status";
  ALTER TABLE "offers" DROP COLUMN "living_elsewhere";
  ALTER TABLE "offers" DROP COLUMN "amount_national_basis";
  ALTER TABLE "_offers_v" DROP COLUMN "version_legal_status";
  ALTER TABLE "_offers_v" DROP COLUMN "version_living_elsewhere";
  ALTER TABLE "_offers_v" DROP COLUMN "version_amount_national_basis";
  ALTER TABLE "spotlights" DROP COLUMN "last_reviewed";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_last_reviewed";
  ALTER TABLE "authorities" DROP COLUMN "site_url";
  DROP TYPE "public"."enum_offers_legal_status";
  DROP TYPE "public"."enum_offers_living_elsewhere";
  DROP TYPE "public"."enum_offers_amount_national_basis";
  DROP TYPE "public"."enum__offers_v_version_legal_status";
  DROP TYPE "public"."enum__offers_v_version_living_elsewhere";
  DROP TYPE "public"."enum__offers_v_version_amount_national_basis";`)
}
