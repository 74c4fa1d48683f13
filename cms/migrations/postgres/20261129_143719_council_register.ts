import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { moveSpotlightCouncils, rememberRegisteredNames, rememberSpotlightCouncils, restoreSpotlightCouncils, type Db } from '../steps/spotlightCouncils'

/** Spotlights' councils move from free text to the register of councils (`../steps/spotlightCouncils`). */
const dialect = (db: MigrateUpArgs['db']): Db => ({
  sql,
  run: (query) => db.execute(query),
  all: async (query) => (await db.execute(query)).rows as Record<string, unknown>[],
})

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const remembered = await rememberSpotlightCouncils(dialect(db))
  await db.execute(sql`
   CREATE TYPE "public"."enum_spotlights_outcomes_kind" AS ENUM('housing', 'eet', 'wellbeing', 'participation', 'relationships', 'money', 'service');
  CREATE TYPE "public"."enum__spotlights_v_version_outcomes_kind" AS ENUM('housing', 'eet', 'wellbeing', 'participation', 'relationships', 'money', 'service');
  CREATE TYPE "public"."enum_council_register_type" AS ENUM('london-borough', 'metropolitan-borough', 'unitary', 'county');
  CREATE TYPE "public"."enum_council_register_region" AS ENUM('north-east', 'north-west', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east', 'south-west');
  CREATE TABLE "council_register" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"ons_code" varchar NOT NULL,
  	"type" "enum_council_register_type" NOT NULL,
  	"region" "enum_council_register_region" NOT NULL,
  	"is_demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "spotlights" ALTER COLUMN "source_collection" SET DEFAULT 'National practice library';
  ALTER TABLE "_spotlights_v" ALTER COLUMN "version_source_collection" SET DEFAULT 'National practice library';
  ALTER TABLE "indicators_figures" ADD COLUMN "registered_council_id" integer;
  ALTER TABLE "spotlights_outcomes" ADD COLUMN "kind" "enum_spotlights_outcomes_kind";
  ALTER TABLE "spotlights_rels" ADD COLUMN "council_register_id" integer;
  ALTER TABLE "_spotlights_v_version_outcomes" ADD COLUMN "kind" "enum__spotlights_v_version_outcomes_kind";
  ALTER TABLE "_spotlights_v_rels" ADD COLUMN "council_register_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "council_register_id" integer;
  CREATE UNIQUE INDEX "council_register_ons_code_idx" ON "council_register" USING btree ("ons_code");
  CREATE INDEX "council_register_updated_at_idx" ON "council_register" USING btree ("updated_at");
  CREATE INDEX "council_register_created_at_idx" ON "council_register" USING btree ("created_at");
  ALTER TABLE "indicators_figures" ADD CONSTRAINT "indicators_figures_registered_council_id_council_register_id_fk" FOREIGN KEY ("registered_council_id") REFERENCES "public"."council_register"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spotlights_rels" ADD CONSTRAINT "spotlights_rels_council_register_fk" FOREIGN KEY ("council_register_id") REFERENCES "public"."council_register"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_rels" ADD CONSTRAINT "_spotlights_v_rels_council_register_fk" FOREIGN KEY ("council_register_id") REFERENCES "public"."council_register"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_council_register_fk" FOREIGN KEY ("council_register_id") REFERENCES "public"."council_register"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "indicators_figures_registered_council_idx" ON "indicators_figures" USING btree ("registered_council_id");
  CREATE INDEX "spotlights_rels_council_register_id_idx" ON "spotlights_rels" USING btree ("council_register_id");
  CREATE INDEX "_spotlights_v_rels_council_register_id_idx" ON "_spotlights_v_rels" USING btree ("council_register_id");
  CREATE INDEX "payload_locked_documents_rels_council_register_id_idx" ON "payload_locked_documents_rels" USING btree ("council_register_id");
  ALTER TABLE "spotlights" DROP COLUMN "council";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_council";`)
  await moveSpotlightCouncils(dialect(db), remembered, (message) => payload.logger.warn(message))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  const remembered = await rememberRegisteredNames(dialect(db))
  await db.execute(sql`
   ALTER TABLE "council_register" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "council_register" CASCADE;
  ALTER TABLE "indicators_figures" DROP CONSTRAINT IF EXISTS "indicators_figures_registered_council_id_council_register_id_fk";
  
  ALTER TABLE "spotlights_rels" DROP CONSTRAINT IF EXISTS "spotlights_rels_council_register_fk";
  
  ALTER TABLE "_spotlights_v_rels" DROP CONSTRAINT IF EXISTS "_spotlights_v_rels_council_register_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_council_register_fk";
  
  DROP INDEX "indicators_figures_registered_council_idx";
  DROP INDEX "spotlights_rels_council_register_id_idx";
  DROP INDEX "_spotlights_v_rels_council_register_id_idx";
  DROP INDEX "payload_locked_documents_rels_council_register_id_idx";
  ALTER TABLE "spotlights" ALTER COLUMN "source_collection" DROP DEFAULT;
  ALTER TABLE "_spotlights_v" ALTER COLUMN "version_source_collection" DROP DEFAULT;
  ALTER TABLE "spotlights" ADD COLUMN "council" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_council" varchar;
  ALTER TABLE "indicators_figures" DROP COLUMN "registered_council_id";
  ALTER TABLE "spotlights_outcomes" DROP COLUMN "kind";
  ALTER TABLE "spotlights_rels" DROP COLUMN "council_register_id";
  ALTER TABLE "_spotlights_v_version_outcomes" DROP COLUMN "kind";
  ALTER TABLE "_spotlights_v_rels" DROP COLUMN "council_register_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "council_register_id";
  DROP TYPE "public"."enum_spotlights_outcomes_kind";
  DROP TYPE "public"."enum__spotlights_v_version_outcomes_kind";
  DROP TYPE "public"."enum_council_register_type";
  DROP TYPE "public"."enum_council_register_region";`)
  await restoreSpotlightCouncils(dialect(db), remembered)
}
