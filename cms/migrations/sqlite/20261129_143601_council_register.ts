import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { moveSpotlightCouncils, rememberRegisteredNames, rememberSpotlightCouncils, restoreSpotlightCouncils, type Db } from '../steps/spotlightCouncils'

/** Spotlights' councils move from free text to the register of councils (`../steps/spotlightCouncils`). */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.run(query),
  all: async (query) => (await db.all(query)) as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const remembered = await rememberSpotlightCouncils(dialect(db))
  await db.run(sql`CREATE TABLE \`council_register\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`ons_code\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`region\` text NOT NULL,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`council_register_ons_code_idx\` ON \`council_register\` (\`ons_code\`);`)
  await db.run(sql`CREATE INDEX \`council_register_updated_at_idx\` ON \`council_register\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`council_register_created_at_idx\` ON \`council_register\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_spotlights\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`team\` text,
  	\`contact_role\` text,
  	\`body\` text,
  	\`source_collection\` text DEFAULT 'National practice library',
  	\`source_year\` numeric,
  	\`last_reviewed\` text,
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
  await db.run(sql`INSERT INTO \`__new_spotlights\`("id", "title", "slug", "summary", "team", "contact_role", "body", "source_collection", "source_year", "last_reviewed", "image_id", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "team", "contact_role", "body", "source_collection", "source_year", "last_reviewed", "image_id", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status" FROM \`spotlights\`;`)
  await db.run(sql`DROP TABLE \`spotlights\`;`)
  await db.run(sql`ALTER TABLE \`__new_spotlights\` RENAME TO \`spotlights\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`spotlights_slug_idx\` ON \`spotlights\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_image_idx\` ON \`spotlights\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_review_state_idx\` ON \`spotlights\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_updated_at_idx\` ON \`spotlights\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_created_at_idx\` ON \`spotlights\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`spotlights__status_idx\` ON \`spotlights\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__spotlights_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_team\` text,
  	\`version_contact_role\` text,
  	\`version_body\` text,
  	\`version_source_collection\` text DEFAULT 'National practice library',
  	\`version_source_year\` numeric,
  	\`version_last_reviewed\` text,
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
  await db.run(sql`INSERT INTO \`__new__spotlights_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_team", "version_contact_role", "version_body", "version_source_collection", "version_source_year", "version_last_reviewed", "version_image_id", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_team", "version_contact_role", "version_body", "version_source_collection", "version_source_year", "version_last_reviewed", "version_image_id", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_spotlights_v\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__spotlights_v\` RENAME TO \`_spotlights_v\`;`)
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
  await db.run(sql`ALTER TABLE \`indicators_figures\` ADD \`registered_council_id\` integer REFERENCES council_register(id);`)
  await db.run(sql`CREATE INDEX \`indicators_figures_registered_council_idx\` ON \`indicators_figures\` (\`registered_council_id\`);`)
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights_rels\` ADD \`council_register_id\` integer REFERENCES council_register(id);`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_council_register_id_idx\` ON \`spotlights_rels\` (\`council_register_id\`);`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_rels\` ADD \`council_register_id\` integer REFERENCES council_register(id);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_council_register_id_idx\` ON \`_spotlights_v_rels\` (\`council_register_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`council_register_id\` integer REFERENCES council_register(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_council_register_id_idx\` ON \`payload_locked_documents_rels\` (\`council_register_id\`);`)
  await moveSpotlightCouncils(dialect(db), remembered, (message) => payload.logger.warn(message))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  const remembered = await rememberRegisteredNames(dialect(db))
  await db.run(sql`DROP TABLE \`council_register\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_indicators_figures\` (
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
  await db.run(sql`INSERT INTO \`__new_indicators_figures\`("_order", "_parent_id", "id", "period", "place", "place_kind", "value", "is_demo", "source") SELECT "_order", "_parent_id", "id", "period", "place", "place_kind", "value", "is_demo", "source" FROM \`indicators_figures\`;`)
  await db.run(sql`DROP TABLE \`indicators_figures\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicators_figures\` RENAME TO \`indicators_figures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`indicators_figures_order_idx\` ON \`indicators_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_figures_parent_id_idx\` ON \`indicators_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_spotlights_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_spotlights_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`spotlights_rels\`;`)
  await db.run(sql`DROP TABLE \`spotlights_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_spotlights_rels\` RENAME TO \`spotlights_rels\`;`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_order_idx\` ON \`spotlights_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_parent_idx\` ON \`spotlights_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_path_idx\` ON \`spotlights_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_rels_users_id_idx\` ON \`spotlights_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__spotlights_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__spotlights_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_spotlights_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__spotlights_v_rels\` RENAME TO \`_spotlights_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_order_idx\` ON \`_spotlights_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_parent_idx\` ON \`_spotlights_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_path_idx\` ON \`_spotlights_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_rels_users_id_idx\` ON \`_spotlights_v_rels\` (\`users_id\`);`)
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
  	\`local_terms_id\` integer,
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
  	FOREIGN KEY (\`local_terms_id\`) REFERENCES \`local_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`entitlements_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spotlights_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "offers_id", "local_details_id", "guides_id", "pledges_id", "indicators_id", "local_terms_id", "entitlements_id", "spotlights_id", "glossary_terms_id", "areas_id", "authorities_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "offers_id", "local_details_id", "guides_id", "pledges_id", "indicators_id", "local_terms_id", "entitlements_id", "spotlights_id", "glossary_terms_id", "areas_id", "authorities_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offers_id_idx\` ON \`payload_locked_documents_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_details_id_idx\` ON \`payload_locked_documents_rels\` (\`local_details_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pledges_id_idx\` ON \`payload_locked_documents_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`local_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_entitlements_id_idx\` ON \`payload_locked_documents_rels\` (\`entitlements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spotlights_id_idx\` ON \`payload_locked_documents_rels\` (\`spotlights_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authorities_id_idx\` ON \`payload_locked_documents_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_spotlights\` (
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
  	\`last_reviewed\` text,
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
  await db.run(sql`INSERT INTO \`__new_spotlights\`("id", "council", "title", "slug", "summary", "team", "contact_role", "body", "source_collection", "source_year", "last_reviewed", "image_id", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status") SELECT "id", '', "title", "slug", "summary", "team", "contact_role", "body", "source_collection", "source_year", "last_reviewed", "image_id", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status" FROM \`spotlights\`;`)
  await db.run(sql`DROP TABLE \`spotlights\`;`)
  await db.run(sql`ALTER TABLE \`__new_spotlights\` RENAME TO \`spotlights\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`spotlights_slug_idx\` ON \`spotlights\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_image_idx\` ON \`spotlights\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_review_state_idx\` ON \`spotlights\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_updated_at_idx\` ON \`spotlights\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_created_at_idx\` ON \`spotlights\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`spotlights__status_idx\` ON \`spotlights\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__spotlights_v\` (
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
  	\`version_last_reviewed\` text,
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
  await db.run(sql`INSERT INTO \`__new__spotlights_v\`("id", "parent_id", "version_council", "version_title", "version_slug", "version_summary", "version_team", "version_contact_role", "version_body", "version_source_collection", "version_source_year", "version_last_reviewed", "version_image_id", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", NULL, "version_title", "version_slug", "version_summary", "version_team", "version_contact_role", "version_body", "version_source_collection", "version_source_year", "version_last_reviewed", "version_image_id", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_spotlights_v\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__spotlights_v\` RENAME TO \`_spotlights_v\`;`)
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
  await db.run(sql`ALTER TABLE \`spotlights_outcomes\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v_version_outcomes\` DROP COLUMN \`kind\`;`)
  await restoreSpotlightCouncils(dialect(db), remembered)
}
