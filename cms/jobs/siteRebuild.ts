import { spawn } from 'node:child_process';
import path from 'node:path';
import { JobCancelledError, type Payload, type PayloadRequest, type Sort, type TaskConfig, type Where } from 'payload';
import { repoRoot } from '@cms/paths';
import { settings, type SettingsEnv } from '@content/model/settings';
import { endProcessTree, runWarmBuild, type ScriptRun } from '@cms/jobs/warmBuilder';

export { stopWarmBuilder, type ScriptRun } from '@cms/jobs/warmBuilder';

/**
 * The site rebuild jobs (issue 19, part 1: the CMS's side of the build). The Payload config
 * declares the task and its queues from here, publishing queues jobs here, and the handler
 * starts the platform's build as a process of its own (`platform/scripts/build.ts`, `npm run
 * build`): the CMS names the command, it never imports the platform (platform → cms → model).
 *
 * Rebuilds are durable jobs in Payload's jobs queue (stored in the database, so a restart
 * loses none, and several admin instances can share one PostgreSQL with one worker):
 * - publishing or unpublishing in council A queues a rebuild of council A's site only; a
 *   change to national content (entitlements, areas, the glossary, spotlights, search
 *   words) queues one for every council;
 * - a takedown (an unpublish, a delete, an image's consent withdrawn) goes in a queue of its
 *   own that the worker always empties first, so it never waits behind other councils'
 *   ordinary rebuilds (issue 18, finding 8); an ordinary rebuild already waiting for the
 *   same council joins it;
 * - a burst of publishes in one council makes one build: while a build is waiting for that
 *   council, another request only notes itself; a request during a build queues exactly
 *   one more;
 * - the worker (the admin started by `npm start`, or `npm run worker`) runs them one at a
 *   time, takedowns first, a few seconds after the request; a national change is one job
 *   that builds every council's site in one run;
 * - a failed build is retried twice, after a wait that doubles (`SITE_REBUILD_RETRY_DELAY_MS`,
 *   default 30 s, then 60 s); a build stopped by a time limit is not retried.
 * Each build runs `npm run build <council>`'s work in the warm builder, a process kept open
 * for it (`./warmBuilder`: Payload is opened once, not once per publish), which exports, builds into
 * a fresh folder and swaps it in only when complete (a failed build keeps the last good
 * site) and records the council's build status. Each step of it has a time limit
 * (`SITE_BUILD_TIMEOUT_MS`, platform/build/buildSite.ts), and the whole process another
 * (`SITE_BUILD_JOB_TIMEOUT_MS`): past it, the process and every process it started are
 * ended. With `SITE_DEPLOY_HOOK_URL` set, the job calls that hook instead and the host builds.
 */
export const BUILD_TASK = 'build-council-site';
/** Ordinary rebuilds (a publish, a change). */
export const BUILD_QUEUE = 'site-builds';
/** Takedowns: emptied before any ordinary rebuild is started. */
export const TAKEDOWN_QUEUE = 'site-takedowns';
export const BUILD_QUEUES = [TAKEDOWN_QUEUE, BUILD_QUEUE];
/**
 * The order the worker takes jobs in, one at a time: every due takedown before any ordinary
 * rebuild (`site-takedowns` sorts after `site-builds`, hence descending), then oldest first.
 * Payload's jobs config uses it too (`processingOrder`), so the admin's runner and
 * `npm run worker` agree.
 */
export const BUILD_ORDER: Sort = ['-queue', 'createdAt'];

export type BuildOutcome = { ok: boolean; message: string };

export type BuildStatus = {
  status: 'scheduled' | 'building' | 'succeeded' | 'failed';
  trigger?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  pages?: number | null;
  message?: string | null;
};

/** A build stopped by a time limit says so with these words (`platform/build/buildSite.ts`, and `jobTimeLimitMessage`). */
export const TIMED_OUT = 'The build took longer than';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records a council's build status (shown on the dashboard and the council's settings).
 * Never throws: the status is bookkeeping, and a write that fails (the database busy) must
 * not fail a build, least of all one already live (issue 18, finding 7). It is tried again,
 * waiting longer each time, then logged. Resolves to whether it was written.
 */
