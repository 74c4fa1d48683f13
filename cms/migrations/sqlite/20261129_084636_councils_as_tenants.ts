import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_councils\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`council_id\` integer NOT NULL,
  	\`role\` text DEFAULT 'young-editor' NOT NULL,
  	FOREIGN KEY (\`council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_councils_order_idx\` ON \`users_councils\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_councils_parent_id_idx\` ON \`users_councils\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_councils_council_idx\` ON \`users_councils\` (\`council_id\`);`)
  await db.run(sql`DROP INDEX \`offers_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`offers_council_idx\` ON \`offers\` (\`council_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`council_slug_idx\` ON \`offers\` (\`council_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offers_slug_idx\` ON \`offers\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`guides_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`guides_council_idx\` ON \`guides\` (\`council_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`council_slug_1_idx\` ON \`guides\` (\`council_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`pledges_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`pledges_council_idx\` ON \`pledges\` (\`council_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`council_slug_2_idx\` ON \`pledges\` (\`council_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pledges_slug_idx\` ON \`pledges\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`indicators_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`indicators_council_idx\` ON \`indicators\` (\`council_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`council_slug_3_idx\` ON \`indicators\` (\`council_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version_council_idx\` ON \`_offers_v\` (\`version_council_id\`);`)
  await db.run(sql`CREATE INDEX \`version_council_version_slug_idx\` ON \`_offers_v\` (\`version_council_id\`,\`version_slug\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_council_idx\` ON \`_guides_v\` (\`version_council_id\`);`)
  await db.run(sql`CREATE INDEX \`version_council_version_slug_1_idx\` ON \`_guides_v\` (\`version_council_id\`,\`version_slug\`);`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`version_council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`_pledges_v_version_version_council_idx\` ON \`_pledges_v\` (\`version_council_id\`);`)
  await db.run(sql`CREATE INDEX \`version_council_version_slug_2_idx\` ON \`_pledges_v\` (\`version_council_id\`,\`version_slug\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`council_id\` integer REFERENCES authorities(id);`)
  await db.run(sql`CREATE INDEX \`media_council_idx\` ON \`media\` (\`council_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`platform_role\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`young_editor_only\` integer DEFAULT false;`)
  // The upgrade from one council: the council already here becomes the platform's first,
  // and its offers, guides, pledges, indicators (and their versions) and people belong to
  // it. Admins become platform admins; staff, reviewers and young editors keep their role
  // in that council. Uploads stay with the platform (today only spotlights, which are
  // national, use them). Nothing is deleted.
  const first = sql`(SELECT min(\`id\`) FROM \`authorities\`)`
  for (const table of ['offers', 'guides', 'pledges', 'indicators']) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET \`council_id\` = ${first} WHERE \`council_id\` IS NULL;`)
  }
  for (const table of ['_offers_v', '_guides_v', '_pledges_v']) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET \`version_council_id\` = ${first} WHERE \`version_council_id\` IS NULL;`)
  }
  await db.run(sql`UPDATE \`users\` SET \`platform_role\` = 'admin' WHERE \`role\` = 'admin';`)
  await db.run(sql`INSERT INTO \`users_councils\` (\`_order\`, \`_parent_id\`, \`id\`, \`council_id\`, \`role\`)
    SELECT 1, \`id\`, lower(hex(randomblob(12))), ${first}, \`role\` FROM \`users\`
    WHERE \`role\` IN ('staff', 'reviewer', 'young-editor') AND EXISTS (SELECT 1 FROM \`authorities\`);`)
  await db.run(sql`UPDATE \`users\` SET \`young_editor_only\` = (\`role\` = 'young-editor' AND EXISTS (SELECT 1 FROM \`authorities\`));`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`role\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_councils\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_offers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`area_id\` integer,
  	\`kind\` text DEFAULT 'local',
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
  await db.run(sql`INSERT INTO \`__new_offers\`("id", "title", "slug", "summary", "body", "area_id", "kind", "legal_status", "living_elsewhere", "eligibility_age_from", "eligibility_age_to", "eligibility_notes", "amount_type", "amount_value", "amount_period", "amount_national_minimum", "amount_national_basis", "amount_note", "who_to_ask", "if_refused", "legal_basis", "source_url", "last_reviewed", "next_review", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "body", "area_id", "kind", "legal_status", "living_elsewhere", "eligibility_age_from", "eligibility_age_to", "eligibility_notes", "amount_type", "amount_value", "amount_period", "amount_national_minimum", "amount_national_basis", "amount_note", "who_to_ask", "if_refused", "legal_basis", "source_url", "last_reviewed", "next_review", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status" FROM \`offers\`;`)
  await db.run(sql`DROP TABLE \`offers\`;`)
  await db.run(sql`ALTER TABLE \`__new_offers\` RENAME TO \`offers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`offers_slug_idx\` ON \`offers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offers_area_idx\` ON \`offers\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_review_state_idx\` ON \`offers\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`offers_updated_at_idx\` ON \`offers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offers_created_at_idx\` ON \`offers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offers__status_idx\` ON \`offers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__offers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_area_id\` integer,
  	\`version_kind\` text DEFAULT 'local',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__offers_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_area_id", "version_kind", "version_legal_status", "version_living_elsewhere", "version_eligibility_age_from", "version_eligibility_age_to", "version_eligibility_notes", "version_amount_type", "version_amount_value", "version_amount_period", "version_amount_national_minimum", "version_amount_national_basis", "version_amount_note", "version_who_to_ask", "version_if_refused", "version_legal_basis", "version_source_url", "version_last_reviewed", "version_next_review", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_area_id", "version_kind", "version_legal_status", "version_living_elsewhere", "version_eligibility_age_from", "version_eligibility_age_to", "version_eligibility_notes", "version_amount_type", "version_amount_value", "version_amount_period", "version_amount_national_minimum", "version_amount_national_basis", "version_amount_note", "version_who_to_ask", "version_if_refused", "version_legal_basis", "version_source_url", "version_last_reviewed", "version_next_review", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_offers_v\`;`)
  await db.run(sql`DROP TABLE \`_offers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__offers_v\` RENAME TO \`_offers_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_guides\` (
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
  await db.run(sql`INSERT INTO \`__new_guides\`("id", "title", "slug", "summary", "intro", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "intro", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status" FROM \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides\` RENAME TO \`guides\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_review_state_idx\` ON \`guides\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v\` (
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
  await db.run(sql`INSERT INTO \`__new__guides_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_intro", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_intro", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v\` RENAME TO \`_guides_v\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_review_state_idx\` ON \`_guides_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_pledges\` (
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
  await db.run(sql`INSERT INTO \`__new_pledges\`("id", "you_said", "slug", "we_did", "progress", "asked_at", "asked_on", "updated_on", "area_id", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status") SELECT "id", "you_said", "slug", "we_did", "progress", "asked_at", "asked_on", "updated_on", "area_id", "review_state", "review_comment", "plain_english", "co_author_names", "updated_at", "created_at", "_status" FROM \`pledges\`;`)
  await db.run(sql`DROP TABLE \`pledges\`;`)
  await db.run(sql`ALTER TABLE \`__new_pledges\` RENAME TO \`pledges\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pledges_slug_idx\` ON \`pledges\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pledges_area_idx\` ON \`pledges\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`pledges_review_state_idx\` ON \`pledges\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`pledges_updated_at_idx\` ON \`pledges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pledges_created_at_idx\` ON \`pledges\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pledges__status_idx\` ON \`pledges\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pledges_v\` (
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
  await db.run(sql`INSERT INTO \`__new__pledges_v\`("id", "parent_id", "version_you_said", "version_slug", "version_we_did", "version_progress", "version_asked_at", "version_asked_on", "version_updated_on", "version_area_id", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_you_said", "version_slug", "version_we_did", "version_progress", "version_asked_at", "version_asked_on", "version_updated_on", "version_area_id", "version_review_state", "version_review_comment", "version_plain_english", "version_co_author_names", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_pledges_v\`;`)
  await db.run(sql`DROP TABLE \`_pledges_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pledges_v\` RENAME TO \`_pledges_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text NOT NULL,
  	\`unit\` text DEFAULT 'percent' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_indicators\`("id", "title", "slug", "description", "unit", "updated_at", "created_at") SELECT "id", "title", "slug", "description", "unit", "updated_at", "created_at" FROM \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicators\` RENAME TO \`indicators\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "shows_identifiable_person", "consent_reference", "consent_given_on", "consent_expires_on", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_small_url", "sizes_small_width", "sizes_small_height", "sizes_small_mime_type", "sizes_small_filesize", "sizes_small_filename", "sizes_medium_url", "sizes_medium_width", "sizes_medium_height", "sizes_medium_mime_type", "sizes_medium_filesize", "sizes_medium_filename") SELECT "id", "alt", "caption", "shows_identifiable_person", "consent_reference", "consent_given_on", "consent_expires_on", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_small_url", "sizes_small_width", "sizes_small_height", "sizes_small_mime_type", "sizes_small_filesize", "sizes_small_filename", "sizes_medium_url", "sizes_medium_width", "sizes_medium_height", "sizes_medium_mime_type", "sizes_medium_filesize", "sizes_medium_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`role\` text DEFAULT 'young-editor' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`platform_role\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`young_editor_only\`;`)
}
