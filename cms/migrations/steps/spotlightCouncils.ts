/**
 * The data half of the `council_register` migrations (SQLite and PostgreSQL alike): a
 * spotlight's council was free text; it is now one or more councils from the register.
 *
 * Up: remember each spotlight's (and each version's) council text before the column goes,
 * then fill the register from `content/register.yaml` (councils already there, by ONS code,
 * are left alone) and point each spotlight at every registered council its text names
 * ("Royal Borough of Kingston upon Thames and London Borough of Richmond upon Thames" names
 * two). Text that names no registered council is reported, never guessed: choose the council
 * in the admin. Down: the names go back into the text column.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SQL, sql as SqlTag } from 'drizzle-orm';
import { parse as parseYaml } from 'yaml';
import { registeredCouncilSchema } from '@content/model/schemas';

/**
 * The two dialects' ways to run a statement and to read rows, with the `sql` tag of the
 * adapter's own drizzle (each adapter may bring its own copy).
 */
export type Db = { sql: typeof SqlTag; run: (query: SQL) => Promise<unknown>; all: (query: SQL) => Promise<Record<string, unknown>[]> };
type Row = { id: number | string; council: string | null };
export type Remembered = { spotlights: Row[]; versions: Row[] };

/** Where the relationship is kept: a version's fields are under `version.`. */
const fieldPath = (table: 'spotlights_rels' | '_spotlights_v_rels') => (table === 'spotlights_rels' ? 'councils' : 'version.councils');

/** Before the column is dropped: each spotlight's and version's council text. */
export async function rememberSpotlightCouncils(db: Db): Promise<Remembered> {
  const { sql } = db;
  const spotlights = (await db.all(sql`SELECT "id", "council" FROM "spotlights"`)) as Row[];
  const versions = (await db.all(sql`SELECT "id", "version_council" AS "council" FROM "_spotlights_v"`)) as Row[];
  return { spotlights, versions };
}

/** The register's first entries: the content folder's `register.yaml`, where there is one. */
function registerFile(): { name: string; onsCode: string; type: string; region: string; isDemo: boolean }[] {
  const file = path.resolve(process.cwd(), 'content/register.yaml');
  if (!existsSync(file)) return [];
  const entries = parseYaml(readFileSync(file, 'utf8')) as unknown[];
  return (entries ?? []).flatMap((entry) => {
    const parsed = registeredCouncilSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** After the new tables exist: the register filled, and each spotlight linked to the councils its text named. */
export async function moveSpotlightCouncils(db: Db, remembered: Remembered, log: (message: string) => void): Promise<void> {
  const { sql } = db;
  if (!remembered.spotlights.length && !remembered.versions.length) return;
  const known = new Set(((await db.all(sql`SELECT "ons_code" FROM "council_register"`)) as { ons_code: string }[]).map((r) => r.ons_code));
  for (const entry of registerFile()) {
    if (known.has(entry.onsCode)) continue;
    await db.run(sql`INSERT INTO "council_register" ("name", "ons_code", "type", "region", "is_demo") VALUES (${entry.name}, ${entry.onsCode}, ${entry.type}, ${entry.region}, ${entry.isDemo})`);
  }
  const register = (await db.all(sql`SELECT "id", "name" FROM "council_register"`)) as { id: number | string; name: string }[];
  // Longest names first, so "London Borough of Richmond upon Thames" is found whole.
  register.sort((a, b) => b.name.length - a.name.length);
  const link = async (table: 'spotlights_rels' | '_spotlights_v_rels', rows: Row[]) => {
    for (const row of rows) {
      let text = row.council ?? '';
      const at: { id: number | string; index: number }[] = [];
      for (const entry of register) {
        const index = text.indexOf(entry.name);
        if (index < 0) continue;
        at.push({ id: entry.id, index });
        text = text.replace(entry.name, ' '.repeat(entry.name.length));
      }
      // In the order the text names them.
      const found = at.sort((a, b) => a.index - b.index).map((f) => f.id);
      if (!found.length) {
        if (table === 'spotlights_rels') log(`spotlights id ${row.id}: "${row.council ?? ''}" names no council in the register; choose its council in the admin (Content → Spotlights).`);
        continue;
      }
      for (const [i, id] of found.entries()) {
        const rels = sql.identifier(table);
        await db.run(sql`INSERT INTO ${rels} ("order", "parent_id", "path", "council_register_id") VALUES (${i + 1}, ${row.id}, ${fieldPath(table)}, ${id})`);
      }
    }
  };
  await link('spotlights_rels', remembered.spotlights);
  await link('_spotlights_v_rels', remembered.versions);
}

/** Down, before the links go: each spotlight's councils as text ("A and B"). */
export async function rememberRegisteredNames(db: Db): Promise<Remembered> {
  const { sql } = db;
  const names = async (table: 'spotlights_rels' | '_spotlights_v_rels') => {
    const rels = sql.identifier(table);
    const rows = (await db.all(
      sql`SELECT r."parent_id" AS "id", c."name" AS "name" FROM ${rels} r JOIN "council_register" c ON c."id" = r."council_register_id" WHERE r."path" = ${fieldPath(table)} ORDER BY r."parent_id", r."order"`,
    )) as { id: number | string; name: string }[];
    const byId = new Map<string, Row>();
    for (const row of rows) {
      const current = byId.get(String(row.id));
      byId.set(String(row.id), { id: row.id, council: current?.council ? `${current.council} and ${row.name}` : row.name });
    }
    return [...byId.values()];
  };
  return { spotlights: await names('spotlights_rels'), versions: await names('_spotlights_v_rels') };
}

/** Down, once the text columns are back: the names written into them. */
export async function restoreSpotlightCouncils(db: Db, remembered: Remembered): Promise<void> {
  const { sql } = db;
  for (const row of remembered.spotlights) await db.run(sql`UPDATE "spotlights" SET "council" = ${row.council} WHERE "id" = ${row.id}`);
  for (const row of remembered.versions) await db.run(sql`UPDATE "_spotlights_v" SET "version_council" = ${row.council} WHERE "id" = ${row.id}`);
}
