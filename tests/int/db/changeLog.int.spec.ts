import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { restClient } from '@tests/helpers/rest';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 22, part 4: the public change log. Publishing a change to the facts (the amount, who
 * can get it, who to ask, how to get it) without a "what changed" line is refused, naming
 * the field; with a line, an entry is added to the log (and the line emptied for the next
 * change); a typo fix adds nothing; nobody changes or deletes an entry through the API.
 */
let cms: TestCms;
let payload: Payload;
let rest: Awaited<ReturnType<typeof restClient>>;
let councilId: number;
let areaId: number;
const users = {} as Record<'staff' | 'reviewer' | 'admin', { token: string; user: { collection: 'users' } & Record<string, unknown> }>;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  rest = await restClient((await import('@cms/payload.config')).default);
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money help.', order: 1 } })).id;
  councilId = (await payload.create({ collection: 'authorities', data: councilData('CHANGES') })).id;
  for (const role of ['staff', 'reviewer', 'admin'] as const) {
    const email = `${role}@changes.example`;
    const password = `pw-${role}-${Math.random()}`;
    const user = await payload.create({ collection: 'users', data: { email, password, name: `${role} person`, ...accountData(role, councilId) } });
    const { token } = await payload.login({ collection: 'users', data: { email, password } });
    users[role] = { token: token!, user: { ...user, collection: 'users' } };
  }
});

afterAll(async () => {
  await cms?.stop();
});

const DB = process.env.TEST_DB || 'sqlite';
let n = 0;
const offer = (): RequiredDataFromCollectionSlug<'offers'> => ({
  council: councilId, title: `Setting up home grant ${++n}`, summary: 'Money for your first home.', body: lexical('Body'), area: areaId, kind: 'local',
  legalStatus: 'in-force', livingElsewhere: 'applies', amount: { type: 'money', value: 3000, period: 'once' },
  howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01',
});
const published = async () => payload.create({ collection: 'offers', data: { ...offer(), _status: 'published' } });
const entriesFor = async (id: number) =>
  (await payload.find({ collection: 'change-log', where: { and: [{ changedIn: { equals: 'offers' } }, { documentId: { equals: id } }] }, depth: 0, overrideAccess: true })).docs;