export async function recordBuild(payload: Payload, council: number | string, build: BuildStatus, req?: PayloadRequest): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await payload.update({ collection: 'authorities', id: council, data: { build }, overrideAccess: true, context: { seeding: true }, depth: 0, req });
      return true;
    } catch (error) {
      // A council deleted meanwhile has no status to write.
      if ((error as { status?: number }).status === 404 || attempt >= 5) {
        payload.logger.error({ err: error, msg: `Could not record the site build of council ${council} as ${build.status}` });
        return false;
      }
      await pause(250 * 2 ** attempt);
    }
  }
}

/** Queueing is on in the CMS server started by `npm start` / `npm run dev`, and in tests that ask for it (`SITE_REBUILD_ON_PUBLISH`). */
export const rebuildsOn = (env?: SettingsEnv) => settings(env).SITE_REBUILD_ON_PUBLISH;

export type RebuildOptions = {
  /** Something leaves a site (an unpublish, a delete, consent withdrawn): built before any ordinary rebuild. */
  takedown?: boolean;
};

/** Asks for a rebuild of these councils' sites (`all`: every council's), `trigger` saying why. */
let requests: Promise<void> = Promise.resolve();

export function requestRebuild(payload: Payload, councils: (number | string)[] | 'all', trigger: string, req?: PayloadRequest, options: RebuildOptions = {}): Promise<void> {
  if (!rebuildsOn()) return Promise.resolve();
  // One request at a time in this process, so a burst sees the first one's job.
  requests = requests.catch(() => undefined).then(() => queueRebuilds(payload, councils, trigger, req, options));
  return requests;
}

type PendingJob = { id: number | string; queue?: string | null; input?: unknown };
const councilOf = (job: PendingJob) => String((job.input as { council?: unknown } | null)?.council);

