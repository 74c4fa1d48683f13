/**
 * `npm run worker`: runs the site rebuild jobs queued by publishing (cms/jobs/siteRebuild.ts),
 * and the weekly review reminder when its time comes (cms/jobs/reviewReminders.ts),
 * in a process of its own, one at a time, every due takedown before any ordinary rebuild. Use it when several admin instances share one PostgreSQL
 * database: run the admins without SITE_BUILD_WORKER and one of these. `npm start` doesn't
 * need it (its admin runs the jobs).
 */
import '@platform/scripts/settingsFirst';
import { closePayload, openPayload } from '@cms/lib/payload';
import { runDueBuilds } from '@cms/jobs/siteRebuild';
import { REVIEW_QUEUE } from '@cms/jobs/reviewReminders';

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
console.log('Running site rebuild jobs as they fall due (Ctrl+C to stop).');
let scheduledAt = 0;
while (!stopping) {
  try {
    await runDueBuilds(payload, { stop: () => stopping });
  } catch (error) {
    payload.logger.error({ err: error, msg: 'A rebuild job could not run' });
  }
  // The weekly review reminder (cms/jobs/reviewReminders.ts): queued when its time comes (checked once a minute), then sent.
  if (stopping) break;
  try {
    if (Date.now() - scheduledAt >= 60_000) {
      scheduledAt = Date.now();
      await payload.jobs.handleSchedules({ queue: REVIEW_QUEUE });
    }
    await payload.jobs.run({ queue: REVIEW_QUEUE, limit: 1 });
  } catch (error) {
    payload.logger.error({ err: error, msg: 'The review reminder job could not run' });
  }
  if (stopping) break;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}
await closePayload(payload);
process.exit(0);
