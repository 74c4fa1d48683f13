import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** The fictional demo councils' complaints contacts (Ofcom drama numbers, .example addresses), as in their authority.yaml. */
const DEMO_COMPLAINTS = [
  ['DEMO0001', '020 7946 0150', 'complaints@demo-borough.example', 'https://www.demo-borough.example/complaints'],
  ['DEMO0002', '0113 496 0460', 'complaints@northdale.example', 'https://www.northdale.example/complaints'],
  ['DEMO0003', '0117 496 0360', 'complaints@riverford.example', 'https://www.riverford.example/complaints'],
] as const

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_chapters_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum__guides_v_version_chapters_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum_guide_local_parts_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_guide_local_parts_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_guide_local_parts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guide_local_parts_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__guide_local_parts_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__guide_local_parts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_guide_chapters_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum_guide_chapters_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_guide_chapters_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_guide_chapters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guide_chapters_v_version_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum__guide_chapters_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__guide_chapters_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__guide_chapters_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "guides_chapters_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "guides_chapters_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_guides_chapters_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_chapters_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_chapters_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__guides_v_version_chapters_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "guide_local_parts_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar
  );
  
  CREATE TABLE "guide_local_parts_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_guide_local_parts_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "guide_local_parts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"council_id" integer,
  	"chapter_id" integer,
  	"title" varchar,
  	"who_to_ask" varchar,
  	"note" varchar,
  	"review_state" "enum_guide_local_parts_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guide_local_parts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guide_local_parts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_guide_local_parts_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_local_parts_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__guide_local_parts_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_local_parts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_council_id" integer,
  	"version_chapter_id" integer,
  	"version_title" varchar,
  	"version_who_to_ask" varchar,
  	"version_note" varchar,
  	"version_review_state" "enum__guide_local_parts_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guide_local_parts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_guide_local_parts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "guide_chapters_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "guide_chapters_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_guide_chapters_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "guide_chapters_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_guide_chapters_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "guide_chapters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"order" numeric DEFAULT 100,
  	"summary" varchar,
  	"body" jsonb,
  	"legal_basis" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review" timestamp(3) with time zone,
  	"review_state" "enum_guide_chapters_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guide_chapters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guide_chapters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"entitlements_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_guide_chapters_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_chapters_v_version_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__guide_chapters_v_version_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_guide_chapters_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__guide_chapters_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_chapters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_order" numeric DEFAULT 100,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_legal_basis" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review" timestamp(3) with time zone,
  	"version_review_state" "enum__guide_chapters_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guide_chapters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_guide_chapters_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"entitlements_id" integer,
  	"users_id" integer
  );
  
  ALTER TABLE "guides_chapters" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "_guides_v_version_chapters" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "authorities" ADD COLUMN "complaints_phone" varchar;
  ALTER TABLE "authorities" ADD COLUMN "complaints_email" varchar;
  ALTER TABLE "authorities" ADD COLUMN "complaints_form_url" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guide_local_parts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guide_chapters_id" integer;
  ALTER TABLE "guides_chapters_sources" ADD CONSTRAINT "guides_chapters_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_chapters_circumstances" ADD CONSTRAINT "guides_chapters_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_chapters_sources" ADD CONSTRAINT "_guides_v_version_chapters_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_chapters_circumstances" ADD CONSTRAINT "_guides_v_version_chapters_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_local_parts_steps" ADD CONSTRAINT "guide_local_parts_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_local_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_local_parts_review_history" ADD CONSTRAINT "guide_local_parts_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_local_parts_review_history" ADD CONSTRAINT "guide_local_parts_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_local_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_local_parts" ADD CONSTRAINT "guide_local_parts_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_local_parts" ADD CONSTRAINT "guide_local_parts_chapter_id_guide_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."guide_chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_local_parts_rels" ADD CONSTRAINT "guide_local_parts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guide_local_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_local_parts_rels" ADD CONSTRAINT "guide_local_parts_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_local_parts_rels" ADD CONSTRAINT "guide_local_parts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_version_steps" ADD CONSTRAINT "_guide_local_parts_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_local_parts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_version_review_history" ADD CONSTRAINT "_guide_local_parts_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_version_review_history" ADD CONSTRAINT "_guide_local_parts_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_local_parts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v" ADD CONSTRAINT "_guide_local_parts_v_parent_id_guide_local_parts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guide_local_parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v" ADD CONSTRAINT "_guide_local_parts_v_version_council_id_authorities_id_fk" FOREIGN KEY ("version_council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v" ADD CONSTRAINT "_guide_local_parts_v_version_chapter_id_guide_chapters_id_fk" FOREIGN KEY ("version_chapter_id") REFERENCES "public"."guide_chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_rels" ADD CONSTRAINT "_guide_local_parts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guide_local_parts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_rels" ADD CONSTRAINT "_guide_local_parts_v_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_rels" ADD CONSTRAINT "_guide_local_parts_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_sources" ADD CONSTRAINT "guide_chapters_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_circumstances" ADD CONSTRAINT "guide_chapters_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_review_history" ADD CONSTRAINT "guide_chapters_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_chapters_review_history" ADD CONSTRAINT "guide_chapters_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_rels" ADD CONSTRAINT "guide_chapters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_rels" ADD CONSTRAINT "guide_chapters_rels_entitlements_fk" FOREIGN KEY ("entitlements_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_rels" ADD CONSTRAINT "guide_chapters_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_version_sources" ADD CONSTRAINT "_guide_chapters_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_version_circumstances" ADD CONSTRAINT "_guide_chapters_v_version_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guide_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_version_review_history" ADD CONSTRAINT "_guide_chapters_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_version_review_history" ADD CONSTRAINT "_guide_chapters_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v" ADD CONSTRAINT "_guide_chapters_v_parent_id_guide_chapters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guide_chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_rels" ADD CONSTRAINT "_guide_chapters_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guide_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_rels" ADD CONSTRAINT "_guide_chapters_v_rels_entitlements_fk" FOREIGN KEY ("entitlements_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_rels" ADD CONSTRAINT "_guide_chapters_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_chapters_sources_order_idx" ON "guides_chapters_sources" USING btree ("_order");
  CREATE INDEX "guides_chapters_sources_parent_id_idx" ON "guides_chapters_sources" USING btree ("_parent_id");
  CREATE INDEX "guides_chapters_circumstances_order_idx" ON "guides_chapters_circumstances" USING btree ("order");
  CREATE INDEX "guides_chapters_circumstances_parent_idx" ON "guides_chapters_circumstances" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_chapters_sources_order_idx" ON "_guides_v_version_chapters_sources" USING btree ("_order");
  CREATE INDEX "_guides_v_version_chapters_sources_parent_id_idx" ON "_guides_v_version_chapters_sources" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_chapters_circumstances_order_idx" ON "_guides_v_version_chapters_circumstances" USING btree ("order");
  CREATE INDEX "_guides_v_version_chapters_circumstances_parent_idx" ON "_guides_v_version_chapters_circumstances" USING btree ("parent_id");
  CREATE INDEX "guide_local_parts_steps_order_idx" ON "guide_local_parts_steps" USING btree ("_order");
  CREATE INDEX "guide_local_parts_steps_parent_id_idx" ON "guide_local_parts_steps" USING btree ("_parent_id");
  CREATE INDEX "guide_local_parts_review_history_order_idx" ON "guide_local_parts_review_history" USING btree ("_order");
  CREATE INDEX "guide_local_parts_review_history_parent_id_idx" ON "guide_local_parts_review_history" USING btree ("_parent_id");
  CREATE INDEX "guide_local_parts_review_history_by_idx" ON "guide_local_parts_review_history" USING btree ("by_id");
  CREATE INDEX "guide_local_parts_council_idx" ON "guide_local_parts" USING btree ("council_id");
  CREATE INDEX "guide_local_parts_chapter_idx" ON "guide_local_parts" USING btree ("chapter_id");
  CREATE INDEX "guide_local_parts_review_state_idx" ON "guide_local_parts" USING btree ("review_state");
  CREATE INDEX "guide_local_parts_updated_at_idx" ON "guide_local_parts" USING btree ("updated_at");
  CREATE INDEX "guide_local_parts_created_at_idx" ON "guide_local_parts" USING btree ("created_at");
  CREATE INDEX "guide_local_parts__status_idx" ON "guide_local_parts" USING btree ("_status");
  CREATE UNIQUE INDEX "council_chapter_idx" ON "guide_local_parts" USING btree ("council_id","chapter_id");
  CREATE INDEX "guide_local_parts_rels_order_idx" ON "guide_local_parts_rels" USING btree ("order");
  CREATE INDEX "guide_local_parts_rels_parent_idx" ON "guide_local_parts_rels" USING btree ("parent_id");
  CREATE INDEX "guide_local_parts_rels_path_idx" ON "guide_local_parts_rels" USING btree ("path");
  CREATE INDEX "guide_local_parts_rels_offers_id_idx" ON "guide_local_parts_rels" USING btree ("offers_id");
  CREATE INDEX "guide_local_parts_rels_users_id_idx" ON "guide_local_parts_rels" USING btree ("users_id");
  CREATE INDEX "_guide_local_parts_v_version_steps_order_idx" ON "_guide_local_parts_v_version_steps" USING btree ("_order");
  CREATE INDEX "_guide_local_parts_v_version_steps_parent_id_idx" ON "_guide_local_parts_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_guide_local_parts_v_version_review_history_order_idx" ON "_guide_local_parts_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_guide_local_parts_v_version_review_history_parent_id_idx" ON "_guide_local_parts_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_guide_local_parts_v_version_review_history_by_idx" ON "_guide_local_parts_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_guide_local_parts_v_parent_idx" ON "_guide_local_parts_v" USING btree ("parent_id");
  CREATE INDEX "_guide_local_parts_v_version_version_council_idx" ON "_guide_local_parts_v" USING btree ("version_council_id");
  CREATE INDEX "_guide_local_parts_v_version_version_chapter_idx" ON "_guide_local_parts_v" USING btree ("version_chapter_id");
  CREATE INDEX "_guide_local_parts_v_version_version_review_state_idx" ON "_guide_local_parts_v" USING btree ("version_review_state");
  CREATE INDEX "_guide_local_parts_v_version_version_updated_at_idx" ON "_guide_local_parts_v" USING btree ("version_updated_at");
  CREATE INDEX "_guide_local_parts_v_version_version_created_at_idx" ON "_guide_local_parts_v" USING btree ("version_created_at");
  CREATE INDEX "_guide_local_parts_v_version_version__status_idx" ON "_guide_local_parts_v" USING btree ("version__status");
  CREATE INDEX "_guide_local_parts_v_created_at_idx" ON "_guide_local_parts_v" USING btree ("created_at");
  CREATE INDEX "_guide_local_parts_v_updated_at_idx" ON "_guide_local_parts_v" USING btree ("updated_at");
  CREATE INDEX "_guide_local_parts_v_latest_idx" ON "_guide_local_parts_v" USING btree ("latest");
  CREATE INDEX "version_council_version_chapter_idx" ON "_guide_local_parts_v" USING btree ("version_council_id","version_chapter_id");
  CREATE INDEX "_guide_local_parts_v_rels_order_idx" ON "_guide_local_parts_v_rels" USING btree ("order");
  CREATE INDEX "_guide_local_parts_v_rels_parent_idx" ON "_guide_local_parts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guide_local_parts_v_rels_path_idx" ON "_guide_local_parts_v_rels" USING btree ("path");
  CREATE INDEX "_guide_local_parts_v_rels_offers_id_idx" ON "_guide_local_parts_v_rels" USING btree ("offers_id");
  CREATE INDEX "_guide_local_parts_v_rels_users_id_idx" ON "_guide_local_parts_v_rels" USING btree ("users_id");
  CREATE INDEX "guide_chapters_sources_order_idx" ON "guide_chapters_sources" USING btree ("_order");
  CREATE INDEX "guide_chapters_sources_parent_id_idx" ON "guide_chapters_sources" USING btree ("_parent_id");
  CREATE INDEX "guide_chapters_circumstances_order_idx" ON "guide_chapters_circumstances" USING btree ("order");
  CREATE INDEX "guide_chapters_circumstances_parent_idx" ON "guide_chapters_circumstances" USING btree ("parent_id");
  CREATE INDEX "guide_chapters_review_history_order_idx" ON "guide_chapters_review_history" USING btree ("_order");
  CREATE INDEX "guide_chapters_review_history_parent_id_idx" ON "guide_chapters_review_history" USING btree ("_parent_id");
  CREATE INDEX "guide_chapters_review_history_by_idx" ON "guide_chapters_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "guide_chapters_slug_idx" ON "guide_chapters" USING btree ("slug");
  CREATE INDEX "guide_chapters_review_state_idx" ON "guide_chapters" USING btree ("review_state");
  CREATE INDEX "guide_chapters_updated_at_idx" ON "guide_chapters" USING btree ("updated_at");
  CREATE INDEX "guide_chapters_created_at_idx" ON "guide_chapters" USING btree ("created_at");
  CREATE INDEX "guide_chapters__status_idx" ON "guide_chapters" USING btree ("_status");
  CREATE INDEX "guide_chapters_rels_order_idx" ON "guide_chapters_rels" USING btree ("order");
  CREATE INDEX "guide_chapters_rels_parent_idx" ON "guide_chapters_rels" USING btree ("parent_id");
  CREATE INDEX "guide_chapters_rels_path_idx" ON "guide_chapters_rels" USING btree ("path");
  CREATE INDEX "guide_chapters_rels_entitlements_id_idx" ON "guide_chapters_rels" USING btree ("entitlements_id");
  CREATE INDEX "guide_chapters_rels_users_id_idx" ON "guide_chapters_rels" USING btree ("users_id");
  CREATE INDEX "_guide_chapters_v_version_sources_order_idx" ON "_guide_chapters_v_version_sources" USING btree ("_order");
  CREATE INDEX "_guide_chapters_v_version_sources_parent_id_idx" ON "_guide_chapters_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_guide_chapters_v_version_circumstances_order_idx" ON "_guide_chapters_v_version_circumstances" USING btree ("order");
  CREATE INDEX "_guide_chapters_v_version_circumstances_parent_idx" ON "_guide_chapters_v_version_circumstances" USING btree ("parent_id");
  CREATE INDEX "_guide_chapters_v_version_review_history_order_idx" ON "_guide_chapters_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_guide_chapters_v_version_review_history_parent_id_idx" ON "_guide_chapters_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_guide_chapters_v_version_review_history_by_idx" ON "_guide_chapters_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_guide_chapters_v_parent_idx" ON "_guide_chapters_v" USING btree ("parent_id");
  CREATE INDEX "_guide_chapters_v_version_version_slug_idx" ON "_guide_chapters_v" USING btree ("version_slug");
  CREATE INDEX "_guide_chapters_v_version_version_review_state_idx" ON "_guide_chapters_v" USING btree ("version_review_state");
  CREATE INDEX "_guide_chapters_v_version_version_updated_at_idx" ON "_guide_chapters_v" USING btree ("version_updated_at");
  CREATE INDEX "_guide_chapters_v_version_version_created_at_idx" ON "_guide_chapters_v" USING btree ("version_created_at");
  CREATE INDEX "_guide_chapters_v_version_version__status_idx" ON "_guide_chapters_v" USING btree ("version__status");
  CREATE INDEX "_guide_chapters_v_created_at_idx" ON "_guide_chapters_v" USING btree ("created_at");
  CREATE INDEX "_guide_chapters_v_updated_at_idx" ON "_guide_chapters_v" USING btree ("updated_at");
  CREATE INDEX "_guide_chapters_v_latest_idx" ON "_guide_chapters_v" USING btree ("latest");
  CREATE INDEX "_guide_chapters_v_rels_order_idx" ON "_guide_chapters_v_rels" USING btree ("order");
  CREATE INDEX "_guide_chapters_v_rels_parent_idx" ON "_guide_chapters_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guide_chapters_v_rels_path_idx" ON "_guide_chapters_v_rels" USING btree ("path");
  CREATE INDEX "_guide_chapters_v_rels_entitlements_id_idx" ON "_guide_chapters_v_rels" USING btree ("entitlements_id");
  CREATE INDEX "_guide_chapters_v_rels_users_id_idx" ON "_guide_chapters_v_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guide_local_parts_fk" FOREIGN KEY ("guide_local_parts_id") REFERENCES "public"."guide_local_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guide_chapters_fk" FOREIGN KEY ("guide_chapters_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_guide_local_parts_id_idx" ON "payload_locked_documents_rels" USING btree ("guide_local_parts_id");
  CREATE INDEX "payload_locked_documents_rels_guide_chapters_id_idx" ON "payload_locked_documents_rels" USING btree ("guide_chapters_id");`)
  // The demo councils (fictional, by their demo ONS codes) get the complaints contacts their
  // content files give them (issue 20, part 3); any other council's staff must give one.
  for (const [onsCode, phone, email, formUrl] of DEMO_COMPLAINTS) {
    await db.execute(sql`UPDATE authorities SET complaints_phone = ${phone}, complaints_email = ${email}, complaints_form_url = ${formUrl}
      WHERE ons_code = ${onsCode} AND is_demo = true AND complaints_phone IS NULL`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_chapters_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_chapters_circumstances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_version_chapters_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_version_chapters_circumstances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_local_parts_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_local_parts_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_local_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_local_parts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_local_parts_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_local_parts_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_local_parts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_local_parts_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_chapters_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_chapters_circumstances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_chapters_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_chapters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_chapters_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_chapters_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_chapters_v_version_circumstances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_chapters_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_chapters_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_chapters_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "guides_chapters_sources" CASCADE;
  DROP TABLE "guides_chapters_circumstances" CASCADE;
  DROP TABLE "_guides_v_version_chapters_sources" CASCADE;
  DROP TABLE "_guides_v_version_chapters_circumstances" CASCADE;
  DROP TABLE "guide_local_parts_steps" CASCADE;
  DROP TABLE "guide_local_parts_review_history" CASCADE;
  DROP TABLE "guide_local_parts" CASCADE;
  DROP TABLE "guide_local_parts_rels" CASCADE;
  DROP TABLE "_guide_local_parts_v_version_steps" CASCADE;
  DROP TABLE "_guide_local_parts_v_version_review_history" CASCADE;
  DROP TABLE "_guide_local_parts_v" CASCADE;
  DROP TABLE "_guide_local_parts_v_rels" CASCADE;
  DROP TABLE "guide_chapters_sources" CASCADE;
  DROP TABLE "guide_chapters_circumstances" CASCADE;
  DROP TABLE "guide_chapters_review_history" CASCADE;
  DROP TABLE "guide_chapters" CASCADE;
  DROP TABLE "guide_chapters_rels" CASCADE;
  DROP TABLE "_guide_chapters_v_version_sources" CASCADE;
  DROP TABLE "_guide_chapters_v_version_circumstances" CASCADE;
  DROP TABLE "_guide_chapters_v_version_review_history" CASCADE;
  DROP TABLE "_guide_chapters_v" CASCADE;
  DROP TABLE "_guide_chapters_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_guide_local_parts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_guide_chapters_fk";
  
  DROP INDEX "payload_locked_documents_rels_guide_local_parts_id_idx";
  DROP INDEX "payload_locked_documents_rels_guide_chapters_id_idx";
  ALTER TABLE "guides_chapters" DROP COLUMN "legal_basis";
  ALTER TABLE "_guides_v_version_chapters" DROP COLUMN "legal_basis";
  ALTER TABLE "authorities" DROP COLUMN "complaints_phone";
  ALTER TABLE "authorities" DROP COLUMN "complaints_email";
  ALTER TABLE "authorities" DROP COLUMN "complaints_form_url";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guide_local_parts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guide_chapters_id";
  DROP TYPE "public"."enum_guides_chapters_circumstances";
  DROP TYPE "public"."enum__guides_v_version_chapters_circumstances";
  DROP TYPE "public"."enum_guide_local_parts_review_history_state";
  DROP TYPE "public"."enum_guide_local_parts_review_state";
  DROP TYPE "public"."enum_guide_local_parts_status";
  DROP TYPE "public"."enum__guide_local_parts_v_version_review_history_state";
  DROP TYPE "public"."enum__guide_local_parts_v_version_review_state";
  DROP TYPE "public"."enum__guide_local_parts_v_version_status";
  DROP TYPE "public"."enum_guide_chapters_circumstances";
  DROP TYPE "public"."enum_guide_chapters_review_history_state";
  DROP TYPE "public"."enum_guide_chapters_review_state";
  DROP TYPE "public"."enum_guide_chapters_status";
  DROP TYPE "public"."enum__guide_chapters_v_version_circumstances";
  DROP TYPE "public"."enum__guide_chapters_v_version_review_history_state";
  DROP TYPE "public"."enum__guide_chapters_v_version_review_state";
  DROP TYPE "public"."enum__guide_chapters_v_version_status";`)
}
