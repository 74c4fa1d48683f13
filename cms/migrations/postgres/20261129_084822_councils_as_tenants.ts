import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_councils_role" AS ENUM('staff', 'reviewer', 'young-editor');
  CREATE TYPE "public"."enum_users_platform_role" AS ENUM('admin', 'editor');
  CREATE TABLE "users_councils" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"council_id" integer NOT NULL,
  	"role" "enum_users_councils_role" DEFAULT 'young-editor' NOT NULL
  );
  
  DROP INDEX "offers_slug_idx";
  DROP INDEX "guides_slug_idx";
  DROP INDEX "pledges_slug_idx";
  DROP INDEX "indicators_slug_idx";
  ALTER TABLE "offers" ADD COLUMN "council_id" integer;
  ALTER TABLE "_offers_v" ADD COLUMN "version_council_id" integer;
  ALTER TABLE "guides" ADD COLUMN "council_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_council_id" integer;
  ALTER TABLE "pledges" ADD COLUMN "council_id" integer;
  ALTER TABLE "_pledges_v" ADD COLUMN "version_council_id" integer;
  ALTER TABLE "indicators" ADD COLUMN "council_id" integer;
  ALTER TABLE "media" ADD COLUMN "council_id" integer;
  ALTER TABLE "users" ADD COLUMN "platform_role" "enum_users_platform_role";
  ALTER TABLE "users" ADD COLUMN "young_editor_only" boolean DEFAULT false;
  ALTER TABLE "users_councils" ADD CONSTRAINT "users_councils_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_councils" ADD CONSTRAINT "users_councils_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_councils_order_idx" ON "users_councils" USING btree ("_order");
  CREATE INDEX "users_councils_parent_id_idx" ON "users_councils" USING btree ("_parent_id");
  CREATE INDEX "users_councils_council_idx" ON "users_councils" USING btree ("council_id");
  ALTER TABLE "offers" ADD CONSTRAINT "offers_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_council_id_authorities_id_fk" FOREIGN KEY ("version_council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_council_id_authorities_id_fk" FOREIGN KEY ("version_council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pledges" ADD CONSTRAINT "pledges_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pledges_v" ADD CONSTRAINT "_pledges_v_version_council_id_authorities_id_fk" FOREIGN KEY ("version_council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators" ADD CONSTRAINT "indicators_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_council_id_authorities_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "offers_council_idx" ON "offers" USING btree ("council_id");
  CREATE UNIQUE INDEX "council_slug_idx" ON "offers" USING btree ("council_id","slug");
  CREATE INDEX "_offers_v_version_version_council_idx" ON "_offers_v" USING btree ("version_council_id");
  CREATE INDEX "version_council_version_slug_idx" ON "_offers_v" USING btree ("version_council_id","version_slug");
  CREATE INDEX "guides_council_idx" ON "guides" USING btree ("council_id");
  CREATE UNIQUE INDEX "council_slug_1_idx" ON "guides" USING btree ("council_id","slug");
  CREATE INDEX "_guides_v_version_version_council_idx" ON "_guides_v" USING btree ("version_council_id");
  CREATE INDEX "version_council_version_slug_1_idx" ON "_guides_v" USING btree ("version_council_id","version_slug");
  CREATE INDEX "pledges_council_idx" ON "pledges" USING btree ("council_id");
  CREATE UNIQUE INDEX "council_slug_2_idx" ON "pledges" USING btree ("council_id","slug");
  CREATE INDEX "_pledges_v_version_version_council_idx" ON "_pledges_v" USING btree ("version_council_id");
  CREATE INDEX "version_council_version_slug_2_idx" ON "_pledges_v" USING btree ("version_council_id","version_slug");
  CREATE INDEX "indicators_council_idx" ON "indicators" USING btree ("council_id");
  CREATE UNIQUE INDEX "council_slug_3_idx" ON "indicators" USING btree ("council_id","slug");
  CREATE INDEX "media_council_idx" ON "media" USING btree ("council_id");
  CREATE INDEX "offers_slug_idx" ON "offers" USING btree ("slug");
  CREATE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "pledges_slug_idx" ON "pledges" USING btree ("slug");
  CREATE INDEX "indicators_slug_idx" ON "indicators" USING btree ("slug");`)

  // The upgrade from one council: the council already here becomes the platform's first,
  // and its offers, guides, pledges, indicators (and their versions) and people belong to
  // it. Admins become platform admins; staff, reviewers and young editors keep their role
  // in that council. Uploads stay with the platform (today only spotlights, which are
  // national, use them). Nothing is deleted.
  await db.execute(sql`
  UPDATE "offers" SET "council_id" = (SELECT min("id") FROM "authorities") WHERE "council_id" IS NULL;
  UPDATE "guides" SET "council_id" = (SELECT min("id") FROM "authorities") WHERE "council_id" IS NULL;
  UPDATE "pledges" SET "council_id" = (SELECT min("id") FROM "authorities") WHERE "council_id" IS NULL;
  UPDATE "indicators" SET "council_id" = (SELECT min("id") FROM "authorities") WHERE "council_id" IS NULL;
  UPDATE "_offers_v" SET "version_council_id" = (SELECT min("id") FROM "authorities") WHERE "version_council_id" IS NULL;
  UPDATE "_guides_v" SET "version_council_id" = (SELECT min("id") FROM "authorities") WHERE "version_council_id" IS NULL;
  UPDATE "_pledges_v" SET "version_council_id" = (SELECT min("id") FROM "authorities") WHERE "version_council_id" IS NULL;
  UPDATE "users" SET "platform_role" = 'admin' WHERE "role" = 'admin';
  INSERT INTO "users_councils" ("_order", "_parent_id", "id", "council_id", "role")
    SELECT 1, "id", substr(md5(random()::text || "id"::text), 1, 24), (SELECT min("id") FROM "authorities"), "role"::text::"enum_users_councils_role"
    FROM "users" WHERE "role" IN ('staff', 'reviewer', 'young-editor') AND EXISTS (SELECT 1 FROM "authorities");
  UPDATE "users" SET "young_editor_only" = ("role" = 'young-editor' AND EXISTS (SELECT 1 FROM "authorities"));
  ALTER TABLE "users" DROP COLUMN "role";
  DROP TYPE "public"."enum_users_role";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'staff', 'reviewer', 'young-editor');
  ALTER TABLE "users_councils" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_councils" CASCADE;
  ALTER TABLE "offers" DROP CONSTRAINT IF EXISTS "offers_council_id_authorities_id_fk";
  
  ALTER TABLE "_offers_v" DROP CONSTRAINT IF EXISTS "_offers_v_version_council_id_authorities_id_fk";
  
  ALTER TABLE "guides" DROP CONSTRAINT IF EXISTS "guides_council_id_authorities_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT IF EXISTS "_guides_v_version_council_id_authorities_id_fk";
  
  ALTER TABLE "pledges" DROP CONSTRAINT IF EXISTS "pledges_council_id_authorities_id_fk";
  
  ALTER TABLE "_pledges_v" DROP CONSTRAINT IF EXISTS "_pledges_v_version_council_id_authorities_id_fk";
  
  ALTER TABLE "indicators" DROP CONSTRAINT IF EXISTS "indicators_council_id_authorities_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT IF EXISTS "media_council_id_authorities_id_fk";
  
  DROP INDEX "offers_council_idx";
  DROP INDEX "council_slug_idx";
  DROP INDEX "_offers_v_version_version_council_idx";
  DROP INDEX "version_council_version_slug_idx";
  DROP INDEX "guides_council_idx";
  DROP INDEX "council_slug_1_idx";
  DROP INDEX "_guides_v_version_version_council_idx";
  DROP INDEX "version_council_version_slug_1_idx";
  DROP INDEX "pledges_council_idx";
  DROP INDEX "council_slug_2_idx";
  DROP INDEX "_pledges_v_version_version_council_idx";
  DROP INDEX "version_council_version_slug_2_idx";
  DROP INDEX "indicators_council_idx";
  DROP INDEX "council_slug_3_idx";
  DROP INDEX "media_council_idx";
  DROP INDEX "offers_slug_idx";
  DROP INDEX "guides_slug_idx";
  DROP INDEX "pledges_slug_idx";
  DROP INDEX "indicators_slug_idx";
  ALTER TABLE "users" ADD COLUMN "role" "enum_users_role" DEFAULT 'young-editor' NOT NULL;
  CREATE UNIQUE INDEX "offers_slug_idx" ON "offers" USING btree ("slug");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE UNIQUE INDEX "pledges_slug_idx" ON "pledges" USING btree ("slug");
  CREATE UNIQUE INDEX "indicators_slug_idx" ON "indicators" USING btree ("slug");
  ALTER TABLE "offers" DROP COLUMN "council_id";
  ALTER TABLE "_offers_v" DROP COLUMN "version_council_id";
  ALTER TABLE "guides" DROP COLUMN "council_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_council_id";
  ALTER TABLE "pledges" DROP COLUMN "council_id";
  ALTER TABLE "_pledges_v" DROP COLUMN "version_council_id";
  ALTER TABLE "indicators" DROP COLUMN "council_id";
  ALTER TABLE "media" DROP COLUMN "council_id";
  ALTER TABLE "users" DROP COLUMN "platform_role";
  ALTER TABLE "users" DROP COLUMN "young_editor_only";
  DROP TYPE "public"."enum_users_councils_role";
  DROP TYPE "public"."enum_users_platform_role";`)
}
