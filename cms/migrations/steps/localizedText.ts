/**
 * The data half of the `localized_text` migrations (SQLite and PostgreSQL alike; issue 21,
 * part 1). Text written for readers (`TRANSLATABLE` in `@content/model/fields`) is now stored
 * once per language: each column below moves from its table into the table's `_locales` table
 * (`offers.title` → `offers_locales.title`, one row per document and language), the versions'
 * (`_offers_v_locales`) and array rows' (`offers_how_to_get_locales`) alike.
 *
 * Payload's generated migration would create the new tables and drop the old columns, losing
 * every text. So, in between: up copies each row's text into its `_locales` table as English
 * (`en`), rich text, drafts and every version included; down copies the English back into
 * the columns before the `_locales` tables go (other languages have nowhere to go and are lost).
 *
 * The list is this migration's, written out: the columns as they were when it was made, not
 * what the CMS localizes later.
 */
import type { SQL } from 'drizzle-orm';
import type { Db } from './spotlightCouncils';

/** Each table whose text moved, and its columns (database names). */
export const LOCALIZED_TEXT: Readonly<Record<string, readonly string[]>> = {
  offers_how_to_get: ['step'],
  offers: ['title', 'summary', 'body', 'eligibility_notes', 'amount_note', 'who_to_ask', 'if_refused', 'legal_basis'],
  _offers_v_version_how_to_get: ['step'],
  _offers_v: ['version_title', 'version_summary', 'version_body', 'version_eligibility_notes', 'version_amount_note', 'version_who_to_ask', 'version_if_refused', 'version_legal_basis'],
  local_details_how_to_get: ['step'],
  local_details: ['summary', 'amount_note', 'who_to_ask', 'if_refused', 'eligibility_notes', 'note'],
  _local_details_v_version_how_to_get: ['step'],
  _local_details_v: ['version_summary', 'version_amount_note', 'version_who_to_ask', 'version_if_refused', 'version_eligibility_notes', 'version_note'],
  guides_chapters_sources: ['title'],
  guides_chapters: ['title', 'summary', 'body', 'legal_basis'],
  guides: ['title', 'summary', 'intro'],
  _guides_v_version_chapters_sources: ['title'],
  _guides_v_version_chapters: ['title', 'summary', 'body', 'legal_basis'],
  _guides_v: ['version_title', 'version_summary', 'version_intro'],
  guide_local_parts_steps: ['step'],
  guide_local_parts: ['who_to_ask', 'note'],
  _guide_local_parts_v_version_steps: ['step'],
  _guide_local_parts_v: ['version_who_to_ask', 'version_note'],
  pledges: ['you_said', 'we_did', 'asked_at'],
  _pledges_v: ['version_you_said', 'version_we_did', 'version_asked_at'],
  indicators: ['title', 'description'],
  local_terms_aliases: ['alias'],
  local_terms: ['term', 'meaning'],
  _local_terms_v_version_aliases: ['alias'],
  _local_terms_v: ['version_term', 'version_meaning'],
  entitlements_how_to_get: ['step'],
  entitlements: ['title', 'summary', 'body', 'eligibility_notes', 'amount_note', 'who_to_ask', 'if_refused', 'legal_basis'],
  _entitlements_v_version_how_to_get: ['step'],
  _entitlements_v: ['version_title', 'version_summary', 'version_body', 'version_eligibility_notes', 'version_amount_note', 'version_who_to_ask', 'version_if_refused', 'version_legal_basis'],
  guide_chapters_sources: ['title'],
  guide_chapters: ['title', 'summary', 'body', 'legal_basis'],
  _guide_chapters_v_version_sources: ['title'],
  _guide_chapters_v: ['version_title', 'version_summary', 'version_body', 'version_legal_basis'],
  spotlights_outcomes: ['label', 'unit', 'period'],
  spotlights_facts: ['label', 'unit', 'period'],
  spotlights_milestones: ['label', 'when'],
  spotlights: ['title', 'summary', 'team', 'contact_role', 'body'],
  _spotlights_v_version_outcomes: ['label', 'unit', 'period'],
  _spotlights_v_version_facts: ['label', 'unit', 'period'],
  _spotlights_v_version_milestones: ['label', 'when'],
  _spotlights_v: ['version_title', 'version_summary', 'version_team', 'version_contact_role', 'version_body'],
  glossary_terms_aliases: ['alias'],
  glossary_terms: ['term', 'meaning'],
  _glossary_terms_v_version_aliases: ['alias'],
  _glossary_terms_v: ['version_term', 'version_meaning'],
  areas: ['title', 'summary'],
  authorities: ['service_name', 'opening_hours', 'emergency_label', 'emergency_hours'],
  media: ['alt', 'caption'],
};

