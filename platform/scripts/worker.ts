/**
 * `npm run worker`: runs the site rebuild jobs queued by publishing (cms/jobs/siteRebuild.ts),
 * and the scheduled jobs when their time comes (`cms/jobs/scheduled.ts`: the weekly review
 * reminder, the nightly delete of old feedback), in a process of its own, one
 * at a time, every due takedown before any ordinary rebuild. Use it when several admin servers
 * share one PostgreSQL database: run the admins without SITE_BUILD_WORKER and exactly ONE of
 * these (Payload 3.90's queue can hand one job to two workers that ask at the same moment;
 * README "Several admin servers"). `npm start` doesn't need it (its admin runs the jobs).
 *
 * It looks for a due rebuild every SITE_WORKER_POLL_MS (one small query), so a publish's
 * rebuild starts as soon as its debounce (SITE_REBUILD_DEBOUNCE_MS) is over.
 *
 * On start it first releases every rebuild job marked running: exactly one worker runs, so
 * such a job was left by a worker that is gone (killed mid-build), and it runs again now.
 */
import '@platform/scripts/settingsFirst';
import { closePayload, openPayload } from '@cms/lib/payload';
import { releaseOrphanedBuilds, runDueBuilds } from '@cms/jobs/siteRebuild';
import { runScheduledJobs } from '@cms/jobs/scheduled';
import { settings } from '@platform/config';

const payload = await openPayload();
// SIGTERM (or Ctrl+C): the job under way is finished, no other is started, then the worker exits 0.
let stopping = false;
let wake: () => void = () => {};
const stop = () => {
  if (!stopping) payload.logger.info('Stopping after the job under way (if any).');
  stopping = true;
  wake();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const pollMs = settings().SITE_WORKER_POLL_MS;
await releaseOrphanedBuilds(payload, { all: true });
console.log(`Running site rebuild jobs as they fall due, looking every ${pollMs} ms (Ctrl+C to stop).`);
let scheduledAt = 0;
let scheduledRunAt = 0;
while (!stopping) {
  try {
    await runDueBuilds(payload, { stop: () => stopping });
  } catch (error) {
    payload.logger.error({ err: error, msg: 'A rebuild job could not run' });
  }
  // The scheduled jobs (cms/jobs/scheduled.ts): queued when their time comes (checked once a minute), then run (looked for every 2 s).
  if (stopping) break;
  if (Date.now() - scheduledRunAt >= 2000) {
    scheduledRunAt = Date.now();
    const schedule = Date.now() - scheduledAt >= 60_000;
    if (schedule) scheduledAt = Date.now();
    await runScheduledJobs(payload, { schedule });
  }
  if (stopping) break;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, pollMs);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}
await closePayload(payload);
process.exit(0);
