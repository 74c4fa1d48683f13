/**
 * The production shape on one machine, throwaway (issue 23, part 2): one `next build` of the
 * admin, N `next start` processes sharing one database and the same secrets, exactly one jobs
 * worker (`npm run worker`), and the platform's site server. Used by the publish benchmark
 * (`bench/publish.ts`) and the several-admins integration test (`tests/int/db/cluster.int.spec.ts`).
 *
 * Every process gets its own log file in the run's folder; `tail()` reads one for a failure
 * message. Processes are started in process groups of their own, so stopping one also stops
 * what it started (a worker's build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getServed } from './served';
import pg from 'pg';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const next = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

/** The last lines of a log file. */
export const tail = (file: string, lines = 30) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : '');

export type Proc = {
  child: ChildProcess;
  log: string;
  /** SIGTERM to its process group, SIGKILL after 5 s; resolves once it has exited. */
  stop: () => Promise<void>;
  /** SIGKILL to its process group at once (a crash), resolves once it has exited. */
  kill: () => Promise<void>;
};

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // gone already
  }
}

/** Starts `node <args>` in a process group of its own, its output in `log`. */
export function startProcess(args: string[], env: NodeJS.ProcessEnv, log: string): Proc {
  const out = createWriteStream(log, { flags: 'a' });
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const kill = async () => {
    signalGroup(child, 'SIGKILL');
    await exited(child);
  };
  const stop = async () => {
    signalGroup(child, 'SIGTERM');
    const gone = await Promise.race([exited(child).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (!gone) await kill();
  };
  return { child, log, stop, kill };
}

/** Runs `node <args>` to the end; throws with its last lines when it fails. */
export async function runToEnd(args: string[], env: NodeJS.ProcessEnv, log: string, what: string): Promise<void> {
  const proc = startProcess(args, env, log);
  const code = await new Promise<number | null>((resolve) => proc.child.once('exit', resolve));
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}):\n${tail(log)}`);
}

/** Waits until `url` answers below 500, or throws when `proc` stops or the time is up. */
export async function waitForHttp(url: string, proc: Proc, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) throw new Error(`${url}: the server stopped (exit code ${proc.child.exitCode}):\n${tail(proc.log)}`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
      await res.body?.cancel();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${tail(proc.log)}`);
}

// ── The admin's one build ──

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.next' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The admin compiled once (`next build cms`, as `npm start` does in production), or the build
 * already there when it is newer than every source it is made from (cms/, content/, the
 * lockfile): a build takes minutes on two cores. Resolves to whether it was reused.
 */
