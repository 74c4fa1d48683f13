import { describe, expect, it } from 'vitest';
import { RebuildScheduler, type BuildStatus } from '@cms/lib/siteRebuild';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('site rebuild scheduler', () => {
  it('turns a burst of publishes into one build, after the last one', async () => {
    const builds: string[] = [];
    const scheduler = new RebuildScheduler({ debounceMs: 30, run: async (t) => (builds.push(t), { ok: true, message: 'ok' }), record: async () => {} });
    scheduler.request('a');
    await wait(10);
    scheduler.request('b');
    await wait(10);
    scheduler.request('c');
    await scheduler.idle();
    expect(builds).toEqual(['c']);
  });

  it('queues one more build for a publish that lands during a build', async () => {
    const builds: string[] = [];
    const scheduler = new RebuildScheduler({
      debounceMs: 5,
      run: async (t) => {
        builds.push(t);
        await wait(60);
        return { ok: true, message: 'ok' };
      },
      record: async () => {},
    });
    scheduler.request('first');
    await wait(20);
    scheduler.request('second');
    scheduler.request('third');
    await wait(5);
    await scheduler.idle();
    expect(builds).toEqual(['first', 'third']);
  });

  it('records a failed build with its message, and carries on', async () => {
    const statuses: BuildStatus[] = [];
    const scheduler = new RebuildScheduler({
      debounceMs: 1,
      run: async () => {
        throw new Error('offers "x": field "summary": too long');
      },
      record: async (s) => void statuses.push(s),
    });
    scheduler.request('publish x');
    await scheduler.idle();
    expect(statuses.map((s) => s.status)).toEqual(['scheduled', 'building', 'failed']);
    expect(statuses.at(-1)!.message).toMatch(/field "summary"/);
  });
});
