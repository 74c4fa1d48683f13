import type { Payload, TaskConfig } from 'payload';

export const FEEDBACK_RETENTION_TASK = 'deleteOldFeedback';
/** How long national feedback (the practice library's, no council) is kept. */
/** The queue the nightly delete is scheduled in (the job runner schedules it: `cms/payload.config.ts`). */
export const FEEDBACK_RETENTION_QUEUE = 'nightly';
export const NATIONAL_FEEDBACK_RETENTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes readers' feedback older than its council's retention period (`feedbackRetentionDays`
 * on the council; national feedback after a year). Returns how many were deleted.
 */
export async function deleteOldFeedback(payload: Payload, now = new Date()): Promise<number> {
  const { docs: councils } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, select: { feedbackRetentionDays: true } });
  let deleted = 0;
  const olderThan = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  for (const council of councils) {
    const { docs } = await payload.delete({
      collection: 'feedback',
      where: { and: [{ council: { equals: council.id } }, { createdAt: { less_than: olderThan(council.feedbackRetentionDays ?? NATIONAL_FEEDBACK_RETENTION_DAYS) } }] },
      depth: 0,
    });
    deleted += docs.length;
  }
  const { docs } = await payload.delete({
    collection: 'feedback',
    where: { and: [{ council: { exists: false } }, { createdAt: { less_than: olderThan(NATIONAL_FEEDBACK_RETENTION_DAYS) } }] },
    depth: 0,
  });
  return deleted + docs.length;
}

/** Every night at 03:00, on the rebuild worker (the admin under `npm start`, or `npm run worker`). */
export const deleteOldFeedbackTask: TaskConfig<typeof FEEDBACK_RETENTION_TASK> = {
  slug: FEEDBACK_RETENTION_TASK,
  label: 'Delete readers’ feedback past its council’s retention period',
  schedule: [{ cron: '0 0 3 * * *', queue: FEEDBACK_RETENTION_QUEUE }],
  handler: async ({ req }) => {
    const deleted = await deleteOldFeedback(req.payload);
    return { output: { deleted } };
  },
  outputSchema: [{ name: 'deleted', type: 'number' }],
};
