import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_eligibility_care_status" AS ENUM('eligible', 'relevant', 'former-relevant', 'qualifying');
  CREATE TYPE "public"."enum_offers_eligibility_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum_offers_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_offers_kind" AS ENUM('national', 'local');
  CREATE TYPE "public"."enum_offers_amount_type" AS ENUM('money', 'free', 'none');
  CREATE TYPE "public"."enum_offers_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum_offers_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_offers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__offers_v_version_eligibility_care_status" AS ENUM('eligible', 'relevant', 'former-relevant', 'qualifying');
  CREATE TYPE "public"."enum__offers_v_version_eligibility_circumstances" AS ENUM('came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area');
  CREATE TYPE "public"."enum__offers_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__offers_v_version_kind" AS ENUM('national', 'local');
  CREATE TYPE "public"."enum__offers_v_version_amount_type" AS ENUM('money', 'free', 'none');
  CREATE TYPE "public"."enum__offers_v_version_amount_period" AS ENUM('once', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum__offers_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__offers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_guides_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_guides_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__guides_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_spotlights_themes" AS ENUM('participation', 'accommodation', 'eet', 'health', 'relationships', 'came-alone', 'corporate-parenting', 'money');
  CREATE TYPE "public"."enum_spotlights_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_spotlights_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_spotlights_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__spotlights_v_version_themes" AS ENUM('participation', 'accommodation', 'eet', 'health', 'relationships', 'came-alone', 'corporate-parenting', 'money');
  CREATE TYPE "public"."enum__spotlights_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__spotlights_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__spotlights_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pledges_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_pledges_progress" AS ENUM('done', 'in-progress', 'not-yet');
  CREATE TYPE "public"."enum_pledges_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_pledges_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pledges_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__pledges_v_version_progress" AS ENUM('done', 'in-progress', 'not-yet');
  CREATE TYPE "public"."enum__pledges_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__pledges_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_glossary_terms_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_glossary_terms_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum_glossary_terms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_review_history_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_review_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_indicators_figures_place_kind" AS ENUM('council', 'statistical-neighbours', 'region', 'england');
  CREATE TYPE "public"."enum_indicators_unit" AS ENUM('percent');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'staff', 'reviewer', 'young-editor');
  CREATE TYPE "public"."enum_site_build_status" AS ENUM('idle', 'scheduled', 'building', 'succeeded', 'failed');
  CREATE TABLE "offers_eligibility_care_status" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_offers_eligibility_care_status",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "offers_eligibility_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_offers_eligibility_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "offers_how_to_get" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar
  );
  
  CREATE TABLE "offers_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_offers_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"area_id" integer,
  	"kind" "enum_offers_kind" DEFAULT 'local',
  	"eligibility_age_from" numeric,
  	"eligibility_age_to" numeric,
  	"eligibility_notes" varchar,
  	"amount_type" "enum_offers_amount_type" DEFAULT 'none',
  	"amount_value" numeric,
  	"amount_period" "enum_offers_amount_period",
  	"amount_national_minimum" numeric,
  	"amount_note" varchar,
  	"who_to_ask" varchar,
  	"if_refused" varchar,
  	"legal_basis" varchar,
  	"source_url" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review" timestamp(3) with time zone,
  	"review_state" "enum_offers_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_offers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "offers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_offers_v_version_eligibility_care_status" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__offers_v_version_eligibility_care_status",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_offers_v_version_eligibility_circumstances" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__offers_v_version_eligibility_circumstances",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_offers_v_version_how_to_get" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offers_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__offers_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_area_id" integer,
  	"version_kind" "enum__offers_v_version_kind" DEFAULT 'local',
  	"version_eligibility_age_from" numeric,
  	"version_eligibility_age_to" numeric,
  	"version_eligibility_notes" varchar,
  	"version_amount_type" "enum__offers_v_version_amount_type" DEFAULT 'none',
  	"version_amount_value" numeric,
  	"version_amount_period" "enum__offers_v_version_amount_period",
  	"version_amount_national_minimum" numeric,
  	"version_amount_note" varchar,
  	"version_who_to_ask" varchar,
  	"version_if_refused" varchar,
  	"version_legal_basis" varchar,
  	"version_source_url" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review" timestamp(3) with time zone,
  	"version_review_state" "enum__offers_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__offers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_offers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "guides_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review" timestamp(3) with time zone
  );
  
  CREATE TABLE "guides_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_guides_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"intro" jsonb,
  	"review_state" "enum_guides_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_guides_v_version_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__guides_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_intro" jsonb,
  	"version_review_state" "enum__guides_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "spotlights_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_spotlights_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "spotlights_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "spotlights_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"period" varchar
  );
  
  CREATE TABLE "spotlights_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_spotlights_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "spotlights" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"council" varchar,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"team" varchar,
  	"contact_role" varchar,
  	"body" jsonb,
  	"source_collection" varchar,
  	"source_year" numeric,
  	"image_id" integer,
  	"review_state" "enum_spotlights_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_spotlights_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "spotlights_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_spotlights_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__spotlights_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_spotlights_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_spotlights_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"period" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_spotlights_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__spotlights_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_spotlights_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_council" varchar,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_team" varchar,
  	"version_contact_role" varchar,
  	"version_body" jsonb,
  	"version_source_collection" varchar,
  	"version_source_year" numeric,
  	"version_image_id" integer,
  	"version_review_state" "enum__spotlights_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__spotlights_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_spotlights_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "pledges_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_pledges_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "pledges" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"you_said" varchar,
  	"slug" varchar,
  	"we_did" varchar,
  	"progress" "enum_pledges_progress" DEFAULT 'not-yet',
  	"asked_at" varchar,
  	"asked_on" timestamp(3) with time zone,
  	"updated_on" timestamp(3) with time zone,
  	"area_id" integer,
  	"review_state" "enum_pledges_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pledges_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pledges_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_pledges_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__pledges_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pledges_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_you_said" varchar,
  	"version_slug" varchar,
  	"version_we_did" varchar,
  	"version_progress" "enum__pledges_v_version_progress" DEFAULT 'not-yet',
  	"version_asked_at" varchar,
  	"version_asked_on" timestamp(3) with time zone,
  	"version_updated_on" timestamp(3) with time zone,
  	"version_area_id" integer,
  	"version_review_state" "enum__pledges_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pledges_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_pledges_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "glossary_terms_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"alias" varchar
  );
  
  CREATE TABLE "glossary_terms_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_glossary_terms_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar,
  	"slug" varchar,
  	"meaning" varchar,
  	"review_state" "enum_glossary_terms_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"plain_english" jsonb,
  	"co_author_names" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_glossary_terms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "glossary_terms_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_glossary_terms_v_version_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"alias" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_glossary_terms_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum__glossary_terms_v_version_review_history_state",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_glossary_terms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_term" varchar,
  	"version_slug" varchar,
  	"version_meaning" varchar,
  	"version_review_state" "enum__glossary_terms_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_plain_english" jsonb,
  	"version_co_author_names" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__glossary_terms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_glossary_terms_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "indicators_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"place" varchar NOT NULL,
  	"place_kind" "enum_indicators_figures_place_kind" NOT NULL,
  	"value" numeric NOT NULL,
  	"is_demo" boolean DEFAULT false,
  	"source" varchar NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar NOT NULL,
  	"unit" "enum_indicators_unit" DEFAULT 'percent' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"summary" varchar NOT NULL,
  	"statutory" boolean DEFAULT false,
  	"order" numeric DEFAULT 100 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "authorities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"ons_code" varchar NOT NULL,
  	"is_demo" boolean DEFAULT false,
  	"service_name" varchar DEFAULT 'Leaving care service' NOT NULL,
  	"phone" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"address" varchar NOT NULL,
  	"opening_hours" varchar NOT NULL,
  	"emergency_label" varchar DEFAULT 'Out-of-hours emergency line' NOT NULL,
  	"emergency_phone" varchar NOT NULL,
  	"emergency_hours" varchar NOT NULL,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"shows_identifiable_person" boolean DEFAULT false,
  	"consent_reference" varchar,
  	"consent_given_on" timestamp(3) with time zone,
  	"consent_expires_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_small_url" varchar,
  	"sizes_small_width" numeric,
  	"sizes_small_height" numeric,
  	"sizes_small_mime_type" varchar,
  	"sizes_small_filesize" numeric,
  	"sizes_small_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'young-editor' NOT NULL,
  	"credit_show_name" boolean DEFAULT false,
  	"credit_display_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"offers_id" integer,
  	"guides_id" integer,
  	"spotlights_id" integer,
  	"pledges_id" integer,
  	"glossary_terms_id" integer,
  	"indicators_id" integer,
  	"areas_id" integer,
  	"authorities_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  ALTER TABLE "offers_eligibility_care_status" ADD CONSTRAINT "offers_eligibility_care_status_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_eligibility_circumstances" ADD CONSTRAINT "offers_eligibility_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_how_to_get" ADD CONSTRAINT "offers_how_to_get_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_review_history" ADD CONSTRAINT "offers_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_review_history" ADD CONSTRAINT "offers_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_eligibility_care_status" ADD CONSTRAINT "_offers_v_version_eligibility_care_status_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_eligibility_circumstances" ADD CONSTRAINT "_offers_v_version_eligibility_circumstances_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_how_to_get" ADD CONSTRAINT "_offers_v_version_how_to_get_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_review_history" ADD CONSTRAINT "_offers_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_version_review_history" ADD CONSTRAINT "_offers_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_parent_id_offers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_chapters" ADD CONSTRAINT "guides_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_review_history" ADD CONSTRAINT "guides_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_review_history" ADD CONSTRAINT "guides_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_chapters" ADD CONSTRAINT "_guides_v_version_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_review_history" ADD CONSTRAINT "_guides_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_version_review_history" ADD CONSTRAINT "_guides_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_themes" ADD CONSTRAINT "spotlights_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_partners" ADD CONSTRAINT "spotlights_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_outcomes" ADD CONSTRAINT "spotlights_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_review_history" ADD CONSTRAINT "spotlights_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spotlights_review_history" ADD CONSTRAINT "spotlights_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights" ADD CONSTRAINT "spotlights_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spotlights_rels" ADD CONSTRAINT "spotlights_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_rels" ADD CONSTRAINT "spotlights_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_themes" ADD CONSTRAINT "_spotlights_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_partners" ADD CONSTRAINT "_spotlights_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_outcomes" ADD CONSTRAINT "_spotlights_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_review_history" ADD CONSTRAINT "_spotlights_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_review_history" ADD CONSTRAINT "_spotlights_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v" ADD CONSTRAINT "_spotlights_v_parent_id_spotlights_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."spotlights"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_spotlights_v" ADD CONSTRAINT "_spotlights_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_spotlights_v_rels" ADD CONSTRAINT "_spotlights_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_rels" ADD CONSTRAINT "_spotlights_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pledges_review_history" ADD CONSTRAINT "pledges_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pledges_review_history" ADD CONSTRAINT "pledges_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pledges" ADD CONSTRAINT "pledges_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pledges_rels" ADD CONSTRAINT "pledges_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pledges_rels" ADD CONSTRAINT "pledges_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pledges_v_version_review_history" ADD CONSTRAINT "_pledges_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pledges_v_version_review_history" ADD CONSTRAINT "_pledges_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pledges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pledges_v" ADD CONSTRAINT "_pledges_v_parent_id_pledges_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pledges"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pledges_v" ADD CONSTRAINT "_pledges_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pledges_v_rels" ADD CONSTRAINT "_pledges_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pledges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pledges_v_rels" ADD CONSTRAINT "_pledges_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_aliases" ADD CONSTRAINT "glossary_terms_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_review_history" ADD CONSTRAINT "glossary_terms_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms_review_history" ADD CONSTRAINT "glossary_terms_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_aliases" ADD CONSTRAINT "_glossary_terms_v_version_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_review_history" ADD CONSTRAINT "_glossary_terms_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_review_history" ADD CONSTRAINT "_glossary_terms_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_parent_id_glossary_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_figures" ADD CONSTRAINT "indicators_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_spotlights_fk" FOREIGN KEY ("spotlights_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pledges_fk" FOREIGN KEY ("pledges_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers_eligibility_care_status_order_idx" ON "offers_eligibility_care_status" USING btree ("order");
  CREATE INDEX "offers_eligibility_care_status_parent_idx" ON "offers_eligibility_care_status" USING btree ("parent_id");
  CREATE INDEX "offers_eligibility_circumstances_order_idx" ON "offers_eligibility_circumstances" USING btree ("order");
  CREATE INDEX "offers_eligibility_circumstances_parent_idx" ON "offers_eligibility_circumstances" USING btree ("parent_id");
  CREATE INDEX "offers_how_to_get_order_idx" ON "offers_how_to_get" USING btree ("_order");
  CREATE INDEX "offers_how_to_get_parent_id_idx" ON "offers_how_to_get" USING btree ("_parent_id");
  CREATE INDEX "offers_review_history_order_idx" ON "offers_review_history" USING btree ("_order");
  CREATE INDEX "offers_review_history_parent_id_idx" ON "offers_review_history" USING btree ("_parent_id");
  CREATE INDEX "offers_review_history_by_idx" ON "offers_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "offers_slug_idx" ON "offers" USING btree ("slug");
  CREATE INDEX "offers_area_idx" ON "offers" USING btree ("area_id");
  CREATE INDEX "offers_review_state_idx" ON "offers" USING btree ("review_state");
  CREATE INDEX "offers_updated_at_idx" ON "offers" USING btree ("updated_at");
  CREATE INDEX "offers_created_at_idx" ON "offers" USING btree ("created_at");
  CREATE INDEX "offers__status_idx" ON "offers" USING btree ("_status");
  CREATE INDEX "offers_rels_order_idx" ON "offers_rels" USING btree ("order");
  CREATE INDEX "offers_rels_parent_idx" ON "offers_rels" USING btree ("parent_id");
  CREATE INDEX "offers_rels_path_idx" ON "offers_rels" USING btree ("path");
  CREATE INDEX "offers_rels_users_id_idx" ON "offers_rels" USING btree ("users_id");
  CREATE INDEX "_offers_v_version_eligibility_care_status_order_idx" ON "_offers_v_version_eligibility_care_status" USING btree ("order");
  CREATE INDEX "_offers_v_version_eligibility_care_status_parent_idx" ON "_offers_v_version_eligibility_care_status" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_eligibility_circumstances_order_idx" ON "_offers_v_version_eligibility_circumstances" USING btree ("order");
  CREATE INDEX "_offers_v_version_eligibility_circumstances_parent_idx" ON "_offers_v_version_eligibility_circumstances" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_how_to_get_order_idx" ON "_offers_v_version_how_to_get" USING btree ("_order");
  CREATE INDEX "_offers_v_version_how_to_get_parent_id_idx" ON "_offers_v_version_how_to_get" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_review_history_order_idx" ON "_offers_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_offers_v_version_review_history_parent_id_idx" ON "_offers_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_review_history_by_idx" ON "_offers_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_offers_v_parent_idx" ON "_offers_v" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_version_slug_idx" ON "_offers_v" USING btree ("version_slug");
  CREATE INDEX "_offers_v_version_version_area_idx" ON "_offers_v" USING btree ("version_area_id");
  CREATE INDEX "_offers_v_version_version_review_state_idx" ON "_offers_v" USING btree ("version_review_state");
  CREATE INDEX "_offers_v_version_version_updated_at_idx" ON "_offers_v" USING btree ("version_updated_at");
  CREATE INDEX "_offers_v_version_version_created_at_idx" ON "_offers_v" USING btree ("version_created_at");
  CREATE INDEX "_offers_v_version_version__status_idx" ON "_offers_v" USING btree ("version__status");
  CREATE INDEX "_offers_v_created_at_idx" ON "_offers_v" USING btree ("created_at");
  CREATE INDEX "_offers_v_updated_at_idx" ON "_offers_v" USING btree ("updated_at");
  CREATE INDEX "_offers_v_latest_idx" ON "_offers_v" USING btree ("latest");
  CREATE INDEX "_offers_v_rels_order_idx" ON "_offers_v_rels" USING btree ("order");
  CREATE INDEX "_offers_v_rels_parent_idx" ON "_offers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_offers_v_rels_path_idx" ON "_offers_v_rels" USING btree ("path");
  CREATE INDEX "_offers_v_rels_users_id_idx" ON "_offers_v_rels" USING btree ("users_id");
  CREATE INDEX "guides_chapters_order_idx" ON "guides_chapters" USING btree ("_order");
  CREATE INDEX "guides_chapters_parent_id_idx" ON "guides_chapters" USING btree ("_parent_id");
  CREATE INDEX "guides_review_history_order_idx" ON "guides_review_history" USING btree ("_order");
  CREATE INDEX "guides_review_history_parent_id_idx" ON "guides_review_history" USING btree ("_parent_id");
  CREATE INDEX "guides_review_history_by_idx" ON "guides_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "guides_review_state_idx" ON "guides" USING btree ("review_state");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE INDEX "guides_rels_order_idx" ON "guides_rels" USING btree ("order");
  CREATE INDEX "guides_rels_parent_idx" ON "guides_rels" USING btree ("parent_id");
  CREATE INDEX "guides_rels_path_idx" ON "guides_rels" USING btree ("path");
  CREATE INDEX "guides_rels_offers_id_idx" ON "guides_rels" USING btree ("offers_id");
  CREATE INDEX "guides_rels_users_id_idx" ON "guides_rels" USING btree ("users_id");
  CREATE INDEX "_guides_v_version_chapters_order_idx" ON "_guides_v_version_chapters" USING btree ("_order");
  CREATE INDEX "_guides_v_version_chapters_parent_id_idx" ON "_guides_v_version_chapters" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_review_history_order_idx" ON "_guides_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_guides_v_version_review_history_parent_id_idx" ON "_guides_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_review_history_by_idx" ON "_guides_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v" USING btree ("version_slug");
  CREATE INDEX "_guides_v_version_version_review_state_idx" ON "_guides_v" USING btree ("version_review_state");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE INDEX "_guides_v_rels_order_idx" ON "_guides_v_rels" USING btree ("order");
  CREATE INDEX "_guides_v_rels_parent_idx" ON "_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guides_v_rels_path_idx" ON "_guides_v_rels" USING btree ("path");
  CREATE INDEX "_guides_v_rels_offers_id_idx" ON "_guides_v_rels" USING btree ("offers_id");
  CREATE INDEX "_guides_v_rels_users_id_idx" ON "_guides_v_rels" USING btree ("users_id");
  CREATE INDEX "spotlights_themes_order_idx" ON "spotlights_themes" USING btree ("order");
  CREATE INDEX "spotlights_themes_parent_idx" ON "spotlights_themes" USING btree ("parent_id");
  CREATE INDEX "spotlights_partners_order_idx" ON "spotlights_partners" USING btree ("_order");
  CREATE INDEX "spotlights_partners_parent_id_idx" ON "spotlights_partners" USING btree ("_parent_id");
  CREATE INDEX "spotlights_outcomes_order_idx" ON "spotlights_outcomes" USING btree ("_order");
  CREATE INDEX "spotlights_outcomes_parent_id_idx" ON "spotlights_outcomes" USING btree ("_parent_id");
  CREATE INDEX "spotlights_review_history_order_idx" ON "spotlights_review_history" USING btree ("_order");
  CREATE INDEX "spotlights_review_history_parent_id_idx" ON "spotlights_review_history" USING btree ("_parent_id");
  CREATE INDEX "spotlights_review_history_by_idx" ON "spotlights_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "spotlights_slug_idx" ON "spotlights" USING btree ("slug");
  CREATE INDEX "spotlights_image_idx" ON "spotlights" USING btree ("image_id");
  CREATE INDEX "spotlights_review_state_idx" ON "spotlights" USING btree ("review_state");
  CREATE INDEX "spotlights_updated_at_idx" ON "spotlights" USING btree ("updated_at");
  CREATE INDEX "spotlights_created_at_idx" ON "spotlights" USING btree ("created_at");
  CREATE INDEX "spotlights__status_idx" ON "spotlights" USING btree ("_status");
  CREATE INDEX "spotlights_rels_order_idx" ON "spotlights_rels" USING btree ("order");
  CREATE INDEX "spotlights_rels_parent_idx" ON "spotlights_rels" USING btree ("parent_id");
  CREATE INDEX "spotlights_rels_path_idx" ON "spotlights_rels" USING btree ("path");
  CREATE INDEX "spotlights_rels_users_id_idx" ON "spotlights_rels" USING btree ("users_id");
  CREATE INDEX "_spotlights_v_version_themes_order_idx" ON "_spotlights_v_version_themes" USING btree ("order");
  CREATE INDEX "_spotlights_v_version_themes_parent_idx" ON "_spotlights_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_spotlights_v_version_partners_order_idx" ON "_spotlights_v_version_partners" USING btree ("_order");
  CREATE INDEX "_spotlights_v_version_partners_parent_id_idx" ON "_spotlights_v_version_partners" USING btree ("_parent_id");
  CREATE INDEX "_spotlights_v_version_outcomes_order_idx" ON "_spotlights_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_spotlights_v_version_outcomes_parent_id_idx" ON "_spotlights_v_version_outcomes" USING btree ("_parent_id");
  CREATE INDEX "_spotlights_v_version_review_history_order_idx" ON "_spotlights_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_spotlights_v_version_review_history_parent_id_idx" ON "_spotlights_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_spotlights_v_version_review_history_by_idx" ON "_spotlights_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_spotlights_v_parent_idx" ON "_spotlights_v" USING btree ("parent_id");
  CREATE INDEX "_spotlights_v_version_version_slug_idx" ON "_spotlights_v" USING btree ("version_slug");
  CREATE INDEX "_spotlights_v_version_version_image_idx" ON "_spotlights_v" USING btree ("version_image_id");
  CREATE INDEX "_spotlights_v_version_version_review_state_idx" ON "_spotlights_v" USING btree ("version_review_state");
  CREATE INDEX "_spotlights_v_version_version_updated_at_idx" ON "_spotlights_v" USING btree ("version_updated_at");
  CREATE INDEX "_spotlights_v_version_version_created_at_idx" ON "_spotlights_v" USING btree ("version_created_at");
  CREATE INDEX "_spotlights_v_version_version__status_idx" ON "_spotlights_v" USING btree ("version__status");
  CREATE INDEX "_spotlights_v_created_at_idx" ON "_spotlights_v" USING btree ("created_at");
  CREATE INDEX "_spotlights_v_updated_at_idx" ON "_spotlights_v" USING btree ("updated_at");
  CREATE INDEX "_spotlights_v_latest_idx" ON "_spotlights_v" USING btree ("latest");
  CREATE INDEX "_spotlights_v_rels_order_idx" ON "_spotlights_v_rels" USING btree ("order");
  CREATE INDEX "_spotlights_v_rels_parent_idx" ON "_spotlights_v_rels" USING btree ("parent_id");
  CREATE INDEX "_spotlights_v_rels_path_idx" ON "_spotlights_v_rels" USING btree ("path");
  CREATE INDEX "_spotlights_v_rels_users_id_idx" ON "_spotlights_v_rels" USING btree ("users_id");
  CREATE INDEX "pledges_review_history_order_idx" ON "pledges_review_history" USING btree ("_order");
  CREATE INDEX "pledges_review_history_parent_id_idx" ON "pledges_review_history" USING btree ("_parent_id");
  CREATE INDEX "pledges_review_history_by_idx" ON "pledges_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "pledges_slug_idx" ON "pledges" USING btree ("slug");
  CREATE INDEX "pledges_area_idx" ON "pledges" USING btree ("area_id");
  CREATE INDEX "pledges_review_state_idx" ON "pledges" USING btree ("review_state");
  CREATE INDEX "pledges_updated_at_idx" ON "pledges" USING btree ("updated_at");
  CREATE INDEX "pledges_created_at_idx" ON "pledges" USING btree ("created_at");
  CREATE INDEX "pledges__status_idx" ON "pledges" USING btree ("_status");
  CREATE INDEX "pledges_rels_order_idx" ON "pledges_rels" USING btree ("order");
  CREATE INDEX "pledges_rels_parent_idx" ON "pledges_rels" USING btree ("parent_id");
  CREATE INDEX "pledges_rels_path_idx" ON "pledges_rels" USING btree ("path");
  CREATE INDEX "pledges_rels_users_id_idx" ON "pledges_rels" USING btree ("users_id");
  CREATE INDEX "_pledges_v_version_review_history_order_idx" ON "_pledges_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_pledges_v_version_review_history_parent_id_idx" ON "_pledges_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_pledges_v_version_review_history_by_idx" ON "_pledges_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_pledges_v_parent_idx" ON "_pledges_v" USING btree ("parent_id");
  CREATE INDEX "_pledges_v_version_version_slug_idx" ON "_pledges_v" USING btree ("version_slug");
  CREATE INDEX "_pledges_v_version_version_area_idx" ON "_pledges_v" USING btree ("version_area_id");
  CREATE INDEX "_pledges_v_version_version_review_state_idx" ON "_pledges_v" USING btree ("version_review_state");
  CREATE INDEX "_pledges_v_version_version_updated_at_idx" ON "_pledges_v" USING btree ("version_updated_at");
  CREATE INDEX "_pledges_v_version_version_created_at_idx" ON "_pledges_v" USING btree ("version_created_at");
  CREATE INDEX "_pledges_v_version_version__status_idx" ON "_pledges_v" USING btree ("version__status");
  CREATE INDEX "_pledges_v_created_at_idx" ON "_pledges_v" USING btree ("created_at");
  CREATE INDEX "_pledges_v_updated_at_idx" ON "_pledges_v" USING btree ("updated_at");
  CREATE INDEX "_pledges_v_latest_idx" ON "_pledges_v" USING btree ("latest");
  CREATE INDEX "_pledges_v_rels_order_idx" ON "_pledges_v_rels" USING btree ("order");
  CREATE INDEX "_pledges_v_rels_parent_idx" ON "_pledges_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pledges_v_rels_path_idx" ON "_pledges_v_rels" USING btree ("path");
  CREATE INDEX "_pledges_v_rels_users_id_idx" ON "_pledges_v_rels" USING btree ("users_id");
  CREATE INDEX "glossary_terms_aliases_order_idx" ON "glossary_terms_aliases" USING btree ("_order");
  CREATE INDEX "glossary_terms_aliases_parent_id_idx" ON "glossary_terms_aliases" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_review_history_order_idx" ON "glossary_terms_review_history" USING btree ("_order");
  CREATE INDEX "glossary_terms_review_history_parent_id_idx" ON "glossary_terms_review_history" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_review_history_by_idx" ON "glossary_terms_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "glossary_terms_slug_idx" ON "glossary_terms" USING btree ("slug");
  CREATE INDEX "glossary_terms_review_state_idx" ON "glossary_terms" USING btree ("review_state");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "glossary_terms__status_idx" ON "glossary_terms" USING btree ("_status");
  CREATE INDEX "glossary_terms_rels_order_idx" ON "glossary_terms_rels" USING btree ("order");
  CREATE INDEX "glossary_terms_rels_parent_idx" ON "glossary_terms_rels" USING btree ("parent_id");
  CREATE INDEX "glossary_terms_rels_path_idx" ON "glossary_terms_rels" USING btree ("path");
  CREATE INDEX "glossary_terms_rels_users_id_idx" ON "glossary_terms_rels" USING btree ("users_id");
  CREATE INDEX "_glossary_terms_v_version_aliases_order_idx" ON "_glossary_terms_v_version_aliases" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_aliases_parent_id_idx" ON "_glossary_terms_v_version_aliases" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_version_review_history_order_idx" ON "_glossary_terms_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_review_history_parent_id_idx" ON "_glossary_terms_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_version_review_history_by_idx" ON "_glossary_terms_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_glossary_terms_v_parent_idx" ON "_glossary_terms_v" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_version_version_slug_idx" ON "_glossary_terms_v" USING btree ("version_slug");
  CREATE INDEX "_glossary_terms_v_version_version_review_state_idx" ON "_glossary_terms_v" USING btree ("version_review_state");
  CREATE INDEX "_glossary_terms_v_version_version_updated_at_idx" ON "_glossary_terms_v" USING btree ("version_updated_at");
  CREATE INDEX "_glossary_terms_v_version_version_created_at_idx" ON "_glossary_terms_v" USING btree ("version_created_at");
  CREATE INDEX "_glossary_terms_v_version_version__status_idx" ON "_glossary_terms_v" USING btree ("version__status");
  CREATE INDEX "_glossary_terms_v_created_at_idx" ON "_glossary_terms_v" USING btree ("created_at");
  CREATE INDEX "_glossary_terms_v_updated_at_idx" ON "_glossary_terms_v" USING btree ("updated_at");
  CREATE INDEX "_glossary_terms_v_latest_idx" ON "_glossary_terms_v" USING btree ("latest");
  CREATE INDEX "_glossary_terms_v_rels_order_idx" ON "_glossary_terms_v_rels" USING btree ("order");
  CREATE INDEX "_glossary_terms_v_rels_parent_idx" ON "_glossary_terms_v_rels" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_rels_path_idx" ON "_glossary_terms_v_rels" USING btree ("path");
  CREATE INDEX "_glossary_terms_v_rels_users_id_idx" ON "_glossary_terms_v_rels" USING btree ("users_id");
  CREATE INDEX "indicators_figures_order_idx" ON "indicators_figures" USING btree ("_order");
  CREATE INDEX "indicators_figures_parent_id_idx" ON "indicators_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "indicators_slug_idx" ON "indicators" USING btree ("slug");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE UNIQUE INDEX "areas_slug_idx" ON "areas" USING btree ("slug");
  CREATE INDEX "areas_updated_at_idx" ON "areas" USING btree ("updated_at");
  CREATE INDEX "areas_created_at_idx" ON "areas" USING btree ("created_at");
  CREATE UNIQUE INDEX "authorities_ons_code_idx" ON "authorities" USING btree ("ons_code");
  CREATE INDEX "authorities_updated_at_idx" ON "authorities" USING btree ("updated_at");
  CREATE INDEX "authorities_created_at_idx" ON "authorities" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("offers_id");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_spotlights_id_idx" ON "payload_locked_documents_rels" USING btree ("spotlights_id");
  CREATE INDEX "payload_locked_documents_rels_pledges_id_idx" ON "payload_locked_documents_rels" USING btree ("pledges_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("areas_id");
  CREATE INDEX "payload_locked_documents_rels_authorities_id_idx" ON "payload_locked_documents_rels" USING btree ("authorities_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "offers_eligibility_care_status" CASCADE;
  DROP TABLE "offers_eligibility_circumstances" CASCADE;
  DROP TABLE "offers_how_to_get" CASCADE;
  DROP TABLE "offers_review_history" CASCADE;
  DROP TABLE "offers" CASCADE;
  DROP TABLE "offers_rels" CASCADE;
  DROP TABLE "_offers_v_version_eligibility_care_status" CASCADE;
  DROP TABLE "_offers_v_version_eligibility_circumstances" CASCADE;
  DROP TABLE "_offers_v_version_how_to_get" CASCADE;
  DROP TABLE "_offers_v_version_review_history" CASCADE;
  DROP TABLE "_offers_v" CASCADE;
  DROP TABLE "_offers_v_rels" CASCADE;
  DROP TABLE "guides_chapters" CASCADE;
  DROP TABLE "guides_review_history" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_rels" CASCADE;
  DROP TABLE "_guides_v_version_chapters" CASCADE;
  DROP TABLE "_guides_v_version_review_history" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_rels" CASCADE;
  DROP TABLE "spotlights_themes" CASCADE;
  DROP TABLE "spotlights_partners" CASCADE;
  DROP TABLE "spotlights_outcomes" CASCADE;
  DROP TABLE "spotlights_review_history" CASCADE;
  DROP TABLE "spotlights" CASCADE;
  DROP TABLE "spotlights_rels" CASCADE;
  DROP TABLE "_spotlights_v_version_themes" CASCADE;
  DROP TABLE "_spotlights_v_version_partners" CASCADE;
  DROP TABLE "_spotlights_v_version_outcomes" CASCADE;
  DROP TABLE "_spotlights_v_version_review_history" CASCADE;
  DROP TABLE "_spotlights_v" CASCADE;
  DROP TABLE "_spotlights_v_rels" CASCADE;
  DROP TABLE "pledges_review_history" CASCADE;
  DROP TABLE "pledges" CASCADE;
  DROP TABLE "pledges_rels" CASCADE;
  DROP TABLE "_pledges_v_version_review_history" CASCADE;
  DROP TABLE "_pledges_v" CASCADE;
  DROP TABLE "_pledges_v_rels" CASCADE;
  DROP TABLE "glossary_terms_aliases" CASCADE;
  DROP TABLE "glossary_terms_review_history" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary_terms_rels" CASCADE;
  DROP TABLE "_glossary_terms_v_version_aliases" CASCADE;
  DROP TABLE "_glossary_terms_v_version_review_history" CASCADE;
  DROP TABLE "_glossary_terms_v" CASCADE;
  DROP TABLE "_glossary_terms_v_rels" CASCADE;
  DROP TABLE "indicators_figures" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "areas" CASCADE;
  DROP TABLE "authorities" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_build" CASCADE;
  DROP TYPE "public"."enum_offers_eligibility_care_status";
  DROP TYPE "public"."enum_offers_eligibility_circumstances";
  DROP TYPE "public"."enum_offers_review_history_state";
  DROP TYPE "public"."enum_offers_kind";
  DROP TYPE "public"."enum_offers_amount_type";
  DROP TYPE "public"."enum_offers_amount_period";
  DROP TYPE "public"."enum_offers_review_state";
  DROP TYPE "public"."enum_offers_status";
  DROP TYPE "public"."enum__offers_v_version_eligibility_care_status";
  DROP TYPE "public"."enum__offers_v_version_eligibility_circumstances";
  DROP TYPE "public"."enum__offers_v_version_review_history_state";
  DROP TYPE "public"."enum__offers_v_version_kind";
  DROP TYPE "public"."enum__offers_v_version_amount_type";
  DROP TYPE "public"."enum__offers_v_version_amount_period";
  DROP TYPE "public"."enum__offers_v_version_review_state";
  DROP TYPE "public"."enum__offers_v_version_status";
  DROP TYPE "public"."enum_guides_review_history_state";
  DROP TYPE "public"."enum_guides_review_state";
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_version_review_history_state";
  DROP TYPE "public"."enum__guides_v_version_review_state";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum_spotlights_themes";
  DROP TYPE "public"."enum_spotlights_review_history_state";
  DROP TYPE "public"."enum_spotlights_review_state";
  DROP TYPE "public"."enum_spotlights_status";
  DROP TYPE "public"."enum__spotlights_v_version_themes";
  DROP TYPE "public"."enum__spotlights_v_version_review_history_state";
  DROP TYPE "public"."enum__spotlights_v_version_review_state";
  DROP TYPE "public"."enum__spotlights_v_version_status";
  DROP TYPE "public"."enum_pledges_review_history_state";
  DROP TYPE "public"."enum_pledges_progress";
  DROP TYPE "public"."enum_pledges_review_state";
  DROP TYPE "public"."enum_pledges_status";
  DROP TYPE "public"."enum__pledges_v_version_review_history_state";
  DROP TYPE "public"."enum__pledges_v_version_progress";
  DROP TYPE "public"."enum__pledges_v_version_review_state";
  DROP TYPE "public"."enum__pledges_v_version_status";
  DROP TYPE "public"."enum_glossary_terms_review_history_state";
  DROP TYPE "public"."enum_glossary_terms_review_state";
  DROP TYPE "public"."enum_glossary_terms_status";
  DROP TYPE "public"."enum__glossary_terms_v_version_review_history_state";
  DROP TYPE "public"."enum__glossary_terms_v_version_review_state";
  DROP TYPE "public"."enum__glossary_terms_v_version_status";
  DROP TYPE "public"."enum_indicators_figures_place_kind";
  DROP TYPE "public"."enum_indicators_unit";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_site_build_status";`)
}
