/**
 * The SQLite database through Node's own `node:sqlite` (SQLite's online backup API): a copy
 * of one moment, taken while the admin goes on writing.
 */
import { backup, DatabaseSync } from 'node:sqlite';

/**
 * The migrations applied to an open database, oldest first; none when Payload never ran on it.
 * Payload writes a row named `dev` for a schema pushed in development (push is off here): not a migration.
 */
function migrationsOf(db: DatabaseSync): string[] {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'payload_migrations'").get();
  if (!table) return [];
  return db
    .prepare("SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY id")
    .all()
    .map((row) => String(row.name));
}

/**
 * Copies the database at `source` to `target` with SQLite's online backup API, `pagesPerStep`
 * pages at a time (reporting progress after each step).
 *
 * The copy is of one moment: the backup reads through a connection that first opens a read
 * transaction and keeps it to the end. With the platform's WAL journal, that reader sees the
 * database as it was when it began while the admin's writes go on (and are not held up), so
 * no step sees a later write: the backup is never restarted and never mixes two moments.
 * Returns the migrations applied in that same moment.
 */
export async function backupSqlite(
  source: string,
  target: string,
  { pagesPerStep = 1000, busyTimeoutMs = 10_000, progress }: { pagesPerStep?: number; busyTimeoutMs?: number; progress?: (done: number, total: number) => void } = {},
): Promise<{ migrations: string[]; pages: number }> {
  const db = new DatabaseSync(source, { timeout: busyTimeoutMs });
  try {
    db.exec('BEGIN');
    const migrations = migrationsOf(db);
    const pages = await backup(db, target, {
      rate: pagesPerStep,
      progress: ({ totalPages, remainingPages }) => progress?.(totalPages - remainingPages, totalPages),
    });
    db.exec('COMMIT');
    return { migrations, pages };
  } finally {
    db.close();
  }
}

/** What a database file holds: its tables (other than SQLite's own) and its migrations. */
export function inspectSqlite(file: string): { tables: number; migrations: string[] } {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get();
    return { tables: Number(row?.n ?? 0), migrations: migrationsOf(db) };
  } finally {
    db.close();
  }
}
