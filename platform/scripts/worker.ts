/**
 * `npm run worker`: runs the site rebuild jobs queued by publishing (cms/jobs/siteRebuild.ts),
 * and the scheduled jobs when their time comes (`cms/jobs/scheduled.ts`: the weekly review
 * reminder, the nightly delete of old feedback),
 * in a process of its own, one at a time, every due takedown before any ordinary rebuild. Use it when several admin instances share one PostgreSQL
 * database: run the admins without SITE_BUILD_WORKER and one of these. `npm start` doesn't
 * need it (its admin runs the jobs).
 */
import '@platform/scripts/settingsFirst';
import { closePayload, openPayload } from '@cms/lib/payload';
import { runDueBuilds } from '@cms/jobs/siteRebuild';
import { runScheduledJobs } from '@cms/jobs/scheduled';

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
  // The scheduled jobs (cms/jobs/scheduled.ts): queued when their time comes (checked once a minute), then run.
  const schedule = Date.now() - scheduledAt >= 60_000;
  if (schedule) scheduledAt = Date.now();
  await runScheduledJobs(payload, { schedule });
  await new Promise((r) => setTimeout(r, 2000));
}
await closePayload(payload);
process.exit(0);
