/**
 * PostgreSQL's own client tools (`pg_dump`, `pg_restore`, `psql`), run against the database in
 * `DATABASE_URL`. The password goes to the tool in its environment (`PGPASSWORD`), not on its
 * command line, where every local account could read it.
 */
import { spawn } from 'node:child_process';

export const INSTALL_HINT = 'install the PostgreSQL client tools, the same major version as the server or newer (Debian/Ubuntu: `apt-get install postgresql-client`)';

export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

/** Runs `tool` with `args` and the connection in `url` last; resolves with its output, or rejects with one line. */
export function runPgTool(tool: PgTool, args: string[], url: string, onTick?: () => void): Promise<string> {
  const connection = new URL(url);
  const password = decodeURIComponent(connection.password);
  connection.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const dbArg = tool === 'psql' ? ['--dbname', connection.toString()] : [`--dbname=${connection.toString()}`];
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, ...dbArg], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const ticker = onTick ? setInterval(onTick, 2000) : undefined;
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearInterval(ticker);
      reject(new Error(error.code === 'ENOENT' ? `${tool} was not found: ${INSTALL_HINT}.` : `${tool} could not start: ${error.message}`));
    });
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) return resolve(out);
      const firstError = err.split('\n').map((line) => line.trim()).find((line) => /error|fatal/i.test(line)) ?? err.trim().split('\n')[0] ?? '';
      reject(new Error(`${tool} failed (exit ${code}): ${firstError || 'no message'}`));
    });
  });
}

/** One query's rows through `psql`, each row's columns joined by `|`. */
export async function psqlRows(url: string, query: string): Promise<string[]> {
  const out = await runPgTool('psql', ['--no-psqlrc', '--quiet', '--tuples-only', '--no-align', '--set', 'ON_ERROR_STOP=1', '--command', query], url);
  return out.split('\n').filter((line) => line !== '');
}

/** The migrations applied to the database (oldest first); none when Payload never ran on it. */
export async function postgresMigrations(url: string): Promise<string[]> {
  const [table] = await psqlRows(url, "SELECT to_regclass('public.payload_migrations') IS NOT NULL");
  if (table !== 't') return [];
  return psqlRows(url, "SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY id");
}

/** How many tables the database has outside PostgreSQL's own schemas. */
export async function postgresTableCount(url: string): Promise<number> {
  const [count] = await psqlRows(url, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
  return Number(count);
}
