/**
 * The data half of the `council_identity` migrations (SQLite and PostgreSQL alike; issue 18,
 * finding 2). A council's identity is now the platform admin's, and:
 *
 * - its link to the register of councils is stored (`registered_council_id`), not worked out
 *   from its ONS code on every request: each council already here is linked to the entry with
 *   its ONS code, as the platform has been treating it. A council with no such entry is left
 *   unlinked and named in the log (a platform admin links it in Settings → Councils);
 * - no two councils share a name (a unique index). Councils already sharing one (as people read
 *   names: case, spaces and "&" aside) keep it for the oldest; each other gets its ONS code
 *   after it ("Northdale County Council (E10000023)"), so no name is lost, and is named in the
 *   log for a platform admin to rename.
 *
 * Run before the unique indexes are made. Running it twice changes nothing.
 */
import type { Db } from './spotlightCouncils';

type Council = { id: number | string; name: string; ons_code: string };

/** Names as people read them, the way the CMS compares them (`cms/collections/Authorities.ts`). */
const plain = (name: string) => name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();

export async function fillCouncilIdentity(db: Db, log: (message: string) => void = () => {}): Promise<void> {
  const { sql } = db;
  const councils = (await db.all(sql`SELECT "id", "name", "ons_code" FROM "authorities" ORDER BY "id"`)) as Council[];

  const taken = new Set<string>();
  const renamed: string[] = [];
  for (const council of councils) {
    let name = council.name;
    if (taken.has(plain(name))) {
      name = `${council.name} (${council.ons_code})`;
      for (let n = 2; taken.has(plain(name)); n += 1) name = `${council.name} (${council.ons_code}, ${n})`;
      await db.run(sql`UPDATE "authorities" SET "name" = ${name} WHERE "id" = ${council.id}`);
      renamed.push(`authorities id ${council.id}: "${council.name}" is another council's name too; it is now "${name}". A platform admin can give it its own name (Settings → Councils).`);
    }
    taken.add(plain(name));
  }

  await db.run(
    sql`UPDATE "authorities" SET "registered_council_id" = (SELECT r."id" FROM "council_register" r WHERE r."ons_code" = "authorities"."ons_code") WHERE "registered_council_id" IS NULL`,
  );
  const unlinked = (await db.all(sql`SELECT "id", "name", "ons_code" FROM "authorities" WHERE "registered_council_id" IS NULL ORDER BY "id"`)) as Council[];

  for (const line of renamed) log(`council_identity: ${line}`);
  for (const council of unlinked) {
    log(`council_identity: authorities id ${council.id} ("${council.name}"): no council in the register has ONS code ${council.ons_code}, so its staff can't submit practice spotlights until a platform admin links it (Settings → Councils → In the register of councils).`);
  }
}
