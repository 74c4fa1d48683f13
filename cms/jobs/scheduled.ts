import type { Payload } from 'payload';
import { FEEDBACK_RETENTION_QUEUE } from '@cms/jobs/feedbackRetention';
import { REVIEW_QUEUE } from '@cms/jobs/reviewReminders';

/**
 * The queues of the scheduled jobs, each its own: the weekly review reminder
 * (`cms/jobs/reviewReminders.ts`) and the nightly delete of old feedback
 * (`cms/jobs/feedbackRetention.ts`). The admin that runs jobs (`SITE_BUILD_WORKER`) schedules
 * them through `jobs.autoRun` (`cms/payload.config.ts`); `npm run worker` through
 * `runScheduledJobs`.
 */
export const SCHEDULED_QUEUES = [REVIEW_QUEUE, FEEDBACK_RETENTION_QUEUE] as const;

/**
 * One turn of the worker's scheduled jobs: when `schedule` is true (the worker asks once a
 * minute), queues each scheduled job whose time has come (`handleSchedules`), then runs one
 * job that is due in each queue. A queue that fails is logged and does not stop the others.
 */
export async function runScheduledJobs(payload: Payload, { schedule }: { schedule: boolean }): Promise<void> {
  for (const queue of SCHEDULED_QUEUES) {
    try {
      if (schedule) await payload.jobs.handleSchedules({ queue });
      await payload.jobs.run({ queue, limit: 1 });
    } catch (error) {
      payload.logger.error({ err: error, msg: `The scheduled job in queue "${queue}" could not run` });
    }
  }
}
