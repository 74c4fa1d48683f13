import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_local_terms_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_local_terms_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_local_terms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__local_terms_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__local_terms_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__local_terms_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "local_terms_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"alias" varchar
  );
  
  CREATE TABLE "local_terms_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_local_terms_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "local_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"council_id" integer,
  	"term" varchar,
  	"slug" varchar,
  	"meaning" varchar,
  	"review_state" "enum_local_terms_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_local_terms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "local_terms_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_local_terms_v_version_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"alias" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_local_terms_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__local_terms_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_local_terms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_council_id" integer,
  	"version_term" varchar,
  	"version_slug" varchar,
  	"version_meaning" varchar,
  	"version_review_state" "enum__local_terms_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__local_terms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_local_terms_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "local_terms_id" integer;
  ALTER TABLE "local_terms_aliases" ADD CONSTRAINT "local_terms_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_terms_review_history" ADD CONSTRAINT "local_terms_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_terms_review_history" ADD CONSTRAINT "local_terms_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_terms" ADD CONSTRAINT "local_terms_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_terms_rels" ADD CONSTRAINT "local_terms_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_terms_rels" ADD CONSTRAINT "local_terms_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_terms_v_version_aliases" ADD CONSTRAINT "_local_terms_v_version_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_terms_v_version_review_history" ADD CONSTRAINT "_local_terms_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_terms_v_version_review_history" ADD CONSTRAINT "_local_terms_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_terms_v" ADD CONSTRAINT "_local_terms_v_parent_id_local_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_terms_v" ADD CONSTRAINT "_local_terms_v_version_council_id_authorities_id_fk" FOREIGN KEY ("version_council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_terms_v_rels" ADD CONSTRAINT "_local_terms_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_local_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_terms_v_rels" ADD CONSTRAINT "_local_terms_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "local_terms_aliases_order_idx" ON "local_terms_aliases" USING btree ("_order");
  CREATE INDEX "local_terms_aliases_parent_id_idx" ON "local_terms_aliases" USING btree ("_parent_id");
  CREATE INDEX "local_terms_review_history_order_idx" ON "local_terms_review_history" USING btree ("_order");
  CREATE INDEX "local_terms_review_history_parent_id_idx" ON "local_terms_review_history" USING btree ("_parent_id");
  CREATE INDEX "local_terms_review_history_by_idx" ON "local_terms_review_history" USING btree ("by_id");
  CREATE INDEX "local_terms_council_idx" ON "local_terms" USING btree ("council_id");
  CREATE INDEX "local_terms_slug_idx" ON "local_terms" USING btree ("slug");
  CREATE INDEX "local_terms_review_state_idx" ON "local_terms" USING btree ("review_state");
  CREATE INDEX "local_terms_updated_at_idx" ON "local_terms" USING btree ("updated_at");
  CREATE INDEX "local_terms_created_at_idx" ON "local_terms" USING btree ("created_at");
  CREATE INDEX "local_terms__status_idx" ON "local_terms" USING btree ("_status");
  CREATE UNIQUE INDEX "council_slug_4_idx" ON "local_terms" USING btree ("council_id","slug");
  CREATE INDEX "local_terms_rels_order_idx" ON "local_terms_rels" USING btree ("order");
  CREATE INDEX "local_terms_rels_parent_idx" ON "local_terms_rels" USING btree ("parent_id");
  CREATE INDEX "local_terms_rels_path_idx" ON "local_terms_rels" USING btree ("path");
  CREATE INDEX "local_terms_rels_users_id_idx" ON "local_terms_rels" USING btree ("users_id");
  CREATE INDEX "_local_terms_v_version_aliases_order_idx" ON "_local_terms_v_version_aliases" USING btree ("_order");
  CREATE INDEX "_local_terms_v_version_aliases_parent_id_idx" ON "_local_terms_v_version_aliases" USING btree ("_parent_id");
  CREATE INDEX "_local_terms_v_version_review_history_order_idx" ON "_local_terms_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_local_terms_v_version_review_history_parent_id_idx" ON "_local_terms_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_local_terms_v_version_review_history_by_idx" ON "_local_terms_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_local_terms_v_parent_idx" ON "_local_terms_v" USING btree ("parent_id");
  CREATE INDEX "_local_terms_v_version_version_council_idx" ON "_local_terms_v" USING btree ("version_council_id");
  CREATE INDEX "_local_terms_v_version_version_slug_idx" ON "_local_terms_v" USING btree ("version_slug");
  CREATE INDEX "_local_terms_v_version_version_review_state_idx" ON "_local_terms_v" USING btree ("version_review_state");
  CREATE INDEX "_local_terms_v_version_version_updated_at_idx" ON "_local_terms_v" USING btree ("version_updated_at");
  CREATE INDEX "_local_terms_v_version_version_created_at_idx" ON "_local_terms_v" USING btree ("version_created_at");
  CREATE INDEX "_local_terms_v_version_version__status_idx" ON "_local_terms_v" USING btree ("version__status");
  CREATE INDEX "_local_terms_v_created_at_idx" ON "_local_terms_v" USING btree ("created_at");
  CREATE INDEX "_local_terms_v_updated_at_idx" ON "_local_terms_v" USING btree ("updated_at");
  CREATE INDEX "_local_terms_v_latest_idx" ON "_local_terms_v" USING btree ("latest");
  CREATE INDEX "version_council_version_slug_3_idx" ON "_local_terms_v" USING btree ("version_council_id","version_slug");
  CREATE INDEX "_local_terms_v_rels_order_idx" ON "_local_terms_v_rels" USING btree ("order");
  CREATE INDEX "_local_terms_v_rels_parent_idx" ON "_local_terms_v_rels" USING btree ("parent_id");
  CREATE INDEX "_local_terms_v_rels_path_idx" ON "_local_terms_v_rels" USING btree ("path");
  CREATE INDEX "_local_terms_v_rels_users_id_idx" ON "_local_terms_v_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_local_terms_fk" FOREIGN KEY ("local_terms_id") REFERENCES "public"."local_terms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_local_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("local_terms_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "local_terms_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_terms_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_terms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_terms_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_terms_v_version_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_terms_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_terms_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_terms_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "local_terms_aliases" CASCADE;
  DROP TABLE "local_terms_review_history" CASCADE;
  DROP TABLE "local_terms" CASCADE;
  DROP TABLE "local_terms_rels" CASCADE;
  DROP TABLE "_local_terms_v_version_aliases" CASCADE;
  DROP TABLE "_local_terms_v_version_review_history" CASCADE;
  DROP TABLE "_local_terms_v" CASCADE;
  DROP TABLE "_local_terms_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_local_terms_fk";
  
  DROP INDEX "payload_locked_documents_rels_local_terms_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "local_terms_id";
  DROP TYPE "public"."enum_local_terms_review_history_state";
  DROP TYPE "public"."enum_local_terms_review_state";
  DROP TYPE "public"."enum_local_terms_status";
  DROP TYPE "public"."enum__local_terms_v_version_review_history_state";
  DROP TYPE "public"."enum__local_terms_v_version_review_state";
  DROP TYPE "public"."enum__local_terms_v_version_status";`)
}
