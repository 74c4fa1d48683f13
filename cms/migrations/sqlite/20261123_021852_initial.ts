import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`offers_eligibility_care_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_eligibility_care_status_order_idx\` ON \`offers_eligibility_care_status\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offers_eligibility_care_status_parent_idx\` ON \`offers_eligibility_care_status\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`offers_eligibility_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_eligibility_circumstances_order_idx\` ON \`offers_eligibility_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offers_eligibility_circumstances_parent_idx\` ON \`offers_eligibility_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`offers_how_to_get\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_how_to_get_order_idx\` ON \`offers_how_to_get\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`offers_how_to_get_parent_id_idx\` ON \`offers_how_to_get\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`offers_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_review_history_order_idx\` ON \`offers_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`offers_review_history_parent_id_idx\` ON \`offers_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_review_history_by_idx\` ON \`offers_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`offers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`area_id\` integer,
  	\`kind\` text DEFAULT 'local',
  	\`eligibility_age_from\` numeric,
  	\`eligibility_age_to\` numeric,
  	\`eligibility_notes\` text,
  	\`amount_type\` text DEFAULT 'none',
  	\`amount_value\` numeric,
  	\`amount_period\` text,
  	\`amount_national_minimum\` numeric,
  	\`amount_note\` text,
  	\`who_to_ask\` text,
  	\`if_refused\` text,
  	\`legal_basis\` text,
  	\`source_url\` text,
  	\`last_reviewed\` text,
  	\`next_review\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`offers_slug_idx\` ON \`offers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offers_area_idx\` ON \`offers\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_review_state_idx\` ON \`offers\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`offers_updated_at_idx\` ON \`offers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offers_created_at_idx\` ON \`offers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offers__status_idx\` ON \`offers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`offers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_rels_order_idx\` ON \`offers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offers_rels_parent_idx\` ON \`offers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_rels_path_idx\` ON \`offers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`offers_rels_users_id_idx\` ON \`offers_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_version_eligibility_care_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offers_v_version_eligibility_care_status_order_idx\` ON \`_offers_v_version_eligibility_care_status\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_eligibility_care_status_parent_idx\` ON \`_offers_v_version_eligibility_care_status\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_version_eligibility_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offers_v_version_eligibility_circumstances_order_idx\` ON \`_offers_v_version_eligibility_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_eligibility_circumstances_parent_idx\` ON \`_offers_v_version_eligibility_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_version_how_to_get\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offers_v_version_how_to_get_order_idx\` ON \`_offers_v_version_how_to_get\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_how_to_get_parent_id_idx\` ON \`_offers_v_version_how_to_get\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offers_v_version_review_history_order_idx\` ON \`_offers_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_review_history_parent_id_idx\` ON \`_offers_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_review_history_by_idx\` ON \`_offers_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_area_id\` integer,
  	\`version_kind\` text DEFAULT 'local',
  	\`version_eligibility_age_from\` numeric,
  	\`version_eligibility_age_to\` numeric,
  	\`version_eligibility_notes\` text,
  	\`version_amount_type\` text DEFAULT 'none',
  	\`version_amount_value\` numeric,
  	\`version_amount_period\` text,
  	\`version_amount_national_minimum\` numeric,
  	\`version_amount_note\` text,
  	\`version_who_to_ask\` text,
  	\`version_if_refused\` text,
  	\`version_legal_basis\` text,
  	\`version_source_url\` text,
  	\`version_last_reviewed\` text,
  	\`version_next_review\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_plain_english\` text,
  	\`version_co_author_names\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_offers_v_parent_idx\` ON \`_offers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version_slug_idx\` ON \`_offers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version_area_idx\` ON \`_offers_v\` (\`version_area_id\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version_review_state_idx\` ON \`_offers_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version_updated_at_idx\` ON \`_offers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version_created_at_idx\` ON \`_offers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version__status_idx\` ON \`_offers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_created_at_idx\` ON \`_offers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_updated_at_idx\` ON \`_offers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_latest_idx\` ON \`_offers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offers_v_rels_order_idx\` ON \`_offers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_rels_parent_idx\` ON \`_offers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_rels_path_idx\` ON \`_offers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_rels_users_id_idx\` ON \`_offers_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`last_reviewed\` text,
  	\`next_review\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_chapters_order_idx\` ON \`guides_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_chapters_parent_id_idx\` ON \`guides_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_review_history_order_idx\` ON \`guides_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_review_history_parent_id_idx\` ON \`guides_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_review_history_by_idx\` ON \`guides_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`intro\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_review_state_idx\` ON \`guides\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_rels_order_idx\` ON \`guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_parent_idx\` ON \`guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_path_idx\` ON \`guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_offers_id_idx\` ON \`guides_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_users_id_idx\` ON \`guides_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`last_reviewed\` text,
  	\`next_review\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_chapters_order_idx\` ON \`_guides_v_version_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_chapters_parent_id_idx\` ON \`_guides_v_version_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_review_history_order_idx\` ON \`_guides_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_review_history_parent_id_idx\` ON \`_guides_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_review_history_by_idx\` ON \`_guides_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_intro\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_plain_english\` text,
  	\`version_co_author_names\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_review_state_idx\` ON \`_guides_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_order_idx\` ON \`_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_parent_idx\` ON \`_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_path_idx\` ON \`_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_offers_id_idx\` ON \`_guides_v_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_users_id_idx\` ON \`_guides_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`spotlights_themes_order_idx\` ON \`spotlights_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_themes_parent_idx\` ON \`spotlights_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`spotlights_partners_order_idx\` ON \`spotlights_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_partners_parent_id_idx\` ON \`spotlights_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`period\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`spotlights_outcomes_order_idx\` ON \`spotlights_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_outcomes_parent_id_idx\` ON \`spotlights_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`spotlights_review_history_order_idx\` ON \`spotlights_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_review_history_parent_id_idx\` ON \`spotlights_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_review_history_by_idx\` ON \`spotlights_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`spotlights\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`council\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`team\` text,
  	\`contact_role\` text,
  	\`body\` text,
  	\`source_collection\` text,
  	\`source_year\` numeric,
  	\`image_id\` integer,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`spotlights_slug_idx\` ON \`spotlights\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_image_idx\` ON \`spotlights\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_review_state_idx\` ON \`spotlights\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_updated_at_idx\` ON \`spotlights\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_created_at_idx\` ON \`spotlights\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`spotlights__status_idx\` ON \`spotlights\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`spotlights_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`spotlights_rels_order_idx\` ON \`spotlights_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_parent_idx\` ON \`spotlights_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_path_idx\` ON \`spotlights_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_users_id_idx\` ON \`spotlights_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_themes_order_idx\` ON \`_spotlights_v_version_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_themes_parent_idx\` ON \`_spotlights_v_version_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_partners_order_idx\` ON \`_spotlights_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_partners_parent_id_idx\` ON \`_spotlights_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`period\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_outcomes_order_idx\` ON \`_spotlights_v_version_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_outcomes_parent_id_idx\` ON \`_spotlights_v_version_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_review_history_order_idx\` ON \`_spotlights_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_review_history_parent_id_idx\` ON \`_spotlights_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_review_history_by_idx\` ON \`_spotlights_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_council\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_team\` text,
  	\`version_contact_role\` text,
  	\`version_body\` text,
  	\`version_source_collection\` text,
  	\`version_source_year\` numeric,
  	\`version_image_id\` integer,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_plain_english\` text,
  	\`version_co_author_names\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_spotlights_v_parent_idx\` ON \`_spotlights_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_version_slug_idx\` ON \`_spotlights_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_version_image_idx\` ON \`_spotlights_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_version_review_state_idx\` ON \`_spotlights_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_version_updated_at_idx\` ON \`_spotlights_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_version_created_at_idx\` ON \`_spotlights_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_version__status_idx\` ON \`_spotlights_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_created_at_idx\` ON \`_spotlights_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_updated_at_idx\` ON \`_spotlights_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_latest_idx\` ON \`_spotlights_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_order_idx\` ON \`_spotlights_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_parent_idx\` ON \`_spotlights_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_path_idx\` ON \`_spotlights_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_users_id_idx\` ON \`_spotlights_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`pledges_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_review_history_order_idx\` ON \`pledges_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pledges_review_history_parent_id_idx\` ON \`pledges_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pledges_review_history_by_idx\` ON \`pledges_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`pledges\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`you_said\` text,
  	\`slug\` text,
  	\`we_did\` text,
  	\`progress\` text DEFAULT 'not-yet',
  	\`asked_at\` text,
  	\`asked_on\` text,
  	\`updated_on\` text,
  	\`area_id\` integer,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_slug_idx\` ON \`pledges\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pledges_area_idx\` ON \`pledges\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`pledges_review_state_idx\` ON \`pledges\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`pledges_updated_at_idx\` ON \`pledges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pledges_created_at_idx\` ON \`pledges\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pledges__status_idx\` ON \`pledges\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pledges_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pledges_rels_order_idx\` ON \`pledges_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pledges_rels_parent_idx\` ON \`pledges_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pledges_rels_path_idx\` ON \`pledges_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pledges_rels_users_id_idx\` ON \`pledges_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_pledges_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pledges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_review_history_order_idx\` ON \`_pledges_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_review_history_parent_id_idx\` ON \`_pledges_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_review_history_by_idx\` ON \`_pledges_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_pledges_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_you_said\` text,
  	\`version_slug\` text,
  	\`version_we_did\` text,
  	\`version_progress\` text DEFAULT 'not-yet',
  	\`version_asked_at\` text,
  	\`version_asked_on\` text,
  	\`version_updated_on\` text,
  	\`version_area_id\` integer,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_plain_english\` text,
  	\`version_co_author_names\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pledges_v_parent_idx\` ON \`_pledges_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_version_slug_idx\` ON \`_pledges_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_version_area_idx\` ON \`_pledges_v\` (\`version_area_id\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_version_review_state_idx\` ON \`_pledges_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_version_updated_at_idx\` ON \`_pledges_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_version_created_at_idx\` ON \`_pledges_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_version__status_idx\` ON \`_pledges_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_created_at_idx\` ON \`_pledges_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_updated_at_idx\` ON \`_pledges_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_latest_idx\` ON \`_pledges_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pledges_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pledges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pledges_v_rels_order_idx\` ON \`_pledges_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_rels_parent_idx\` ON \`_pledges_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_rels_path_idx\` ON \`_pledges_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_rels_users_id_idx\` ON \`_pledges_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`alias\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_aliases_order_idx\` ON \`glossary_terms_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_aliases_parent_id_idx\` ON \`glossary_terms_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_review_history_order_idx\` ON \`glossary_terms_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_review_history_parent_id_idx\` ON \`glossary_terms_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_review_history_by_idx\` ON \`glossary_terms_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text,
  	\`slug\` text,
  	\`meaning\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_slug_idx\` ON \`glossary_terms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_review_state_idx\` ON \`glossary_terms\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_updated_at_idx\` ON \`glossary_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_created_at_idx\` ON \`glossary_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms__status_idx\` ON \`glossary_terms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_order_idx\` ON \`glossary_terms_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_parent_idx\` ON \`glossary_terms_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_path_idx\` ON \`glossary_terms_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_users_id_idx\` ON \`glossary_terms_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alias\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_aliases_order_idx\` ON \`_glossary_terms_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_aliases_parent_id_idx\` ON \`_glossary_terms_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_review_history_order_idx\` ON \`_glossary_terms_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_review_history_parent_id_idx\` ON \`_glossary_terms_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_review_history_by_idx\` ON \`_glossary_terms_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_term\` text,
  	\`version_slug\` text,
  	\`version_meaning\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_plain_english\` text,
  	\`version_co_author_names\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_parent_idx\` ON \`_glossary_terms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_slug_idx\` ON \`_glossary_terms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_review_state_idx\` ON \`_glossary_terms_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_updated_at_idx\` ON \`_glossary_terms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_created_at_idx\` ON \`_glossary_terms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version__status_idx\` ON \`_glossary_terms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_created_at_idx\` ON \`_glossary_terms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_updated_at_idx\` ON \`_glossary_terms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_latest_idx\` ON \`_glossary_terms_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_order_idx\` ON \`_glossary_terms_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_parent_idx\` ON \`_glossary_terms_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_path_idx\` ON \`_glossary_terms_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_users_id_idx\` ON \`_glossary_terms_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`period\` text NOT NULL,
  	\`place\` text NOT NULL,
  	\`place_kind\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`is_demo\` integer DEFAULT false,
  	\`source\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_figures_order_idx\` ON \`indicators_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_figures_parent_id_idx\` ON \`indicators_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text NOT NULL,
  	\`unit\` text DEFAULT 'percent' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`summary\` text NOT NULL,
  	\`statutory\` integer DEFAULT false,
  	\`order\` numeric DEFAULT 100 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`areas_slug_idx\` ON \`areas\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`areas_updated_at_idx\` ON \`areas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`areas_created_at_idx\` ON \`areas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`authorities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`ons_code\` text NOT NULL,
  	\`is_demo\` integer DEFAULT false,
  	\`service_name\` text DEFAULT 'Leaving care service' NOT NULL,
  	\`phone\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`opening_hours\` text NOT NULL,
  	\`emergency_label\` text DEFAULT 'Out-of-hours emergency line' NOT NULL,
  	\`emergency_phone\` text NOT NULL,
  	\`emergency_hours\` text NOT NULL,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_ons_code_idx\` ON \`authorities\` (\`ons_code\`);`)
  await db.run(sql`CREATE INDEX \`authorities_updated_at_idx\` ON \`authorities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authorities_created_at_idx\` ON \`authorities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`shows_identifiable_person\` integer DEFAULT false,
  	\`consent_reference\` text,
  	\`consent_given_on\` text,
  	\`consent_expires_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'young-editor' NOT NULL,
  	\`credit_show_name\` integer DEFAULT false,
  	\`credit_display_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offers_id\` integer,
  	\`guides_id\` integer,
  	\`spotlights_id\` integer,
  	\`pledges_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`indicators_id\` integer,
  	\`areas_id\` integer,
  	\`authorities_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spotlights_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offers_id_idx\` ON \`payload_locked_documents_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spotlights_id_idx\` ON \`payload_locked_documents_rels\` (\`spotlights_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pledges_id_idx\` ON \`payload_locked_documents_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authorities_id_idx\` ON \`payload_locked_documents_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_build\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'idle',
  	\`trigger\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`message\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Children first: a table is dropped only once no remaining table refers to it. With foreign
  // keys on, SQLite cannot drop a table that a remaining table refers to alongside a table
  // already dropped ("no such table"), as `guides` was after `offers` (`guides_rels` refers to both).
  await db.run(sql`DROP TABLE \`offers_eligibility_care_status\`;`)
  await db.run(sql`DROP TABLE \`offers_eligibility_circumstances\`;`)
  await db.run(sql`DROP TABLE \`offers_how_to_get\`;`)
  await db.run(sql`DROP TABLE \`offers_review_history\`;`)
  await db.run(sql`DROP TABLE \`offers_rels\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_version_eligibility_care_status\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_version_eligibility_circumstances\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_version_how_to_get\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_offers_v\`;`)
  await db.run(sql`DROP TABLE \`guides_chapters\`;`)
  await db.run(sql`DROP TABLE \`guides_review_history\`;`)
  await db.run(sql`DROP TABLE \`guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_chapters\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`spotlights_themes\`;`)
  await db.run(sql`DROP TABLE \`spotlights_partners\`;`)
  await db.run(sql`DROP TABLE \`spotlights_outcomes\`;`)
  await db.run(sql`DROP TABLE \`spotlights_review_history\`;`)
  await db.run(sql`DROP TABLE \`spotlights_rels\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v\`;`)
  await db.run(sql`DROP TABLE \`pledges_review_history\`;`)
  await db.run(sql`DROP TABLE \`pledges_rels\`;`)
  await db.run(sql`DROP TABLE \`_pledges_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_pledges_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_pledges_v\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_aliases\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_review_history\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_rels\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v\`;`)
  await db.run(sql`DROP TABLE \`indicators_figures\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`offers\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`DROP TABLE \`spotlights\`;`)
  await db.run(sql`DROP TABLE \`pledges\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`areas\`;`)
  await db.run(sql`DROP TABLE \`authorities\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_build\`;`)
}
