import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { copyTextBackFromLocales, copyTextIntoLocales, restoreRequiredTextSqlite } from '../steps/localizedText'
import type { Db } from '../steps/spotlightCouncils'

/**
 * Issue 21, part 1: text written for readers is stored once per language (Payload's
 * localization, English the default). Up creates each `_locales` table, copies the text into
 * it as English and only then drops the old columns (`../steps/localizedText`); down puts the
 * columns back, copies the English into them and then drops the `_locales` tables.
 */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.run(query),
  all: async (query) => (await db.all(query)) as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`offers_how_to_get_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offers_how_to_get\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`offers_how_to_get_locales_locale_parent_id_unique\` ON \`offers_how_to_get_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`offers_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`eligibility_notes\` text,
  	\`amount_note\` text,
  	\`who_to_ask\` text,
  	\`if_refused\` text,
  	\`legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`offers_locales_locale_parent_id_unique\` ON \`offers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_version_how_to_get_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offers_v_version_how_to_get\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_offers_v_version_how_to_get_locales_locale_parent_id_unique\` ON \`_offers_v_version_how_to_get_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_eligibility_notes\` text,
  	\`version_amount_note\` text,
  	\`version_who_to_ask\` text,
  	\`version_if_refused\` text,
  	\`version_legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_offers_v_locales_locale_parent_id_unique\` ON \`_offers_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_details_how_to_get_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_details_how_to_get\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`local_details_how_to_get_locales_locale_parent_id_unique\` ON \`local_details_how_to_get_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_details_locales\` (
  	\`summary\` text,
  	\`amount_note\` text,
  	\`who_to_ask\` text,
  	\`if_refused\` text,
  	\`eligibility_notes\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_details\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`local_details_locales_locale_parent_id_unique\` ON \`local_details_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_details_v_version_how_to_get_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_details_v_version_how_to_get\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_local_details_v_version_how_to_get_locales_locale_parent_id\` ON \`_local_details_v_version_how_to_get_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_details_v_locales\` (
  	\`version_summary\` text,
  	\`version_amount_note\` text,
  	\`version_who_to_ask\` text,
  	\`version_if_refused\` text,
  	\`version_eligibility_notes\` text,
  	\`version_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_details_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_local_details_v_locales_locale_parent_id_unique\` ON \`_local_details_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_chapters_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_chapters_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_chapters_sources_locales_locale_parent_id_unique\` ON \`guides_chapters_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_chapters_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_chapters_locales_locale_parent_id_unique\` ON \`guides_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_locales_locale_parent_id_unique\` ON \`guides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_chapters_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v_version_chapters_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_guides_v_version_chapters_sources_locales_locale_parent_id_\` ON \`_guides_v_version_chapters_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_chapters_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_guides_v_version_chapters_locales_locale_parent_id_unique\` ON \`_guides_v_version_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_guides_v_locales_locale_parent_id_unique\` ON \`_guides_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_local_parts_steps_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_local_parts_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_local_parts_steps_locales_locale_parent_id_unique\` ON \`guide_local_parts_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_local_parts_locales\` (
  	\`who_to_ask\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_local_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_local_parts_locales_locale_parent_id_unique\` ON \`guide_local_parts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_local_parts_v_version_steps_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_local_parts_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_guide_local_parts_v_version_steps_locales_locale_parent_id_\` ON \`_guide_local_parts_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_local_parts_v_locales\` (
  	\`version_who_to_ask\` text,
  	\`version_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_local_parts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_guide_local_parts_v_locales_locale_parent_id_unique\` ON \`_guide_local_parts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pledges_locales\` (
  	\`you_said\` text,
  	\`we_did\` text,
  	\`asked_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_locales_locale_parent_id_unique\` ON \`pledges_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pledges_v_locales\` (
  	\`version_you_said\` text,
  	\`version_we_did\` text,
  	\`version_asked_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pledges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pledges_v_locales_locale_parent_id_unique\` ON \`_pledges_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_locales_locale_parent_id_unique\` ON \`indicators_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_terms_aliases_locales\` (
  	\`alias\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_terms_aliases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`local_terms_aliases_locales_locale_parent_id_unique\` ON \`local_terms_aliases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_terms_locales\` (
  	\`term\` text,
  	\`meaning\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`local_terms_locales_locale_parent_id_unique\` ON \`local_terms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_terms_v_version_aliases_locales\` (
  	\`alias\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_terms_v_version_aliases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_local_terms_v_version_aliases_locales_locale_parent_id_uniq\` ON \`_local_terms_v_version_aliases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_terms_v_locales\` (
  	\`version_term\` text,
  	\`version_meaning\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_local_terms_v_locales_locale_parent_id_unique\` ON \`_local_terms_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_how_to_get_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`entitlements_how_to_get\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`entitlements_how_to_get_locales_locale_parent_id_unique\` ON \`entitlements_how_to_get_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`eligibility_notes\` text,
  	\`amount_note\` text,
  	\`who_to_ask\` text,
  	\`if_refused\` text,
  	\`legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`entitlements_locales_locale_parent_id_unique\` ON \`entitlements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_version_how_to_get_locales\` (
  	\`step\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_entitlements_v_version_how_to_get\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_entitlements_v_version_how_to_get_locales_locale_parent_id_\` ON \`_entitlements_v_version_how_to_get_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_eligibility_notes\` text,
  	\`version_amount_note\` text,
  	\`version_who_to_ask\` text,
  	\`version_if_refused\` text,
  	\`version_legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_entitlements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_entitlements_v_locales_locale_parent_id_unique\` ON \`_entitlements_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_chapters_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_chapters_sources_locales_locale_parent_id_unique\` ON \`guide_chapters_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_chapters_locales_locale_parent_id_unique\` ON \`guide_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_version_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_chapters_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_guide_chapters_v_version_sources_locales_locale_parent_id_u\` ON \`_guide_chapters_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_legal_basis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_guide_chapters_v_locales_locale_parent_id_unique\` ON \`_guide_chapters_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_outcomes_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`spotlights_outcomes_locales_locale_parent_id_unique\` ON \`spotlights_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_facts_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`spotlights_facts_locales_locale_parent_id_unique\` ON \`spotlights_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_milestones_locales\` (
  	\`label\` text,
  	\`when\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`spotlights_milestones_locales_locale_parent_id_unique\` ON \`spotlights_milestones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`team\` text,
  	\`contact_role\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`spotlights_locales_locale_parent_id_unique\` ON \`spotlights_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_outcomes_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_spotlights_v_version_outcomes_locales_locale_parent_id_uniq\` ON \`_spotlights_v_version_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_facts_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v_version_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_spotlights_v_version_facts_locales_locale_parent_id_unique\` ON \`_spotlights_v_version_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_milestones_locales\` (
  	\`label\` text,
  	\`when\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v_version_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_spotlights_v_version_milestones_locales_locale_parent_id_un\` ON \`_spotlights_v_version_milestones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_team\` text,
  	\`version_contact_role\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_spotlights_v_locales_locale_parent_id_unique\` ON \`_spotlights_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_aliases_locales\` (
  	\`alias\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms_aliases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_aliases_locales_locale_parent_id_unique\` ON \`glossary_terms_aliases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_locales\` (
  	\`term\` text,
  	\`meaning\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_locales_locale_parent_id_unique\` ON \`glossary_terms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_aliases_locales\` (
  	\`alias\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v_version_aliases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_glossary_terms_v_version_aliases_locales_locale_parent_id_u\` ON \`_glossary_terms_v_version_aliases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_locales\` (
  	\`version_term\` text,
  	\`version_meaning\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_glossary_terms_v_locales_locale_parent_id_unique\` ON \`_glossary_terms_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`areas_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`areas_locales_locale_parent_id_unique\` ON \`areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`authorities_locales\` (
  	\`service_name\` text DEFAULT 'Leaving care service' NOT NULL,
  	\`opening_hours\` text NOT NULL,
  	\`emergency_label\` text DEFAULT 'Out-of-hours emergency line' NOT NULL,
  	\`emergency_hours\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_locales_locale_parent_id_unique\` ON \`authorities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_offers_v_snapshot_idx\` ON \`_offers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_published_locale_idx\` ON \`_offers_v\` (\`published_locale\`);`)
  // Every text into its `_locales` table as English, before a column goes.
  await copyTextIntoLocales(dialect(db))
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_eligibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_amount_note\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_if_refused\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_local_details_v_snapshot_idx\` ON \`_local_details_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_published_locale_idx\` ON \`_local_details_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`version_amount_note\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`version_who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`version_if_refused\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`version_eligibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`version_note\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_snapshot_idx\` ON \`_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_published_locale_idx\` ON \`_guides_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_intro\`;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_snapshot_idx\` ON \`_guide_local_parts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_published_locale_idx\` ON \`_guide_local_parts_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` DROP COLUMN \`version_who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` DROP COLUMN \`version_note\`;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_pledges_v_snapshot_idx\` ON \`_pledges_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_published_locale_idx\` ON \`_pledges_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` DROP COLUMN \`version_you_said\`;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` DROP COLUMN \`version_we_did\`;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` DROP COLUMN \`version_asked_at\`;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_snapshot_idx\` ON \`_local_terms_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_published_locale_idx\` ON \`_local_terms_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` DROP COLUMN \`version_term\`;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` DROP COLUMN \`version_meaning\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_snapshot_idx\` ON \`_entitlements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_published_locale_idx\` ON \`_entitlements_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_eligibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_amount_note\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_if_refused\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_snapshot_idx\` ON \`_guide_chapters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_published_locale_idx\` ON \`_guide_chapters_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`version_legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_snapshot_idx\` ON \`_spotlights_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_published_locale_idx\` ON \`_spotlights_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_team\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_contact_role\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_snapshot_idx\` ON \`_glossary_terms_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_published_locale_idx\` ON \`_glossary_terms_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` DROP COLUMN \`version_term\`;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` DROP COLUMN \`version_meaning\`;`)
  await db.run(sql`ALTER TABLE \`offers_how_to_get\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`eligibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`amount_note\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`if_refused\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v_version_how_to_get\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`local_details_how_to_get\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`local_details\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`local_details\` DROP COLUMN \`amount_note\`;`)
  await db.run(sql`ALTER TABLE \`local_details\` DROP COLUMN \`who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`local_details\` DROP COLUMN \`if_refused\`;`)
  await db.run(sql`ALTER TABLE \`local_details\` DROP COLUMN \`eligibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`local_details\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v_version_how_to_get\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`guides_chapters_sources\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` DROP COLUMN \`legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters_sources\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` DROP COLUMN \`legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts_steps\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts\` DROP COLUMN \`who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v_version_steps\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`you_said\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`we_did\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`asked_at\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`local_terms_aliases\` DROP COLUMN \`alias\`;`)
  await db.run(sql`ALTER TABLE \`local_terms\` DROP COLUMN \`term\`;`)
  await db.run(sql`ALTER TABLE \`local_terms\` DROP COLUMN \`meaning\`;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v_version_aliases\` DROP COLUMN \`alias\`;`)
  await db.run(sql`ALTER TABLE \`entitlements_how_to_get\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`eligibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`amount_note\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`who_to_ask\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`if_refused\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v_version_how_to_get\` DROP COLUMN \`step\`;`)
  await db.run(sql`ALTER TABLE \`guide_chapters_sources\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` DROP COLUMN \`legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v_version_sources\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_facts\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_facts\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_facts\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_milestones\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`spotlights_milestones\` DROP COLUMN \`when\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`team\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`contact_role\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_facts\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_facts\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_facts\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_milestones\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_milestones\` DROP COLUMN \`when\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_aliases\` DROP COLUMN \`alias\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms\` DROP COLUMN \`term\`;`)
  await db.run(sql`ALTER TABLE \`glossary_terms\` DROP COLUMN \`meaning\`;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v_version_aliases\` DROP COLUMN \`alias\`;`)
  await db.run(sql`ALTER TABLE \`areas\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`areas\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`service_name\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`opening_hours\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`emergency_label\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`emergency_hours\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`caption\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_offers_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_offers_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_eligibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_amount_note\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_if_refused\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_local_details_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_local_details_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`version_amount_note\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`version_who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`version_if_refused\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`version_eligibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`version_note\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_intro\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_guide_local_parts_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_guide_local_parts_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` ADD \`version_who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` ADD \`version_note\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_pledges_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_pledges_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`version_you_said\` text;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`version_we_did\` text;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`version_asked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_local_terms_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_local_terms_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` ADD \`version_term\` text;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` ADD \`version_meaning\` text;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_entitlements_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_entitlements_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_eligibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_amount_note\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_if_refused\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_guide_chapters_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_guide_chapters_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`version_legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_spotlights_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_spotlights_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_team\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_contact_role\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_glossary_terms_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_glossary_terms_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` ADD \`version_term\` text;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` ADD \`version_meaning\` text;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`ALTER TABLE \`offers_how_to_get\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`eligibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`amount_note\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`if_refused\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v_version_how_to_get\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`local_details_how_to_get\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`local_details\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`local_details\` ADD \`amount_note\` text;`)
  await db.run(sql`ALTER TABLE \`local_details\` ADD \`who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`local_details\` ADD \`if_refused\` text;`)
  await db.run(sql`ALTER TABLE \`local_details\` ADD \`eligibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`local_details\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v_version_how_to_get\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`guides_chapters_sources\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` ADD \`legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters_sources\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` ADD \`legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts_steps\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts\` ADD \`who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v_version_steps\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`you_said\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`we_did\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`asked_at\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`local_terms_aliases\` ADD \`alias\` text;`)
  await db.run(sql`ALTER TABLE \`local_terms\` ADD \`term\` text;`)
  await db.run(sql`ALTER TABLE \`local_terms\` ADD \`meaning\` text;`)
  await db.run(sql`ALTER TABLE \`_local_terms_v_version_aliases\` ADD \`alias\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements_how_to_get\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`eligibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`amount_note\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`who_to_ask\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`if_refused\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v_version_how_to_get\` ADD \`step\` text;`)
  await db.run(sql`ALTER TABLE \`guide_chapters_sources\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` ADD \`legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v_version_sources\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_facts\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_facts\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_facts\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_milestones\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_milestones\` ADD \`when\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`team\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`contact_role\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_facts\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_facts\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_facts\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_milestones\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_milestones\` ADD \`when\` text;`)
  await db.run(sql`ALTER TABLE \`glossary_terms_aliases\` ADD \`alias\` text;`)
  await db.run(sql`ALTER TABLE \`glossary_terms\` ADD \`term\` text;`)
  await db.run(sql`ALTER TABLE \`glossary_terms\` ADD \`meaning\` text;`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v_version_aliases\` ADD \`alias\` text;`)
  await db.run(sql`ALTER TABLE \`areas\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`areas\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`service_name\` text DEFAULT 'Leaving care service';`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`opening_hours\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`emergency_label\` text DEFAULT 'Out-of-hours emergency line';`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`emergency_hours\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`caption\` text;`)
  // The English back into the columns, before the `_locales` tables go; then the nine required
  // columns NOT NULL again (SQLite rebuilds each of their four tables).
  await copyTextBackFromLocales(dialect(db))
  await restoreRequiredTextSqlite(dialect(db))
  await db.run(sql`DROP TABLE \`offers_how_to_get_locales\`;`)
  await db.run(sql`DROP TABLE \`offers_locales\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_version_how_to_get_locales\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_locales\`;`)
  await db.run(sql`DROP TABLE \`local_details_how_to_get_locales\`;`)
  await db.run(sql`DROP TABLE \`local_details_locales\`;`)
  await db.run(sql`DROP TABLE \`_local_details_v_version_how_to_get_locales\`;`)
  await db.run(sql`DROP TABLE \`_local_details_v_locales\`;`)
  await db.run(sql`DROP TABLE \`guides_chapters_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`guides_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`guides_locales\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_chapters_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_locales\`;`)
  await db.run(sql`DROP TABLE \`guide_local_parts_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`guide_local_parts_locales\`;`)
  await db.run(sql`DROP TABLE \`_guide_local_parts_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_guide_local_parts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pledges_locales\`;`)
  await db.run(sql`DROP TABLE \`_pledges_v_locales\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`local_terms_aliases_locales\`;`)
  await db.run(sql`DROP TABLE \`local_terms_locales\`;`)
  await db.run(sql`DROP TABLE \`_local_terms_v_version_aliases_locales\`;`)
  await db.run(sql`DROP TABLE \`_local_terms_v_locales\`;`)
  await db.run(sql`DROP TABLE \`entitlements_how_to_get_locales\`;`)
  await db.run(sql`DROP TABLE \`entitlements_locales\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_version_how_to_get_locales\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_locales\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_locales\`;`)
  await db.run(sql`DROP TABLE \`spotlights_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`spotlights_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`spotlights_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`spotlights_locales\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_aliases_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_locales\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_aliases_locales\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_locales\`;`)
  await db.run(sql`DROP TABLE \`areas_locales\`;`)
  await db.run(sql`DROP TABLE \`authorities_locales\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
}
