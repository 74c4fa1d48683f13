import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Each language keeps its own search words (issue 21, part 5): the list there is now is English.
  await db.execute(sql`
   ALTER TABLE "search_words_entries" ADD COLUMN "_locale" "_locales" NOT NULL DEFAULT 'en';
  ALTER TABLE "search_words_entries" ALTER COLUMN "_locale" DROP DEFAULT;
  CREATE INDEX "search_words_entries_locale_idx" ON "search_words_entries" USING btree ("_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The release before languages has one list: the English one.
  await db.execute(sql`
   DELETE FROM "search_words_entries" WHERE "_locale" <> 'en';
   DROP INDEX "search_words_entries_locale_idx";
  ALTER TABLE "search_words_entries" DROP COLUMN "_locale";`)
}
