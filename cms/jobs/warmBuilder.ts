import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '@cms/paths';

/**
 * The warm builder (issue 23, part 3: publish → live sooner). A rebuild job used to start
 * `npm run build <council>` as a new process each time: tsx, the Payload config, the database
 * connection, about 3 s of a 12 s publish before any work. Now the process that runs the jobs
 * (`npm run worker`, or the admin under `npm start`) keeps one build process open
 * (`platform/scripts/builder.ts`: Payload open, the same work as `npm run build`,
 * `runBuildCommand`) and asks it for each build over Node's IPC channel. It is still a process
 * of its own, so everything that held before holds:
 * - the job's time limit ends it and every process it started (`endProcessTree`); the next
 *   build starts a new one;
 * - it crashing fails that build only (the job is retried as before) and the next starts anew;
 * - it runs with the environment the build is given: asked with another (a test changing a
 *   setting), the old one is stopped and a new one started;
 * - it is not kept alive for the process that asked: idle, it holds nothing open there, and it
 *   ends when that process does (its IPC channel closes) or `stopWarmBuilder` is called.
 * One build at a time, as the jobs are run.
 */
export const BUILDER_SCRIPT = path.join(repoRoot, 'platform', 'scripts', 'builder.ts');

/** What the jobs process sends the builder: build with these `npm run build` arguments. */
export const builderRequestSchema = z.object({ type: z.literal('build'), id: z.number().int(), args: z.array(z.string()) });
export type BuilderRequest = z.infer<typeof builderRequestSchema>;
/** What the builder answers: it is ready (Payload open), or build `id` ended and whether every site was built. */
export const builderReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('done'), id: z.number().int(), ok: z.boolean() }),
]);
export type BuilderReply = z.infer<typeof builderReplySchema>;

/** What a platform script run as a process said: whether it exited 0 (or the build succeeded), whether its time limit ended it, and its last lines. */
export type ScriptRun = { ok: boolean; timedOut: boolean; tail: string };

type Builder = {
  child: ChildProcess;
  envKey: string;
  /** What it printed since the build under way (or its start) began. */
  output: string[];
  /** Told each reply, and its exit (null). */
  listener: ((reply: BuilderReply | null) => void) | undefined;
  /** It said it was ready (Payload open). */
  ready: boolean;
  exited: boolean;
};

let builder: Builder | undefined;
let queue: Promise<unknown> = Promise.resolve();
let lastId = 0;

