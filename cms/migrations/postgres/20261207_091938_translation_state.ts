import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_easy_read_sentences_picture" AS ENUM('cash', 'currency-pound', 'home', 'bed', 'phone', 'device-mobile', 'mail', 'message-circle', 'school', 'book', 'briefcase', 'heart', 'stethoscope', 'pill', 'calendar', 'clock', 'user', 'users', 'help', 'alert-triangle', 'check', 'x', 'file-text', 'writing', 'id', 'building', 'map-pin', 'bus', 'baby-carriage', 'tools-kitchen-2', 'shield', 'scale', 'world');
  CREATE TYPE "public"."enum__offers_v_version_easy_read_sentences_picture" AS ENUM('cash', 'currency-pound', 'home', 'bed', 'phone', 'device-mobile', 'mail', 'message-circle', 'school', 'book', 'briefcase', 'heart', 'stethoscope', 'pill', 'calendar', 'clock', 'user', 'users', 'help', 'alert-triangle', 'check', 'x', 'file-text', 'writing', 'id', 'building', 'map-pin', 'bus', 'baby-carriage', 'tools-kitchen-2', 'shield', 'scale', 'world');
  CREATE TYPE "public"."enum_entitlements_easy_read_sentences_picture" AS ENUM('cash', 'currency-pound', 'home', 'bed', 'phone', 'device-mobile', 'mail', 'message-circle', 'school', 'book', 'briefcase', 'heart', 'stethoscope', 'pill', 'calendar', 'clock', 'user', 'users', 'help', 'alert-triangle', 'check', 'x', 'file-text', 'writing', 'id', 'building', 'map-pin', 'bus', 'baby-carriage', 'tools-kitchen-2', 'shield', 'scale', 'world');
  CREATE TYPE "public"."enum__entitlements_v_version_easy_read_sentences_picture" AS ENUM('cash', 'currency-pound', 'home', 'bed', 'phone', 'device-mobile', 'mail', 'message-circle', 'school', 'book', 'briefcase', 'heart', 'stethoscope', 'pill', 'calendar', 'clock', 'user', 'users', 'help', 'alert-triangle', 'check', 'x', 'file-text', 'writing', 'id', 'building', 'map-pin', 'bus', 'baby-carriage', 'tools-kitchen-2', 'shield', 'scale', 'world');
  CREATE TYPE "public"."enum_authorities_languages" AS ENUM('ar', 'prs', 'ti');
  CREATE TYPE "public"."enum_translations_language" AS ENUM('ar', 'prs', 'ti');
  CREATE TYPE "public"."enum_translations_state" AS ENUM('not-started', 'in-progress', 'needs-checking', 'checked');
  CREATE TYPE "public"."enum_users_translator_language" AS ENUM('ar', 'prs', 'ti');
  ALTER TYPE "public"."enum_users_councils_role" ADD VALUE 'translator';
  CREATE TABLE "offers_easy_read_sentences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"picture" "enum_offers_easy_read_sentences_picture"
  );
  
  CREATE TABLE "_offers_v_version_easy_read_sentences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"picture" "enum__offers_v_version_easy_read_sentences_picture",
  	"_uuid" varchar
  );
  
  CREATE TABLE "entitlements_easy_read_sentences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"picture" "enum_entitlements_easy_read_sentences_picture"
  );
  
  CREATE TABLE "_entitlements_v_version_easy_read_sentences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"picture" "enum__entitlements_v_version_easy_read_sentences_picture",
  	"_uuid" varchar
  );
  
  CREATE TABLE "authorities_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_authorities_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "translations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum_translations_language" NOT NULL,
  	"state" "enum_translations_state" DEFAULT 'not-started' NOT NULL,
  	"council_id" integer,
  	"translator_id" integer,
  	"translated_by" varchar,
  	"checked_by_id" integer,
  	"checked_by_name" varchar,
  	"checked_on" timestamp(3) with time zone,
  	"english_hash" varchar,
  	"english_version" varchar,
  	"english_on" timestamp(3) with time zone,
  	"english_changed_on" timestamp(3) with time zone,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "translations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"authorities_id" integer,
  	"areas_id" integer,
  	"offers_id" integer,
  	"entitlements_id" integer,
  	"local_details_id" integer,
  	"guides_id" integer,
  	"guide_chapters_id" integer,
  	"guide_local_parts_id" integer,
  	"spotlights_id" integer,
  	"glossary_terms_id" integer,
  	"local_terms_id" integer,
  	"pledges_id" integer,
  	"indicators_id" integer
  );
  
  ALTER TABLE "offers" ADD COLUMN "easy_read_checked_by" varchar;
  ALTER TABLE "offers" ADD COLUMN "easy_read_based_on" timestamp(3) with time zone;
  ALTER TABLE "_offers_v" ADD COLUMN "version_easy_read_checked_by" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_easy_read_based_on" timestamp(3) with time zone;
  ALTER TABLE "entitlements" ADD COLUMN "easy_read_checked_by" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "easy_read_based_on" timestamp(3) with time zone;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_easy_read_checked_by" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_easy_read_based_on" timestamp(3) with time zone;
  ALTER TABLE "authorities" ADD COLUMN "easy_read" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "translator_language" "enum_users_translator_language";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translations_id" integer;
  ALTER TABLE "offers_easy_read_sentences" ADD CONSTRAINT "offers_easy_read_sentences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_easy_read_sentences" ADD CONSTRAINT "_offers_v_version_easy_read_sentences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_easy_read_sentences" ADD CONSTRAINT "entitlements_easy_read_sentences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_version_easy_read_sentences" ADD CONSTRAINT "_entitlements_v_version_easy_read_sentences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_entitlements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_languages" ADD CONSTRAINT "authorities_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_translator_id_users_id_fk" FOREIGN KEY ("translator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations" ADD CONSTRAINT "translations_checked_by_id_users_id_fk" FOREIGN KEY ("checked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."translations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_entitlements_fk" FOREIGN KEY ("entitlements_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_local_details_fk" FOREIGN KEY ("local_details_id") REFERENCES "public"."local_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_guide_chapters_fk" FOREIGN KEY ("guide_chapters_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_guide_local_parts_fk" FOREIGN KEY ("guide_local_parts_id") REFERENCES "public"."guide_local_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_spotlights_fk" FOREIGN KEY ("spotlights_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_local_terms_fk" FOREIGN KEY ("local_terms_id") REFERENCES "public"."local_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_pledges_fk" FOREIGN KEY ("pledges_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translations_rels" ADD CONSTRAINT "translations_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_easy_read_sentences_order_idx" ON "offers_easy_read_sentences" USING btree ("_order");
  CREATE INDEX "offers_easy_read_sentences_parent_id_idx" ON "offers_easy_read_sentences" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_easy_read_sentences_order_idx" ON "_offers_v_version_easy_read_sentences" USING btree ("_order");
  CREATE INDEX "_offers_v_version_easy_read_sentences_parent_id_idx" ON "_offers_v_version_easy_read_sentences" USING btree ("_parent_id");
  CREATE INDEX "entitlements_easy_read_sentences_order_idx" ON "entitlements_easy_read_sentences" USING btree ("_order");
  CREATE INDEX "entitlements_easy_read_sentences_parent_id_idx" ON "entitlements_easy_read_sentences" USING btree ("_parent_id");
  CREATE INDEX "_entitlements_v_version_easy_read_sentences_order_idx" ON "_entitlements_v_version_easy_read_sentences" USING btree ("_order");
  CREATE INDEX "_entitlements_v_version_easy_read_sentences_parent_id_idx" ON "_entitlements_v_version_easy_read_sentences" USING btree ("_parent_id");
  CREATE INDEX "authorities_languages_order_idx" ON "authorities_languages" USING btree ("order");
  CREATE INDEX "authorities_languages_parent_idx" ON "authorities_languages" USING btree ("parent_id");
  CREATE INDEX "translations_council_idx" ON "translations" USING btree ("council_id");
  CREATE INDEX "translations_translator_idx" ON "translations" USING btree ("translator_id");
  CREATE INDEX "translations_checked_by_idx" ON "translations" USING btree ("checked_by_id");
  CREATE UNIQUE INDEX "translations_key_idx" ON "translations" USING btree ("key");
  CREATE INDEX "translations_updated_at_idx" ON "translations" USING btree ("updated_at");
  CREATE INDEX "translations_created_at_idx" ON "translations" USING btree ("created_at");
  CREATE INDEX "translations_rels_order_idx" ON "translations_rels" USING btree ("order");
  CREATE INDEX "translations_rels_parent_idx" ON "translations_rels" USING btree ("parent_id");
  CREATE INDEX "translations_rels_path_idx" ON "translations_rels" USING btree ("path");
  CREATE INDEX "translations_rels_authorities_id_idx" ON "translations_rels" USING btree ("authorities_id");
  CREATE INDEX "translations_rels_areas_id_idx" ON "translations_rels" USING btree ("areas_id");
  CREATE INDEX "translations_rels_offers_id_idx" ON "translations_rels" USING btree ("offers_id");
  CREATE INDEX "translations_rels_entitlements_id_idx" ON "translations_rels" USING btree ("entitlements_id");
  CREATE INDEX "translations_rels_local_details_id_idx" ON "translations_rels" USING btree ("local_details_id");
  CREATE INDEX "translations_rels_guides_id_idx" ON "translations_rels" USING btree ("guides_id");
  CREATE INDEX "translations_rels_guide_chapters_id_idx" ON "translations_rels" USING btree ("guide_chapters_id");
  CREATE INDEX "translations_rels_guide_local_parts_id_idx" ON "translations_rels" USING btree ("guide_local_parts_id");
  CREATE INDEX "translations_rels_spotlights_id_idx" ON "translations_rels" USING btree ("spotlights_id");
  CREATE INDEX "translations_rels_glossary_terms_id_idx" ON "translations_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "translations_rels_local_terms_id_idx" ON "translations_rels" USING btree ("local_terms_id");
  CREATE INDEX "translations_rels_pledges_id_idx" ON "translations_rels" USING btree ("pledges_id");
  CREATE INDEX "translations_rels_indicators_id_idx" ON "translations_rels" USING btree ("indicators_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translations_fk" FOREIGN KEY ("translations_id") REFERENCES "public"."translations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translations_id_idx" ON "payload_locked_documents_rels" USING btree ("translations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers_easy_read_sentences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_easy_read_sentences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_easy_read_sentences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_version_easy_read_sentences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translations_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "offers_easy_read_sentences" CASCADE;
  DROP TABLE "_offers_v_version_easy_read_sentences" CASCADE;
  DROP TABLE "entitlements_easy_read_sentences" CASCADE;
  DROP TABLE "_entitlements_v_version_easy_read_sentences" CASCADE;
  DROP TABLE "authorities_languages" CASCADE;
  DROP TABLE "translations" CASCADE;
  DROP TABLE "translations_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_translations_fk";
  
  -- The release before translators has no such role: their council rows go (the accounts stay).
  DELETE FROM "users_councils" WHERE "role" = 'translator';
  ALTER TABLE "users_councils" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users_councils" ALTER COLUMN "role" SET DEFAULT 'young-editor'::text;
  DROP TYPE "public"."enum_users_councils_role";
  CREATE TYPE "public"."enum_users_councils_role" AS ENUM('staff', 'reviewer', 'young-editor');
  ALTER TABLE "users_councils" ALTER COLUMN "role" SET DEFAULT 'young-editor'::"public"."enum_users_councils_role";
  ALTER TABLE "users_councils" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_councils_role" USING "role"::"public"."enum_users_councils_role";
  DROP INDEX "payload_locked_documents_rels_translations_id_idx";
  ALTER TABLE "offers" DROP COLUMN "easy_read_checked_by";
  ALTER TABLE "offers" DROP COLUMN "easy_read_based_on";
  ALTER TABLE "_offers_v" DROP COLUMN "version_easy_read_checked_by";
  ALTER TABLE "_offers_v" DROP COLUMN "version_easy_read_based_on";
  ALTER TABLE "entitlements" DROP COLUMN "easy_read_checked_by";
  ALTER TABLE "entitlements" DROP COLUMN "easy_read_based_on";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_easy_read_checked_by";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_easy_read_based_on";
  ALTER TABLE "authorities" DROP COLUMN "easy_read";
  ALTER TABLE "users" DROP COLUMN "translator_language";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translations_id";
  DROP TYPE "public"."enum_offers_easy_read_sentences_picture";
  DROP TYPE "public"."enum__offers_v_version_easy_read_sentences_picture";
  DROP TYPE "public"."enum_entitlements_easy_read_sentences_picture";
  DROP TYPE "public"."enum__entitlements_v_version_easy_read_sentences_picture";
  DROP TYPE "public"."enum_authorities_languages";
  DROP TYPE "public"."enum_translations_language";
  DROP TYPE "public"."enum_translations_state";
  DROP TYPE "public"."enum_users_translator_language";`)
}
