import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** The fictional demo councils' complaints contacts (Ofcom drama numbers, .example addresses), as in their authority.yaml. */
const DEMO_COMPLAINTS = [
  ['DEMO0001', '020 7946 0150', 'complaints@demo-borough.example', 'https://www.demo-borough.example/complaints'],
  ['DEMO0002', '0113 496 0460', 'complaints@northdale.example', 'https://www.northdale.example/complaints'],
  ['DEMO0003', '0117 496 0360', 'complaints@riverford.example', 'https://www.riverford.example/complaints'],
] as const

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`guides_chapters_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_chapters_sources_order_idx\` ON \`guides_chapters_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_chapters_sources_parent_id_idx\` ON \`guides_chapters_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_chapters_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_chapters_circumstances_order_idx\` ON \`guides_chapters_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_chapters_circumstances_parent_idx\` ON \`guides_chapters_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_chapters_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_chapters_sources_order_idx\` ON \`_guides_v_version_chapters_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_chapters_sources_parent_id_idx\` ON \`_guides_v_version_chapters_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_chapters_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_chapters_circumstances_order_idx\` ON \`_guides_v_version_chapters_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_chapters_circumstances_parent_idx\` ON \`_guides_v_version_chapters_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_local_parts_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_local_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_local_parts_steps_order_idx\` ON \`guide_local_parts_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_steps_parent_id_idx\` ON \`guide_local_parts_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_local_parts_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_local_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_local_parts_review_history_order_idx\` ON \`guide_local_parts_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_review_history_parent_id_idx\` ON \`guide_local_parts_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_review_history_by_idx\` ON \`guide_local_parts_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_local_parts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`council_id\` integer,
  	\`chapter_id\` integer,
  	\`title\` text,
  	\`who_to_ask\` text,
  	\`note\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`chapter_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_local_parts_council_idx\` ON \`guide_local_parts\` (\`council_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_chapter_idx\` ON \`guide_local_parts\` (\`chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_review_state_idx\` ON \`guide_local_parts\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_updated_at_idx\` ON \`guide_local_parts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_created_at_idx\` ON \`guide_local_parts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts__status_idx\` ON \`guide_local_parts\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`council_chapter_idx\` ON \`guide_local_parts\` (\`council_id\`,\`chapter_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_local_parts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_local_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_local_parts_rels_order_idx\` ON \`guide_local_parts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_rels_parent_idx\` ON \`guide_local_parts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_rels_path_idx\` ON \`guide_local_parts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_rels_offers_id_idx\` ON \`guide_local_parts_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_local_parts_rels_users_id_idx\` ON \`guide_local_parts_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_local_parts_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_local_parts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_steps_order_idx\` ON \`_guide_local_parts_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_steps_parent_id_idx\` ON \`_guide_local_parts_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_local_parts_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_local_parts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_review_history_order_idx\` ON \`_guide_local_parts_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_review_history_parent_id_idx\` ON \`_guide_local_parts_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_review_history_by_idx\` ON \`_guide_local_parts_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_local_parts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_council_id\` integer,
  	\`version_chapter_id\` integer,
  	\`version_title\` text,
  	\`version_who_to_ask\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_local_parts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chapter_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_parent_idx\` ON \`_guide_local_parts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_version_council_idx\` ON \`_guide_local_parts_v\` (\`version_council_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_version_chapter_idx\` ON \`_guide_local_parts_v\` (\`version_chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_version_review_state_idx\` ON \`_guide_local_parts_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_version_updated_at_idx\` ON \`_guide_local_parts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_version_created_at_idx\` ON \`_guide_local_parts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_version_version__status_idx\` ON \`_guide_local_parts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_created_at_idx\` ON \`_guide_local_parts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_updated_at_idx\` ON \`_guide_local_parts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_latest_idx\` ON \`_guide_local_parts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_council_version_chapter_idx\` ON \`_guide_local_parts_v\` (\`version_council_id\`,\`version_chapter_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_local_parts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offers_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guide_local_parts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_rels_order_idx\` ON \`_guide_local_parts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_rels_parent_idx\` ON \`_guide_local_parts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_rels_path_idx\` ON \`_guide_local_parts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_rels_offers_id_idx\` ON \`_guide_local_parts_v_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_local_parts_v_rels_users_id_idx\` ON \`_guide_local_parts_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_chapters_sources_order_idx\` ON \`guide_chapters_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_sources_parent_id_idx\` ON \`guide_chapters_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_chapters_circumstances_order_idx\` ON \`guide_chapters_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_circumstances_parent_idx\` ON \`guide_chapters_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`state\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_chapters_review_history_order_idx\` ON \`guide_chapters_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_review_history_parent_id_idx\` ON \`guide_chapters_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_review_history_by_idx\` ON \`guide_chapters_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 100,
  	\`summary\` text,
  	\`body\` text,
  	\`legal_basis\` text,
  	\`last_reviewed\` text,
  	\`next_review\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`plain_english\` text,
  	\`co_author_names\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_chapters_slug_idx\` ON \`guide_chapters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_review_state_idx\` ON \`guide_chapters\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_updated_at_idx\` ON \`guide_chapters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_created_at_idx\` ON \`guide_chapters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters__status_idx\` ON \`guide_chapters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`entitlements_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`entitlements_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_order_idx\` ON \`guide_chapters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_parent_idx\` ON \`guide_chapters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_path_idx\` ON \`guide_chapters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_entitlements_id_idx\` ON \`guide_chapters_rels\` (\`entitlements_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_users_id_idx\` ON \`guide_chapters_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_sources_order_idx\` ON \`_guide_chapters_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_sources_parent_id_idx\` ON \`_guide_chapters_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_version_circumstances\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guide_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_circumstances_order_idx\` ON \`_guide_chapters_v_version_circumstances\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_circumstances_parent_idx\` ON \`_guide_chapters_v_version_circumstances\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_version_review_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guide_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_review_history_order_idx\` ON \`_guide_chapters_v_version_review_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_review_history_parent_id_idx\` ON \`_guide_chapters_v_version_review_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_review_history_by_idx\` ON \`_guide_chapters_v_version_review_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_legal_basis\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_parent_idx\` ON \`_guide_chapters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_slug_idx\` ON \`_guide_chapters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_review_state_idx\` ON \`_guide_chapters_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_updated_at_idx\` ON \`_guide_chapters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_created_at_idx\` ON \`_guide_chapters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version__status_idx\` ON \`_guide_chapters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_created_at_idx\` ON \`_guide_chapters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_updated_at_idx\` ON \`_guide_chapters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_latest_idx\` ON \`_guide_chapters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`entitlements_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guide_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`entitlements_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_order_idx\` ON \`_guide_chapters_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_parent_idx\` ON \`_guide_chapters_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_path_idx\` ON \`_guide_chapters_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_entitlements_id_idx\` ON \`_guide_chapters_v_rels\` (\`entitlements_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_users_id_idx\` ON \`_guide_chapters_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` ADD \`legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` ADD \`legal_basis\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`complaints_phone\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`complaints_email\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`complaints_form_url\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_local_parts_id\` integer REFERENCES guide_local_parts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guide_chapters_id\` integer REFERENCES guide_chapters(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_local_parts_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_local_parts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_chapters_id\`);`)
  // The demo councils (fictional, by their demo ONS codes) get the complaints contacts their
  // content files give them (issue 20, part 3); any other council's staff must give one.
  for (const [onsCode, phone, email, formUrl] of DEMO_COMPLAINTS) {
    await db.run(sql`UPDATE authorities SET complaints_phone = ${phone}, complaints_email = ${email}, complaints_form_url = ${formUrl}
      WHERE ons_code = ${onsCode} AND is_demo = 1 AND complaints_phone IS NULL`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`guides_chapters_sources\`;`)
  await db.run(sql`DROP TABLE \`guides_chapters_circumstances\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_chapters_sources\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_chapters_circumstances\`;`)
  await db.run(sql`DROP TABLE \`guide_local_parts_steps\`;`)
  await db.run(sql`DROP TABLE \`guide_local_parts_review_history\`;`)
  await db.run(sql`DROP TABLE \`guide_local_parts\`;`)
  await db.run(sql`DROP TABLE \`guide_local_parts_rels\`;`)
  await db.run(sql`DROP TABLE \`_guide_local_parts_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_guide_local_parts_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_guide_local_parts_v\`;`)
  await db.run(sql`DROP TABLE \`_guide_local_parts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_sources\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_circumstances\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_review_history\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_rels\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_version_circumstances\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_rels\`;`)
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
  	\`local_terms_id\` integer,
  	\`entitlements_id\` integer,
  	\`spotlights_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`areas_id\` integer,
  	\`authorities_id\` integer,
  	\`council_register_id\` integer,
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
  	FOREIGN KEY (\`council_register_id\`) REFERENCES \`council_register\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "offers_id", "local_details_id", "guides_id", "pledges_id", "indicators_id", "local_terms_id", "entitlements_id", "spotlights_id", "glossary_terms_id", "areas_id", "authorities_id", "council_register_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "offers_id", "local_details_id", "guides_id", "pledges_id", "indicators_id", "local_terms_id", "entitlements_id", "spotlights_id", "glossary_terms_id", "areas_id", "authorities_id", "council_register_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`local_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_entitlements_id_idx\` ON \`payload_locked_documents_rels\` (\`entitlements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spotlights_id_idx\` ON \`payload_locked_documents_rels\` (\`spotlights_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authorities_id_idx\` ON \`payload_locked_documents_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_council_register_id_idx\` ON \`payload_locked_documents_rels\` (\`council_register_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`guides_chapters\` DROP COLUMN \`legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_version_chapters\` DROP COLUMN \`legal_basis\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`complaints_phone\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`complaints_email\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`complaints_form_url\`;`)
}
