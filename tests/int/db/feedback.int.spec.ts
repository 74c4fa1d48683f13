import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload, TypedUser } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { startServerProcess } from '@tests/helpers/serverProcess';
import { budgetFor, PER_ITEM_MS, PER_TEST_MS } from '@tests/helpers/testBudget';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';
import { repoRoot } from '@cms/paths';
import { deleteOldFeedback } from '@cms/jobs/feedbackRetention';
import { feedbackCounts } from '@cms/lib/feedbackCounts';
import { serveStatic } from '@platform/server/staticServer';
import { payloadFeedbackStore } from '@platform/server/feedbackStore';

/**
 * Readers' feedback from the form to the council's queue (issue 22, parts 1 and 2), through the
 * platform's server on a real socket and the database: a post from an offer page lands in that
 * council's queue linked to the offer, never another council's; emails and phone numbers are
 * masked before they are stored; crisis words put urgent help first; every refusal (trap, too
 * fast, too big, not the form, too many) is a page saying why, and stores nothing; 200 posts
 * from one client in a minute are refused after the limit, by this server and by a second
 * server process on the same database, while another client still gets through; old feedback
 * goes after the council's retention period.
 */
const LIMIT = 10;
let cms: TestCms;
let payload: Payload;
let server: Server;
let port: number;
let siteDir: string;
const councils = { mine: { id: 0, ons: '' }, theirs: { id: 0, ons: '' } };
let offerId: number;
let staff: { mine: TypedUser; theirs: TypedUser };
let reviewer: TypedUser;
let second: { child: ChildProcess; port: number } | null = null;

type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