describe(`the change log (${DB})`, () => {
  it('refuses to publish a changed amount without a "what changed" line, naming the field', async () => {
    const live = await published();
    const res = await rest('PATCH', `/offers/${live.id}`, { token: users.reviewer.token, body: { amount: { type: 'money', value: 3300, period: 'once' }, _status: 'published' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toMatch(/What changed: the amount changed, so say in one short line what changed/);
    expect(res.json.errors[0].data.errors[0].path).toBe('whatChanged');
    // The live page is unchanged, and nothing was logged.
    expect((await payload.findByID({ collection: 'offers', id: live.id })).amount?.value).toBe(3000);
    expect(await entriesFor(live.id)).toEqual([]);
  });

  it('names each kind of change: who can get it, who to ask and how to get it', async () => {
    const live = await published();
    const error = await payload
      .update({ collection: 'offers', id: live.id, data: { eligibility: { ageFrom: 18, ageTo: 25 }, whoToAsk: 'The leaving care team, 020 7946 0123.', howToGet: [{ step: 'Fill in the form.' }], _status: 'published' }, overrideAccess: false, user: users.staff.user })
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/whatChanged/);
    expect(JSON.stringify((error as { data?: unknown }).data)).toMatch(/who can get it, who to ask and how to get it changed/);
  });

  it('with a line, publishes, adds one entry to the log and empties the line for the next change', async () => {
    const live = await published();
    const res = await rest('PATCH', `/offers/${live.id}`, {
      token: users.reviewer.token,
      body: { amount: { type: 'money', value: 3300, period: 'once' }, whatChanged: 'The grant went up from £3,000 to £3,300.', _status: 'published' },
    });
    expect(res.status).toBe(200);
    expect(res.json.doc.amount.value).toBe(3300);
    expect(res.json.doc.whatChanged ?? null).toBeNull();
    const [entry, ...more] = await entriesFor(live.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ council: councilId, page: 'offer', slug: live.slug, title: live.title, line: 'The grant went up from £3,000 to £3,300.', kinds: ['amount'] });
    expect(Date.now() - new Date(entry!.changedAt).getTime()).toBeLessThan(60 * 60 * 1000);
    // The next change of the amount asks again.
    const again = await rest('PATCH', `/offers/${live.id}`, { token: users.reviewer.token, body: { amount: { type: 'money', value: 3500, period: 'once' }, _status: 'published' } });
    expect(again.status).toBe(400);
  });

  it('takes the line from a draft when the draft is published', async () => {
    const live = await published();
    expect((await rest('PATCH', `/offers/${live.id}?draft=true`, { token: users.staff.token, body: { whoToAsk: 'The money team.', whatChanged: 'Ask the money team now, not your PA.' } })).status).toBe(200);
    const res = await rest('PATCH', `/offers/${live.id}`, { token: users.reviewer.token, body: { _status: 'published' } });
    expect(res.status).toBe(200);
    expect((await entriesFor(live.id)).map((e) => [e.line, e.kinds])).toEqual([['Ask the money team now, not your PA.', ['contacts']]]);
  });

  it('a typo fix with no line publishes and adds nothing; the first publish needs no line', async () => {
    const live = await published();
    const res = await rest('PATCH', `/offers/${live.id}`, { token: users.reviewer.token, body: { summary: 'Money for your first home (a typo fixed).', whoToAsk: '  Your PA. ', _status: 'published' } });
    expect(res.status).toBe(200);
    expect(await entriesFor(live.id)).toEqual([]);
  });

  it('logs a national change with no council, and a local part on the national page it belongs to', async () => {
    const chapter = await payload.create({ collection: 'guide-chapters', data: { title: 'Money at 18', order: 5, summary: 'National.', body: lexical('Body'), _status: 'published' } });
    const refused = await payload.update({ collection: 'guide-chapters', id: chapter.id, data: { circumstances: ['in-education'], _status: 'published' } }).catch((e: unknown) => e);
    expect(String(refused)).toMatch(/whatChanged/);
    await payload.update({ collection: 'guide-chapters', id: chapter.id, data: { circumstances: ['in-education'], whatChanged: 'This chapter now also answers students.', _status: 'published' } });
    const part = await payload.create({ collection: 'guide-local-parts', data: { council: councilId, chapter: chapter.id, whoToAsk: 'Your PA.', _status: 'published' } });
    await payload.update({ collection: 'guide-local-parts', id: part.id, data: { whoToAsk: 'The money team.', whatChanged: 'Ask the money team.', _status: 'published' } });
    const { docs } = await payload.find({ collection: 'change-log', where: { slug: { equals: chapter.slug } }, sort: 'changedAt', depth: 0, overrideAccess: true });
    expect(docs.map((d) => [d.changedIn, d.council ?? null, d.page, d.line])).toEqual([
      ['guide-chapters', null, 'chapter', 'This chapter now also answers students.'],
      ['guide-local-parts', councilId, 'chapter', 'Ask the money team.'],
    ]);
  });

  it("a council's own guide asks for a line when who a chapter is for changes, and logs it on that chapter's page; a typo fix adds nothing", async () => {
    const chapter = (title: string, extra: Record<string, unknown> = {}) => ({ title, summary: `About ${title.toLowerCase()}.`, body: lexical(`${title} body`), ...extra });
    const guide = await payload.create({
      collection: 'guides',
      data: { council: councilId, title: 'Our money guide', summary: 'Local money help.', chapters: [chapter('Budgeting'), chapter('Debt help')], _status: 'published' },
    });
    const [budgeting, debt] = guide.chapters;
    expect([budgeting!.slug, debt!.slug]).toEqual(['budgeting', 'debt-help']);
    const forStudents = [budgeting!, { ...debt!, circumstances: ['in-education' as const] }];
    const refused = await payload.update({ collection: 'guides', id: guide.id, data: { chapters: forStudents, _status: 'published' } }).catch((e: unknown) => e);
    expect(String(refused)).toMatch(/whatChanged/);
    expect(JSON.stringify(refused)).toContain('who can get it changed');
    await payload.update({ collection: 'guides', id: guide.id, data: { chapters: forStudents, whatChanged: 'Debt help now also answers students.', _status: 'published' } });
    // A typo fix in a chapter, with no line: published, not listed.
    const fixed = await payload.update({ collection: 'guides', id: guide.id, data: { chapters: [{ ...budgeting!, summary: 'About budgeting, fixed.' }, forStudents[1]!], _status: 'published' } });
    expect(fixed.chapters[0]!.summary).toBe('About budgeting, fixed.');
    // A line given for a change to one chapter's words is on that chapter only.
    await payload.update({ collection: 'guides', id: guide.id, data: { chapters: [{ ...budgeting!, summary: 'About budgeting, fixed.', body: lexical('Budgeting body, with a new planner.') }, forStudents[1]!], whatChanged: 'A new budget planner.', _status: 'published' } });
    const { docs } = await payload.find({ collection: 'change-log', where: { and: [{ changedIn: { equals: 'guides' } }, { documentId: { equals: guide.id } }] }, sort: 'changedAt', depth: 0, overrideAccess: true });
    expect(docs.map((d) => [d.council, d.page, d.guide, d.slug, d.title, d.line, d.kinds])).toEqual([
      [councilId, 'chapter', guide.slug, 'debt-help', 'Debt help', 'Debt help now also answers students.', ['eligibility']],
      [councilId, 'chapter', guide.slug, 'budgeting', 'Budgeting', 'A new budget planner.', []],
    ]);
    // The council's site gets them with its guide (the snapshot's change log).
    const { changeLogOf } = await import('@cms/lib/exportSnapshot');
    const exported = (await changeLogOf(payload, councilId)).filter((c) => c.guide === guide.slug);
    expect(exported.map((c) => [c.page, c.guide, c.slug, c.national])).toEqual([
      ['chapter', guide.slug, 'budgeting', false],
      ['chapter', guide.slug, 'debt-help', false],
    ]);
  });

  it('nobody creates, changes or deletes an entry through the REST or Local API, a platform admin included', async () => {
    const live = await published();
    await payload.update({ collection: 'offers', id: live.id, data: { amount: { type: 'money', value: 4000, period: 'once' }, whatChanged: 'Now £4,000.', _status: 'published' } });
    const [entry] = await entriesFor(live.id);
    for (const who of ['staff', 'admin'] as const) {
      const { token, user } = users[who];
      expect((await rest('PATCH', `/change-log/${entry!.id}`, { token, body: { line: 'Rewritten history.' } })).status, who).toBe(403);
      expect((await rest('DELETE', `/change-log/${entry!.id}`, { token })).status, who).toBe(403);
      expect((await rest('POST', '/change-log', { token, body: { ...entry, id: undefined, line: 'Made up.' } })).status, who).toBe(403);
      await expect(payload.update({ collection: 'change-log', id: entry!.id, data: { line: 'Rewritten.' }, overrideAccess: false, user })).rejects.toThrow();
      await expect(payload.delete({ collection: 'change-log', id: entry!.id, overrideAccess: false, user })).rejects.toThrow();
    }
    expect((await payload.findByID({ collection: 'change-log', id: entry!.id })).line).toBe('Now £4,000.');
    // Signed out, the API gives nothing: the public reads the log on the council's site.
    expect((await rest('GET', `/change-log/${entry!.id}`)).status).toBe(403);
    expect((await rest('GET', `/change-log/${entry!.id}`, { token: users.staff.token })).status).toBe(200);
  });
});
