import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, migrateUntil, runSql, type TestDatabase } from '@tests/helpers/testDatabase';

/**
 * The upgrade to the national guide and complaints contacts (issue 20, parts 1 and 3): a
 * database made by the migrations before `national_guide_complaints`, with Demo Borough's
 * rights guide in the `guides` table (as every demo database has it) and a council that is
 * not a demo. After it the guide, its intro and its chapters are all still there and still
 * reach Demo's site, the demo councils have the complaints contacts their content files give
 * them, and any other council has none until its staff give one.
 */
let db: TestDatabase;
let payload: Payload;
let close: (p: Payload) => Promise<void>;

const run = (statement: string) => runSql(payload, db.kind, statement);
const lexical = (text: string) =>
  JSON.stringify({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } });

beforeAll(async () => {
  db = await createTestDatabase();
  const { closePayload, openPayload } = await import('@cms/lib/payload');
  close = closePayload;
  payload = await openPayload();
  const migrateRest = await migrateUntil(payload, db.kind, 'national_guide_complaints');

  const now = `'2026-11-01T00:00:00.000Z'`;
  const bool = (b: boolean) => (db.kind === 'sqlite' ? (b ? 1 : 0) : String(b));
  for (const [id, name, slug, code, demo] of [[1, 'Demo Borough Council', 'demo-borough', 'DEMO0001', true], [2, 'Elsewhere Council', 'elsewhere', 'E99999998', false]] as const) {
    await run(`INSERT INTO authorities (id, name, slug, ons_code, is_demo, service_name, phone, email, address, opening_hours, emergency_label, emergency_phone, emergency_hours, updated_at, created_at)
      VALUES (${id}, '${name}', '${slug}', '${code}', ${bool(demo)}, 'Leaving care', '020 7946 000${id}', 'team@${slug}.example', '1 Street', '9 to 5', 'Out of hours', '020 7946 0999', 'Nights', ${now}, ${now})`);
  }
  await run(`INSERT INTO guides (id, council_id, title, slug, summary, intro, _status, updated_at, created_at)
    VALUES (7, 1, 'Your rights and entitlements', 'rights-and-entitlements', 'What Demo Borough gives.', '${lexical('How to use this guide.')}', 'published', ${now}, ${now})`);
  const chapters = [
    ['a1', 'Money', 'money', 'Money you can get.', 'In Demo Borough it is £80 a week.'],
    ['a2', 'If things go wrong', 'if-things-go-wrong', 'How to complain.', 'Call 020 7946 0150.'],
  ];
  for (const [order, [id, title, slug, summary, body]] of chapters.entries()) {
    await run(`INSERT INTO guides_chapters (_order, _parent_id, id, title, slug, summary, body, last_reviewed)
      VALUES (${order + 1}, 7, '${id}', '${title}', '${slug}', '${summary}', '${lexical(body!)}', '2026-11-29T00:00:00.000Z')`);
  }
  if (db.kind === 'postgres') {
    for (const table of ['authorities', 'guides']) await run(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  }
  await migrateRest();
}, 120_000);

afterAll(async () => {
  if (payload) await close(payload);
  await db?.drop();
});

describe(`upgrading to the national guide and complaints contacts (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('keeps Demo’s guide, its intro and every chapter, word for word', async () => {
    const guide = await payload.findByID({ collection: 'guides', id: 7, overrideAccess: true, depth: 0 });
    expect([guide.title, guide.slug, guide.summary, guide.intro]).toEqual(['Your rights and entitlements', 'rights-and-entitlements', 'What Demo Borough gives.', JSON.parse(lexical('How to use this guide.'))]);
    expect(guide.chapters.map((c) => [c.title, c.slug, c.summary, JSON.stringify(c.body).includes(c.slug === 'money' ? '£80 a week' : '020 7946 0150'), c.lastReviewed?.slice(0, 10)])).toEqual([
      ['Money', 'money', 'Money you can get.', true, '2026-11-29'],
      ['If things go wrong', 'if-things-go-wrong', 'How to complain.', true, '2026-11-29'],
    ]);
  });

  it('still shows the guide on Demo’s site, with no national chapters yet', async () => {
    const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
    const snapshot = await collectSnapshot(payload, null, { council: 1 });
    const guides = snapshot.guides as { slug: string; chapters: { slug: string; national: boolean }[] }[];
    expect(guides.map((g) => [g.slug, g.chapters.map((c) => [c.slug, c.national])])).toEqual([['rights-and-entitlements', [['money', false], ['if-things-go-wrong', false]]]]);
  });

  it('gives the demo council its complaints contact, and another council none until its staff give one', async () => {
    const demo = await payload.findByID({ collection: 'authorities', id: 1, overrideAccess: true, depth: 0 });
    const other = await payload.findByID({ collection: 'authorities', id: 2, overrideAccess: true, depth: 0 });
    expect(demo.complaints).toEqual({ phone: '020 7946 0150', email: 'complaints@demo-borough.example', formUrl: 'https://www.demo-borough.example/complaints' });
    expect([other.complaints?.phone ?? null, other.complaints?.email ?? null, other.phone]).toEqual([null, null, '020 7946 0002']);
  });
});
