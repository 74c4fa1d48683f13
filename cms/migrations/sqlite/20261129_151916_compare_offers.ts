import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`offers\` ADD \`compare_as\` text;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_compare_as\` text;`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`compare_as\` text;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_compare_as\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`compare_as\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_compare_as\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`compare_as\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_compare_as\`;`)
}
