import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback_rate_limits\` (
  	\`key\` text PRIMARY KEY NOT NULL,
  	\`points\` integer DEFAULT 0 NOT NULL,
  	\`expire\` integer
  );
  `)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`council_id\` integer,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`helpful\` text,
  	\`text\` text,
  	\`urgent\` integer DEFAULT false,
  	\`page_url\` text NOT NULL,
  	\`language\` text,
  	\`staff_note\` text,
  	\`pledge_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pledge_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_council_idx\` ON \`feedback\` (\`council_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_page_url_idx\` ON \`feedback\` (\`page_url\`);`)
  await db.run(sql`CREATE INDEX \`feedback_pledge_idx\` ON \`feedback\` (\`pledge_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`offers_id\` integer,
  	\`entitlements_id\` integer,
  	\`guide_chapters_id\` integer,
  	\`guides_id\` integer,
  	\`pledges_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offers_id\`) REFERENCES \`offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`entitlements_id\`) REFERENCES \`entitlements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_chapters_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_rels_order_idx\` ON \`feedback_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_parent_idx\` ON \`feedback_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_path_idx\` ON \`feedback_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_offers_id_idx\` ON \`feedback_rels\` (\`offers_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_entitlements_id_idx\` ON \`feedback_rels\` (\`entitlements_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_guide_chapters_id_idx\` ON \`feedback_rels\` (\`guide_chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_guides_id_idx\` ON \`feedback_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_pledges_id_idx\` ON \`feedback_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_users_id_idx\` ON \`feedback_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`version_source\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`feedback_retention_days\` numeric DEFAULT 365;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The locked-documents column first, as the change log's down does: it was added with its reference
  // inline, so SQLite can drop it. (Rebuilding the table, as generated, writes every reference as a
  // table constraint, and the change log's down could then no longer drop its own column.)
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_feedback_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`feedback_id\`;`)
  await db.run(sql`DROP TABLE \`feedback_rels\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback_rate_limits\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` DROP COLUMN \`version_source\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`feedback_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
