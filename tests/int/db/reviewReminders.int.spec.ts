import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * The weekly review reminder (issue 22, part 5): a real SMTP server started here receives,
 * through Payload's email adapter (nodemailer, configured by the SMTP settings), one email per
 * council's staff member listing exactly that council's overdue and due-soon documents: not
 * another council's, not ones due later, not national content (that goes to platform editors).
 * The job is a Payload scheduled job in its own queue; without a mail server nothing is sent
 * and the log says so once.
 */
let cms: TestCms;
let payload: Payload;
let smtp: SMTPServer;
const received: { to: string[]; mail: ParsedMail }[] = [];
const council = {} as Record<'A' | 'B', number>;

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port);
  process.env.EMAIL_FROM_ADDRESS = 'reviews@platform.example';
  cms = await startTestCms();
  payload = cms.payload;
  const area = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 }, context: { seeding: true } })).id;
  for (const key of ['A', 'B'] as const) council[key] = (await payload.create({ collection: 'authorities', data: councilData(key), context: { seeding: true } })).id;
  await payload.create({ collection: 'users', data: { email: 'admin@test.example', password: 'pw-admin-123456', name: 'Admin', platformRole: 'admin' } });
  await payload.create({ collection: 'users', data: { email: 'editor@test.example', password: 'pw-editor-123456', name: 'Editor', ...accountData('platform-editor', null) } });
  await payload.create({ collection: 'users', data: { email: 'staff-a@test.example', password: 'pw-staff-123456', name: 'Staff A', ...accountData('staff', council.A) } });
  await payload.create({ collection: 'users', data: { email: 'staff-b@test.example', password: 'pw-staff-123456', name: 'Staff B', ...accountData('staff', council.B) } });
  await payload.create({ collection: 'users', data: { email: 'young-a@test.example', password: 'pw-young-123456', name: 'Young A', ...accountData('young-editor', council.A) } });

  const offer = (c: number, title: string, nextReview: string): RequiredDataFromCollectionSlug<'offers'> => ({
    council: c, title, summary: 'A short summary.', body: lexical('Body'), area, kind: 'local', legalStatus: 'in-force', livingElsewhere: 'applies',
    amount: { type: 'none' }, howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer',
    lastReviewed: '2026-01-01', nextReview, _status: 'published',
  });
  await payload.create({ collection: 'offers', data: offer(council.A, 'A overdue offer', inDays(-10)) });
  await payload.create({ collection: 'offers', data: offer(council.A, 'A due soon offer', inDays(12)) });
  await payload.create({ collection: 'offers', data: offer(council.A, 'A later offer', inDays(60)) });
  await payload.create({ collection: 'offers', data: offer(council.B, 'B overdue offer', inDays(-3)) });
  await payload.create({
    collection: 'guides',
    data: {
      council: council.A, title: 'A guide', summary: 'A guide.', _status: 'published',
      chapters: [
        { title: 'Overdue chapter', summary: 'First.', body: lexical('Text'), nextReview: inDays(-30) },
        { title: 'Later chapter', summary: 'Second.', body: lexical('Text'), nextReview: inDays(90) },
      ],
    },
  });
  await payload.create({
    collection: 'entitlements',
    data: {
      title: 'National overdue entitlement', summary: 'National.', body: lexical('Body'), area, legalStatus: 'in-force', livingElsewhere: 'applies',
      amount: { type: 'none' }, howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Children Act 1989',
      sourceUrl: 'https://www.legislation.gov.uk/ukpga/1989/41', lastReviewed: '2026-01-01', nextReview: inDays(-1), _status: 'published',
    },
  });
});

afterAll(async () => {
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'EMAIL_FROM_ADDRESS']) delete process.env[name];
  await cms?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const mailTo = (address: string) => received.filter((r) => r.to.includes(address));

