/**
 * `npm start` (and `npm run dev` with --dev): the whole product on one machine.
 *
 *   1. apply migrations   2. import the demo content if the database is empty
 *   3. make sure the demo admin exists   4. export and build every council's site
 *   5. serve every council's site   6. run the CMS admin (Next.js), which also runs the
 *   rebuild jobs publishing queues   7. print the addresses and the login
 *
 * With --dev one council's site (the first, or `--council=<short name>`) runs under
 * `astro dev` (live reload) instead of being built.
 * Both listen on 127.0.0.1 unless ADMIN_HOST / HOST say otherwise (`@cms/lib/listen`).
 */
import '@platform/scripts/settingsFirst';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildCouncilSites, councilSnapshotDir, librarySite, listCouncils, localSiteAddress, sitesRoot, type CouncilSite } from '@platform/build/councilSites';
import { closePayload, openPayload } from '@cms/lib/payload';
import { releaseOrphanedBuilds } from '@cms/jobs/siteRebuild';
import { adminArgs, astroDevArgs, displayUrl, listenConfig, localUrl, nextBin } from '@cms/lib/listen';
import { exportStep, migrateStep, seedIfEmptyStep, step } from '@platform/build/steps';
import { dataDir, repoRoot } from '@cms/paths';
import { describeLogin, ensureDemoAccount, usersOf } from '@cms/seed/demoAccount';
import type { Server } from 'node:http';
import { servePlatform } from '@platform/server/staticServer';
import { requestLogger, stopGracefully } from '@platform/server/lifecycle';
import { payloadFeedbackStore } from '@platform/server/feedbackStore';
import { OPEN_REFERRAL_PATHS } from '@content/model/openReferral';
import { settings } from '@platform/config';

const dev = process.argv.includes('--dev');
const production = settings().NODE_ENV === 'production';
const listen = listenConfig();
const { adminHost, adminPort, siteHost, sitePort } = listen;
// The address written into pages (canonical, Open Graph, JSON-LD, sitemap) is the council's
// "Public site address" from the CMS, or SITE_URL for a preview; never where this machine
// happens to serve the site (site/lib/siteUrl.ts). The site is still served on localhost.
const siteUrlOverride = settings().SITE_URL;
const children: ChildProcess[] = [];

