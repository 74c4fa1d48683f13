import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`offers_easy_read_sentences\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`picture\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_easy_read_sentences_order_idx\` ON \`offers_easy_read_sentences\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`offers_easy_read_sentences_parent_id_idx\` ON \`offers_easy_read_sentences\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_offers_v_version_easy_read_sentences\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`picture\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offers_v_version_easy_read_sentences_order_idx\` ON \`_offers_v_version_easy_read_sentences\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_easy_read_sentences_parent_id_idx\` ON \`_offers_v_version_easy_read_sentences\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`entitlements_easy_read_sentences\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`picture\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`entitlements_easy_read_sentences_order_idx\` ON \`entitlements_easy_read_sentences\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`entitlements_easy_read_sentences_parent_id_idx\` ON \`entitlements_easy_read_sentences\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_entitlements_v_version_easy_read_sentences\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`picture\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_entitlements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_easy_read_sentences_order_idx\` ON \`_entitlements_v_version_easy_read_sentences\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_easy_read_sentences_parent_id_idx\` ON \`_entitlements_v_version_easy_read_sentences\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`authorities_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`authorities_languages_order_idx\` ON \`authorities_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`authorities_languages_parent_idx\` ON \`authorities_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`translations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text NOT NULL,
  	\`state\` text DEFAULT 'not-started' NOT NULL,
  	\`council_id\` integer,
  	\`translator_id\` integer,
  	\`translated_by\` text,
  	\`checked_by_id\` integer,
  	\`checked_by_name\` text,
  	\`checked_on\` text,
  	\`english_hash\` text,
  	\`english_version\` text,
  	\`english_on\` text,
  	\`english_changed_on\` text,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`translator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translations_council_idx\` ON \`translations\` (\`council_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_translator_idx\` ON \`translations\` (\`translator_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_checked_by_idx\` ON \`translations\` (\`checked_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`translations_key_idx\` ON \`translations\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`translations_updated_at_idx\` ON \`translations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translations_created_at_idx\` ON \`translations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authorities_id\` integer,
  	\`areas_id\` integer,
  	\`offers_id\` integer,
  	\`entitlements_id\` integer,
  	\`local_details_id\` integer,
  	\`guides_id\` integer,
  	\`guide_chapters_id\` integer,
  	\`guide_local_parts_id\` integer,
  	\`spotlights_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`local_terms_id\` integer,
  	\`pledges_id\` integer,
  	\`indicators_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`entitlements_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`local_details_id\`) REFERENCES \`local_details\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_chapters_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_local_parts_id\`) REFERENCES \`guide_local_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spotlights_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`local_terms_id\`) REFERENCES \`local_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translations_rels_order_idx\` ON \`translations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_parent_idx\` ON \`translations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_path_idx\` ON \`translations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_authorities_id_idx\` ON \`translations_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_areas_id_idx\` ON \`translations_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_offers_id_idx\` ON \`translations_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_entitlements_id_idx\` ON \`translations_rels\` (\`entitlements_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_local_details_id_idx\` ON \`translations_rels\` (\`local_details_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_guides_id_idx\` ON \`translations_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_guide_chapters_id_idx\` ON \`translations_rels\` (\`guide_chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_guide_local_parts_id_idx\` ON \`translations_rels\` (\`guide_local_parts_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_spotlights_id_idx\` ON \`translations_rels\` (\`spotlights_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_glossary_terms_id_idx\` ON \`translations_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_local_terms_id_idx\` ON \`translations_rels\` (\`local_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_pledges_id_idx\` ON \`translations_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_rels_indicators_id_idx\` ON \`translations_rels\` (\`indicators_id\`);`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`easy_read_checked_by\` text;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`easy_read_based_on\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_easy_read_checked_by\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_easy_read_based_on\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`easy_read_checked_by\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`easy_read_based_on\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_easy_read_checked_by\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_easy_read_based_on\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`easy_read\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`translator_language\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translations_id\` integer REFERENCES translations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translations_id_idx\` ON \`payload_locked_documents_rels\` (\`translations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The release before translators has no such role: their council rows go (the accounts stay).
  await db.run(sql`DELETE FROM \`users_councils\` WHERE \`role\` = 'translator';`)
  // The locked-documents column goes as it came (ALTER TABLE … ADD): rebuilding the table, as
  // the generated down did, gave every one of its foreign keys ON DELETE cascade, and an older
  // migration's down then could not drop guide_chapters ("no such table: main.guide_local_parts").
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_translations_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`translations_id\`;`)
  await db.run(sql`DROP TABLE \`translations_rels\`;`)
  await db.run(sql`DROP TABLE \`translations\`;`)
  await db.run(sql`DROP TABLE \`offers_easy_read_sentences\`;`)
  await db.run(sql`DROP TABLE \`_offers_v_version_easy_read_sentences\`;`)
  await db.run(sql`DROP TABLE \`entitlements_easy_read_sentences\`;`)
  await db.run(sql`DROP TABLE \`_entitlements_v_version_easy_read_sentences\`;`)
  await db.run(sql`DROP TABLE \`authorities_languages\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`easy_read_checked_by\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`easy_read_based_on\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_easy_read_checked_by\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_easy_read_based_on\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`easy_read_checked_by\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`easy_read_based_on\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_easy_read_checked_by\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_easy_read_based_on\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`easy_read\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`translator_language\`;`)
}