export async function ensureAdminBuild(env: NodeJS.ProcessEnv, log: string): Promise<{ reused: boolean; ms: number }> {
  const buildId = path.join(repoRoot, 'cms', '.next', 'BUILD_ID');
  const sources = Math.max(newestSource(path.join(repoRoot, 'cms')), newestSource(path.join(repoRoot, 'content')), statSync(path.join(repoRoot, 'package-lock.json')).mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return { reused: true, ms: 0 };
  const started = performance.now();
  await runToEnd([next, 'build', 'cms'], env, log, 'next build cms');
  return { reused: false, ms: performance.now() - started };
}

// ── The database ──

export type Database = { url: string; kind: 'sqlite' | 'postgres'; drop: () => Promise<void> };

/** A fresh database: on the PostgreSQL server of `serverUrl` when given, else a SQLite file in `dir`. */
export async function freshDatabase(dir: string, serverUrl?: string): Promise<Database> {
  if (!serverUrl) return { url: `file:${path.join(dir, 'cluster.db')}`, kind: 'sqlite', drop: async () => undefined };
  const name = `lop_cluster_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    kind: 'postgres',
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

// ── The parts ──

export type ClusterSettings = {
  dir: string;
  databaseUrl: string;
  siteDir: string;
  sitePort: number;
  /** `SITE_REBUILD_DEBOUNCE_MS` for the admins; unset: the default. */
  debounceMs?: number;
  /** `SITE_WORKER_POLL_MS` for the worker; unset: the default. */
  pollMs?: number;
  /** The `S3_*` settings of a media bucket every admin and the worker share; unset: media on each one's local disk. */
  s3Env?: Record<string, string>;
};

/** The council the runs publish in, and where its site is served. */
export const COUNCIL = 'demo-borough';
export const councilHost = (sitePort: number) => `${COUNCIL}.localhost:${sitePort}`;

/** One set of secrets per run, shared by every admin and the worker (as a production deployment shares them). */
const SECRETS = { PAYLOAD_SECRET: randomBytes(32).toString('hex'), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64') };

/** The environment every part of the run shares: production, one database, the same secrets. */
export function clusterEnv(s: ClusterSettings): NodeJS.ProcessEnv {
  const { PAYLOAD_SECRET: _s, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: _k, SITE_DEPLOY_HOOK_URL: _h, NODE_ENV: _n, SITE_BUILD_WORKER: _w, ...inherited } = process.env;
  return {
    ...inherited,
    ...SECRETS,
    NODE_ENV: 'production',
    DATA_DIR: path.join(s.dir, 'data'),
    DATABASE_URL: s.databaseUrl,
    SITE_OUT_DIR: s.siteDir,
    SITE_URL: `http://${councilHost(s.sitePort)}`,
    SITE_PORT: String(s.sitePort),
    SITE_REBUILD_ON_PUBLISH: '1',
    ...(s.debounceMs === undefined ? {} : { SITE_REBUILD_DEBOUNCE_MS: String(s.debounceMs) }),
    ...(s.pollMs === undefined ? {} : { SITE_WORKER_POLL_MS: String(s.pollMs) }),
    ...s.s3Env,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

export const ADMIN_ACCOUNT = { email: 'cluster-admin@test.example', password: 'the-cluster-admins-long-password-1' };

/**
 * Migrations, the demo content, one platform admin (`ADMIN_ACCOUNT`), then the council's
 * site built once (`npm run build`), so it is served before anything is published.
 */
export async function seedCluster(s: ClusterSettings): Promise<void> {
  const env = { ...clusterEnv(s), CLUSTER_ADMIN_EMAIL: ADMIN_ACCOUNT.email, CLUSTER_ADMIN_PASSWORD: ADMIN_ACCOUNT.password };
  const log = path.join(s.dir, 'seed.log');
  await runToEnd([tsx, path.join(repoRoot, 'bench', 'clusterSeed.ts')], env, log, 'Seeding the database');
  const council = /council id: (\S+)/.exec(readFileSync(log, 'utf8'))?.[1];
  if (!council) throw new Error(`The seed did not say the council's id:\n${tail(log)}`);
  await runToEnd([tsx, path.join(repoRoot, 'platform', 'scripts', 'build.ts'), `--council=${council}`, '--trigger=first build'], { ...env, SITE_REBUILD_ON_PUBLISH: '' }, path.join(s.dir, 'first-build.log'), 'The first build');
}

export type Admin = Proc & { url: string };

/** One admin server: `next start cms` on `port`, not running jobs (the worker does). */
export async function startAdmin(s: ClusterSettings, port: number, name: string, timeoutMs = 180_000): Promise<Admin> {
  const env = { ...clusterEnv(s), ADMIN_PORT: String(port), ADMIN_URL: `http://localhost:${port}` };
  const proc = startProcess([next, 'start', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], env, path.join(s.dir, `${name}.log`));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/api/users/me`, proc, timeoutMs);
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return { ...proc, url };
}

/** The one jobs worker (`npm run worker`), once it is looking for jobs. */
export async function startWorker(s: ClusterSettings, name = 'worker', timeoutMs = 120_000): Promise<Proc> {
  const proc = startProcess([tsx, path.join(repoRoot, 'platform', 'scripts', 'worker.ts')], clusterEnv(s), path.join(s.dir, `${name}.log`));
  const until = Date.now() + timeoutMs;
  while (!(existsSync(proc.log) && readFileSync(proc.log, 'utf8').includes('Running site rebuild jobs as they fall due'))) {
    if (proc.child.exitCode !== null || Date.now() > until) {
      await proc.stop();
      throw new Error(`The worker did not start:\n${tail(proc.log)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return proc;
}

// ── Talking to it ──

/** A REST login: the JWT to send as `Authorization: JWT …`. */
export async function restLogin(adminUrl: string, account = ADMIN_ACCOUNT): Promise<string> {
  const res = await fetch(`${adminUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) });
  if (!res.ok) throw new Error(`REST login at ${adminUrl} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}


/** A published offer of the council, to change: its id and the page it is served on. */
export async function someOffer(adminUrl: string, token: string, index = 0): Promise<{ id: number | string; slug: string; page: string }> {
  const res = await fetch(`${adminUrl}/api/offers?where[council.slug][equals]=${COUNCIL}&where[_status][equals]=published&sort=slug&limit=${index + 1}&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  });
  if (!res.ok) throw new Error(`Listing offers failed: ${res.status} ${await res.text()}`);
  const offer = ((await res.json()) as { docs: { id: number | string; slug: string }[] }).docs[index];
  if (!offer) throw new Error(`No published offer number ${index + 1} in ${COUNCIL}.`);
  return { id: offer.id, slug: offer.slug, page: `/offers/${offer.slug}/` };
}

/** Publishes a new summary for the offer through the REST API (`_status: 'published'`). */
export async function publishSummary(adminUrl: string, token: string, offer: { id: number | string }, summary: string): Promise<void> {
  const res = await fetch(`${adminUrl}/api/offers/${offer.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ summary, _status: 'published' }),
  });
  if (!res.ok) throw new Error(`Publishing through ${adminUrl} failed: ${res.status} ${await res.text()}`);
  await res.body?.cancel();
}

/** Polls the served page (every 50 ms) until it shows `text`; throws past `timeoutMs`. */
export async function waitForServed(sitePort: number, page: string, text: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const served = await getServed(sitePort, councilHost(sitePort), page).catch(() => ({ status: 0, body: '' }));
    if (served.body.includes(text)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`"${text}" was not served at ${page} within ${timeoutMs / 1000} s.`);
}

/**
 * Publishes a new summary for the offer through the REST API and waits until the served page
 * shows it: the time from sending the PATCH to the page showing the text, in ms.
 */
export async function publishAndWait(
  { adminUrl, token, sitePort }: { adminUrl: string; token: string; sitePort: number },
  offer: { id: number | string; page: string },
  summary: string,
  timeoutMs: number,
): Promise<number> {
  const started = performance.now();
  await publishSummary(adminUrl, token, offer, summary);
  await waitForServed(sitePort, offer.page, summary, timeoutMs);
  return performance.now() - started;
}

/**
 * The rebuild jobs, read from the database (Payload's jobs collection is closed to every API,
 * `payload-jobs` read: nobody): PostgreSQL only, the database several admins share.
 */
async function jobQuery<T extends pg.QueryResultRow>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const BUILD_JOBS = "queue in ('site-builds', 'site-takedowns')";

/** Waits until no rebuild job is waiting or running (a build goes on after its swap: the best compression of its files). */
export async function waitForIdleWorker(databaseUrl: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [row] = await jobQuery<{ n: string }>(databaseUrl, `select count(*) as n from payload_jobs where ${BUILD_JOBS} and completed_at is null and has_error is not true`);
    if (Number(row?.n) === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The worker was still busy after ${timeoutMs / 1000} s.`);
}

/** The rebuild jobs created since `since`, oldest first, with when each started running (once it has run). */
export async function jobsSince(databaseUrl: string, since: Date): Promise<{ createdAt: Date; startedAt: Date | null }[]> {
  const rows = await jobQuery<{ created_at: Date; started: Date | null }>(
    databaseUrl,
    `select j.created_at, (select min(l.executed_at) from payload_jobs_log l where l._parent_id = j.id) as started from payload_jobs j where ${BUILD_JOBS} and j.created_at >= $1 order by j.created_at`,
    [since],
  );
  return rows.map((row) => ({ createdAt: row.created_at, startedAt: row.started }));
}

/** How many rebuild jobs are marked running. */
export async function runningJobs(databaseUrl: string): Promise<number> {
  const [row] = await jobQuery<{ n: string }>(databaseUrl, `select count(*) as n from payload_jobs where ${BUILD_JOBS} and processing`);
  return Number(row?.n);
}