/** The environment a builder runs with, as a key: a build asked with another gets a new builder. */
const keyOf = (env: NodeJS.ProcessEnv) =>
  JSON.stringify(
    Object.entries(env)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

const tailOf = (output: string[], extra?: string) => [extra, output.join('').trim().split('\n').slice(-8).join('\n')].filter(Boolean).join('\n');

/** Whether the builder holds the process that asked open: only while a build is under way. */
function hold(b: Builder, held: boolean) {
  const act = (handle: { ref(): unknown; unref(): unknown } | null | undefined) => {
    if (held) handle?.ref();
    else handle?.unref();
  };
  act(b.child);
  act(b.child.channel);
  for (const stream of [b.child.stdout, b.child.stderr]) if (stream instanceof Socket) act(stream);
}

function start(env: NodeJS.ProcessEnv): Builder {
  // tsx as a loader in this one process (its CLI would run the script in a child of its own,
  // out of reach of the IPC channel).
  const child = spawn(process.execPath, ['--import', 'tsx', BUILDER_SCRIPT], {
    cwd: repoRoot,
    // Rebuilds on publish are off in it: its saves (build statuses) queue nothing.
    env: { ...env, SITE_REBUILD_ON_PUBLISH: '' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const b: Builder = { child, envKey: keyOf(env), output: [], listener: undefined, ready: false, exited: false };
  child.stdout?.on('data', (d) => b.output.push(String(d)));
  child.stderr?.on('data', (d) => b.output.push(String(d)));
  child.on('message', (raw) => {
    const reply = builderReplySchema.safeParse(raw);
    if (reply.success && reply.data.type === 'ready') b.ready = true;
    if (reply.success) b.listener?.(reply.data);
    else b.output.push(`The builder sent something that is not a reply: ${reply.error.issues[0]?.message}\n`);
  });
  const gone = () => {
    if (b.exited) return;
    b.exited = true;
    if (builder === b) builder = undefined;
    b.listener?.(null);
  };
  child.on('exit', gone);
  child.on('error', (error) => {
    b.output.push(`${path.relative(repoRoot, BUILDER_SCRIPT)} could not start: ${error.message}\n`);
    gone();
  });
  return b;
}

/**
 * Runs `npm run build <args>`'s work in the warm builder (started, or started anew, as needed),
 * ended with every process it started past `limitMs`. Resolves to how it went and its last lines.
 */
export function runWarmBuild(args: string[], env: NodeJS.ProcessEnv, limitMs: number): Promise<ScriptRun> {
  const run = queue.catch(() => undefined).then(() => buildOnce(args, env, limitMs));
  queue = run;
  return run;
}

function buildOnce(args: string[], env: NodeJS.ProcessEnv, limitMs: number): Promise<ScriptRun> {
  if (builder && builder.envKey !== keyOf(env)) stopWarmBuilder();
  const b = builder ?? (builder = start(env));
  hold(b, true);
  b.output.length = 0;
  const id = ++lastId;
  return new Promise<ScriptRun>((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      endProcessTree(b.child.pid);
    }, limitMs);
    let sent = false;
    const send = () => {
      sent = true;
      const request: BuilderRequest = { type: 'build', id, args };
      b.child.send(request, (error) => {
        if (error) b.output.push(`The build could not be asked for: ${error.message}\n`);
      });
    };
    b.listener = (reply) => {
      if (reply === null) {
        // It ended: killed by the time limit, crashed, or could not start.
        clearTimeout(timer);
        b.listener = undefined;
        resolve({ ok: false, timedOut, tail: tailOf(b.output, timedOut ? undefined : `The build process ended (exit code ${b.child.exitCode ?? b.child.signalCode}).`) });
        return;
      }
      if (reply.type === 'ready') {
        if (!sent) send();
        return;
      }
      if (reply.id !== id) return;
      clearTimeout(timer);
      b.listener = undefined;
      hold(b, false);
      resolve({ ok: reply.ok && !timedOut, timedOut, tail: tailOf(b.output) });
    };
    // A builder that is up already said it was ready: ask at once.
    if (b.ready) send();
  });
}

/** The warm builder's process id, if one is running (for tests and the logs). */
export function warmBuilderPid(): number | undefined {
  return builder && !builder.exited ? builder.child.pid : undefined;
}

/** Ends the warm builder (if any), after the build under way: the jobs process stopping, or a test. */
export function stopWarmBuilder(): void {
  const b = builder;
  builder = undefined;
  if (!b || b.exited) return;
  hold(b, false);
  // Its IPC channel closing tells it to finish what it is doing and exit.
  if (b.child.connected) b.child.disconnect();
}

/**
 * Ends a process and every process it started, however deep (tsx runs the build in a child
 * of its own, which runs Astro in a process group of its own): the tree is read from `ps`
 * before anything is killed, so no orphan is left running.
 */
export function endProcessTree(pid: number | undefined): void {
  if (!pid) return;
  const tree = [pid, ...descendantsOf(pid)];
  for (const each of tree) {
    try {
      process.kill(each, 'SIGKILL');
    } catch {
      // gone already
    }
  }
}

function descendantsOf(pid: number): number[] {
  const ps = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  if (ps.status !== 0 || !ps.stdout) return [];
  const children = new Map<number, number[]>();
  for (const line of ps.stdout.split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (!child || !parent) continue;
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found: number[] = [];
  const walk = (at: number) => {
    for (const child of children.get(at) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}
