import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`change_log_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`change_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`change_log_kinds_order_idx\` ON \`change_log_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`change_log_kinds_parent_idx\` ON \`change_log_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`change_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`council_id\` integer,
  	\`changed_in\` text NOT NULL,
  	\`document_id\` numeric NOT NULL,
  	\`page\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`line\` text NOT NULL,
  	\`changed_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`council_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`change_log_council_idx\` ON \`change_log\` (\`council_id\`);`)
  await db.run(sql`CREATE INDEX \`change_log_document_id_idx\` ON \`change_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`change_log_changed_at_idx\` ON \`change_log\` (\`changed_at\`);`)
  await db.run(sql`CREATE INDEX \`change_log_updated_at_idx\` ON \`change_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`change_log_created_at_idx\` ON \`change_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`offers\` ADD \`what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`local_details\` ADD \`what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` ADD \`version_what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts\` ADD \`what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` ADD \`version_what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`pledges\` ADD \`what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` ADD \`version_what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` ADD \`what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`version_what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`change_log_id\` integer REFERENCES change_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_log_id_idx\` ON \`payload_locked_documents_rels\` (\`change_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // As the earlier migrations undo theirs (translation_state): drop the column, not rebuild the table, which would
  // change the other columns' foreign keys and break the downs before it.
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_change_log_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`change_log_id\`;`)
  await db.run(sql`DROP TABLE \`change_log_kinds\`;`)
  await db.run(sql`DROP TABLE \`change_log\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`what_changed\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_what_changed\`;`)
  await db.run(sql`ALTER TABLE \`local_details\` DROP COLUMN \`what_changed\`;`)
  await db.run(sql`ALTER TABLE \`_local_details_v\` DROP COLUMN \`version_what_changed\`;`)
  await db.run(sql`ALTER TABLE \`guide_local_parts\` DROP COLUMN \`what_changed\`;`)
  await db.run(sql`ALTER TABLE \`_guide_local_parts_v\` DROP COLUMN \`version_what_changed\`;`)
  await db.run(sql`ALTER TABLE \`pledges\` DROP COLUMN \`what_changed\`;`)
  await db.run(sql`ALTER TABLE \`_pledges_v\` DROP COLUMN \`version_what_changed\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`what_changed\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_what_changed\`;`)
  await db.run(sql`ALTER TABLE \`guide_chapters\` DROP COLUMN \`what_changed\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`version_what_changed\`;`)
}
