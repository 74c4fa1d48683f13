import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { fillOpenReferralIds } from '../steps/openReferralIds'
import type { Db } from '../steps/spotlightCouncils'

/** Open-data ids (UUIDs) for councils, areas, offers and entitlements, filled in for what is already there (`../steps/openReferralIds`). */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.run(query),
  all: async (query) => (await db.all(query)) as Record<string, unknown>[],
})


export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`offers\` ADD \`uuid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`offers_uuid_idx\` ON \`offers\` (\`uuid\`);`)
  await db.run(sql`ALTER TABLE \`_offers_v\` ADD \`version_uuid\` text;`)
  await db.run(sql`CREATE INDEX \`_offers_v_version_version_uuid_idx\` ON \`_offers_v\` (\`version_uuid\`);`)
  await db.run(sql`ALTER TABLE \`entitlements\` ADD \`uuid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`entitlements_uuid_idx\` ON \`entitlements\` (\`uuid\`);`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` ADD \`version_uuid\` text;`)
  await db.run(sql`CREATE INDEX \`_entitlements_v_version_version_uuid_idx\` ON \`_entitlements_v\` (\`version_uuid\`);`)
  await db.run(sql`ALTER TABLE \`areas\` ADD \`uuid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`areas_uuid_idx\` ON \`areas\` (\`uuid\`);`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`uuid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_uuid_idx\` ON \`authorities\` (\`uuid\`);`)
  await fillOpenReferralIds(dialect(db), (message) => payload.logger.info(message))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`offers_uuid_idx\`;`)
  await db.run(sql`ALTER TABLE \`offers\` DROP COLUMN \`uuid\`;`)
  await db.run(sql`DROP INDEX \`_offers_v_version_version_uuid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_offers_v\` DROP COLUMN \`version_uuid\`;`)
  await db.run(sql`DROP INDEX \`entitlements_uuid_idx\`;`)
  await db.run(sql`ALTER TABLE \`entitlements\` DROP COLUMN \`uuid\`;`)
  await db.run(sql`DROP INDEX \`_entitlements_v_version_version_uuid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_entitlements_v\` DROP COLUMN \`version_uuid\`;`)
  await db.run(sql`DROP INDEX \`areas_uuid_idx\`;`)
  await db.run(sql`ALTER TABLE \`areas\` DROP COLUMN \`uuid\`;`)
  await db.run(sql`DROP INDEX \`authorities_uuid_idx\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`uuid\`;`)
}
