import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`spotlights_facts\` (
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
  await db.run(sql`CREATE INDEX \`spotlights_facts_order_idx\` ON \`spotlights_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`spotlights_facts_parent_id_idx\` ON \`spotlights_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_spotlights_v_version_facts\` (
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
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_facts_order_idx\` ON \`_spotlights_v_version_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_spotlights_v_version_facts_parent_id_idx\` ON \`_spotlights_v_version_facts\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`contact_website\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`spotlights\` ADD \`contact_phone\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_contact_website\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` ADD \`version_contact_phone\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`spotlights_facts\`;`)
  await db.run(sql`DROP TABLE \`_spotlights_v_version_facts\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`contact_website\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`contact_email\`;`)
  await db.run(sql`ALTER TABLE \`spotlights\` DROP COLUMN \`contact_phone\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_contact_website\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_contact_email\`;`)
  await db.run(sql`ALTER TABLE \`_spotlights_v\` DROP COLUMN \`version_contact_phone\`;`)
}