function run(label: string, args: string[], env: Record<string, string> = {}): ChildProcess {
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

let siteServer: Server | undefined;
let stopping = false;
/**
 * Stops everything gracefully (SIGTERM, SIGINT, or the admin having stopped): the site server
 * stops taking connections and finishes the requests under way, each child is sent SIGTERM
 * (`next start` does the same with its own; a child is cut after 30 s), then this exits.
 */
async function stopAll(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  const ended = running.map((child) => new Promise<void>((resolve) => child.once('exit', () => resolve())));
  for (const child of running) child.kill('SIGTERM');
  const cut = setTimeout(() => running.forEach((child) => child.kill('SIGKILL')), 30_000);
  await Promise.all([siteServer ? stopGracefully(siteServer) : undefined, ...ended]);
  clearTimeout(cut);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

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

const devCouncil = process.argv.find((a) => a.startsWith('--council='))?.slice('--council='.length);
const payload = await openPayload();
let login: string;
let councils: CouncilSite[];
try {
  await migrateStep(payload);
  // The admin started below is the one process that runs the jobs: a rebuild marked running was left so by the last run, killed mid-build, and runs again.
  if (!dev) await releaseOrphanedBuilds(payload, { all: true });
  await seedIfEmptyStep(payload);
  login = describeLogin(await ensureDemoAccount(usersOf(payload), dataDir()));
  councils = await listCouncils(payload);
  if (dev) {
    councils = await listCouncils(payload, devCouncil ? [devCouncil] : councils.slice(0, 1).map((c) => c.slug));
    await exportStep(payload, councils.map((c) => c.slug));
  } else {
    const results = await step(`Building ${councils.length === 1 ? 'the site' : `${councils.length} councils' sites`} into ${path.relative(repoRoot, sitesRoot())}/`, () =>
      buildCouncilSites(payload, councils, { trigger: 'npm start', siteUrl: siteUrlOverride, env: { ...process.env, SITE_PORT: String(sitePort) } }),
    );
    for (const bad of results.filter((r) => !r.ok)) console.error(`  ${bad.council.name}'s site did not build: ${bad.message.split('\n')[0]}`);
  }
} catch (error) {
  console.error(`\nCould not start: ${(error as Error).message}`);
  await closePayload(payload);
  process.exit(1);
}
// Served sites take readers' feedback into the database through this Payload (platform/server/feedback.ts);
// under --dev nothing is served from here, so it is closed.
if (dev) await closePayload(payload);

// Publishing in the admin queues a rebuild of that council's site, which the admin runs
// (or calls SITE_DEPLOY_HOOK_URL).
const adminEnv = {
  SITE_REBUILD_ON_PUBLISH: dev ? '' : '1',
  SITE_BUILD_WORKER: dev ? '' : '1',
  SITE_OUT_DIR: sitesRoot(),
  SITE_PORT: String(sitePort),
  // Rebuilds after publishing run platform/scripts/build.ts, which reads the CMS's address itself.
  ...(siteUrlOverride ? { SITE_URL: siteUrlOverride } : {}),
};
if (dev) {
  await step('Starting the site in development mode (astro dev)', async () => {
    run('site', astroDevArgs(listen), {
      SITE_SNAPSHOT: path.join(councilSnapshotDir(councils[0]!.slug), 'snapshot.json'),
    });
  });
} else {
  // In production each request is logged as a JSON line with its request id (as `npm run serve` does).
  await step('Serving the councils\' sites', async () => {
    siteServer = await servePlatform(sitesRoot(), sitePort, siteHost, { feedback: payloadFeedbackStore(payload), logger: production ? requestLogger() : undefined });
  });
}

if (production) {
  // A production admin is compiled once, then served; PAYLOAD_SECRET is required (checked by the config).
  await step('Compiling the CMS admin (next build, about a minute)', () =>
    new Promise<void>((resolve, reject) => {
      run('admin', [nextBin, 'build', 'cms']).on('exit', (code) => (code === 0 ? resolve() : reject(new Error('next build failed'))));
    }),
  );
  run('admin', adminArgs('start', listen), adminEnv);
} else {
  run('admin', adminArgs('dev', listen), adminEnv);
}
children.at(-1)!.on('exit', (code) => {
  if (stopping) return;
  console.error(`The CMS admin stopped (exit code ${code}).`);
  void stopAll(code ?? 1);
});

await step('Waiting for the CMS admin (the first visit compiles it; about 30 s)', async () => {
  if (!(await waitFor(localUrl(adminHost, adminPort, '/admin/login'), 180_000))) {
    console.error('  the admin did not answer within 3 minutes; see the [admin] lines above.');
  }
});

const sites = dev
  ? `  Site (${councils[0]!.name}, astro dev): ${displayUrl(siteHost, sitePort)}`
  : councils.length === 1
    ? localSiteAddress(councils[0]!, sitePort).includes('.localhost')
      ? `  Site:  ${displayUrl(siteHost, sitePort)} (also ${localSiteAddress(councils[0]!, sitePort)})`
      : // Under a shared address: at its path, here too.
        `  Site:  ${localSiteAddress(councils[0]!, sitePort)}`
    : [`  Sites: ${displayUrl(siteHost, sitePort)} lists every council's site:`, ...councils.map((c) => `    ${c.name}: ${localSiteAddress(c, sitePort)}`)].join('\n');
const library = dev ? '' : `\n  Practice library: ${localSiteAddress(librarySite(councils), sitePort)}`;
// Each council's Open Referral UK API, under its site's address (the platform's server answers it).
const openReferral = dev || !councils[0] ? '' : `\n  Open Referral UK: ${localSiteAddress(councils[0], sitePort)}${OPEN_REFERRAL_PATHS.api.slice(1)} (each council's at <its site>${OPEN_REFERRAL_PATHS.api})`;
console.log(`
Ready.
${sites}${library}${openReferral}
  Admin: ${displayUrl(adminHost, adminPort, '/admin')}
  ${login}
Press Ctrl+C to stop.`);
