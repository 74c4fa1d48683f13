import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`local_details_how_to_get\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_details\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_details_how_to_get_order_idx\` ON \`local_details_how_to_get\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`local_details_how_to_get_parent_id_idx\` ON \`local_details_how_to_get\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_details_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_details\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_details_review_history_order_idx\` ON \`local_details_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`local_details_review_history_parent_id_idx\` ON \`local_details_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`local_details_review_history_by_idx\` ON \`local_details_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`local_details\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`council_id\` integer,
  	\`entitlement_id\` integer,
  	\`title\` text,
  	\`summary\` text,
  	\`amount_type\` text,
  	\`amount_value\` numeric,
  	\`amount_period\` text,
  	\`amount_note\` text,
  	\`who_to_ask\` text,
  	\`if_refused\` text,
  	\`eligibility_notes\` text,
  	\`note\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`entitlement_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`local_details_council_idx\` ON \`local_details\` (\`council_id\`);`)
  await db.run(sql`CREATE INDEX \`local_details_entitlement_idx\` ON \`local_details\` (\`entitlement_id\`);`)
  await db.run(sql`CREATE INDEX \`local_details_review_state_idx\` ON \`local_details\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`local_details_updated_at_idx\` ON \`local_details\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`local_details_created_at_idx\` ON \`local_details\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`local_details__status_idx\` ON \`local_details\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`council_entitlement_idx\` ON \`local_details\` (\`council_id\`,\`entitlement_id\`);`)
  await db.run(sql`CREATE TABLE \`local_details_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_details\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_details_rels_order_idx\` ON \`local_details_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`local_details_rels_parent_idx\` ON \`local_details_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`local_details_rels_path_idx\` ON \`local_details_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`local_details_rels_users_id_idx\` ON \`local_details_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_details_v_version_how_to_get\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_details_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_how_to_get_order_idx\` ON \`_local_details_v_version_how_to_get\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_how_to_get_parent_id_idx\` ON \`_local_details_v_version_how_to_get\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_details_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_details_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_review_history_order_idx\` ON \`_local_details_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_review_history_parent_id_idx\` ON \`_local_details_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_review_history_by_idx\` ON \`_local_details_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_details_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_council_id\` integer,
  	\`version_entitlement_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_amount_type\` text,
  	\`version_amount_value\` numeric,
  	\`version_amount_period\` text,
  	\`version_amount_note\` text,
  	\`version_who_to_ask\` text,
  	\`version_if_refused\` text,
  	\`version_eligibility_notes\` text,
  	\`version_note\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_details\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_entitlement_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_details_v_parent_idx\` ON \`_local_details_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_version_council_idx\` ON \`_local_details_v\` (\`version_council_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_version_entitlement_idx\` ON \`_local_details_v\` (\`version_entitlement_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_version_review_state_idx\` ON \`_local_details_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_version_updated_at_idx\` ON \`_local_details_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_version_created_at_idx\` ON \`_local_details_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_version_version__status_idx\` ON \`_local_details_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_created_at_idx\` ON \`_local_details_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_updated_at_idx\` ON \`_local_details_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_latest_idx\` ON \`_local_details_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_council_version_entitlement_idx\` ON \`_local_details_v\` (\`version_council_id\`,\`version_entitlement_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_details_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_local_details_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_details_v_rels_order_idx\` ON \`_local_details_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_rels_parent_idx\` ON \`_local_details_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_rels_path_idx\` ON \`_local_details_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_local_details_v_rels_users_id_idx\` ON \`_local_details_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_eligibility_care_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`entitlements_eligibility_care_status_order_idx\` ON \`entitlements_eligibility_care_status\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_eligibility_care_status_parent_idx\` ON \`entitlements_eligibility_care_status\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_eligibility_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`entitlements_eligibility_circumstances_order_idx\` ON \`entitlements_eligibility_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_eligibility_circumstances_parent_idx\` ON \`entitlements_eligibility_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_how_to_get\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`entitlements_how_to_get_order_idx\` ON \`entitlements_how_to_get\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_how_to_get_parent_id_idx\` ON \`entitlements_how_to_get\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`entitlements_review_history_order_idx\` ON \`entitlements_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_review_history_parent_id_idx\` ON \`entitlements_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_review_history_by_idx\` ON \`entitlements_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`area_id\` integer,
  	\`legal_status\` text DEFAULT 'in-force',
  	\`living_elsewhere\` text DEFAULT 'applies',
  	\`eligibility_age_from\` numeric,
  	\`eligibility_age_to\` numeric,
  	\`eligibility_notes\` text,
  	\`amount_type\` text DEFAULT 'none',
  	\`amount_value\` numeric,
  	\`amount_period\` text,
  	\`amount_national_minimum\` numeric,
  	\`amount_national_basis\` text,
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
  await db.run(sql`CREATE UNIQUE INDEX \`entitlements_slug_idx\` ON \`entitlements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_area_idx\` ON \`entitlements\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_review_state_idx\` ON \`entitlements\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_updated_at_idx\` ON \`entitlements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_created_at_idx\` ON \`entitlements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`entitlements__status_idx\` ON \`entitlements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`entitlements_rels_order_idx\` ON \`entitlements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_rels_parent_idx\` ON \`entitlements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_rels_path_idx\` ON \`entitlements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_rels_users_id_idx\` ON \`entitlements_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_version_eligibility_care_status\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_entitlements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_eligibility_care_status_order_idx\` ON \`_entitlements_v_version_eligibility_care_status\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_eligibility_care_status_parent_idx\` ON \`_entitlements_v_version_eligibility_care_status\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_version_eligibility_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_entitlements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_eligibility_circumstances_order_idx\` ON \`_entitlements_v_version_eligibility_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_eligibility_circumstances_parent_idx\` ON \`_entitlements_v_version_eligibility_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_version_how_to_get\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_entitlements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_how_to_get_order_idx\` ON \`_entitlements_v_version_how_to_get\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_how_to_get_parent_id_idx\` ON \`_entitlements_v_version_how_to_get\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_entitlements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_review_history_order_idx\` ON \`_entitlements_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_review_history_parent_id_idx\` ON \`_entitlements_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_review_history_by_idx\` ON \`_entitlements_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_area_id\` integer,
  	\`version_legal_status\` text DEFAULT 'in-force',
  	\`version_living_elsewhere\` text DEFAULT 'applies',
  	\`version_eligibility_age_from\` numeric,
  	\`version_eligibility_age_to\` numeric,
  	\`version_eligibility_notes\` text,
  	\`version_amount_type\` text DEFAULT 'none',
  	\`version_amount_value\` numeric,
  	\`version_amount_period\` text,
  	\`version_amount_national_minimum\` numeric,
  	\`version_amount_national_basis\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_entitlements_v_parent_idx\` ON \`_entitlements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_version_slug_idx\` ON \`_entitlements_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_version_area_idx\` ON \`_entitlements_v\` (\`version_area_id\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_version_review_state_idx\` ON \`_entitlements_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_version_updated_at_idx\` ON \`_entitlements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_version_created_at_idx\` ON \`_entitlements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_version__status_idx\` ON \`_entitlements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_created_at_idx\` ON \`_entitlements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_updated_at_idx\` ON \`_entitlements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_latest_idx\` ON \`_entitlements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_entitlements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_entitlements_v_rels_order_idx\` ON \`_entitlements_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_rels_parent_idx\` ON \`_entitlements_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_rels_path_idx\` ON \`_entitlements_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_rels_users_id_idx\` ON \`_entitlements_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`DROP TABLE \`site_build\`;`)
  await db.run(sql`ALTER TABLE \`guides_rels\` ADD \`entitlements_id\` integer REFERENCES entitlements(id);`)
  await db.run(sql`CREATE INDEX \`guides_rels_entitlements_id_idx\` ON \`guides_rels\` (\`entitlements_id\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v_rels\` ADD \`entitlements_id\` integer REFERENCES entitlements(id);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_entitlements_id_idx\` ON \`_guides_v_rels\` (\`entitlements_id\`);`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`build_status\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`build_trigger\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`build_started_at\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`build_finished_at\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`build_pages\` numeric;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`build_message\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_slug_idx\` ON \`authorities\` (\`slug\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`local_details_id\` integer REFERENCES local_details(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`entitlements_id\` integer REFERENCES entitlements(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_details_id_idx\` ON \`payload_locked_documents_rels\` (\`local_details_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_entitlements_id_idx\` ON \`payload_locked_documents_rels\` (\`entitlements_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_guides_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_guides_rels\`("id", "order", "parent_id", "path", "offers_id", "users_id") SELECT "id", "order", "parent_id", "path", "offers_id", "users_id" FROM \`guides_rels\`;`)
  await db.run(sql`DROP TABLE \`guides_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides_rels\` RENAME TO \`guides_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`guides_rels_order_idx\` ON \`guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_parent_idx\` ON \`guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_path_idx\` ON \`guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_offers_id_idx\` ON \`guides_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_users_id_idx\` ON \`guides_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__guides_v_rels\`("id", "order", "parent_id", "path", "offers_id", "users_id") SELECT "id", "order", "parent_id", "path", "offers_id", "users_id" FROM \`_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v_rels\` RENAME TO \`_guides_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_order_idx\` ON \`_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_parent_idx\` ON \`_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_path_idx\` ON \`_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_offers_id_idx\` ON \`_guides_v_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_users_id_idx\` ON \`_guides_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "offers_id", "guides_id", "spotlights_id", "pledges_id", "glossary_terms_id", "indicators_id", "areas_id", "authorities_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "offers_id", "guides_id", "spotlights_id", "pledges_id", "glossary_terms_id", "indicators_id", "areas_id", "authorities_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  // The tables this migration made are dropped only once no table refers to them any more (the
  // rels tables above are rebuilt without their columns): with foreign keys on, SQLite cannot drop
  // a table that a remaining table refers to alongside a table already dropped ("no such table").
  await db.run(sql`DROP TABLE \`local_details_how_to_get\`;`)
  await db.run(sql`DROP TABLE \`local_details_review_history\`;`)
  await db.run(sql`DROP TABLE \`local_details\`;`)
  await db.run(sql`DROP TABLE \`local_details_rels\`;`)
  await db.run(sql`DROP TABLE \`_local_details_v_version_how_to_get\`;`)
  await db.run(sql`DROP TABLE \`_local_details_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_local_details_v\`;`)
  await db.run(sql`DROP TABLE \`_local_details_v_rels\`;`)
  await db.run(sql`DROP TABLE \`entitlements_eligibility_care_status\`;`)
  await db.run(sql`DROP TABLE \`entitlements_eligibility_circumstances\`;`)
  await db.run(sql`DROP TABLE \`entitlements_how_to_get\`;`)
  await db.run(sql`DROP TABLE \`entitlements_review_history\`;`)
  await db.run(sql`DROP TABLE \`entitlements\`;`)
  await db.run(sql`DROP TABLE \`entitlements_rels\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_version_eligibility_care_status\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_version_eligibility_circumstances\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_version_how_to_get\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP INDEX \`authorities_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`build_status\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`build_trigger\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`build_started_at\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`build_finished_at\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`build_pages\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`build_message\`;`)
}
