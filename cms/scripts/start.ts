/**
 * `npm start` (and `npm run dev` with --dev): the whole product on one machine.
 *
 *   1. apply migrations   2. import the demo content if the database is empty
 *   3. make sure the demo admin exists   4. export what is published and build the site
 *   5. serve the site   6. run the CMS admin (Next.js)   7. print both URLs and the login
 *
 * With --dev the site runs under `astro dev` (live reload) instead of being built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildSite } from '@cms/lib/buildSite';
import { closePayload, openPayload } from '@cms/lib/payload';
import { exportStep, migrateStep, seedIfEmptyStep, siteDir, snapshotDir, step } from '@cms/lib/steps';
import { dataDir, repoRoot } from '@cms/paths';
import { describeLogin, ensureDemoAccount } from '@cms/seed/demoAccount';
import { serveStatic } from '@site/server/staticServer';

const dev = process.argv.includes('--dev');
const production = process.env.NODE_ENV === 'production';
const adminPort = Number(process.env.ADMIN_PORT || 3000);
const sitePort = Number(process.env.SITE_PORT || 4321);
const children: ChildProcess[] = [];

function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    String(chunk)
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `  [${label}] ${line}`)
      .join('\n');
  child.stdout?.on('data', (d) => console.log(prefix(d)));
  child.stderr?.on('data', (d) => console.error(prefix(d)));
  children.push(child);
  return child;
}

function stopAll(code = 0): never {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const payload = await openPayload();
let login: string;
try {
  await migrateStep(payload);
  await seedIfEmptyStep(payload);
  login = describeLogin(await ensureDemoAccount(payload, dataDir()));
  await exportStep(payload);
  if (!dev) {
    await step(`Building the site into ${path.relative(repoRoot, siteDir())}/`, () =>
      buildSite({ snapshotDir: snapshotDir(), outDir: siteDir(), siteUrl: process.env.SITE_URL || `http://localhost:${sitePort}` }),
    );
  }
} catch (error) {
  console.error(`\nCould not start: ${(error as Error).message}`);
  await closePayload(payload);
  process.exit(1);
}
await closePayload(payload);

const next = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
// Publishing in the admin rebuilds the site being served (or calls SITE_DEPLOY_HOOK_URL).
const adminEnv = {
  SITE_REBUILD_ON_PUBLISH: dev ? '' : '1',
  SITE_OUT_DIR: siteDir(),
  SITE_URL: process.env.SITE_URL || `http://localhost:${sitePort}`,
};
if (dev) {
  await step('Starting the site in development mode (astro dev)', async () => {
    run('site', [path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(sitePort)], {
      SITE_SNAPSHOT: path.join(snapshotDir(), 'snapshot.json'),
    });
  });
} else {
  await step('Serving the built site', () => serveStatic(siteDir(), sitePort, process.env.HOST || '127.0.0.1'));
}

if (production) {
  // A production admin is compiled once, then served; PAYLOAD_SECRET is required (checked by the config).
  await step('Compiling the CMS admin (next build, about a minute)', () =>
    new Promise<void>((resolve, reject) => {
      run('admin', [next, 'build', 'cms']).on('exit', (code) => (code === 0 ? resolve() : reject(new Error('next build failed'))));
    }),
  );
  run('admin', [next, 'start', 'cms', '--port', String(adminPort)], adminEnv);
} else {
  run('admin', [next, 'dev', 'cms', '--port', String(adminPort)], adminEnv);
}
children.at(-1)!.on('exit', (code) => {
  console.error(`The CMS admin stopped (exit code ${code}).`);
  stopAll(code ?? 1);
});

await step('Waiting for the CMS admin (the first visit compiles it; about 30 s)', async () => {
  if (!(await waitFor(`http://localhost:${adminPort}/admin/login`, 180_000))) {
    console.error('  the admin did not answer within 3 minutes; see the [admin] lines above.');
  }
});

console.log(`
Ready.
  Site:  http://localhost:${sitePort}/
  Admin: http://localhost:${adminPort}/admin
  ${login}
Press Ctrl+C to stop.`);