async function queueRebuilds(payload: Payload, councils: (number | string)[] | 'all', trigger: string, req: PayloadRequest | undefined, { takedown = false }: RebuildOptions): Promise<void> {
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
  if (!docs.length) return;
  const debounceMs = settings().SITE_REBUILD_DEBOUNCE_MS;
  // Builds waiting to start (not running, not given up on): each will include this change.
  const pending: PendingJob[] = (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { in: BUILD_QUEUES } }, { completedAt: { exists: false } }, { processing: { equals: false } }, { hasError: { not_equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs;
  const queue = (council: string) =>
    payload.jobs.queue({
      task: BUILD_TASK,
      input: { council, trigger },
      queue: takedown ? TAKEDOWN_QUEUE : BUILD_QUEUE,
      waitUntil: new Date(Date.now() + debounceMs),
      req,
    });
  /** Ordinary rebuilds waiting for exactly these councils join the takedown queue (they will build what is committed by then, the takedown included). */
  const promote = async (jobs: PendingJob[]) => {
    if (!jobs.length) return;
    const where: Where = { and: [{ id: { in: jobs.map((job) => job.id) } }, { processing: { equals: false } }] };
    await payload.update({ collection: 'payload-jobs', where, data: { queue: TAKEDOWN_QUEUE }, overrideAccess: true, depth: 0, req });
  };
  // A job covers a council if it builds that council's site, or every council's; for a
  // takedown, only a job in the takedown queue does (or an ordinary one promoted to it).
  const covering = (key: string) => pending.filter((job) => councilOf(job) === key || councilOf(job) === ALL_COUNCILS);
  const covered = (key: string) => covering(key).some((job) => !takedown || job.queue === TAKEDOWN_QUEUE);
  let newlyScheduled = docs;
  if (councils === 'all' && docs.length > 1) {
    // A national change: ONE job builds every council's site in one run (platform/build/buildSite.ts),
    // rather than one job, and one Astro start-up, per council.
    const all = pending.filter((job) => councilOf(job) === ALL_COUNCILS);
    if (all.some((job) => !takedown || job.queue === TAKEDOWN_QUEUE)) return;
    if (all.length) await promote(all);
    else await queue(ALL_COUNCILS);
  } else {
    newlyScheduled = docs.filter((council) => !covered(String(council.id)));
    for (const council of newlyScheduled) {
      const mine = covering(String(council.id)).filter((job) => councilOf(job) === String(council.id));
      if (takedown && mine.length) await promote(mine);
      else await queue(String(council.id));
    }
  }
  for (const council of newlyScheduled) await recordBuild(payload, council.id, { ...council.build, status: 'scheduled', trigger } as BuildStatus, req);
}

/** A job's `council` when it rebuilds every council's site. */
export const ALL_COUNCILS = 'all';

/**
 * The limit on a whole rebuild job's build process (`SITE_BUILD_JOB_TIMEOUT_MS`, default
 * an hour): a backstop for a hang outside the steps that have their own limit
 * (`SITE_BUILD_TIMEOUT_MS`), so that one hung build never stops every council's.
 */
export function jobTimeLimitMs(env?: SettingsEnv): number {
  return settings(env).SITE_BUILD_JOB_TIMEOUT_MS;
}

export function jobTimeLimitMessage(ms: number): string {
  const limit = ms >= 60_000 ? `${Number((ms / 60_000).toFixed(1))} minutes` : ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} seconds` : `${ms} ms`;
  return `${TIMED_OUT} ${limit} and was stopped. The last good site is still live. (SITE_BUILD_JOB_TIMEOUT_MS sets the limit.)`;
}

/**
 * How a queued build runs: the deploy hook, or `npm run build <council>` in the warm builder.
 * The council's status says "building" from the start, and whatever happens to the build
 * (a crash, a time limit, a hook that can't be reached) it does not stay so: a council the
 * build left "building" is recorded as failed, with what the build said.
 */
export async function runBuild(payload: Payload, council: number | string, trigger: string, env: NodeJS.ProcessEnv = process.env): Promise<BuildOutcome> {
  const hook = settings(env).SITE_DEPLOY_HOOK_URL;
  if (hook && council === ALL_COUNCILS) {
    // The host builds one council per call: one call for each.
    const { docs } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, overrideAccess: true });
    const outcomes = [];
    for (const each of docs) outcomes.push(await runBuild(payload, String(each.id), trigger, env));
    const bad = outcomes.filter((o) => !o.ok);
    return { ok: bad.length === 0, message: bad.length ? bad.map((o) => o.message).join('\n') : `Deploy hook called for ${docs.length} councils` };
  }
  const councils =
    council === ALL_COUNCILS ? (await payload.find({ collection: 'authorities', pagination: false, depth: 0, overrideAccess: true })).docs.map((c) => c.id) : [council];
  const startedAt = new Date().toISOString();
  for (const id of councils) await recordBuild(payload, id, { status: 'building', trigger, startedAt });
  let outcome: BuildOutcome;
  try {
    outcome = hook ? await callDeployHook(payload, hook, council, trigger, startedAt) : await runBuildProcess(council, trigger, env);
  } catch (error) {
    outcome = { ok: false, message: (error as Error).message || 'The build failed.' };
  }
  await failUnfinished(payload, councils, startedAt, trigger, outcome);
  return outcome;
}

async function callDeployHook(payload: Payload, hook: string, council: number | string, trigger: string, startedAt: string): Promise<BuildOutcome> {
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

/** Councils this build left "building" (it crashed, or was stopped, before it said how it went): failed, with what it said. */
async function failUnfinished(payload: Payload, councils: (number | string)[], startedAt: string, trigger: string, outcome: BuildOutcome): Promise<void> {
  const { docs } = await payload.find({ collection: 'authorities', where: { id: { in: councils.map(String) } }, pagination: false, depth: 0, overrideAccess: true });
  for (const doc of docs) {
    const build = doc.build;
    if (build?.status !== 'building' || !build.startedAt || Date.parse(build.startedAt) < Date.parse(startedAt)) continue;
    const message = outcome.ok ? 'The build ended without saying whether this site was rebuilt.' : outcome.message || 'The build failed.';
    await recordBuild(payload, doc.id, { status: 'failed', trigger: build.trigger ?? trigger, startedAt: build.startedAt, finishedAt: new Date().toISOString(), message: message.slice(0, 4000) });
  }
}

/**
 * Runs one of the platform's scripts (`platform/scripts/*.ts`) under tsx in a child process
 * (the CMS names the command, never imports the platform), with rebuilds on publish off in
 * it, its output kept, and the process and every process it started ended past `limitMs`.
 */
export function runPlatformScript(script: string, args: string[], env: NodeJS.ProcessEnv, limitMs: number): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawn(process.execPath, [tsx, script, ...args], {
      cwd: repoRoot,
      env: { ...env, SITE_REBUILD_ON_PUBLISH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      endProcessTree(child.pid);
    }, limitMs);
    const done = (ok: boolean, extra?: string) => {
      clearTimeout(timer);
      const tail = [extra, output.join('').trim().split('\n').slice(-8).join('\n')].filter(Boolean).join('\n');
      resolve({ ok: ok && !timedOut, timedOut, tail });
    };
    child.on('error', (error) => done(false, `${path.relative(repoRoot, script)} could not start: ${error.message}`));
    child.on('exit', (code) => done(code === 0));
  });
}

