import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`spotlights_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`when\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`spotlights\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`spotlights_milestones_order_idx\` ON \`spotlights_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_milestones_parent_id_idx\` ON \`spotlights_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`when\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_spotlights_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_milestones_order_idx\` ON \`_spotlights_v_version_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_milestones_parent_id_idx\` ON \`_spotlights_v_version_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_words_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`says\` text NOT NULL,
  	\`means\` text NOT NULL,
  	\`urgent\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`search_words\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_words_entries_order_idx\` ON \`search_words_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`search_words_entries_parent_id_idx\` ON \`search_words_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_words\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`legal_status\` text DEFAULT 'in-force';`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`living_elsewhere\` text DEFAULT 'applies';`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`amount_national_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_legal_status\` text DEFAULT 'in-force';`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_living_elsewhere\` text DEFAULT 'applies';`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_amount_national_basis\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`site_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`spotlights_milestones\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_milestones\`;`)
  await db.run(sql`DROP TABLE \`search_words_entries\`;`)
  await db.run(sql`DROP TABLE \`search_words\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`legal_status\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`living_elsewhere\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`amount_national_basis\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_legal_status\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_living_elsewhere\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_amount_national_basis\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`last_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_last_reviewed\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`site_url\`;`)
}
