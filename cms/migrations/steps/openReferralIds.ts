/**
 * The data half of the `open_referral_ids` migrations (SQLite and PostgreSQL alike): every
 * council, offer, national entitlement and area already in the database gets its open-data id
 * (a UUID, `cms/fields/uuid.ts`), and each of a document's saved versions gets the same id as
 * the document, so restoring an old version keeps it. Ids already there are left alone, so
 * running it twice changes nothing.
 */
import { newUuid } from '@content/model/uuid';
import type { Db } from './spotlightCouncils';

/** The tables with an open-data id, and their versions' tables where they have drafts. */
export const TABLES_WITH_IDS = [
  { table: 'authorities', versions: null },
  { table: 'areas', versions: null },
  { table: 'offers', versions: '_offers_v' },
  { table: 'entitlements', versions: '_entitlements_v' },
] as const;

export async function fillOpenReferralIds(db: Db, log: (message: string) => void = () => {}): Promise<void> {
  const { sql } = db;
  for (const { table, versions } of TABLES_WITH_IDS) {
    const rows = (await db.all(sql`SELECT "id" FROM ${sql.raw(`"${table}"`)} WHERE "uuid" IS NULL`)) as { id: number | string }[];
    for (const row of rows) await db.run(sql`UPDATE ${sql.raw(`"${table}"`)} SET "uuid" = ${newUuid()} WHERE "id" = ${row.id}`);
    if (versions) {
      await db.run(
        sql`UPDATE ${sql.raw(`"${versions}"`)} SET "version_uuid" = (SELECT "uuid" FROM ${sql.raw(`"${table}"`)} WHERE ${sql.raw(`"${table}"."id" = "${versions}"."parent_id"`)}) WHERE "version_uuid" IS NULL`,
      );
    }
    if (rows.length) log(`open_referral_ids: gave ${rows.length} ${table} an open-data id`);
  }
}
