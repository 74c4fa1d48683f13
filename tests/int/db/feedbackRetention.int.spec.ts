import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilData } from '@tests/helpers/accounts';
import { PER_TEST_MS } from '@tests/helpers/testBudget';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';
import { FEEDBACK_RETENTION_QUEUE, FEEDBACK_RETENTION_TASK } from '@cms/jobs/feedbackRetention';
import { runScheduledJobs, SCHEDULED_QUEUES } from '@cms/jobs/scheduled';

/**
 * The nightly delete of readers' feedback (issue 22, part 2), through the scheduler as the
 * worker runs it (`runScheduledJobs`: `handleSchedules`, then `jobs.run` in queue `nightly`):
 * the schedule queues the job for 03:00; when the night comes it deletes each council's
 * feedback older than that council's retention period and keeps what is newer, and national
 * feedback after a year.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
let cms: TestCms;
let payload: Payload;
const ids = { short: 0, long: 0 };

/** A piece of feedback sent `daysAgo` days ago (its stored time set as the server would have set it then). */
async function feedbackFrom(council: number | null, daysAgo: number, text: string) {
  const doc = await payload.create({ collection: 'feedback', data: { council, status: 'new', text, urgent: false, pageUrl: '/offers/bus-pass/', language: 'en' }, depth: 0 });
  const createdAt = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
  await payload.db.updateOne({ collection: 'feedback', id: doc.id, data: { createdAt } });
  return doc.id;
}

const texts = async () => (await payload.find({ collection: 'feedback', pagination: false, depth: 0, sort: 'text' })).docs.map((d) => d.text);

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  ids.short = (await payload.create({ collection: 'authorities', data: { ...councilData('RS'), feedbackRetentionDays: 30 } })).id;
  ids.long = (await payload.create({ collection: 'authorities', data: { ...councilData('RL'), feedbackRetentionDays: 400 } })).id;
  await feedbackFrom(ids.short, 45, 'short: 45 days old');
  await feedbackFrom(ids.short, 10, 'short: 10 days old');
  await feedbackFrom(ids.long, 45, 'long: 45 days old');
  await feedbackFrom(ids.long, 390, 'long: 390 days old');
  await feedbackFrom(ids.long, 410, 'long: 410 days old');
  await feedbackFrom(null, 200, 'national: 200 days old');
  await feedbackFrom(null, 370, 'national: 370 days old');
});

afterAll(async () => {
  await cms?.stop();
});

describe(`the nightly delete of old feedback, through the scheduler (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('is scheduled in the worker’s queues, for 03:00, once', { timeout: PER_TEST_MS }, async () => {
    expect(SCHEDULED_QUEUES).toContain(FEEDBACK_RETENTION_QUEUE);
    expect(FEEDBACK_RETENTION_QUEUE).toBe('nightly');
    await runScheduledJobs(payload, { schedule: true });
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: FEEDBACK_RETENTION_TASK } }, depth: 0 });
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ queue: 'nightly' });
    const when = new Date(String(docs[0]!.waitUntil));
    expect(when.getTime()).toBeGreaterThan(Date.now());
    expect([when.getHours(), when.getMinutes()]).toEqual([3, 0]);
    // Before 03:00 nothing is deleted, and asking again queues no second one.
    await runScheduledJobs(payload, { schedule: true });
    expect((await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: FEEDBACK_RETENTION_TASK } } })).totalDocs).toBe(1);
    expect(await texts()).toHaveLength(7);
  });

  it('at night deletes feedback older than its council keeps it and keeps newer, national after a year', { timeout: PER_TEST_MS }, async () => {
    // The night comes: the queued job is due.
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: FEEDBACK_RETENTION_TASK } }, depth: 0 });
    await payload.update({ collection: 'payload-jobs', id: docs[0]!.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } });
    await runScheduledJobs(payload, { schedule: false });
    expect(await texts()).toEqual(['long: 390 days old', 'long: 45 days old', 'national: 200 days old', 'short: 10 days old']);
    const job = await payload.findByID({ collection: 'payload-jobs', id: docs[0]!.id, depth: 0 });
    expect(job).toMatchObject({ completedAt: expect.any(String), hasError: false });
    // The run queued the next night's.
    await runScheduledJobs(payload, { schedule: true });
    const next = (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: FEEDBACK_RETENTION_TASK } }, { completedAt: { exists: false } }] }, depth: 0 })).docs;
    expect(next).toHaveLength(1);
  });
});
