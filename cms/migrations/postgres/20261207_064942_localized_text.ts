import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { copyTextBackFromLocales, copyTextIntoLocales } from '../steps/localizedText'
import type { Db } from '../steps/spotlightCouncils'

/**
 * Issue 21, part 1: text written for readers is stored once per language (Payload's
 * localization, English the default). Up creates each `_locales` table, copies the text into
 * it as English and only then drops the old columns (`../steps/localizedText`); down puts the
 * columns back, copies the English into them and then drops the `_locales` tables.
 */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.execute(query),
  all: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__offers_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__local_details_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__guides_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__guide_local_parts_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__pledges_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__local_terms_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__entitlements_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__guide_chapters_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__spotlights_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TYPE "public"."enum__glossary_terms_v_published_locale" AS ENUM('en', 'ar', 'prs', 'ti');
  CREATE TABLE "offers_how_to_get_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "offers_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"eligibility_notes" varchar,
  	"amount_note" varchar,
  	"who_to_ask" varchar,
  	"if_refused" varchar,
  	"legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_offers_v_version_how_to_get_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_offers_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_eligibility_notes" varchar,
  	"version_amount_note" varchar,
  	"version_who_to_ask" varchar,
  	"version_if_refused" varchar,
  	"version_legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "local_details_how_to_get_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "local_details_locales" (
  	"summary" varchar,
  	"amount_note" varchar,
  	"who_to_ask" varchar,
  	"if_refused" varchar,
  	"eligibility_notes" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_local_details_v_version_how_to_get_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_local_details_v_locales" (
  	"version_summary" varchar,
  	"version_amount_note" varchar,
  	"version_who_to_ask" varchar,
  	"version_if_refused" varchar,
  	"version_eligibility_notes" varchar,
  	"version_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guides_chapters_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guides_chapters_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guides_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"intro" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_chapters_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_chapters_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_intro" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guide_local_parts_steps_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guide_local_parts_locales" (
  	"who_to_ask" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guide_local_parts_v_version_steps_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guide_local_parts_v_locales" (
  	"version_who_to_ask" varchar,
  	"version_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pledges_locales" (
  	"you_said" varchar,
  	"we_did" varchar,
  	"asked_at" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pledges_v_locales" (
  	"version_you_said" varchar,
  	"version_we_did" varchar,
  	"version_asked_at" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "indicators_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "local_terms_aliases_locales" (
  	"alias" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "local_terms_locales" (
  	"term" varchar,
  	"meaning" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_local_terms_v_version_aliases_locales" (
  	"alias" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_local_terms_v_locales" (
  	"version_term" varchar,
  	"version_meaning" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "entitlements_how_to_get_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "entitlements_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"eligibility_notes" varchar,
  	"amount_note" varchar,
  	"who_to_ask" varchar,
  	"if_refused" varchar,
  	"legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_entitlements_v_version_how_to_get_locales" (
  	"step" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_entitlements_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_eligibility_notes" varchar,
  	"version_amount_note" varchar,
  	"version_who_to_ask" varchar,
  	"version_if_refused" varchar,
  	"version_legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guide_chapters_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guide_chapters_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guide_chapters_v_version_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guide_chapters_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_legal_basis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "spotlights_outcomes_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"period" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "spotlights_facts_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"period" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "spotlights_milestones_locales" (
  	"label" varchar,
  	"when" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "spotlights_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"team" varchar,
  	"contact_role" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_spotlights_v_version_outcomes_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"period" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_spotlights_v_version_facts_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"period" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_spotlights_v_version_milestones_locales" (
  	"label" varchar,
  	"when" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_spotlights_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_team" varchar,
  	"version_contact_role" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_terms_aliases_locales" (
  	"alias" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "glossary_terms_locales" (
  	"term" varchar,
  	"meaning" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_glossary_terms_v_version_aliases_locales" (
  	"alias" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_glossary_terms_v_locales" (
  	"version_term" varchar,
  	"version_meaning" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "areas_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "authorities_locales" (
  	"service_name" varchar DEFAULT 'Leaving care service' NOT NULL,
  	"opening_hours" varchar NOT NULL,
  	"emergency_label" varchar DEFAULT 'Out-of-hours emergency line' NOT NULL,
  	"emergency_hours" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "_offers_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_offers_v" ADD COLUMN "published_locale" "enum__offers_v_published_locale";
  ALTER TABLE "_local_details_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_local_details_v" ADD COLUMN "published_locale" "enum__local_details_v_published_locale";
  ALTER TABLE "_guides_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_guides_v" ADD COLUMN "published_locale" "enum__guides_v_published_locale";
  ALTER TABLE "_guide_local_parts_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_guide_local_parts_v" ADD COLUMN "published_locale" "enum__guide_local_parts_v_published_locale";
  ALTER TABLE "_pledges_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_pledges_v" ADD COLUMN "published_locale" "enum__pledges_v_published_locale";
  ALTER TABLE "_local_terms_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_local_terms_v" ADD COLUMN "published_locale" "enum__local_terms_v_published_locale";
  ALTER TABLE "_entitlements_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_entitlements_v" ADD COLUMN "published_locale" "enum__entitlements_v_published_locale";
  ALTER TABLE "_guide_chapters_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_guide_chapters_v" ADD COLUMN "published_locale" "enum__guide_chapters_v_published_locale";
  ALTER TABLE "_spotlights_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_spotlights_v" ADD COLUMN "published_locale" "enum__spotlights_v_published_locale";
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "published_locale" "enum__glossary_terms_v_published_locale";
  ALTER TABLE "offers_how_to_get_locales" ADD CONSTRAINT "offers_how_to_get_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers_how_to_get"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_locales" ADD CONSTRAINT "offers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_how_to_get_locales" ADD CONSTRAINT "_offers_v_version_how_to_get_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v_version_how_to_get"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_locales" ADD CONSTRAINT "_offers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_details_how_to_get_locales" ADD CONSTRAINT "local_details_how_to_get_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_details_how_to_get"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_details_locales" ADD CONSTRAINT "local_details_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_details_v_version_how_to_get_locales" ADD CONSTRAINT "_local_details_v_version_how_to_get_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_details_v_version_how_to_get"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_details_v_locales" ADD CONSTRAINT "_local_details_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_details_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_chapters_sources_locales" ADD CONSTRAINT "guides_chapters_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_chapters_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_chapters_locales" ADD CONSTRAINT "guides_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_chapters_sources_locales" ADD CONSTRAINT "_guides_v_version_chapters_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_chapters_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_chapters_locales" ADD CONSTRAINT "_guides_v_version_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_local_parts_steps_locales" ADD CONSTRAINT "guide_local_parts_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_local_parts_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_local_parts_locales" ADD CONSTRAINT "guide_local_parts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_local_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_version_steps_locales" ADD CONSTRAINT "_guide_local_parts_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_local_parts_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_local_parts_v_locales" ADD CONSTRAINT "_guide_local_parts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_local_parts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pledges_locales" ADD CONSTRAINT "pledges_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pledges_v_locales" ADD CONSTRAINT "_pledges_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pledges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_locales" ADD CONSTRAINT "indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_terms_aliases_locales" ADD CONSTRAINT "local_terms_aliases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_terms_aliases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_terms_locales" ADD CONSTRAINT "local_terms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_terms_v_version_aliases_locales" ADD CONSTRAINT "_local_terms_v_version_aliases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_terms_v_version_aliases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_terms_v_locales" ADD CONSTRAINT "_local_terms_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_how_to_get_locales" ADD CONSTRAINT "entitlements_how_to_get_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."entitlements_how_to_get"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entitlements_locales" ADD CONSTRAINT "entitlements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_version_how_to_get_locales" ADD CONSTRAINT "_entitlements_v_version_how_to_get_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_entitlements_v_version_how_to_get"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_entitlements_v_locales" ADD CONSTRAINT "_entitlements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_entitlements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_sources_locales" ADD CONSTRAINT "guide_chapters_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_chapters_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_chapters_locales" ADD CONSTRAINT "guide_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_version_sources_locales" ADD CONSTRAINT "_guide_chapters_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_chapters_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_chapters_v_locales" ADD CONSTRAINT "_guide_chapters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_outcomes_locales" ADD CONSTRAINT "spotlights_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_facts_locales" ADD CONSTRAINT "spotlights_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_milestones_locales" ADD CONSTRAINT "spotlights_milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spotlights_locales" ADD CONSTRAINT "spotlights_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_outcomes_locales" ADD CONSTRAINT "_spotlights_v_version_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v_version_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_facts_locales" ADD CONSTRAINT "_spotlights_v_version_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v_version_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_milestones_locales" ADD CONSTRAINT "_spotlights_v_version_milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v_version_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_locales" ADD CONSTRAINT "_spotlights_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_aliases_locales" ADD CONSTRAINT "glossary_terms_aliases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms_aliases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_locales" ADD CONSTRAINT "glossary_terms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_aliases_locales" ADD CONSTRAINT "_glossary_terms_v_version_aliases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v_version_aliases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_locales" ADD CONSTRAINT "_glossary_terms_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas_locales" ADD CONSTRAINT "areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_locales" ADD CONSTRAINT "authorities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "offers_how_to_get_locales_locale_parent_id_unique" ON "offers_how_to_get_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "offers_locales_locale_parent_id_unique" ON "offers_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_offers_v_version_how_to_get_locales_locale_parent_id_unique" ON "_offers_v_version_how_to_get_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_offers_v_locales_locale_parent_id_unique" ON "_offers_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "local_details_how_to_get_locales_locale_parent_id_unique" ON "local_details_how_to_get_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "local_details_locales_locale_parent_id_unique" ON "local_details_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_local_details_v_version_how_to_get_locales_locale_parent_id" ON "_local_details_v_version_how_to_get_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_local_details_v_locales_locale_parent_id_unique" ON "_local_details_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guides_chapters_sources_locales_locale_parent_id_unique" ON "guides_chapters_sources_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guides_chapters_locales_locale_parent_id_unique" ON "guides_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guides_locales_locale_parent_id_unique" ON "guides_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guides_v_version_chapters_sources_locales_locale_parent_id_" ON "_guides_v_version_chapters_sources_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guides_v_version_chapters_locales_locale_parent_id_unique" ON "_guides_v_version_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guides_v_locales_locale_parent_id_unique" ON "_guides_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guide_local_parts_steps_locales_locale_parent_id_unique" ON "guide_local_parts_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guide_local_parts_locales_locale_parent_id_unique" ON "guide_local_parts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guide_local_parts_v_version_steps_locales_locale_parent_id_" ON "_guide_local_parts_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guide_local_parts_v_locales_locale_parent_id_unique" ON "_guide_local_parts_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pledges_locales_locale_parent_id_unique" ON "pledges_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_pledges_v_locales_locale_parent_id_unique" ON "_pledges_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "indicators_locales_locale_parent_id_unique" ON "indicators_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "local_terms_aliases_locales_locale_parent_id_unique" ON "local_terms_aliases_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "local_terms_locales_locale_parent_id_unique" ON "local_terms_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_local_terms_v_version_aliases_locales_locale_parent_id_uniq" ON "_local_terms_v_version_aliases_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_local_terms_v_locales_locale_parent_id_unique" ON "_local_terms_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "entitlements_how_to_get_locales_locale_parent_id_unique" ON "entitlements_how_to_get_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "entitlements_locales_locale_parent_id_unique" ON "entitlements_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_entitlements_v_version_how_to_get_locales_locale_parent_id_" ON "_entitlements_v_version_how_to_get_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_entitlements_v_locales_locale_parent_id_unique" ON "_entitlements_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guide_chapters_sources_locales_locale_parent_id_unique" ON "guide_chapters_sources_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guide_chapters_locales_locale_parent_id_unique" ON "guide_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guide_chapters_v_version_sources_locales_locale_parent_id_u" ON "_guide_chapters_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guide_chapters_v_locales_locale_parent_id_unique" ON "_guide_chapters_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "spotlights_outcomes_locales_locale_parent_id_unique" ON "spotlights_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "spotlights_facts_locales_locale_parent_id_unique" ON "spotlights_facts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "spotlights_milestones_locales_locale_parent_id_unique" ON "spotlights_milestones_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "spotlights_locales_locale_parent_id_unique" ON "spotlights_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_spotlights_v_version_outcomes_locales_locale_parent_id_uniq" ON "_spotlights_v_version_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_spotlights_v_version_facts_locales_locale_parent_id_unique" ON "_spotlights_v_version_facts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_spotlights_v_version_milestones_locales_locale_parent_id_un" ON "_spotlights_v_version_milestones_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_spotlights_v_locales_locale_parent_id_unique" ON "_spotlights_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_aliases_locales_locale_parent_id_unique" ON "glossary_terms_aliases_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_locales_locale_parent_id_unique" ON "glossary_terms_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_glossary_terms_v_version_aliases_locales_locale_parent_id_u" ON "_glossary_terms_v_version_aliases_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_glossary_terms_v_locales_locale_parent_id_unique" ON "_glossary_terms_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "areas_locales_locale_parent_id_unique" ON "areas_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "authorities_locales_locale_parent_id_unique" ON "authorities_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_offers_v_snapshot_idx" ON "_offers_v" USING btree ("snapshot");
  CREATE INDEX "_offers_v_published_locale_idx" ON "_offers_v" USING btree ("published_locale");
  CREATE INDEX "_local_details_v_snapshot_idx" ON "_local_details_v" USING btree ("snapshot");
  CREATE INDEX "_local_details_v_published_locale_idx" ON "_local_details_v" USING btree ("published_locale");
  CREATE INDEX "_guides_v_snapshot_idx" ON "_guides_v" USING btree ("snapshot");
  CREATE INDEX "_guides_v_published_locale_idx" ON "_guides_v" USING btree ("published_locale");
  CREATE INDEX "_guide_local_parts_v_snapshot_idx" ON "_guide_local_parts_v" USING btree ("snapshot");
  CREATE INDEX "_guide_local_parts_v_published_locale_idx" ON "_guide_local_parts_v" USING btree ("published_locale");
  CREATE INDEX "_pledges_v_snapshot_idx" ON "_pledges_v" USING btree ("snapshot");
  CREATE INDEX "_pledges_v_published_locale_idx" ON "_pledges_v" USING btree ("published_locale");
  CREATE INDEX "_local_terms_v_snapshot_idx" ON "_local_terms_v" USING btree ("snapshot");
  CREATE INDEX "_local_terms_v_published_locale_idx" ON "_local_terms_v" USING btree ("published_locale");
  CREATE INDEX "_entitlements_v_snapshot_idx" ON "_entitlements_v" USING btree ("snapshot");
  CREATE INDEX "_entitlements_v_published_locale_idx" ON "_entitlements_v" USING btree ("published_locale");
  CREATE INDEX "_guide_chapters_v_snapshot_idx" ON "_guide_chapters_v" USING btree ("snapshot");
  CREATE INDEX "_guide_chapters_v_published_locale_idx" ON "_guide_chapters_v" USING btree ("published_locale");
  CREATE INDEX "_spotlights_v_snapshot_idx" ON "_spotlights_v" USING btree ("snapshot");
  CREATE INDEX "_spotlights_v_published_locale_idx" ON "_spotlights_v" USING btree ("published_locale");
  CREATE INDEX "_glossary_terms_v_snapshot_idx" ON "_glossary_terms_v" USING btree ("snapshot");
  CREATE INDEX "_glossary_terms_v_published_locale_idx" ON "_glossary_terms_v" USING btree ("published_locale");
  `)
  // Every text into its `_locales` table as English, before a column goes.
  await copyTextIntoLocales(dialect(db))
  await db.execute(sql`
  ALTER TABLE "offers_how_to_get" DROP COLUMN "step";
  ALTER TABLE "offers" DROP COLUMN "title";
  ALTER TABLE "offers" DROP COLUMN "summary";
  ALTER TABLE "offers" DROP COLUMN "body";
  ALTER TABLE "offers" DROP COLUMN "eligibility_notes";
  ALTER TABLE "offers" DROP COLUMN "amount_note";
  ALTER TABLE "offers" DROP COLUMN "who_to_ask";
  ALTER TABLE "offers" DROP COLUMN "if_refused";
  ALTER TABLE "offers" DROP COLUMN "legal_basis";
  ALTER TABLE "_offers_v_version_how_to_get" DROP COLUMN "step";
  ALTER TABLE "_offers_v" DROP COLUMN "version_title";
  ALTER TABLE "_offers_v" DROP COLUMN "version_summary";
  ALTER TABLE "_offers_v" DROP COLUMN "version_body";
  ALTER TABLE "_offers_v" DROP COLUMN "version_eligibility_notes";
  ALTER TABLE "_offers_v" DROP COLUMN "version_amount_note";
  ALTER TABLE "_offers_v" DROP COLUMN "version_who_to_ask";
  ALTER TABLE "_offers_v" DROP COLUMN "version_if_refused";
  ALTER TABLE "_offers_v" DROP COLUMN "version_legal_basis";
  ALTER TABLE "local_details_how_to_get" DROP COLUMN "step";
  ALTER TABLE "local_details" DROP COLUMN "summary";
  ALTER TABLE "local_details" DROP COLUMN "amount_note";
  ALTER TABLE "local_details" DROP COLUMN "who_to_ask";
  ALTER TABLE "local_details" DROP COLUMN "if_refused";
  ALTER TABLE "local_details" DROP COLUMN "eligibility_notes";
  ALTER TABLE "local_details" DROP COLUMN "note";
  ALTER TABLE "_local_details_v_version_how_to_get" DROP COLUMN "step";
  ALTER TABLE "_local_details_v" DROP COLUMN "version_summary";
  ALTER TABLE "_local_details_v" DROP COLUMN "version_amount_note";
  ALTER TABLE "_local_details_v" DROP COLUMN "version_who_to_ask";
  ALTER TABLE "_local_details_v" DROP COLUMN "version_if_refused";
  ALTER TABLE "_local_details_v" DROP COLUMN "version_eligibility_notes";
  ALTER TABLE "_local_details_v" DROP COLUMN "version_note";
  ALTER TABLE "guides_chapters_sources" DROP COLUMN "title";
  ALTER TABLE "guides_chapters" DROP COLUMN "title";
  ALTER TABLE "guides_chapters" DROP COLUMN "summary";
  ALTER TABLE "guides_chapters" DROP COLUMN "body";
  ALTER TABLE "guides_chapters" DROP COLUMN "legal_basis";
  ALTER TABLE "guides" DROP COLUMN "title";
  ALTER TABLE "guides" DROP COLUMN "summary";
  ALTER TABLE "guides" DROP COLUMN "intro";
  ALTER TABLE "_guides_v_version_chapters_sources" DROP COLUMN "title";
  ALTER TABLE "_guides_v_version_chapters" DROP COLUMN "title";
  ALTER TABLE "_guides_v_version_chapters" DROP COLUMN "summary";
  ALTER TABLE "_guides_v_version_chapters" DROP COLUMN "body";
  ALTER TABLE "_guides_v_version_chapters" DROP COLUMN "legal_basis";
  ALTER TABLE "_guides_v" DROP COLUMN "version_title";
  ALTER TABLE "_guides_v" DROP COLUMN "version_summary";
  ALTER TABLE "_guides_v" DROP COLUMN "version_intro";
  ALTER TABLE "guide_local_parts_steps" DROP COLUMN "step";
  ALTER TABLE "guide_local_parts" DROP COLUMN "who_to_ask";
  ALTER TABLE "guide_local_parts" DROP COLUMN "note";
  ALTER TABLE "_guide_local_parts_v_version_steps" DROP COLUMN "step";
  ALTER TABLE "_guide_local_parts_v" DROP COLUMN "version_who_to_ask";
  ALTER TABLE "_guide_local_parts_v" DROP COLUMN "version_note";
  ALTER TABLE "pledges" DROP COLUMN "you_said";
  ALTER TABLE "pledges" DROP COLUMN "we_did";
  ALTER TABLE "pledges" DROP COLUMN "asked_at";
  ALTER TABLE "_pledges_v" DROP COLUMN "version_you_said";
  ALTER TABLE "_pledges_v" DROP COLUMN "version_we_did";
  ALTER TABLE "_pledges_v" DROP COLUMN "version_asked_at";
  ALTER TABLE "indicators" DROP COLUMN "title";
  ALTER TABLE "indicators" DROP COLUMN "description";
  ALTER TABLE "local_terms_aliases" DROP COLUMN "alias";
  ALTER TABLE "local_terms" DROP COLUMN "term";
  ALTER TABLE "local_terms" DROP COLUMN "meaning";
  ALTER TABLE "_local_terms_v_version_aliases" DROP COLUMN "alias";
  ALTER TABLE "_local_terms_v" DROP COLUMN "version_term";
  ALTER TABLE "_local_terms_v" DROP COLUMN "version_meaning";
  ALTER TABLE "entitlements_how_to_get" DROP COLUMN "step";
  ALTER TABLE "entitlements" DROP COLUMN "title";
  ALTER TABLE "entitlements" DROP COLUMN "summary";
  ALTER TABLE "entitlements" DROP COLUMN "body";
  ALTER TABLE "entitlements" DROP COLUMN "eligibility_notes";
  ALTER TABLE "entitlements" DROP COLUMN "amount_note";
  ALTER TABLE "entitlements" DROP COLUMN "who_to_ask";
  ALTER TABLE "entitlements" DROP COLUMN "if_refused";
  ALTER TABLE "entitlements" DROP COLUMN "legal_basis";
  ALTER TABLE "_entitlements_v_version_how_to_get" DROP COLUMN "step";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_title";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_summary";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_body";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_eligibility_notes";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_amount_note";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_who_to_ask";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_if_refused";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_legal_basis";
  ALTER TABLE "guide_chapters_sources" DROP COLUMN "title";
  ALTER TABLE "guide_chapters" DROP COLUMN "title";
  ALTER TABLE "guide_chapters" DROP COLUMN "summary";
  ALTER TABLE "guide_chapters" DROP COLUMN "body";
  ALTER TABLE "guide_chapters" DROP COLUMN "legal_basis";
  ALTER TABLE "_guide_chapters_v_version_sources" DROP COLUMN "title";
  ALTER TABLE "_guide_chapters_v" DROP COLUMN "version_title";
  ALTER TABLE "_guide_chapters_v" DROP COLUMN "version_summary";
  ALTER TABLE "_guide_chapters_v" DROP COLUMN "version_body";
  ALTER TABLE "_guide_chapters_v" DROP COLUMN "version_legal_basis";
  ALTER TABLE "spotlights_outcomes" DROP COLUMN "label";
  ALTER TABLE "spotlights_outcomes" DROP COLUMN "unit";
  ALTER TABLE "spotlights_outcomes" DROP COLUMN "period";
  ALTER TABLE "spotlights_facts" DROP COLUMN "label";
  ALTER TABLE "spotlights_facts" DROP COLUMN "unit";
  ALTER TABLE "spotlights_facts" DROP COLUMN "period";
  ALTER TABLE "spotlights_milestones" DROP COLUMN "label";
  ALTER TABLE "spotlights_milestones" DROP COLUMN "when";
  ALTER TABLE "spotlights" DROP COLUMN "title";
  ALTER TABLE "spotlights" DROP COLUMN "summary";
  ALTER TABLE "spotlights" DROP COLUMN "team";
  ALTER TABLE "spotlights" DROP COLUMN "contact_role";
  ALTER TABLE "spotlights" DROP COLUMN "body";
  ALTER TABLE "_spotlights_v_version_outcomes" DROP COLUMN "label";
  ALTER TABLE "_spotlights_v_version_outcomes" DROP COLUMN "unit";
  ALTER TABLE "_spotlights_v_version_outcomes" DROP COLUMN "period";
  ALTER TABLE "_spotlights_v_version_facts" DROP COLUMN "label";
  ALTER TABLE "_spotlights_v_version_facts" DROP COLUMN "unit";
  ALTER TABLE "_spotlights_v_version_facts" DROP COLUMN "period";
  ALTER TABLE "_spotlights_v_version_milestones" DROP COLUMN "label";
  ALTER TABLE "_spotlights_v_version_milestones" DROP COLUMN "when";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_title";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_summary";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_team";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_contact_role";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_body";
  ALTER TABLE "glossary_terms_aliases" DROP COLUMN "alias";
  ALTER TABLE "glossary_terms" DROP COLUMN "term";
  ALTER TABLE "glossary_terms" DROP COLUMN "meaning";
  ALTER TABLE "_glossary_terms_v_version_aliases" DROP COLUMN "alias";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "version_term";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "version_meaning";
  ALTER TABLE "areas" DROP COLUMN "title";
  ALTER TABLE "areas" DROP COLUMN "summary";
  ALTER TABLE "authorities" DROP COLUMN "service_name";
  ALTER TABLE "authorities" DROP COLUMN "opening_hours";
  ALTER TABLE "authorities" DROP COLUMN "emergency_label";
  ALTER TABLE "authorities" DROP COLUMN "emergency_hours";
  ALTER TABLE "media" DROP COLUMN "alt";
  ALTER TABLE "media" DROP COLUMN "caption";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers_how_to_get_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_how_to_get_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_details_how_to_get_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_details_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_details_v_version_how_to_get_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_details_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_chapters_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_chapters_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_version_chapters_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_version_chapters_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_local_parts_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_local_parts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_local_parts_v_version_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_local_parts_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pledges_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pledges_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_terms_aliases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "local_terms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_terms_v_version_aliases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_local_terms_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_how_to_get_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "entitlements_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_version_how_to_get_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_entitlements_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_chapters_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_chapters_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_chapters_v_version_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_chapters_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "spotlights_outcomes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "spotlights_facts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "spotlights_milestones_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "spotlights_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_spotlights_v_version_outcomes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_spotlights_v_version_facts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_spotlights_v_version_milestones_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_spotlights_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_aliases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_version_aliases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "areas_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authorities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  DROP INDEX "_offers_v_snapshot_idx";
  DROP INDEX "_offers_v_published_locale_idx";
  DROP INDEX "_local_details_v_snapshot_idx";
  DROP INDEX "_local_details_v_published_locale_idx";
  DROP INDEX "_guides_v_snapshot_idx";
  DROP INDEX "_guides_v_published_locale_idx";
  DROP INDEX "_guide_local_parts_v_snapshot_idx";
  DROP INDEX "_guide_local_parts_v_published_locale_idx";
  DROP INDEX "_pledges_v_snapshot_idx";
  DROP INDEX "_pledges_v_published_locale_idx";
  DROP INDEX "_local_terms_v_snapshot_idx";
  DROP INDEX "_local_terms_v_published_locale_idx";
  DROP INDEX "_entitlements_v_snapshot_idx";
  DROP INDEX "_entitlements_v_published_locale_idx";
  DROP INDEX "_guide_chapters_v_snapshot_idx";
  DROP INDEX "_guide_chapters_v_published_locale_idx";
  DROP INDEX "_spotlights_v_snapshot_idx";
  DROP INDEX "_spotlights_v_published_locale_idx";
  DROP INDEX "_glossary_terms_v_snapshot_idx";
  DROP INDEX "_glossary_terms_v_published_locale_idx";
  ALTER TABLE "offers_how_to_get" ADD COLUMN "step" varchar;
  ALTER TABLE "offers" ADD COLUMN "title" varchar;
  ALTER TABLE "offers" ADD COLUMN "summary" varchar;
  ALTER TABLE "offers" ADD COLUMN "body" jsonb;
  ALTER TABLE "offers" ADD COLUMN "eligibility_notes" varchar;
  ALTER TABLE "offers" ADD COLUMN "amount_note" varchar;
  ALTER TABLE "offers" ADD COLUMN "who_to_ask" varchar;
  ALTER TABLE "offers" ADD COLUMN "if_refused" varchar;
  ALTER TABLE "offers" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "_offers_v_version_how_to_get" ADD COLUMN "step" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "_offers_v" ADD COLUMN "version_eligibility_notes" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_amount_note" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_who_to_ask" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_if_refused" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_legal_basis" varchar;
  ALTER TABLE "local_details_how_to_get" ADD COLUMN "step" varchar;
  ALTER TABLE "local_details" ADD COLUMN "summary" varchar;
  ALTER TABLE "local_details" ADD COLUMN "amount_note" varchar;
  ALTER TABLE "local_details" ADD COLUMN "who_to_ask" varchar;
  ALTER TABLE "local_details" ADD COLUMN "if_refused" varchar;
  ALTER TABLE "local_details" ADD COLUMN "eligibility_notes" varchar;
  ALTER TABLE "local_details" ADD COLUMN "note" varchar;
  ALTER TABLE "_local_details_v_version_how_to_get" ADD COLUMN "step" varchar;
  ALTER TABLE "_local_details_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_local_details_v" ADD COLUMN "version_amount_note" varchar;
  ALTER TABLE "_local_details_v" ADD COLUMN "version_who_to_ask" varchar;
  ALTER TABLE "_local_details_v" ADD COLUMN "version_if_refused" varchar;
  ALTER TABLE "_local_details_v" ADD COLUMN "version_eligibility_notes" varchar;
  ALTER TABLE "_local_details_v" ADD COLUMN "version_note" varchar;
  ALTER TABLE "guides_chapters_sources" ADD COLUMN "title" varchar;
  ALTER TABLE "guides_chapters" ADD COLUMN "title" varchar;
  ALTER TABLE "guides_chapters" ADD COLUMN "summary" varchar;
  ALTER TABLE "guides_chapters" ADD COLUMN "body" jsonb;
  ALTER TABLE "guides_chapters" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "guides" ADD COLUMN "title" varchar;
  ALTER TABLE "guides" ADD COLUMN "summary" varchar;
  ALTER TABLE "guides" ADD COLUMN "intro" jsonb;
  ALTER TABLE "_guides_v_version_chapters_sources" ADD COLUMN "title" varchar;
  ALTER TABLE "_guides_v_version_chapters" ADD COLUMN "title" varchar;
  ALTER TABLE "_guides_v_version_chapters" ADD COLUMN "summary" varchar;
  ALTER TABLE "_guides_v_version_chapters" ADD COLUMN "body" jsonb;
  ALTER TABLE "_guides_v_version_chapters" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_intro" jsonb;
  ALTER TABLE "guide_local_parts_steps" ADD COLUMN "step" varchar;
  ALTER TABLE "guide_local_parts" ADD COLUMN "who_to_ask" varchar;
  ALTER TABLE "guide_local_parts" ADD COLUMN "note" varchar;
  ALTER TABLE "_guide_local_parts_v_version_steps" ADD COLUMN "step" varchar;
  ALTER TABLE "_guide_local_parts_v" ADD COLUMN "version_who_to_ask" varchar;
  ALTER TABLE "_guide_local_parts_v" ADD COLUMN "version_note" varchar;
  ALTER TABLE "pledges" ADD COLUMN "you_said" varchar;
  ALTER TABLE "pledges" ADD COLUMN "we_did" varchar;
  ALTER TABLE "pledges" ADD COLUMN "asked_at" varchar;
  ALTER TABLE "_pledges_v" ADD COLUMN "version_you_said" varchar;
  ALTER TABLE "_pledges_v" ADD COLUMN "version_we_did" varchar;
  ALTER TABLE "_pledges_v" ADD COLUMN "version_asked_at" varchar;
  ALTER TABLE "indicators" ADD COLUMN "title" varchar;
  ALTER TABLE "indicators" ADD COLUMN "description" varchar;
  ALTER TABLE "local_terms_aliases" ADD COLUMN "alias" varchar;
  ALTER TABLE "local_terms" ADD COLUMN "term" varchar;
  ALTER TABLE "local_terms" ADD COLUMN "meaning" varchar;
  ALTER TABLE "_local_terms_v_version_aliases" ADD COLUMN "alias" varchar;
  ALTER TABLE "_local_terms_v" ADD COLUMN "version_term" varchar;
  ALTER TABLE "_local_terms_v" ADD COLUMN "version_meaning" varchar;
  ALTER TABLE "entitlements_how_to_get" ADD COLUMN "step" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "title" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "summary" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "body" jsonb;
  ALTER TABLE "entitlements" ADD COLUMN "eligibility_notes" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "amount_note" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "who_to_ask" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "if_refused" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "_entitlements_v_version_how_to_get" ADD COLUMN "step" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_eligibility_notes" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_amount_note" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_who_to_ask" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_if_refused" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_legal_basis" varchar;
  ALTER TABLE "guide_chapters_sources" ADD COLUMN "title" varchar;
  ALTER TABLE "guide_chapters" ADD COLUMN "title" varchar;
  ALTER TABLE "guide_chapters" ADD COLUMN "summary" varchar;
  ALTER TABLE "guide_chapters" ADD COLUMN "body" jsonb;
  ALTER TABLE "guide_chapters" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "_guide_chapters_v_version_sources" ADD COLUMN "title" varchar;
  ALTER TABLE "_guide_chapters_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_guide_chapters_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_guide_chapters_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "_guide_chapters_v" ADD COLUMN "version_legal_basis" varchar;
  ALTER TABLE "spotlights_outcomes" ADD COLUMN "label" varchar;
  ALTER TABLE "spotlights_outcomes" ADD COLUMN "unit" varchar;
  ALTER TABLE "spotlights_outcomes" ADD COLUMN "period" varchar;
  ALTER TABLE "spotlights_facts" ADD COLUMN "label" varchar;
  ALTER TABLE "spotlights_facts" ADD COLUMN "unit" varchar;
  ALTER TABLE "spotlights_facts" ADD COLUMN "period" varchar;
  ALTER TABLE "spotlights_milestones" ADD COLUMN "label" varchar;
  ALTER TABLE "spotlights_milestones" ADD COLUMN "when" varchar;
  ALTER TABLE "spotlights" ADD COLUMN "title" varchar;
  ALTER TABLE "spotlights" ADD COLUMN "summary" varchar;
  ALTER TABLE "spotlights" ADD COLUMN "team" varchar;
  ALTER TABLE "spotlights" ADD COLUMN "contact_role" varchar;
  ALTER TABLE "spotlights" ADD COLUMN "body" jsonb;
  ALTER TABLE "_spotlights_v_version_outcomes" ADD COLUMN "label" varchar;
  ALTER TABLE "_spotlights_v_version_outcomes" ADD COLUMN "unit" varchar;
  ALTER TABLE "_spotlights_v_version_outcomes" ADD COLUMN "period" varchar;
  ALTER TABLE "_spotlights_v_version_facts" ADD COLUMN "label" varchar;
  ALTER TABLE "_spotlights_v_version_facts" ADD COLUMN "unit" varchar;
  ALTER TABLE "_spotlights_v_version_facts" ADD COLUMN "period" varchar;
  ALTER TABLE "_spotlights_v_version_milestones" ADD COLUMN "label" varchar;
  ALTER TABLE "_spotlights_v_version_milestones" ADD COLUMN "when" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_team" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_contact_role" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "glossary_terms_aliases" ADD COLUMN "alias" varchar;
  ALTER TABLE "glossary_terms" ADD COLUMN "term" varchar;
  ALTER TABLE "glossary_terms" ADD COLUMN "meaning" varchar;
  ALTER TABLE "_glossary_terms_v_version_aliases" ADD COLUMN "alias" varchar;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "version_term" varchar;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "version_meaning" varchar;
  ALTER TABLE "areas" ADD COLUMN "title" varchar;
  ALTER TABLE "areas" ADD COLUMN "summary" varchar;
  ALTER TABLE "authorities" ADD COLUMN "service_name" varchar DEFAULT 'Leaving care service';
  ALTER TABLE "authorities" ADD COLUMN "opening_hours" varchar;
  ALTER TABLE "authorities" ADD COLUMN "emergency_label" varchar DEFAULT 'Out-of-hours emergency line';
  ALTER TABLE "authorities" ADD COLUMN "emergency_hours" varchar;
  ALTER TABLE "media" ADD COLUMN "alt" varchar;
  ALTER TABLE "media" ADD COLUMN "caption" varchar;
  ALTER TABLE "_offers_v" DROP COLUMN "snapshot";
  ALTER TABLE "_offers_v" DROP COLUMN "published_locale";
  ALTER TABLE "_local_details_v" DROP COLUMN "snapshot";
  ALTER TABLE "_local_details_v" DROP COLUMN "published_locale";
  ALTER TABLE "_guides_v" DROP COLUMN "snapshot";
  ALTER TABLE "_guides_v" DROP COLUMN "published_locale";
  ALTER TABLE "_guide_local_parts_v" DROP COLUMN "snapshot";
  ALTER TABLE "_guide_local_parts_v" DROP COLUMN "published_locale";
  ALTER TABLE "_pledges_v" DROP COLUMN "snapshot";
  ALTER TABLE "_pledges_v" DROP COLUMN "published_locale";
  ALTER TABLE "_local_terms_v" DROP COLUMN "snapshot";
  ALTER TABLE "_local_terms_v" DROP COLUMN "published_locale";
  ALTER TABLE "_entitlements_v" DROP COLUMN "snapshot";
  ALTER TABLE "_entitlements_v" DROP COLUMN "published_locale";
  ALTER TABLE "_guide_chapters_v" DROP COLUMN "snapshot";
  ALTER TABLE "_guide_chapters_v" DROP COLUMN "published_locale";
  ALTER TABLE "_spotlights_v" DROP COLUMN "snapshot";
  ALTER TABLE "_spotlights_v" DROP COLUMN "published_locale";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "snapshot";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "published_locale";
  DROP TYPE "public"."enum__offers_v_published_locale";
  DROP TYPE "public"."enum__local_details_v_published_locale";
  DROP TYPE "public"."enum__guides_v_published_locale";
  DROP TYPE "public"."enum__guide_local_parts_v_published_locale";
  DROP TYPE "public"."enum__pledges_v_published_locale";
  DROP TYPE "public"."enum__local_terms_v_published_locale";
  DROP TYPE "public"."enum__entitlements_v_published_locale";
  DROP TYPE "public"."enum__guide_chapters_v_published_locale";
  DROP TYPE "public"."enum__spotlights_v_published_locale";
  DROP TYPE "public"."enum__glossary_terms_v_published_locale";`)
  // The English back into the columns, then the required ones NOT NULL again, then the `_locales` tables go.
  await copyTextBackFromLocales(dialect(db))
  await db.execute(sql`
  ALTER TABLE "indicators" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "indicators" ALTER COLUMN "description" SET NOT NULL;
  ALTER TABLE "areas" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "areas" ALTER COLUMN "summary" SET NOT NULL;
  ALTER TABLE "authorities" ALTER COLUMN "service_name" SET NOT NULL;
  ALTER TABLE "authorities" ALTER COLUMN "opening_hours" SET NOT NULL;
  ALTER TABLE "authorities" ALTER COLUMN "emergency_label" SET NOT NULL;
  ALTER TABLE "authorities" ALTER COLUMN "emergency_hours" SET NOT NULL;
  ALTER TABLE "media" ALTER COLUMN "alt" SET NOT NULL;
  DROP TABLE "offers_how_to_get_locales" CASCADE;
  DROP TABLE "offers_locales" CASCADE;
  DROP TABLE "_offers_v_version_how_to_get_locales" CASCADE;
  DROP TABLE "_offers_v_locales" CASCADE;
  DROP TABLE "local_details_how_to_get_locales" CASCADE;
  DROP TABLE "local_details_locales" CASCADE;
  DROP TABLE "_local_details_v_version_how_to_get_locales" CASCADE;
  DROP TABLE "_local_details_v_locales" CASCADE;
  DROP TABLE "guides_chapters_sources_locales" CASCADE;
  DROP TABLE "guides_chapters_locales" CASCADE;
  DROP TABLE "guides_locales" CASCADE;
  DROP TABLE "_guides_v_version_chapters_sources_locales" CASCADE;
  DROP TABLE "_guides_v_version_chapters_locales" CASCADE;
  DROP TABLE "_guides_v_locales" CASCADE;
  DROP TABLE "guide_local_parts_steps_locales" CASCADE;
  DROP TABLE "guide_local_parts_locales" CASCADE;
  DROP TABLE "_guide_local_parts_v_version_steps_locales" CASCADE;
  DROP TABLE "_guide_local_parts_v_locales" CASCADE;
  DROP TABLE "pledges_locales" CASCADE;
  DROP TABLE "_pledges_v_locales" CASCADE;
  DROP TABLE "indicators_locales" CASCADE;
  DROP TABLE "local_terms_aliases_locales" CASCADE;
  DROP TABLE "local_terms_locales" CASCADE;
  DROP TABLE "_local_terms_v_version_aliases_locales" CASCADE;
  DROP TABLE "_local_terms_v_locales" CASCADE;
  DROP TABLE "entitlements_how_to_get_locales" CASCADE;
  DROP TABLE "entitlements_locales" CASCADE;
  DROP TABLE "_entitlements_v_version_how_to_get_locales" CASCADE;
  DROP TABLE "_entitlements_v_locales" CASCADE;
  DROP TABLE "guide_chapters_sources_locales" CASCADE;
  DROP TABLE "guide_chapters_locales" CASCADE;
  DROP TABLE "_guide_chapters_v_version_sources_locales" CASCADE;
  DROP TABLE "_guide_chapters_v_locales" CASCADE;
  DROP TABLE "spotlights_outcomes_locales" CASCADE;
  DROP TABLE "spotlights_facts_locales" CASCADE;
  DROP TABLE "spotlights_milestones_locales" CASCADE;
  DROP TABLE "spotlights_locales" CASCADE;
  DROP TABLE "_spotlights_v_version_outcomes_locales" CASCADE;
  DROP TABLE "_spotlights_v_version_facts_locales" CASCADE;
  DROP TABLE "_spotlights_v_version_milestones_locales" CASCADE;
  DROP TABLE "_spotlights_v_locales" CASCADE;
  DROP TABLE "glossary_terms_aliases_locales" CASCADE;
  DROP TABLE "glossary_terms_locales" CASCADE;
  DROP TABLE "_glossary_terms_v_version_aliases_locales" CASCADE;
  DROP TABLE "_glossary_terms_v_locales" CASCADE;
  DROP TABLE "areas_locales" CASCADE;
  DROP TABLE "authorities_locales" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TYPE "public"."_locales";
  `)
}