/** A POST from a chosen loopback address (each its own client), as a browser sends the form. */
function post(at: number, fields: Record<string, string>, from = '127.0.0.1', raw?: { body: string; type: string }): Promise<Answer> {
  const body = raw?.body ?? new URLSearchParams(fields).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: at, path: '/feedback?lang=en', method: 'POST', localAddress: from,
        headers: { 'Content-Type': raw?.type ?? 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The form as an offer page of "my" council sends it, a minute after the page was built. */
const offerForm = (extra: Record<string, string> = {}) => ({
  page: '/offers/bus-pass/', lang: 'en', council: councils.mine.ons, collection: 'offers', slug: 'bus-pass',
  shown: String(Date.now() - 60_000), helpful: 'no', text: 'The phone number is wrong.', website: '', ...extra,
});

const stored = async () => (await payload.find({ collection: 'feedback', pagination: false, depth: 0, sort: 'createdAt' })).docs;

beforeAll(async () => {
  process.env.FEEDBACK_RATE_LIMIT = String(LIMIT);
  process.env.FEEDBACK_RATE_WINDOW_MS = String(60_000);
  process.env.FEEDBACK_MIN_MS = '3000';
  cms = await startTestCms();
  payload = cms.payload;
  for (const [key, n] of [['mine', 'FBA'], ['theirs', 'FBB']] as const) {
    const council = await payload.create({ collection: 'authorities', data: councilData(n) });
    councils[key] = { id: council.id, ons: council.onsCode };
  }
  const area = await payload.create({ collection: 'areas', data: { title: 'Travel', summary: 'Getting about.', order: 50 } });
  const offer = await payload.create({
    collection: 'offers',
    data: { council: councils.mine.id, title: 'Bus pass', slug: 'bus-pass', summary: 'Free travel.', body: lexical('Body'), area: area.id, kind: 'local',
      legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'none' }, howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.',
      ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01', _status: 'published' },
  });
  offerId = offer.id;
  await payload.updateGlobal({ slug: 'search-words', data: { entries: [{ says: 'nowhere to sleep, kill myself', means: 'urgent help', urgent: true }] } });
  const person = async (role: 'staff' | 'reviewer', council: number, name: string) => {
    const user = await payload.create({ collection: 'users', data: { email: `${name}@test.example`, password: `pw-${Math.random()}`, name, ...accountData(role, council) } });
    return { ...user, collection: 'users' as const };
  };
  staff = { mine: await person('staff', councils.mine.id, 'mine'), theirs: await person('staff', councils.theirs.id, 'theirs') };
  reviewer = await person('reviewer', councils.mine.id, 'reviewer');
  siteDir = mkdtempSync(path.join(tmpdir(), 'lop-feedback-site-'));
  writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><title>Site</title>');
  server = await serveStatic(siteDir, 0, '127.0.0.1', { feedback: payloadFeedbackStore(payload) });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  if (second?.child.exitCode === null) second.child.kill();
  await new Promise((resolve) => server?.close(resolve));
  await cms?.stop();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

describe('feedback from a page to the council', () => {
  it("lands in the page's council's queue, linked to the offer, and not in another council's", async () => {
    const answer = await post(port, offerForm(), '127.0.0.11');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<h1>Thank you for your feedback</h1>');
    expect(answer.body).toContain('href="/offers/bus-pass/"');
    expect(answer.headers['set-cookie']).toBeUndefined();
    const [item] = await stored();
    expect(item).toMatchObject({ council: councils.mine.id, pageUrl: '/offers/bus-pass/', helpful: 'no', status: 'new', language: 'en', text: 'The phone number is wrong.' });
    expect(item!.document).toEqual({ relationTo: 'offers', value: offerId });
    const mine = await payload.find({ collection: 'feedback', overrideAccess: false, user: staff.mine });
    const theirs = await payload.find({ collection: 'feedback', overrideAccess: false, user: staff.theirs });
    expect(mine.docs.map((d) => d.id)).toContain(item!.id);
    expect(theirs.docs).toHaveLength(0);
  });

  it('masks emails and phone numbers before storing them', async () => {
    const answer = await post(port, offerForm({ text: 'Write to jo.bloggs@example.com or ring 07700 900123, or +44 20 7946 0000.' }), '127.0.0.12');
    expect(answer.status).toBe(200);
    const item = (await stored()).at(-1)!;
    expect(item.text).toBe('Write to [email removed] or ring [phone removed], or [phone removed].');
    expect(JSON.stringify(await stored())).not.toMatch(/jo\.bloggs|07700|7946 0000/);
  });

  it('puts urgent help first when the words are a crisis', async () => {
    const answer = await post(port, offerForm({ text: 'I have nowhere to sleep tonight and this page did not say what to do' }), '127.0.0.13');
    expect(answer.status).toBe(200);
    const body = answer.body;
    expect(body).toContain('<h1>If you need help now</h1>');
    const order = ['999', '020 7946 0999', '116 123', '85258', 'Thank you for your feedback'].map((text) => body.indexOf(text));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect((await stored()).at(-1)!.urgent).toBe(true);
  });

  it('refuses a filled trap, a post too soon after the page, one too big and one that is not the form, each with a page saying why, and stores none', async () => {
    const before = (await stored()).length;
    const trap = await post(port, offerForm({ website: 'http://spam.example' }), '127.0.0.14');
    expect(trap.status).toBe(400);
    expect(trap.body).toContain('<h1>We could not take your feedback</h1>');
    expect(trap.body).toContain('a computer filled in the form');
    const fast = await post(port, offerForm({ shown: String(Date.now() - 500) }), '127.0.0.14');
    expect(fast.status).toBe(400);
    expect(fast.body).toContain('sent very quickly');
    // The script's form always says when the page was shown: without a time it is refused.
    const untimed = await post(port, offerForm({ shown: '', js: '1', work: '0' }), '127.0.0.14');
    expect(untimed.status).toBe(400);
    expect(untimed.body).toContain('sent very quickly');
    const big = await post(port, offerForm({ text: 'x'.repeat(20_000) }), '127.0.0.14');
    expect(big.status).toBe(413);
    expect(big.body).toContain('too long');
    const notForm = await post(port, {}, '127.0.0.14', { body: '{"text":"hi"}', type: 'application/json' });
    expect(notForm.status).toBe(400);
    expect(notForm.body).toContain('could not read what was sent');
    const empty = await post(port, offerForm({ helpful: '', text: '' }), '127.0.0.14');
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('choose Yes or No');
    expect((await stored()).length).toBe(before);
  });

  it('answers in the language of the page', async () => {
    const answer = await post(port, offerForm({ lang: 'ar', page: '/ar/offers/bus-pass/' }), '127.0.0.15');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<html lang="ar" dir="rtl">');
    expect(answer.body).toContain('شكرًا لك على رأيك');
    expect((await stored()).at(-1)!.language).toBe('ar');
  });

  it(`refuses a client after ${LIMIT} posts in a minute, on this server and on a second server process sharing the database, while another client gets through`, { timeout: budgetFor(205, PER_ITEM_MS.request) }, async () => {
    // The second server: its own process, its own Payload, the same database.
    const { child, port: secondPort } = await startServerProcess('feedbackServerProcess.ts', [siteDir], process.env, 'The second server');
    second = { child, port: secondPort };

    const statuses: number[] = [];
    let refusal: Answer | null = null;
    for (let i = 0; i < 200; i++) {
      // Half to each server: one count.
      const answer = await post(i % 2 ? secondPort : port, offerForm({ text: `Post ${i}` }), '127.0.0.20');
      statuses.push(answer.status);
      if (answer.status === 429) refusal ??= answer;
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(LIMIT).every((s) => s === 429)).toBe(true);
    expect(refusal!.body).toContain('You have sent a lot of feedback in a short time. Please try again in 1 minute.');
    expect(Number(refusal!.headers['retry-after'])).toBeGreaterThan(0);
    // Another client, on either server, still gets through.
    expect((await post(port, offerForm({ text: 'Someone else' }), '127.0.0.21')).status).toBe(200);
    expect((await post(secondPort, offerForm({ text: 'Someone else again' }), '127.0.0.22')).status).toBe(200);
    // Only the admitted posts were stored; the client's address was not.
    const texts = (await stored()).map((d) => d.text);
    expect(texts.filter((t) => t?.startsWith('Post '))).toHaveLength(LIMIT);
    expect(JSON.stringify(await stored())).not.toContain('127.0.0.20');
  });
});

describe('the dashboard', () => {
  it("counts open feedback per page for the person's councils only, and a pledge can be linked from an item", async () => {
    const open = (await stored()).filter((d) => d.pageUrl === '/offers/bus-pass/');
    await payload.update({ collection: 'feedback', id: open[0]!.id, data: { status: 'needs-action' }, overrideAccess: false, user: staff.mine });
    const mine = (await feedbackCounts(payload, staff.mine)) ?? [];
    expect(mine).toContainEqual(expect.objectContaining({ page: '/offers/bus-pass/', council: 'Council FBA', fresh: open.length - 1, needsAction: 1 }));
    expect(mine.find((row) => row.page === '/offers/bus-pass/')!.href).toContain('/admin/collections/feedback?');
    expect(await feedbackCounts(payload, staff.theirs)).toEqual([]);
    // A reviewer may read no feedback: the dashboard's section is left out, not an error (it broke the whole dashboard).
    expect(await feedbackCounts(payload, reviewer)).toBeNull();
    // "You said, we did": staff create a pledge from the feedback and link it; the pledge says where it came from, in general terms.
    const pledge = await payload.create({
      collection: 'pledges',
      data: { council: councils.mine.id, youSaid: 'The bus pass page had the wrong number.', weDid: 'We fixed it.', progress: 'done', askedAt: 'Feedback on this site', askedOn: '2026-12-01', source: 'feedback', _status: 'published' },
      overrideAccess: false,
      user: staff.mine,
    });
    const linked = await payload.update({ collection: 'feedback', id: open[0]!.id, data: { pledge: pledge.id, status: 'answered' }, overrideAccess: false, user: staff.mine });
    expect(linked.pledge).toMatchObject({ id: pledge.id });
    // Another council's staff cannot link (or see) it.
    await expect(payload.update({ collection: 'feedback', id: open[0]!.id, data: { staffNote: 'Not ours' }, overrideAccess: false, user: staff.theirs })).rejects.toThrow();
  });
});

describe("the council's retention period", () => {
  it('deletes feedback older than the council keeps it, and nothing newer', { timeout: PER_TEST_MS }, async () => {
    await payload.update({ collection: 'authorities', id: councils.mine.id, data: { feedbackRetentionDays: 30 } });
    const count = (await stored()).length;
    const inFortyDays = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000);
    const deleted = await deleteOldFeedback(payload, inFortyDays);
    expect(deleted).toBe(count);
    expect(await stored()).toHaveLength(0);
  });
});
