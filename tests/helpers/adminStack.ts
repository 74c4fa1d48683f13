/**
 * The whole product, throwaway, for the admin workflow test: a fresh SQLite database in a
 * temp folder (seeded by adminSeed.ts), the CMS admin as production runs it (`next start` on
 * the admin's `next build`, which `npm start` also makes; reused when it is newer than its
 * sources, bench/cluster.ts `ensureAdminBuild`) with the site rebuilds on publish run in it,
 * and a static server for the site those rebuilds write. Own ports, folders and secrets, so
 * it can run beside the reader tests and other people's runs.
 *
 * Not `next dev`: it compiles each admin page on its first visit (half a minute each on two
 * cores), so the workflow took ten minutes, and answers that came late under that load
 * raced the form (a step row brought back after the test had added one).
 *
 * ADMIN_E2E_PORT / ADMIN_E2E_SITE_PORT choose the ports (free ones otherwise); ADMIN_E2E_KEEP=1
 * keeps the temp folder (database, logs, built site) after the run, for a look.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { ensureAdminBuild } from '../../bench/cluster';
import { servePlatform } from '../../platform/server/staticServer';
import type { AdminPerson } from './adminPeople';
import { portFor } from './ports';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');


export type SiteBuildStatus = { status?: string; trigger?: string; startedAt?: string; finishedAt?: string; message?: string };

export type AdminStack = {
  adminUrl: string;
  siteUrl: string;
  dir: string;
  dataDir: string;
  siteDir: string;
  /** The stack's environment (its database and DATA_DIR), for a helper process on the same database. */
  env: NodeJS.ProcessEnv;
  /** The last lines the admin server printed (for failure messages). */
  adminLog: () => string;
  /** Polls Demo Borough's build status (signed in as `who`) until a build finished after `since`. */
  waitForSiteBuild: (who: AdminPerson, since: Date, timeoutMs?: number) => Promise<SiteBuildStatus>;
  /** The exported snapshot the last rebuild built the site from. */
  readSnapshot: () => { offers: { slug: string; title: string; credits?: string[] }[] };
  stop: () => Promise<void>;
};

function run(args: string[], env: NodeJS.ProcessEnv, log: string, options: { detached?: boolean } = {}): ChildProcess {
  const out = createWriteStream(log, { flags: 'a' });
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops what it spawned (site builds).
    detached: options.detached ?? false,
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return child;
}

const tail = (file: string, lines = 40) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : '');

async function waitForUrl(url: string, timeoutMs: number, child: ChildProcess, log: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The admin server stopped (exit code ${child.exitCode}):\n${tail(log)}`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(120_000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet, or still compiling
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The admin at ${url} did not answer within ${timeoutMs / 1000} s:\n${tail(log)}`);
}

export async function startAdminStack({ adminPort, sitePort }: { adminPort?: number; sitePort?: number } = {}): Promise<AdminStack> {
  adminPort ??= await portFor('ADMIN_E2E_PORT');
  sitePort ??= await portFor('ADMIN_E2E_SITE_PORT');
  const dir = mkdtempSync(path.join(tmpdir(), 'lop-admin-e2e-'));
  const dataDir = path.join(dir, 'data');
  const siteDir = path.join(dir, 'site');
  mkdirSync(dataDir, { recursive: true });
  const adminLog = path.join(dir, 'admin.log');
  const adminUrl = `http://localhost:${adminPort}`;
  // Demo Borough's site, where the workflow's offer is published (Chromium sends *.localhost here).
  const siteUrl = `http://demo-borough.localhost:${sitePort}`;
  // Fresh secrets from the environment (as production takes them; shared by the seed and the
  // admin), the local build runner (not a deploy hook), production, whatever the caller's shell says.
  const { PAYLOAD_SECRET: _secret, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: _key, SITE_DEPLOY_HOOK_URL: _hook, NODE_ENV: _nodeEnv, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'admin-e2e.db')}`,
    SITE_OUT_DIR: siteDir,
    SITE_URL: siteUrl,
    // The admin's own origin (its CSRF allowlist) follows the port it runs on.
    ADMIN_PORT: String(adminPort),
    ADMIN_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };

  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const seedLog = path.join(dir, 'seed.log');
  const seed = run([tsx, path.join(repoRoot, 'tests', 'helpers', 'adminSeed.ts')], env, seedLog);
  const seeded = await new Promise<number | null>((resolve) => seed.on('exit', resolve));
  if (seeded !== 0) {
    const said = tail(seedLog);
    if (!process.env.ADMIN_E2E_KEEP) rmSync(dir, { recursive: true, force: true });
    throw new Error(`Seeding the admin test database failed (exit code ${seeded}):\n${said}`);
  }

  // The admin's production build: minutes on two cores when the sources changed, else reused.
  await ensureAdminBuild(env, path.join(dir, 'next-build.log')).catch((error: unknown) => {
    if (!process.env.ADMIN_E2E_KEEP) rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const next = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  const admin = run(
    [next, 'start', 'cms', '--port', String(adminPort)],
    { ...env, SITE_REBUILD_ON_PUBLISH: '1', SITE_BUILD_WORKER: '1', SITE_REBUILD_DEBOUNCE_MS: '500' },
    adminLog,
    { detached: true },
  );
  let server: Server | undefined;

  const stop = async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (admin.exitCode === null && admin.pid) {
      const exited = new Promise((r) => admin.once('exit', r));
      try {
        process.kill(-admin.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5_000))]);
      if (!gone) {
        try {
          process.kill(-admin.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    if (!process.env.ADMIN_E2E_KEEP) rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForUrl(`${adminUrl}/admin/login`, 120_000, admin, adminLog);
    server = await servePlatform(siteDir, sitePort);
  } catch (error) {
    await stop();
    throw error;
  }

  const login = async (who: AdminPerson) => {
    const res = await fetch(`${adminUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: who.email, password: who.password }),
    });
    if (!res.ok) throw new Error(`REST login as ${who.email} failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { token: string }).token;
  };

  const waitForSiteBuild = async (who: AdminPerson, since: Date, timeoutMs = 150_000) => {
    const token = await login(who);
    const until = Date.now() + timeoutMs;
    let last: SiteBuildStatus = {};
    while (Date.now() < until) {
      // Demo Borough's last build, as its settings show it.
      const res = await fetch(`${adminUrl}/api/authorities?where[slug][equals]=demo-borough&depth=0`, { headers: { Authorization: `JWT ${token}` } });
      if (res.ok) {
        last = ((await res.json()) as { docs: { build?: SiteBuildStatus }[] }).docs[0]?.build ?? {};
        const finished = last.finishedAt ? new Date(last.finishedAt) : null;
        if (finished && finished >= since && (last.status === 'succeeded' || last.status === 'failed')) return last;
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
    throw new Error(`No site build finished within ${timeoutMs / 1000} s; last status: ${JSON.stringify(last)}\n${tail(adminLog)}`);
  };

  const readSnapshot = () => JSON.parse(readFileSync(path.join(dataDir, 'snapshot', 'demo-borough', 'snapshot.json'), 'utf8'));

  return { adminUrl, siteUrl, dir, dataDir, siteDir, env, adminLog: () => tail(adminLog), waitForSiteBuild, readSnapshot, stop };
}
