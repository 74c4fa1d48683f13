import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` ADD \`what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_what_changed\` text;`)
  await db.run(sql`ALTER TABLE \`change_log\` ADD \`guide\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Entries about a council's own guide have no place in the older log: they go first.
  await db.run(sql`DELETE FROM \`change_log_kinds\` WHERE \`parent_id\` IN (SELECT \`id\` FROM \`change_log\` WHERE \`changed_in\` = 'guides');`)
  await db.run(sql`DELETE FROM \`change_log\` WHERE \`changed_in\` = 'guides';`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`what_changed\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_what_changed\`;`)
  await db.run(sql`ALTER TABLE \`change_log\` DROP COLUMN \`guide\`;`)
}
