import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_change_log_kinds" AS ENUM('amount', 'eligibility', 'contacts', 'how-to-claim');
  CREATE TYPE "public"."enum_change_log_changed_in" AS ENUM('offers', 'entitlements', 'local-details', 'guide-chapters', 'guide-local-parts', 'pledges');
  CREATE TYPE "public"."enum_change_log_page" AS ENUM('offer', 'chapter', 'pledge');
  CREATE TABLE "change_log_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_change_log_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "change_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"council_id" integer,
  	"changed_in" "enum_change_log_changed_in" NOT NULL,
  	"document_id" numeric NOT NULL,
  	"page" "enum_change_log_page" NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"line" varchar NOT NULL,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "offers" ADD COLUMN "what_changed" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_what_changed" varchar;
  ALTER TABLE "local_details" ADD COLUMN "what_changed" varchar;
  ALTER TABLE "_local_details_v" ADD COLUMN "version_what_changed" varchar;
  ALTER TABLE "guide_local_parts" ADD COLUMN "what_changed" varchar;
  ALTER TABLE "_guide_local_parts_v" ADD COLUMN "version_what_changed" varchar;
  ALTER TABLE "pledges" ADD COLUMN "what_changed" varchar;
  ALTER TABLE "_pledges_v" ADD COLUMN "version_what_changed" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "what_changed" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_what_changed" varchar;
  ALTER TABLE "guide_chapters" ADD COLUMN "what_changed" varchar;
  ALTER TABLE "_guide_chapters_v" ADD COLUMN "version_what_changed" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "change_log_id" integer;
  ALTER TABLE "change_log_kinds" ADD CONSTRAINT "change_log_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."change_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "change_log" ADD CONSTRAINT "change_log_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "change_log_kinds_order_idx" ON "change_log_kinds" USING btree ("order");
  CREATE INDEX "change_log_kinds_parent_idx" ON "change_log_kinds" USING btree ("parent_id");
  CREATE INDEX "change_log_council_idx" ON "change_log" USING btree ("council_id");
  CREATE INDEX "change_log_document_id_idx" ON "change_log" USING btree ("document_id");
  CREATE INDEX "change_log_changed_at_idx" ON "change_log" USING btree ("changed_at");
  CREATE INDEX "change_log_updated_at_idx" ON "change_log" USING btree ("updated_at");
  CREATE INDEX "change_log_created_at_idx" ON "change_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_change_log_fk" FOREIGN KEY ("change_log_id") REFERENCES "public"."change_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_change_log_id_idx" ON "payload_locked_documents_rels" USING btree ("change_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "change_log_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "change_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "change_log_kinds" CASCADE;
  DROP TABLE "change_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_change_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_change_log_id_idx";
  ALTER TABLE "offers" DROP COLUMN "what_changed";
  ALTER TABLE "_offers_v" DROP COLUMN "version_what_changed";
  ALTER TABLE "local_details" DROP COLUMN "what_changed";
  ALTER TABLE "_local_details_v" DROP COLUMN "version_what_changed";
  ALTER TABLE "guide_local_parts" DROP COLUMN "what_changed";
  ALTER TABLE "_guide_local_parts_v" DROP COLUMN "version_what_changed";
  ALTER TABLE "pledges" DROP COLUMN "what_changed";
  ALTER TABLE "_pledges_v" DROP COLUMN "version_what_changed";
  ALTER TABLE "entitlements" DROP COLUMN "what_changed";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_what_changed";
  ALTER TABLE "guide_chapters" DROP COLUMN "what_changed";
  ALTER TABLE "_guide_chapters_v" DROP COLUMN "version_what_changed";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "change_log_id";
  DROP TYPE "public"."enum_change_log_kinds";
  DROP TYPE "public"."enum_change_log_changed_in";
  DROP TYPE "public"."enum_change_log_page";`)
}