/** The language the existing text is in: the CMS's default, English. */
const ENGLISH = 'en';

/** `"a", "b"`, or `"l"."a", "l"."b"` with a table alias. */
const columnList = (db: Db, names: readonly string[], alias?: string): SQL =>
  db.sql.join(
    names.map((name) => (alias ? db.sql`${db.sql.identifier(alias)}.${db.sql.identifier(name)}` : db.sql.identifier(name))),
    db.sql`, `,
  );

/** Up, before the columns are dropped: every row's text into its `_locales` table, as English. */
export async function copyTextIntoLocales(db: Db): Promise<void> {
  const { sql } = db;
  for (const [table, columns] of Object.entries(LOCALIZED_TEXT)) {
    const names = columnList(db, columns);
    await db.run(sql`INSERT INTO ${sql.identifier(`${table}_locales`)} (${names}, "_locale", "_parent_id") SELECT ${names}, ${ENGLISH}, "id" FROM ${sql.identifier(table)}`);
  }
}

/** Down, once the columns are back and before the `_locales` tables go: the English text into them. */
export async function copyTextBackFromLocales(db: Db): Promise<void> {
  const { sql } = db;
  for (const [table, columns] of Object.entries(LOCALIZED_TEXT)) {
    const target = sql.identifier(table);
    await db.run(
      sql`UPDATE ${target} SET (${columnList(db, columns)}) = (SELECT ${columnList(db, columns, 'l')} FROM ${sql.identifier(`${table}_locales`)} AS "l" WHERE "l"."_parent_id" = ${target}."id" AND "l"."_locale" = ${ENGLISH})`,
    );
  }
}

/** The columns that were required before the text moved (PostgreSQL makes them NOT NULL again with ALTER COLUMN). */
export const REQUIRED_TEXT: Readonly<Record<string, readonly string[]>> = {
  indicators: ['title', 'description'],
  areas: ['title', 'summary'],
  authorities: ['service_name', 'opening_hours', 'emergency_label', 'emergency_hours'],
  media: ['alt'],
};

/**
 * SQLite, down: the required columns NOT NULL again. SQLite can't change a column, so each table
 * is rebuilt as SQLite's documented procedure has it (the way the generated migrations rebuild
 * tables): its own CREATE TABLE with NOT NULL added to those columns, the rows copied across,
 * the old table dropped, the new one renamed and its indexes made again; foreign keys are off
 * meanwhile. Run after the text is back in the columns, so no row is refused.
 */
export async function restoreRequiredTextSqlite(db: Db): Promise<void> {
  const { sql } = db;
  await db.run(sql.raw('PRAGMA foreign_keys=OFF'));
  for (const [table, columns] of Object.entries(REQUIRED_TEXT)) {
    const [made] = await db.all(sql`SELECT "sql" FROM "sqlite_master" WHERE "type" = 'table' AND "name" = ${table}`);
    const indexes = (await db.all(sql`SELECT "sql" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = ${table} AND "sql" IS NOT NULL`)).map((row) => String(row.sql));
    let create = String(made?.sql ?? '');
    if (!create) throw new Error(`restoreRequiredTextSqlite: no table ${table}`);
    for (const column of columns) {
      // `title` text, or `service_name` text DEFAULT '…', as ALTER TABLE … ADD wrote it.
      const definition = new RegExp(`(\`${column}\`|"${column}")(\\s+text)((?:\\s+DEFAULT\\s+'[^']*')?)(?!\\s+NOT NULL)`, 'i');
      if (!definition.test(create)) throw new Error(`restoreRequiredTextSqlite: no column ${table}.${column} in ${create}`);
      create = create.replace(definition, '$1$2 NOT NULL$3');
    }
    const fresh = `__new_${table}`;
    await db.run(sql.raw(create.replace(/^CREATE TABLE\s+(`[^`]+`|"[^"]+"|\S+)/i, `CREATE TABLE \`${fresh}\``)));
    await db.run(sql.raw(`INSERT INTO \`${fresh}\` SELECT * FROM \`${table}\``));
    await db.run(sql.raw(`DROP TABLE \`${table}\``));
    await db.run(sql.raw(`ALTER TABLE \`${fresh}\` RENAME TO \`${table}\``));
    for (const index of indexes) await db.run(sql.raw(index));
  }
  await db.run(sql.raw('PRAGMA foreign_keys=ON'));
}
