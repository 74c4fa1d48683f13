import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Payload } from 'payload';
import { describeLeftOut, lastLeftOut } from '@cms/lib/leftOut';
import { dataDir, repoRoot } from '@cms/paths';

export type BuildOutcome = { ok: boolean; message: string };
export type BuildRunner = (trigger: string) => Promise<BuildOutcome>;
export type BuildStatus = {
  status: 'scheduled' | 'building' | 'succeeded' | 'failed';
  trigger: string;
  startedAt?: string;
  finishedAt?: string;
  message?: string;
};

/**
 * Debounces rebuild requests: a burst of publishes makes one build, a few seconds after
 * the last one. A request that arrives during a build queues exactly one more build.
 */
export class RebuildScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private queued: string | undefined;
  private recording: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      debounceMs: number;
      run: BuildRunner;
      record: (status: BuildStatus) => Promise<void>;
      onRecordError?: (error: unknown) => void;
    },
  ) {}

  /** Status writes go one after another, so the last one written is the latest state. */
  private note(status: BuildStatus): Promise<void> {
    this.recording = this.recording
      .then(() => this.options.record(status))
      .catch((error) => this.options.onRecordError?.(error));
    return this.recording;
  }

  request(trigger: string): void {
    clearTimeout(this.timer);
    void this.note({ status: 'scheduled', trigger });
    this.timer = setTimeout(() => void this.start(trigger), this.options.debounceMs);
    this.timer.unref?.();
  }

  /** Resolves when no build is scheduled or running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.timer || this.running) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, 10));
    }
    await this.recording;
  }

  private async start(trigger: string): Promise<void> {
    this.timer = undefined;
    if (this.running) {
      this.queued = trigger;
      return;
    }
    const startedAt = new Date().toISOString();
    this.running = (async () => {
      await this.note({ status: 'building', trigger, startedAt });
      let outcome: BuildOutcome;
      try {
        outcome = await this.options.run(trigger);
      } catch (error) {
        outcome = { ok: false, message: (error as Error).message };
      }
      await this.note({ status: outcome.ok ? 'succeeded' : 'failed', trigger, startedAt, finishedAt: new Date().toISOString(), message: outcome.message });
    })();
    await this.running;
    this.running = undefined;
    if (this.queued) {
      const next = this.queued;
      this.queued = undefined;
      await this.start(next);
    }
  }
}

/**
 * How a rebuild happens:
 * - `SITE_DEPLOY_HOOK_URL` set (production hosting): POST to it and let the host build;
 * - otherwise (`npm start`): run `npm run build` in a child process, which builds into a
 *   fresh folder and swaps it in only when complete, so a failed build leaves the old site.
 */
export function defaultRunner(env: NodeJS.ProcessEnv = process.env): BuildRunner {
  const hook = env.SITE_DEPLOY_HOOK_URL;
  if (hook) {
    return async (trigger) => {
      const res = await fetch(hook, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ trigger }),
        signal: AbortSignal.timeout(30_000),
      });
      return { ok: res.ok, message: `Deploy hook answered ${res.status} ${res.statusText}` };
    };
  }
  return () =>
    new Promise((resolve) => {
      const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const child = spawn(process.execPath, [tsx, path.join(repoRoot, 'cms', 'scripts', 'build.ts')], {
        cwd: repoRoot,
        env: { ...env, SITE_REBUILD_ON_PUBLISH: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output: string[] = [];
      child.stdout.on('data', (d) => output.push(String(d)));
      child.stderr.on('data', (d) => output.push(String(d)));
      child.on('exit', (code) => {
        const text = output.join('').trim().split('\n').slice(-8).join('\n');
        const leftOut = describeLeftOut(lastLeftOut(path.join(dataDir(env), 'snapshot')));
        resolve({ ok: code === 0, message: code === 0 ? ['The public site was rebuilt.', leftOut].filter(Boolean).join(' ') : text });
      });
    });
}

const KEY = Symbol.for('local-offer.siteRebuild');
type Holder = { [KEY]?: RebuildScheduler };

/**
 * The one scheduler for this server process (kept on globalThis so dev reloads don't make
 * a second), or null when rebuilds are off: they are on only in the CMS server started by
 * `npm start` / `npm run dev` (`SITE_REBUILD_ON_PUBLISH=1`), never in scripts or tests.
 */
export function siteRebuilds(payload: Payload, env: NodeJS.ProcessEnv = process.env): RebuildScheduler | null {
  if (env.SITE_REBUILD_ON_PUBLISH !== '1') return null;
  const holder = globalThis as Holder;
  holder[KEY] ??= new RebuildScheduler({
    debounceMs: Number(env.SITE_REBUILD_DEBOUNCE_MS || 3000),
    run: defaultRunner(env),
    record: async (status) => {
      await payload.updateGlobal({ slug: 'site-build', data: status, overrideAccess: true, context: { seeding: true } });
    },
    onRecordError: (error) => payload.logger.error({ err: error, msg: 'Could not record the site build status' }),
  });
  return holder[KEY]!;
}
