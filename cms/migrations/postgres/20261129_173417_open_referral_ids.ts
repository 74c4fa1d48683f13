import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { fillOpenReferralIds } from '../steps/openReferralIds'
import type { Db } from '../steps/spotlightCouncils'

/** Open-data ids (UUIDs) for councils, areas, offers and entitlements, filled in for what is already there (`../steps/openReferralIds`). */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.execute(query),
  all: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
})


export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers" ADD COLUMN "uuid" varchar;
  ALTER TABLE "_offers_v" ADD COLUMN "version_uuid" varchar;
  ALTER TABLE "entitlements" ADD COLUMN "uuid" varchar;
  ALTER TABLE "_entitlements_v" ADD COLUMN "version_uuid" varchar;
  ALTER TABLE "areas" ADD COLUMN "uuid" varchar;
  ALTER TABLE "authorities" ADD COLUMN "uuid" varchar;
  CREATE UNIQUE INDEX "offers_uuid_idx" ON "offers" USING btree ("uuid");
  CREATE INDEX "_offers_v_version_version_uuid_idx" ON "_offers_v" USING btree ("version_uuid");
  CREATE UNIQUE INDEX "entitlements_uuid_idx" ON "entitlements" USING btree ("uuid");
  CREATE INDEX "_entitlements_v_version_version_uuid_idx" ON "_entitlements_v" USING btree ("version_uuid");
  CREATE UNIQUE INDEX "areas_uuid_idx" ON "areas" USING btree ("uuid");
  CREATE UNIQUE INDEX "authorities_uuid_idx" ON "authorities" USING btree ("uuid");`)
  await fillOpenReferralIds(dialect(db), (message) => payload.logger.info(message))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "offers_uuid_idx";
  DROP INDEX "_offers_v_version_version_uuid_idx";
  DROP INDEX "entitlements_uuid_idx";
  DROP INDEX "_entitlements_v_version_version_uuid_idx";
  DROP INDEX "areas_uuid_idx";
  DROP INDEX "authorities_uuid_idx";
  ALTER TABLE "offers" DROP COLUMN "uuid";
  ALTER TABLE "_offers_v" DROP COLUMN "version_uuid";
  ALTER TABLE "entitlements" DROP COLUMN "uuid";
  ALTER TABLE "_entitlements_v" DROP COLUMN "version_uuid";
  ALTER TABLE "areas" DROP COLUMN "uuid";
  ALTER TABLE "authorities" DROP COLUMN "uuid";`)
}
