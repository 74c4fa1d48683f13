import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`local_terms_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`alias\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_terms_aliases_order_idx\` ON \`local_terms_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_aliases_parent_id_idx\` ON \`local_terms_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_terms_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_terms_review_history_order_idx\` ON \`local_terms_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_review_history_parent_id_idx\` ON \`local_terms_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_review_history_by_idx\` ON \`local_terms_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`local_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`council_id\` integer,
  	\`term\` text,
  	\`slug\` text,
  	\`meaning\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`local_terms_council_idx\` ON \`local_terms\` (\`council_id\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_slug_idx\` ON \`local_terms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_review_state_idx\` ON \`local_terms\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_updated_at_idx\` ON \`local_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_created_at_idx\` ON \`local_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`local_terms__status_idx\` ON \`local_terms\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`council_slug_4_idx\` ON \`local_terms\` (\`council_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`local_terms_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_terms_rels_order_idx\` ON \`local_terms_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_rels_parent_idx\` ON \`local_terms_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_rels_path_idx\` ON \`local_terms_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`local_terms_rels_users_id_idx\` ON \`local_terms_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_terms_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alias\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_aliases_order_idx\` ON \`_local_terms_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_aliases_parent_id_idx\` ON \`_local_terms_v_version_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_terms_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_review_history_order_idx\` ON \`_local_terms_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_review_history_parent_id_idx\` ON \`_local_terms_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_review_history_by_idx\` ON \`_local_terms_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_terms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_council_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_terms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_terms_v_parent_idx\` ON \`_local_terms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_version_council_idx\` ON \`_local_terms_v\` (\`version_council_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_version_slug_idx\` ON \`_local_terms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_version_review_state_idx\` ON \`_local_terms_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_version_updated_at_idx\` ON \`_local_terms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_version_created_at_idx\` ON \`_local_terms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_version_version__status_idx\` ON \`_local_terms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_created_at_idx\` ON \`_local_terms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_updated_at_idx\` ON \`_local_terms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_latest_idx\` ON \`_local_terms_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_council_version_slug_3_idx\` ON \`_local_terms_v\` (\`version_council_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`_local_terms_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_local_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_terms_v_rels_order_idx\` ON \`_local_terms_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_rels_parent_idx\` ON \`_local_terms_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_rels_path_idx\` ON \`_local_terms_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_local_terms_v_rels_users_id_idx\` ON \`_local_terms_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`local_terms_id\` integer REFERENCES local_terms(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`local_terms_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`local_terms_aliases\`;`)
  await db.run(sql`DROP TABLE \`local_terms_review_history\`;`)
  await db.run(sql`DROP TABLE \`local_terms\`;`)
  await db.run(sql`DROP TABLE \`local_terms_rels\`;`)
  await db.run(sql`DROP TABLE \`_local_terms_v_version_aliases\`;`)
  await db.run(sql`DROP TABLE \`_local_terms_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_local_terms_v\`;`)
  await db.run(sql`DROP TABLE \`_local_terms_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offers_id\` integer,
  	\`local_details_id\` integer,
  	\`guides_id\` integer,
  	\`pledges_id\` integer,
  	\`indicators_id\` integer,
  	\`entitlements_id\` integer,
  	\`spotlights_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`areas_id\` integer,
  	\`authorities_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`local_details_id\`) REFERENCES \`local_details\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`entitlements_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spotlights_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "offers_id", "local_details_id", "guides_id", "pledges_id", "indicators_id", "entitlements_id", "spotlights_id", "glossary_terms_id", "areas_id", "authorities_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "offers_id", "local_details_id", "guides_id", "pledges_id", "indicators_id", "entitlements_id", "spotlights_id", "glossary_terms_id", "areas_id", "authorities_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offers_id_idx\` ON \`payload_locked_documents_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_details_id_idx\` ON \`payload_locked_documents_rels\` (\`local_details_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pledges_id_idx\` ON \`payload_locked_documents_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_entitlements_id_idx\` ON \`payload_locked_documents_rels\` (\`entitlements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spotlights_id_idx\` ON \`payload_locked_documents_rels\` (\`spotlights_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authorities_id_idx\` ON \`payload_locked_documents_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