/** `npm run build` for one council (or every council's) in the warm builder (`./warmBuilder`), ended with all its processes past the job's time limit. */
async function runBuildProcess(council: number | string, trigger: string, env: NodeJS.ProcessEnv): Promise<BuildOutcome> {
  // Every council's site (a national change), or one council's.
  const which = council === ALL_COUNCILS ? [] : [`--council=${council}`];
  const limit = jobTimeLimitMs(env);
  const { ok, timedOut, tail } = await runWarmBuild([...which, `--trigger=${trigger}`], env, limit);
  return timedOut ? { ok: false, message: `${jobTimeLimitMessage(limit)}\n${tail}`.trim() } : { ok, message: tail };
}

/**
 * The job: one council's site rebuilt (or every council's, `ALL_COUNCILS`). A failure is
 * recorded on the job and the council, and the last good site stays. It is retried twice,
 * after a wait that doubles; a build stopped by a time limit is not retried (it would most
 * likely run out of time again, holding up every other council's builds meanwhile): the
 * next publish queues a new one.
 */
export const buildCouncilSiteTask: TaskConfig<typeof BUILD_TASK> = {
  slug: BUILD_TASK,
  label: 'Rebuild a council’s site',
  retries: { attempts: 2, backoff: { type: 'exponential', delay: settings().SITE_REBUILD_RETRY_DELAY_MS } },
  inputSchema: [
    { name: 'council', type: 'text', required: true },
    { name: 'trigger', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const { council, trigger } = input;
    const outcome = await runBuild(req.payload, council, trigger ?? 'rebuild');
    if (outcome.ok) return { output: {} };
    if (outcome.message.includes(TIMED_OUT)) {
      req.payload.logger.error({ msg: `The rebuild of ${council === ALL_COUNCILS ? 'every council’s site' : `council ${council}’s site`} ran out of time and will not be retried`, detail: outcome.message });
      throw new JobCancelledError(outcome.message);
    }
    throw new Error(outcome.message || 'The build failed.');
  },
};

/**
 * A job still marked running long after the job's time limit lost its worker (the process
 * hung, or was killed, mid-build, and nothing restarted it): it goes back in its queue, so it
 * runs again and its councils do not stay "building" for ever. A build that is really running
 * never takes that long: the limit ends it. Asked before each run by the worker and the
 * admin's runner.
 *
 * `{ all: true }`: every build job marked running, whatever its age. For a worker starting
 * up: exactly one process runs the jobs (`npm run worker`, or the admin under `npm start`), so
 * any job marked running when it starts was left so by a worker that is gone (killed, crashed,
 * the machine restarted), and runs again at once rather than an hour later.
 */
export async function releaseOrphanedBuilds(payload: Payload, { all = false, env }: { all?: boolean; env?: SettingsEnv } = {}): Promise<number> {
  const before = new Date(Date.now() - jobTimeLimitMs(env) - 5 * 60_000).toISOString();
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { in: BUILD_QUEUES } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        ...(all ? [] : [{ updatedAt: { less_than: before } }]),
      ],
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  });
  if (docs.length) payload.logger.warn(`${docs.length} site rebuild job(s) lost their worker mid-build and will run again.`);
  return docs.length;
}

/**
 * Runs whatever builds are due, one at a time, each time taking a due takedown before any
 * ordinary rebuild (the worker's loop, and tests). Returns how many ran. `stop`: asked before
 * each job; once it says so no other job is started (the worker stopping after the current one).
 */
export async function runDueBuilds(payload: Payload, { max = 10, stop = () => false }: { max?: number; stop?: () => boolean } = {}): Promise<number> {
  await releaseOrphanedBuilds(payload);
  let ran = 0;
  while (ran < max && !stop()) {
    const result = await payload.jobs.run({ allQueues: true, where: { queue: { in: BUILD_QUEUES } }, limit: 1, processingOrder: BUILD_ORDER });
    if (result.noJobsRemaining) break;
    ran++;
  }
  return ran;
}
