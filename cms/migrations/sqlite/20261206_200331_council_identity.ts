import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { fillCouncilIdentity } from '../steps/councilIdentity'
import type { Db } from '../steps/spotlightCouncils'

/**
 * A council's identity (issue 18, finding 2): its link to the register is stored, and no two
 * councils share a name (`../steps/councilIdentity` links and renames what is already here);
 * and invitations (finding 12): the address an account was invited at.
 */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.run(query),
  all: async (query) => (await db.all(query)) as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`registered_council_id\` integer REFERENCES council_register(id);`)
  await fillCouncilIdentity(dialect(db), (message) => payload.logger.warn(message))
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_name_idx\` ON \`authorities\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_registered_council_idx\` ON \`authorities\` (\`registered_council_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invited_email\` text;`)
  await db.run(sql`CREATE INDEX \`users_invited_email_idx\` ON \`users\` (\`invited_email\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_authorities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`uuid\` text,
  	\`ons_code\` text NOT NULL,
  	\`is_demo\` integer DEFAULT false,
  	\`service_name\` text DEFAULT 'Leaving care service' NOT NULL,
  	\`phone\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`opening_hours\` text NOT NULL,
  	\`emergency_label\` text DEFAULT 'Out-of-hours emergency line' NOT NULL,
  	\`emergency_phone\` text NOT NULL,
  	\`emergency_hours\` text NOT NULL,
  	\`website\` text,
  	\`site_url\` text,
  	\`build_status\` text,
  	\`build_trigger\` text,
  	\`build_started_at\` text,
  	\`build_finished_at\` text,
  	\`build_pages\` numeric,
  	\`build_message\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_authorities\`("id", "name", "slug", "uuid", "ons_code", "is_demo", "service_name", "phone", "email", "address", "opening_hours", "emergency_label", "emergency_phone", "emergency_hours", "website", "site_url", "build_status", "build_trigger", "build_started_at", "build_finished_at", "build_pages", "build_message", "updated_at", "created_at") SELECT "id", "name", "slug", "uuid", "ons_code", "is_demo", "service_name", "phone", "email", "address", "opening_hours", "emergency_label", "emergency_phone", "emergency_hours", "website", "site_url", "build_status", "build_trigger", "build_started_at", "build_finished_at", "build_pages", "build_message", "updated_at", "created_at" FROM \`authorities\`;`)
  await db.run(sql`DROP TABLE \`authorities\`;`)
  await db.run(sql`ALTER TABLE \`__new_authorities\` RENAME TO \`authorities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_slug_idx\` ON \`authorities\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_uuid_idx\` ON \`authorities\` (\`uuid\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_ons_code_idx\` ON \`authorities\` (\`ons_code\`);`)
  await db.run(sql`CREATE INDEX \`authorities_updated_at_idx\` ON \`authorities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authorities_created_at_idx\` ON \`authorities\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`users_invited_email_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invited_email\`;`)
}
