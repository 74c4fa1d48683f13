import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Payload, PayloadRequest, TaskConfig } from 'payload';
import { repoRoot } from '@cms/paths';

/**
 * Rebuilds are durable jobs in Payload's jobs queue (stored in the database, so a restart
 * loses none, and several admin instances can share one PostgreSQL with one worker):
 * - publishing or unpublishing in council A queues a rebuild of council A's site only; a
 *   change to national content (entitlements, areas, the glossary, spotlights, search
 *   words) queues one for every council;
 * - a burst of publishes in one council makes one build: while a build is already
 *   scheduled for that council, another request only notes itself; a request during a
 *   build queues exactly one more;
 * - the worker (the admin started by `npm start`, or `npm run worker`) runs them one at a
 *   time, a few seconds after the last request; a national change is one job that builds
 *   every council's site in one run.
 * Each build runs `npm run build <council>` in a child process, which exports, builds into
 * a fresh folder and swaps it in only when complete (a failed build keeps the last good
 * site) and records the council's build status. With `SITE_DEPLOY_HOOK_URL` set, the job
 * calls that hook instead and the host builds.
 */
export const BUILD_TASK = 'build-council-site';
export const BUILD_QUEUE = 'site-builds';

export type BuildOutcome = { ok: boolean; message: string };

export type BuildStatus = {
  status: 'scheduled' | 'building' | 'succeeded' | 'failed';
  trigger?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  pages?: number | null;
  message?: string | null;
};

/** Records a council's build status (shown on the dashboard and the council's settings). */
export async function recordBuild(payload: Payload, council: number | string, build: BuildStatus, req?: PayloadRequest): Promise<void> {
  await payload.update({ collection: 'authorities', id: council, data: { build } as never, overrideAccess: true, context: { seeding: true }, depth: 0, req });
}

/** Queueing is on in the CMS server started by `npm start` / `npm run dev`, and in tests that ask for it. */
export const rebuildsOn = (env: NodeJS.ProcessEnv = process.env) => env.SITE_REBUILD_ON_PUBLISH === '1';

/** Asks for a rebuild of these councils' sites (`all`: every council's), `trigger` saying why. */
let requests: Promise<void> = Promise.resolve();

export function requestRebuild(payload: Payload, councils: (number | string)[] | 'all', trigger: string, req?: PayloadRequest): Promise<void> {
  if (!rebuildsOn()) return Promise.resolve();
  // One request at a time in this process, so a burst sees the first one's "scheduled".
  requests = requests.catch(() => undefined).then(() => queueRebuilds(payload, councils, trigger, req));
  return requests;
}

async function queueRebuilds(payload: Payload, councils: (number | string)[] | 'all', trigger: string, req?: PayloadRequest): Promise<void> {
  if (councils !== 'all' && !councils.length) return;
  // The councils to rebuild, with their build status, in one query.
  const { docs } = await payload.find({
    collection: 'authorities',
    where: councils === 'all' ? {} : { id: { in: [...new Set(councils.map(String))] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const debounceMs = Number(process.env.SITE_REBUILD_DEBOUNCE_MS || 3000);
  // Already waiting to build: that build will include this change. "Scheduled" is believed
  // only while its job is still in the queue (a job deleted by hand, or lost, must not leave
  // the council scheduled for ever with nothing to build it).
  const queued = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: BUILD_QUEUE } }, { completedAt: { exists: false } }, { processing: { equals: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const inQueue = new Set(queued.docs.map((job) => String((job.input as { council?: unknown } | null)?.council)));
  const waiting = docs.filter((council) => !(council.build?.status === 'scheduled' && (inQueue.has(String(council.id)) || inQueue.has(ALL_COUNCILS))));
  if (!waiting.length) return;
  const queue = (council: string) =>
    payload.jobs.queue({
      task: BUILD_TASK as never,
      input: { council, trigger } as never,
      queue: BUILD_QUEUE,
      waitUntil: new Date(Date.now() + debounceMs),
      req,
    });
  // A national change: ONE job builds every council's site in one run (cms/lib/buildSite.ts),
  // rather than one job, and one Astro start-up, per council.
  if (councils === 'all' && docs.length > 1) await queue(ALL_COUNCILS);
  else for (const council of waiting) await queue(String(council.id));
  for (const council of waiting) await recordBuild(payload, council.id, { ...council.build, status: 'scheduled', trigger } as BuildStatus, req);
}

/** A job's `council` when it rebuilds every council's site. */
export const ALL_COUNCILS = 'all';

/** How a queued build runs: the deploy hook, or `npm run build <council>` in a child process. */
export async function runBuild(payload: Payload, council: number | string, trigger: string, env: NodeJS.ProcessEnv = process.env): Promise<BuildOutcome> {
  const hook = env.SITE_DEPLOY_HOOK_URL;
  if (hook && council === ALL_COUNCILS) {
    // The host builds one council per call: one call for each.
    const { docs } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, overrideAccess: true });
    const outcomes = [];
    for (const each of docs) outcomes.push(await runBuild(payload, String(each.id), trigger, env));
    const bad = outcomes.filter((o) => !o.ok);
    return { ok: bad.length === 0, message: bad.length ? bad.map((o) => o.message).join('\n') : `Deploy hook called for ${docs.length} councils` };
  }
  if (hook) {
    const startedAt = new Date().toISOString();
    const res = await fetch(hook, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ council, trigger }),
      signal: AbortSignal.timeout(30_000),
    });
    const outcome = { ok: res.ok, message: `Deploy hook answered ${res.status} ${res.statusText}` };
    await recordBuild(payload, council, { status: outcome.ok ? 'succeeded' : 'failed', trigger, startedAt, finishedAt: new Date().toISOString(), message: outcome.message });
    return outcome;
  }
  return new Promise((resolve) => {
    const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    // Every council's site (a national change), or one council's.
    const which = council === ALL_COUNCILS ? [] : [`--council=${council}`];
    const child = spawn(process.execPath, [tsx, path.join(repoRoot, 'cms', 'scripts', 'build.ts'), ...which, `--trigger=${trigger}`], {
      cwd: repoRoot,
      env: { ...env, SITE_REBUILD_ON_PUBLISH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('exit', (code) => resolve({ ok: code === 0, message: output.join('').trim().split('\n').slice(-8).join('\n') }));
  });
}

/** The job: one council's site rebuilt (or every council's, `ALL_COUNCILS`). A failure is recorded on the job and the council, and the last good site stays. */
export const buildCouncilSiteTask: TaskConfig = {
  slug: BUILD_TASK as never,
  label: 'Rebuild a council’s site',
  retries: 1,
  inputSchema: [
    { name: 'council', type: 'text', required: true },
    { name: 'trigger', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const { council, trigger } = input as { council: string; trigger?: string };
    const outcome = await runBuild(req.payload, council, trigger ?? 'rebuild');
    if (!outcome.ok) throw new Error(outcome.message || 'The build failed.');
    return { output: {} };
  },
};

/** Runs whatever builds are due (the worker's loop, and tests). */
export async function runDueBuilds(payload: Payload): Promise<void> {
  await payload.jobs.run({ queue: BUILD_QUEUE, limit: 10 });
}
