import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, migrateUntil, runSql, type TestDatabase } from '@tests/helpers/testDatabase';

/**
 * The upgrade from one council to many: a database made by the single-council release
 * (every migration before `councils_as_tenants`), with a council, content in every
 * council-owned collection (a published offer with a newer draft, so versions too), and an
 * account of every old role. After the remaining migrations its council is the platform's
 * first, everything belongs to it, and everyone keeps what they could do.
 */
let db: TestDatabase;
let payload: Payload;
let close: (p: Payload) => Promise<void>;

/** Runs one SQL statement on whichever database this is. */
const run = (statement: string) => runSql(payload, db.kind, statement);

beforeAll(async () => {
  db = await createTestDatabase();
  const { closePayload, openPayload } = await import('@cms/lib/payload');
  close = closePayload;
  payload = await openPayload();
  const migrateRest = await migrateUntil(payload, db.kind, 'councils_as_tenants');

  // What the single-council release stored (its columns, as its migrations made them).
  const now = `'2026-11-01T00:00:00.000Z'`;
  await run(`INSERT INTO authorities (id, name, ons_code, service_name, phone, email, address, opening_hours, emergency_label, emergency_phone, emergency_hours, updated_at, created_at)
    VALUES (7, 'Old Borough', 'DEMO7', 'Leaving care', '020 7946 0000', 'a@old.example', '1 Street', '9 to 5', 'Out of hours', '020 7946 0999', 'Nights', ${now}, ${now})`);
  await run(`INSERT INTO areas (id, title, slug, summary, "order", updated_at, created_at) VALUES (1, 'Money', 'money', 'Money.', 1, ${now}, ${now})`);
  await run(`INSERT INTO offers (id, title, slug, summary, area_id, _status, updated_at, created_at) VALUES (1, 'Live offer', 'live-offer', 'S.', 1, 'published', ${now}, ${now})`);
  await run(`INSERT INTO _offers_v (id, parent_id, version_title, version_slug, version__status, latest, updated_at, created_at) VALUES (1, 1, 'Live offer', 'live-offer', 'published', ${db.kind === 'sqlite' ? 0 : 'false'}, ${now}, ${now})`);
  await run(`INSERT INTO _offers_v (id, parent_id, version_title, version_slug, version__status, latest, updated_at, created_at) VALUES (2, 1, 'Draft title', 'live-offer', 'draft', ${db.kind === 'sqlite' ? 1 : 'true'}, ${now}, ${now})`);
  await run(`INSERT INTO guides (id, title, slug, summary, _status, updated_at, created_at) VALUES (1, 'Guide', 'guide', 'G.', 'published', ${now}, ${now})`);
  await run(`INSERT INTO pledges (id, slug, you_said, we_did, progress, _status, updated_at, created_at) VALUES (1, 'pledge', 'You said', 'We did', 'done', 'published', ${now}, ${now})`);
  await run(`INSERT INTO indicators (id, title, slug, description, unit, updated_at, created_at) VALUES (1, 'In touch', 'in-touch', 'D.', 'percent', ${now}, ${now})`);
  for (const [id, role] of [[1, 'admin'], [2, 'staff'], [3, 'reviewer'], [4, 'young-editor']] as const) {
    await run(`INSERT INTO users (id, name, role, email, updated_at, created_at) VALUES (${id}, '${role} person', '${role}', '${role}@old.example', ${now}, ${now})`);
  }

  if (db.kind === 'postgres') {
    // Rows inserted with their ids, as a real database has them: move the id sequences on past them.
    for (const table of ['authorities', 'areas', 'offers', '_offers_v', 'guides', 'pledges', 'indicators', 'users']) {
      await run(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
    }
  }

  await migrateRest();
}, 120_000);

afterAll(async () => {
  if (payload) await close(payload);
  await db?.drop();
});

describe(`upgrading a single-council database (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('keeps the council and makes everything it had belong to it', async () => {
    const councils = await payload.find({ collection: 'authorities', depth: 0 });
    expect(councils.docs.map((c) => [c.id, c.name])).toEqual([[7, 'Old Borough']]);
    for (const collection of ['offers', 'guides', 'pledges', 'indicators'] as const) {
      const { docs } = await payload.find({ collection: collection as 'offers', depth: 0, draft: false, pagination: false });
      expect(docs).toHaveLength(1);
      expect(docs[0]!.council).toBe(7);
    }
  });

  it('keeps the live version live and the draft a draft, both in the council', async () => {
    expect((await payload.findByID({ collection: 'offers', id: 1, draft: false })).title).toBe('Live offer');
    expect((await payload.findByID({ collection: 'offers', id: 1, draft: true })).title).toBe('Draft title');
    const versions = await payload.findVersions({ collection: 'offers', where: { parent: { equals: 1 } }, depth: 0 });
    expect(versions.docs.map((v) => (v.version as { council?: unknown }).council)).toEqual([7, 7]);
  });

  it('gives everyone the same powers: admins run the platform, the others keep their role in the council', async () => {
    const { docs } = await payload.find({ collection: 'users', sort: 'email', depth: 0 });
    const roles = Object.fromEntries(docs.map((u) => [u.email, { platform: u.platformRole ?? null, councils: (u.councils ?? []).map((m) => [m.council, m.role]) }]));
    expect(roles).toEqual({
      'admin@old.example': { platform: 'admin', councils: [] },
      'staff@old.example': { platform: null, councils: [[7, 'staff']] },
      'reviewer@old.example': { platform: null, councils: [[7, 'reviewer']] },
      'young-editor@old.example': { platform: null, councils: [[7, 'young-editor']] },
    });
    expect(docs.find((u) => u.email === 'young-editor@old.example')!.youngEditorOnly).toBe(true);
  });

  it('lets the council keep writing: a new offer goes into it without choosing', async () => {
    const offer = await payload.create({
      collection: 'offers',
      draft: true,
      depth: 0,
      data: { title: 'New after upgrade', summary: 'S.', area: 1, _status: 'draft' },
    });
    expect(offer.council).toBe(7);
  });
});
