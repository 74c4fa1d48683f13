import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pledges_source" AS ENUM('feedback', 'forum', 'survey', 'other');
  CREATE TYPE "public"."enum__pledges_v_version_source" AS ENUM('feedback', 'forum', 'survey', 'other');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'needs-action', 'answered', 'not-useful');
  CREATE TYPE "public"."enum_feedback_helpful" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_feedback_language" AS ENUM('en', 'ar', 'prs', 'ti');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-review-reminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteOldFeedback';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-review-reminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteOldFeedback';
  CREATE TABLE "feedback_rate_limits" (
  	"key" text PRIMARY KEY NOT NULL,
  	"points" integer DEFAULT 0 NOT NULL,
  	"expire" timestamp with time zone
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"council_id" integer,
  	"status" "enum_feedback_status" DEFAULT 'new' NOT NULL,
  	"helpful" "enum_feedback_helpful",
  	"text" varchar,
  	"urgent" boolean DEFAULT false,
  	"page_url" varchar NOT NULL,
  	"language" "enum_feedback_language",
  	"staff_note" varchar,
  	"pledge_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"entitlements_id" integer,
  	"guide_chapters_id" integer,
  	"guides_id" integer,
  	"pledges_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "pledges" ADD COLUMN "source" "enum_pledges_source";
  ALTER TABLE "_pledges_v" ADD COLUMN "version_source" "enum__pledges_v_version_source";
  ALTER TABLE "authorities" ADD COLUMN "feedback_retention_days" numeric DEFAULT 365;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_entitlements_fk" FOREIGN KEY ("entitlements_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_guide_chapters_fk" FOREIGN KEY ("guide_chapters_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_pledges_fk" FOREIGN KEY ("pledges_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback_rels" ADD CONSTRAINT "feedback_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "feedback_council_idx" ON "feedback" USING btree ("council_id");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_page_url_idx" ON "feedback" USING btree ("page_url");
  CREATE INDEX "feedback_pledge_idx" ON "feedback" USING btree ("pledge_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "feedback_rels_order_idx" ON "feedback_rels" USING btree ("order");
  CREATE INDEX "feedback_rels_parent_idx" ON "feedback_rels" USING btree ("parent_id");
  CREATE INDEX "feedback_rels_path_idx" ON "feedback_rels" USING btree ("path");
  CREATE INDEX "feedback_rels_offers_id_idx" ON "feedback_rels" USING btree ("offers_id");
  CREATE INDEX "feedback_rels_entitlements_id_idx" ON "feedback_rels" USING btree ("entitlements_id");
  CREATE INDEX "feedback_rels_guide_chapters_id_idx" ON "feedback_rels" USING btree ("guide_chapters_id");
  CREATE INDEX "feedback_rels_guides_id_idx" ON "feedback_rels" USING btree ("guides_id");
  CREATE INDEX "feedback_rels_pledges_id_idx" ON "feedback_rels" USING btree ("pledges_id");
  CREATE INDEX "feedback_rels_users_id_idx" ON "feedback_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback_rate_limits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback_rate_limits" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "feedback_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_feedback_fk";
  
  -- Jobs of the tasks this release added cannot be kept by the release before it (its task list has no such names).
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('send-review-reminders', 'deleteOldFeedback');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'build-council-site');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'build-council-site');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  ALTER TABLE "pledges" DROP COLUMN "source";
  ALTER TABLE "_pledges_v" DROP COLUMN "version_source";
  ALTER TABLE "authorities" DROP COLUMN "feedback_retention_days";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  DROP TYPE "public"."enum_pledges_source";
  DROP TYPE "public"."enum__pledges_v_version_source";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_feedback_helpful";
  DROP TYPE "public"."enum_feedback_language";`)
}
