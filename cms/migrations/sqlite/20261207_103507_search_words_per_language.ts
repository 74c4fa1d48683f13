import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Each language keeps its own search words (issue 21, part 5): the list there is now is English.
  await db.run(sql`ALTER TABLE \`search_words_entries\` ADD \`_locale\` text NOT NULL DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`search_words_entries_locale_idx\` ON \`search_words_entries\` (\`_locale\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The release before languages has one list: the English one.
  await db.run(sql`DELETE FROM \`search_words_entries\` WHERE \`_locale\` <> 'en';`)
  await db.run(sql`DROP INDEX \`search_words_entries_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`search_words_entries\` DROP COLUMN \`_locale\`;`)
}
