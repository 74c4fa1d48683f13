import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "spotlights_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"period" varchar
  );
  
  CREATE TABLE "_spotlights_v_version_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"period" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "spotlights" ADD COLUMN "contact_website" varchar;
  ALTER TABLE "spotlights" ADD COLUMN "contact_email" varchar;
  ALTER TABLE "spotlights" ADD COLUMN "contact_phone" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_contact_website" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_contact_email" varchar;
  ALTER TABLE "_spotlights_v" ADD COLUMN "version_contact_phone" varchar;
  ALTER TABLE "spotlights_facts" ADD CONSTRAINT "spotlights_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."spotlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_spotlights_v_version_facts" ADD CONSTRAINT "_spotlights_v_version_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_spotlights_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "spotlights_facts_order_idx" ON "spotlights_facts" USING btree ("_order");
  CREATE INDEX "spotlights_facts_parent_id_idx" ON "spotlights_facts" USING btree ("_parent_id");
  CREATE INDEX "_spotlights_v_version_facts_order_idx" ON "_spotlights_v_version_facts" USING btree ("_order");
  CREATE INDEX "_spotlights_v_version_facts_parent_id_idx" ON "_spotlights_v_version_facts" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "spotlights_facts" CASCADE;
  DROP TABLE "_spotlights_v_version_facts" CASCADE;
  ALTER TABLE "spotlights" DROP COLUMN "contact_website";
  ALTER TABLE "spotlights" DROP COLUMN "contact_email";
  ALTER TABLE "spotlights" DROP COLUMN "contact_phone";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_contact_website";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_contact_email";
  ALTER TABLE "_spotlights_v" DROP COLUMN "version_contact_phone";`)
}
