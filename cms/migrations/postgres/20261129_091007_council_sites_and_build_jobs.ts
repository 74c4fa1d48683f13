import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_local_details_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_local_details_amount_type" AS ENUM('money', 'free', 'none');
  CREATE TYPE "public"."enum_local_details_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly', 'instalments');
  CREATE TYPE "public"."enum_local_details_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_local_details_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__local_details_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__local_details_v_version_amount_type" AS ENUM('money', 'free', 'none');
  CREATE TYPE "public"."enum__local_details_v_version_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly', 'instalments');
  CREATE TYPE "public"."enum__local_details_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__local_details_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_entitlements_eligibility_care_status" AS ENUM('eligible', 'relevant', 'former-relevant', 'qualifying');
  CREATE TYPE "public"."enum_entitlements_eligibility_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum_entitlements_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_entitlements_legal_status" AS ENUM('in-force', 'announced', 'ended');
  CREATE TYPE "public"."enum_entitlements_living_elsewhere" AS ENUM('applies', 'in-area-only', 'ask');
  CREATE TYPE "public"."enum_entitlements_amount_type" AS ENUM('money', 'free', 'none');
  CREATE TYPE "public"."enum_entitlements_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly', 'instalments');
  CREATE TYPE "public"."enum_entitlements_amount_national_basis" AS ENUM('set-in-law', 'legal-minimum', 'recommended');
  CREATE TYPE "public"."enum_entitlements_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_entitlements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__entitlements_v_version_eligibility_care_status" AS ENUM('eligible', 'relevant', 'former-relevant', 'qualifying');
  CREATE TYPE "public"."enum__entitlements_v_version_eligibility_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum__entitlements_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__entitlements_v_version_legal_status" AS ENUM('in-force', 'announced', 'ended');
  CREATE TYPE "public"."enum__entitlements_v_version_living_elsewhere" AS ENUM('applies', 'in-area-only', 'ask');
  CREATE TYPE "public"."enum__entitlements_v_version_amount_type" AS ENUM('money', 'free', 'none');
  CREATE TYPE "public"."enum__entitlements_v_version_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly', 'instalments');
  CREATE TYPE "public"."enum__entitlements_v_version_amount_national_basis" AS ENUM('set-in-law', 'legal-minimum', 'recommended');
  CREATE TYPE "public"."enum__entitlements_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__entitlements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_authorities_build_status" AS ENUM('scheduled', 'building', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'build-council-site');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'build-council-site');
  CREATE TABLE "local_details_how_to_get" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar
  );
  
  CREATE TABLE "local_details_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_local_details_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "local_details" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"council_id" integer,
  	"entitlement_id" integer,
  	"title" varchar,
  	"summary" varchar,
  	"amount_type" "enum_local_details_amount_type",
  	"amount_value" numeric,
  	"amount_period" "enum_local_details_amount_period",
  	"amount_note" varchar,
  	"who_to_ask" varchar,
  	"if_refused" varchar,
  	"eligibility_notes" varchar,
  	"note" varchar,
  	"review_state" "enum_local_details_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_local_details_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "local_details_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_local_details_v_version_how_to_get" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_local_details_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__local_details_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_local_details_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_council_id" integer,
  	"version_entitlement_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_amount_type" "enum__local_details_v_version_amount_type",
  	"version_amount_value" numeric,
  	"version_amount_period" "enum__local_details_v_version_amount_period",
  	"version_amount_note" varchar,
  	"version_who_to_ask" varchar,
  	"version_if_refused" varchar,
  	"version_eligibility_notes" varchar,
  	"version_note" varchar,
  	"version_review_state" "enum__local_details_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__local_details_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_local_details_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "entitlements_eligibility_care_status" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_entitlements_eligibility_care_status",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "entitlements_eligibility_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_entitlements_eligibility_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "entitlements_how_to_get" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar
  );
  
  CREATE TABLE "entitlements_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_entitlements_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "entitlements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"area_id" integer,
  	"legal_status" "enum_entitlements_legal_status" DEFAULT 'in-force',
  	"living_elsewhere" "enum_entitlements_living_elsewhere" DEFAULT 'applies',
  	"eligibility_age_from" numeric,
  	"eligibility_age_to" numeric,
  	"eligibility_notes" varchar,
  	"amount_type" "enum_entitlements_amount_type" DEFAULT 'none',
  	"amount_value" numeric,
  	"amount_period" "enum_entitlements_amount_period",
  	"amount_national_minimum" numeric,
  	"amount_national_basis" "enum_entitlements_amount_national_basis",
  	"amount_note" varchar,
  	"who_to_ask" varchar,
  	"if_refused" varchar,
  	"legal_basis" varchar,
  	"source_url" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review" timestamp(3) with time zone,
  	"review_state" "enum_entitlements_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_entitlements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "entitlements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_entitlements_v_version_eligibility_care_status" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__entitlements_v_version_eligibility_care_status",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_entitlements_v_version_eligibility_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__entitlements_v_version_eligibility_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_entitlements_v_version_how_to_get" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_entitlements_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__entitlements_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_entitlements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_area_id" integer,
  	"version_legal_status" "enum__entitlements_v_version_legal_status" DEFAULT 'in-force',
  	"version_living_elsewhere" "enum__entitlements_v_version_living_elsewhere" DEFAULT 'applies',
  	"version_eligibility_age_from" numeric,
  	"version_eligibility_age_to" numeric,
  	"version_eligibility_notes" varchar,
  	"version_amount_type" "enum__entitlements_v_version_amount_type" DEFAULT 'none',
  	"version_amount_value" numeric,
  	"version_amount_period" "enum__entitlements_v_version_amount_period",
  	"version_amount_national_minimum" numeric,
  	"version_amount_national_basis" "enum__entitlements_v_version_amount_national_basis",
  	"version_amount_note" varchar,
  	"version_who_to_ask" varchar,
  	"version_if_refused" varchar,
  	"version_legal_basis" varchar,
  	"version_source_url" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review" timestamp(3) with time zone,
  	"version_review_state" "enum__entitlements_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__entitlements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_entitlements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "site_build" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_build" CASCADE;
  ALTER TABLE "guides_rels" ADD COLUMN "entitlements_id" integer;
  ALTER TABLE "_guides_v_rels" ADD COLUMN "entitlements_id" integer;
  ALTER TABLE "authorities" ADD COLUMN "slug" varchar;
  ALTER TABLE "authorities" ADD COLUMN "build_status" "enum_authorities_build_status";
  ALTER TABLE "authorities" ADD COLUMN "build_trigger" varchar;
  ALTER TABLE "authorities" ADD COLUMN "build_started_at" timestamp(3) with time zone;
  ALTER TABLE "authorities" ADD COLUMN "build_finished_at" timestamp(3) with time zone;
  ALTER TABLE "authorities" ADD COLUMN "build_pages" numeric;
  ALTER TABLE "authorities" ADD COLUMN "build_message" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "local_details_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "entitlements_id" integer;
  ALTER TABLE "local_details_how_to_get" ADD CONSTRAINT "local_details_how_to_get_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_details_review_history" ADD CONSTRAINT "local_details_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_details_review_history" ADD CONSTRAINT "local_details_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_details" ADD CONSTRAINT "local_details_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_details" ADD CONSTRAINT "local_details_entitlement_id_entitlements_id_fk" FOREIGN KEY ("entitlement_id") REFERENCES "public"."entitlements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_details_rels" ADD CONSTRAINT "local_details_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_details_rels" ADD CONSTRAINT "local_details_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_details_v_version_how_to_get" ADD CONSTRAINT "_local_details_v_version_how_to_get_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_details_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_details_v_version_review_history" ADD CONSTRAINT "_local_details_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_details_v_version_review_history" ADD CONSTRAINT "_local_details_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_details_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_details_v" ADD CONSTRAINT "_local_details_v_parent_id_local_details_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_details"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_details_v" ADD CONSTRAINT "_local_details_v_version_council_id_authorities_id_fk" FOREIGN KEY ("version_council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_details_v" ADD CONSTRAINT "_local_details_v_version_entitlement_id_entitlements_id_fk" FOREIGN KEY ("version_entitlement_id") REFERENCES "public"."entitlements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_details_v_rels" ADD CONSTRAINT "_local_details_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_local_details_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_details_v_rels" ADD CONSTRAINT "_local_details_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_eligibility_care_status" ADD CONSTRAINT "entitlements_eligibility_care_status_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_eligibility_circumstances" ADD CONSTRAINT "entitlements_eligibility_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_how_to_get" ADD CONSTRAINT "entitlements_how_to_get_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_review_history" ADD CONSTRAINT "entitlements_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entitlements_review_history" ADD CONSTRAINT "entitlements_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entitlements_rels" ADD CONSTRAINT "entitlements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_rels" ADD CONSTRAINT "entitlements_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_version_eligibility_care_status" ADD CONSTRAINT "_entitlements_v_version_eligibility_care_status_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_entitlements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_version_eligibility_circumstances" ADD CONSTRAINT "_entitlements_v_version_eligibility_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_entitlements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_version_how_to_get" ADD CONSTRAINT "_entitlements_v_version_how_to_get_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_entitlements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_version_review_history" ADD CONSTRAINT "_entitlements_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_entitlements_v_version_review_history" ADD CONSTRAINT "_entitlements_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_entitlements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v" ADD CONSTRAINT "_entitlements_v_parent_id_entitlements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."entitlements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_entitlements_v" ADD CONSTRAINT "_entitlements_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_entitlements_v_rels" ADD CONSTRAINT "_entitlements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_entitlements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_rels" ADD CONSTRAINT "_entitlements_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "local_details_how_to_get_order_idx" ON "local_details_how_to_get" USING btree ("_order");
  CREATE INDEX "local_details_how_to_get_parent_id_idx" ON "local_details_how_to_get" USING btree ("_parent_id");
  CREATE INDEX "local_details_review_history_order_idx" ON "local_details_review_history" USING btree ("_order");
  CREATE INDEX "local_details_review_history_parent_id_idx" ON "local_details_review_history" USING btree ("_parent_id");
  CREATE INDEX "local_details_review_history_by_idx" ON "local_details_review_history" USING btree ("by_id");
  CREATE INDEX "local_details_council_idx" ON "local_details" USING btree ("council_id");
  CREATE INDEX "local_details_entitlement_idx" ON "local_details" USING btree ("entitlement_id");
  CREATE INDEX "local_details_review_state_idx" ON "local_details" USING btree ("review_state");
  CREATE INDEX "local_details_updated_at_idx" ON "local_details" USING btree ("updated_at");
  CREATE INDEX "local_details_created_at_idx" ON "local_details" USING btree ("created_at");
  CREATE INDEX "local_details__status_idx" ON "local_details" USING btree ("_status");
  CREATE UNIQUE INDEX "council_entitlement_idx" ON "local_details" USING btree ("council_id","entitlement_id");
  CREATE INDEX "local_details_rels_order_idx" ON "local_details_rels" USING btree ("order");
  CREATE INDEX "local_details_rels_parent_idx" ON "local_details_rels" USING btree ("parent_id");
  CREATE INDEX "local_details_rels_path_idx" ON "local_details_rels" USING btree ("path");
  CREATE INDEX "local_details_rels_users_id_idx" ON "local_details_rels" USING btree ("users_id");
  CREATE INDEX "_local_details_v_version_how_to_get_order_idx" ON "_local_details_v_version_how_to_get" USING btree ("_order");
  CREATE INDEX "_local_details_v_version_how_to_get_parent_id_idx" ON "_local_details_v_version_how_to_get" USING btree ("_parent_id");
  CREATE INDEX "_local_details_v_version_review_history_order_idx" ON "_local_details_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_local_details_v_version_review_history_parent_id_idx" ON "_local_details_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_local_details_v_version_review_history_by_idx" ON "_local_details_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_local_details_v_parent_idx" ON "_local_details_v" USING btree ("parent_id");
  CREATE INDEX "_local_details_v_version_version_council_idx" ON "_local_details_v" USING btree ("version_council_id");
  CREATE INDEX "_local_details_v_version_version_entitlement_idx" ON "_local_details_v" USING btree ("version_entitlement_id");
  CREATE INDEX "_local_details_v_version_version_review_state_idx" ON "_local_details_v" USING btree ("version_review_state");
  CREATE INDEX "_local_details_v_version_version_updated_at_idx" ON "_local_details_v" USING btree ("version_updated_at");
  CREATE INDEX "_local_details_v_version_version_created_at_idx" ON "_local_details_v" USING btree ("version_created_at");
  CREATE INDEX "_local_details_v_version_version__status_idx" ON "_local_details_v" USING btree ("version__status");
  CREATE INDEX "_local_details_v_created_at_idx" ON "_local_details_v" USING btree ("created_at");
  CREATE INDEX "_local_details_v_updated_at_idx" ON "_local_details_v" USING btree ("updated_at");
  CREATE INDEX "_local_details_v_latest_idx" ON "_local_details_v" USING btree ("latest");
  CREATE INDEX "version_council_version_entitlement_idx" ON "_local_details_v" USING btree ("version_council_id","version_entitlement_id");
  CREATE INDEX "_local_details_v_rels_order_idx" ON "_local_details_v_rels" USING btree ("order");
  CREATE INDEX "_local_details_v_rels_parent_idx" ON "_local_details_v_rels" USING btree ("parent_id");
  CREATE INDEX "_local_details_v_rels_path_idx" ON "_local_details_v_rels" USING btree ("path");
  CREATE INDEX "_local_details_v_rels_users_id_idx" ON "_local_details_v_rels" USING btree ("users_id");
  CREATE INDEX "entitlements_eligibility_care_status_order_idx" ON "entitlements_eligibility_care_status" USING btree ("order");
  CREATE INDEX "entitlements_eligibility_care_status_parent_idx" ON "entitlements_eligibility_care_status" USING btree ("parent_id");
  CREATE INDEX "entitlements_eligibility_circumstances_order_idx" ON "entitlements_eligibility_circumstances" USING btree ("order");
  CREATE INDEX "entitlements_eligibility_circumstances_parent_idx" ON "entitlements_eligibility_circumstances" USING btree ("parent_id");
  CREATE INDEX "entitlements_how_to_get_order_idx" ON "entitlements_how_to_get" USING btree ("_order");
  CREATE INDEX "entitlements_how_to_get_parent_id_idx" ON "entitlements_how_to_get" USING btree ("_parent_id");
  CREATE INDEX "entitlements_review_history_order_idx" ON "entitlements_review_history" USING btree ("_order");
  CREATE INDEX "entitlements_review_history_parent_id_idx" ON "entitlements_review_history" USING btree ("_parent_id");
  CREATE INDEX "entitlements_review_history_by_idx" ON "entitlements_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "entitlements_slug_idx" ON "entitlements" USING btree ("slug");
  CREATE INDEX "entitlements_area_idx" ON "entitlements" USING btree ("area_id");
  CREATE INDEX "entitlements_review_state_idx" ON "entitlements" USING btree ("review_state");
  CREATE INDEX "entitlements_updated_at_idx" ON "entitlements" USING btree ("updated_at");
  CREATE INDEX "entitlements_created_at_idx" ON "entitlements" USING btree ("created_at");
  CREATE INDEX "entitlements__status_idx" ON "entitlements" USING btree ("_status");
  CREATE INDEX "entitlements_rels_order_idx" ON "entitlements_rels" USING btree ("order");
  CREATE INDEX "entitlements_rels_parent_idx" ON "entitlements_rels" USING btree ("parent_id");
  CREATE INDEX "entitlements_rels_path_idx" ON "entitlements_rels" USING btree ("path");
  CREATE INDEX "entitlements_rels_users_id_idx" ON "entitlements_rels" USING btree ("users_id");
  CREATE INDEX "_entitlements_v_version_eligibility_care_status_order_idx" ON "_entitlements_v_version_eligibility_care_status" USING btree ("order");
  CREATE INDEX "_entitlements_v_version_eligibility_care_status_parent_idx" ON "_entitlements_v_version_eligibility_care_status" USING btree ("parent_id");
  CREATE INDEX "_entitlements_v_version_eligibility_circumstances_order_idx" ON "_entitlements_v_version_eligibility_circumstances" USING btree ("order");
  CREATE INDEX "_entitlements_v_version_eligibility_circumstances_parent_idx" ON "_entitlements_v_version_eligibility_circumstances" USING btree ("parent_id");
  CREATE INDEX "_entitlements_v_version_how_to_get_order_idx" ON "_entitlements_v_version_how_to_get" USING btree ("_order");
  CREATE INDEX "_entitlements_v_version_how_to_get_parent_id_idx" ON "_entitlements_v_version_how_to_get" USING btree ("_parent_id");
  CREATE INDEX "_entitlements_v_version_review_history_order_idx" ON "_entitlements_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_entitlements_v_version_review_history_parent_id_idx" ON "_entitlements_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_entitlements_v_version_review_history_by_idx" ON "_entitlements_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_entitlements_v_parent_idx" ON "_entitlements_v" USING btree ("parent_id");
  CREATE INDEX "_entitlements_v_version_version_slug_idx" ON "_entitlements_v" USING btree ("version_slug");
  CREATE INDEX "_entitlements_v_version_version_area_idx" ON "_entitlements_v" USING btree ("version_area_id");
  CREATE INDEX "_entitlements_v_version_version_review_state_idx" ON "_entitlements_v" USING btree ("version_review_state");
  CREATE INDEX "_entitlements_v_version_version_updated_at_idx" ON "_entitlements_v" USING btree ("version_updated_at");
  CREATE INDEX "_entitlements_v_version_version_created_at_idx" ON "_entitlements_v" USING btree ("version_created_at");
  CREATE INDEX "_entitlements_v_version_version__status_idx" ON "_entitlements_v" USING btree ("version__status");
  CREATE INDEX "_entitlements_v_created_at_idx" ON "_entitlements_v" USING btree ("created_at");
  CREATE INDEX "_entitlements_v_updated_at_idx" ON "_entitlements_v" USING btree ("updated_at");
  CREATE INDEX "_entitlements_v_latest_idx" ON "_entitlements_v" USING btree ("latest");
  CREATE INDEX "_entitlements_v_rels_order_idx" ON "_entitlements_v_rels" USING btree ("order");
  CREATE INDEX "_entitlements_v_rels_parent_idx" ON "_entitlements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_entitlements_v_rels_path_idx" ON "_entitlements_v_rels" USING btree ("path");
  CREATE INDEX "_entitlements_v_rels_users_id_idx" ON "_entitlements_v_rels" USING btree ("users_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_entitlements_fk" FOREIGN KEY ("entitlements_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_entitlements_fk" FOREIGN KEY ("entitlements_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_local_details_fk" FOREIGN KEY ("local_details_id") REFERENCES "public"."local_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_entitlements_fk" FOREIGN KEY ("entitlements_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_rels_entitlements_id_idx" ON "guides_rels" USING btree ("entitlements_id");
  CREATE INDEX "_guides_v_rels_entitlements_id_idx" ON "_guides_v_rels" USING btree ("entitlements_id");
  CREATE UNIQUE INDEX "authorities_slug_idx" ON "authorities" USING btree ("slug");
  CREATE INDEX "payload_locked_documents_rels_local_details_id_idx" ON "payload_locked_documents_rels" USING btree ("local_details_id");
  CREATE INDEX "payload_locked_documents_rels_entitlements_id_idx" ON "payload_locked_documents_rels" USING btree ("entitlements_id");
  DROP TYPE "public"."enum_site_build_status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_build_status" AS ENUM('idle', 'scheduled', 'building', 'succeeded', 'failed');
  CREATE TABLE "site_build" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_build_status" DEFAULT 'idle',
  	"trigger" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"message" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "local_details_how_to_get" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_details_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_details" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_details_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_details_v_version_how_to_get" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_details_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_details_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_details_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_eligibility_care_status" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_eligibility_circumstances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_how_to_get" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_version_eligibility_care_status" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_version_eligibility_circumstances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_version_how_to_get" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "local_details_how_to_get" CASCADE;
  DROP TABLE "local_details_review_history" CASCADE;
  DROP TABLE "local_details" CASCADE;
  DROP TABLE "local_details_rels" CASCADE;
  DROP TABLE "_local_details_v_version_how_to_get" CASCADE;
  DROP TABLE "_local_details_v_version_review_history" CASCADE;
  DROP TABLE "_local_details_v" CASCADE;
  DROP TABLE "_local_details_v_rels" CASCADE;
  DROP TABLE "entitlements_eligibility_care_status" CASCADE;
  DROP TABLE "entitlements_eligibility_circumstances" CASCADE;
  DROP TABLE "entitlements_how_to_get" CASCADE;
  DROP TABLE "entitlements_review_history" CASCADE;
  DROP TABLE "entitlements" CASCADE;
  DROP TABLE "entitlements_rels" CASCADE;
  DROP TABLE "_entitlements_v_version_eligibility_care_status" CASCADE;
  DROP TABLE "_entitlements_v_version_eligibility_circumstances" CASCADE;
  DROP TABLE "_entitlements_v_version_how_to_get" CASCADE;
  DROP TABLE "_entitlements_v_version_review_history" CASCADE;
  DROP TABLE "_entitlements_v" CASCADE;
  DROP TABLE "_entitlements_v_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "guides_rels" DROP CONSTRAINT IF EXISTS "guides_rels_entitlements_fk";
  
  ALTER TABLE "_guides_v_rels" DROP CONSTRAINT IF EXISTS "_guides_v_rels_entitlements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_local_details_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_entitlements_fk";
  
  DROP INDEX "guides_rels_entitlements_id_idx";
  DROP INDEX "_guides_v_rels_entitlements_id_idx";
  DROP INDEX "authorities_slug_idx";
  DROP INDEX "payload_locked_documents_rels_local_details_id_idx";
  DROP INDEX "payload_locked_documents_rels_entitlements_id_idx";
  ALTER TABLE "guides_rels" DROP COLUMN "entitlements_id";
  ALTER TABLE "_guides_v_rels" DROP COLUMN "entitlements_id";
  ALTER TABLE "authorities" DROP COLUMN "slug";
  ALTER TABLE "authorities" DROP COLUMN "build_status";
  ALTER TABLE "authorities" DROP COLUMN "build_trigger";
  ALTER TABLE "authorities" DROP COLUMN "build_started_at";
  ALTER TABLE "authorities" DROP COLUMN "build_finished_at";
  ALTER TABLE "authorities" DROP COLUMN "build_pages";
  ALTER TABLE "authorities" DROP COLUMN "build_message";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "local_details_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "entitlements_id";
  DROP TYPE "public"."enum_local_details_review_history_state";
  DROP TYPE "public"."enum_local_details_amount_type";
  DROP TYPE "public"."enum_local_details_amount_period";
  DROP TYPE "public"."enum_local_details_review_state";
  DROP TYPE "public"."enum_local_details_status";
  DROP TYPE "public"."enum__local_details_v_version_review_history_state";
  DROP TYPE "public"."enum__local_details_v_version_amount_type";
  DROP TYPE "public"."enum__local_details_v_version_amount_period";
  DROP TYPE "public"."enum__local_details_v_version_review_state";
  DROP TYPE "public"."enum__local_details_v_version_status";
  DROP TYPE "public"."enum_entitlements_eligibility_care_status";
  DROP TYPE "public"."enum_entitlements_eligibility_circumstances";
  DROP TYPE "public"."enum_entitlements_review_history_state";
  DROP TYPE "public"."enum_entitlements_legal_status";
  DROP TYPE "public"."enum_entitlements_living_elsewhere";
  DROP TYPE "public"."enum_entitlements_amount_type";
  DROP TYPE "public"."enum_entitlements_amount_period";
  DROP TYPE "public"."enum_entitlements_amount_national_basis";
  DROP TYPE "public"."enum_entitlements_review_state";
  DROP TYPE "public"."enum_entitlements_status";
  DROP TYPE "public"."enum__entitlements_v_version_eligibility_care_status";
  DROP TYPE "public"."enum__entitlements_v_version_eligibility_circumstances";
  DROP TYPE "public"."enum__entitlements_v_version_review_history_state";
  DROP TYPE "public"."enum__entitlements_v_version_legal_status";
  DROP TYPE "public"."enum__entitlements_v_version_living_elsewhere";
  DROP TYPE "public"."enum__entitlements_v_version_amount_type";
  DROP TYPE "public"."enum__entitlements_v_version_amount_period";
  DROP TYPE "public"."enum__entitlements_v_version_amount_national_basis";
  DROP TYPE "public"."enum__entitlements_v_version_review_state";
  DROP TYPE "public"."enum__entitlements_v_version_status";
  DROP TYPE "public"."enum_authorities_build_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