describe(`the weekly review reminder (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('is a scheduled job: the schedule queues it in its own queue for the next Monday at 07:00', async () => {
    const { REVIEW_QUEUE, REVIEW_TASK } = await import('@cms/jobs/reviewReminders');
    await payload.jobs.handleSchedules({ queue: REVIEW_QUEUE });
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: REVIEW_TASK } }, depth: 0 });
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ queue: REVIEW_QUEUE });
    const when = new Date(String(docs[0]!.waitUntil));
    expect(when.getTime()).toBeGreaterThan(Date.now());
    expect([when.getDay(), when.getHours(), when.getMinutes()]).toEqual([1, 7, 0]);
    // Asking again does not queue a second one.
    await payload.jobs.handleSchedules({ queue: REVIEW_QUEUE });
    expect((await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: REVIEW_TASK } } })).totalDocs).toBe(1);
  });

  it("sends each council's staff exactly their council's overdue and due-soon documents, through the SMTP server", async () => {
    const { REVIEW_QUEUE, REVIEW_TASK } = await import('@cms/jobs/reviewReminders');
    received.length = 0;
    // The job, due now (the scheduled one waits for Monday), run as the worker runs it.
    await payload.jobs.queue({ task: REVIEW_TASK, input: {}, queue: REVIEW_QUEUE });
    await payload.jobs.run({ queue: REVIEW_QUEUE });

    const [a] = mailTo('staff-a@test.example');
    expect(mailTo('staff-a@test.example')).toHaveLength(1);
    expect(a!.to).toEqual(['staff-a@test.example']);
    expect(a!.mail.from?.text).toContain('reviews@platform.example');
    expect(a!.mail.subject).toBe('Council A: 2 overdue, 1 due for review soon');
    const textA = a!.mail.text ?? '';
    expect(textA).toContain(`A guide: Overdue chapter (Guide chapter): review was due ${inDays(-30)}`);
    expect(textA).toContain(`A overdue offer (Local offer): review was due ${inDays(-10)}`);
    expect(textA).toContain(`A due soon offer (Local offer): review is due ${inDays(12)}`);
    for (const other of ['A later offer', 'Later chapter', 'B overdue offer', 'National overdue entitlement']) expect(textA).not.toContain(other);
    // Each line links to the document in the admin.
    expect(a!.mail.html).toMatch(/href="http:\/\/localhost:\d+\/admin\/collections\/offers\/\d+"/);

    const [b] = mailTo('staff-b@test.example');
    expect(mailTo('staff-b@test.example')).toHaveLength(1);
    expect(b!.mail.subject).toBe('Council B: 1 overdue, 0 due for review soon');
    expect(b!.mail.text).toContain('B overdue offer');
    for (const other of ['A overdue offer', 'A due soon offer', 'Overdue chapter', 'National overdue entitlement']) expect(b!.mail.text).not.toContain(other);

    // National content goes to platform editors (and admins), never to a council's staff; young editors get nothing.
    const [editor] = mailTo('editor@test.example');
    expect(editor!.mail.text).toContain(`National overdue entitlement (National entitlement): review was due ${inDays(-1)}`);
    expect(editor!.mail.text).not.toContain('A overdue offer');
    expect(mailTo('young-a@test.example')).toEqual([]);
    expect(received.map((r) => r.to).flat().sort()).toEqual(['admin@test.example', 'editor@test.example', 'staff-a@test.example', 'staff-b@test.example']);
  });

  it("the schedule's bookkeeping (Payload's job-stats global) is for platform admins only", async () => {
    const person = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })).docs[0]!;
    for (const email of ['staff-a@test.example', 'young-a@test.example', 'editor@test.example']) {
      const user = await person(email);
      await expect(payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user }), email).rejects.toThrow();
      await expect(payload.updateGlobal({ slug: 'payload-jobs-stats', data: { stats: {} }, overrideAccess: false, user }), email).rejects.toThrow();
    }
    const stats = await payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: await person('admin@test.example') });
    expect(JSON.stringify(stats.stats)).toContain('send-review-reminders');
  });

  it('without a mail server sends nothing, and says so in the log once', async () => {
    const { sendReviewReminders } = await import('@cms/jobs/reviewReminders');
    delete process.env.SMTP_HOST;
    received.length = 0;
    const warn = vi.spyOn(payload.logger, 'warn');
    try {
      expect(await sendReviewReminders(payload)).toEqual([]);
      expect(await sendReviewReminders(payload)).toEqual([]);
      const said = warn.mock.calls.filter((call) => String(call[0]).includes('SMTP_HOST'));
      expect(said).toHaveLength(1);
      expect(received).toEqual([]);
    } finally {
      warn.mockRestore();
      process.env.SMTP_HOST = '127.0.0.1';
    }
  });
});
