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
let stopping = false;
const stop = () => {
  stopping = true;
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
console.log('Running site rebuild jobs as they fall due (Ctrl+C to stop).');
let scheduledAt = 0;
while (!stopping) {
  try {
    await runDueBuilds(payload);
  } catch (error) {
    payload.logger.error({ err: error, msg: 'A rebuild job could not run' });
  }
  // The weekly review reminder (cms/jobs/reviewReminders.ts): queued when its time comes (checked once a minute), then sent.
  try {
    if (Date.now() - scheduledAt >= 60_000) {
      scheduledAt = Date.now();
      await payload.jobs.handleSchedules({ queue: REVIEW_QUEUE });
    }
    await payload.jobs.run({ queue: REVIEW_QUEUE, limit: 1 });
  } catch (error) {
    payload.logger.error({ err: error, msg: 'The review reminder job could not run' });
  }
  await new Promise((r) => setTimeout(r, 2000));
}
await closePayload(payload);
process.exit(0);
