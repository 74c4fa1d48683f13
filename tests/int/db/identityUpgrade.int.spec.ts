import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, migrateUntil, runSql, type TestDatabase } from '@tests/helpers/testDatabase';

/**
 * The upgrade to stored council identities (issue 18, finding 2): a database from before the
 * `council_identity` migration, with councils found in the register by their ONS code, one
 * that isn't, and two that share a name (as an attack left them). After it each council is
 * linked to the register entry its ONS code named, no two share a name and nothing is lost:
 * the newer namesake keeps its name with its ONS code after it, and the log says what a
 * platform admin should look at.
 */
let db: TestDatabase;
let payload: Payload;
let close: (p: Payload) => Promise<void>;
const warnings: string[] = [];

const run = (statement: string) => runSql(payload, db.kind, statement);

const OLD = [
  [1, 'Demo Borough Council', 'demo-borough', 'DEMO0001'],
  [2, 'Northdale County Council', 'northdale', 'DEMO0002'],
  [3, 'northdale  county council', 'northdale-2', 'E99999999'],
] as const;

beforeAll(async () => {
  db = await createTestDatabase();
  const { closePayload, openPayload } = await import('@cms/lib/payload');
  close = closePayload;
  payload = await openPayload();
  const migrateRest = await migrateUntil(payload, db.kind, 'council_identity');

  const now = `'2026-11-01T00:00:00.000Z'`;
  const bool = (b: boolean) => (db.kind === 'sqlite' ? (b ? 1 : 0) : String(b));
  for (const [id, name, code] of [[11, 'Demo Borough Council', 'DEMO0001'], [12, 'Northdale County Council', 'DEMO0002'], [13, 'London Borough of Merton', 'E09000024']] as const) {
    await run(`INSERT INTO council_register (id, name, ons_code, type, region, is_demo, updated_at, created_at) VALUES (${id}, '${name}', '${code}', 'unitary', 'london', ${bool(code.startsWith('DEMO'))}, ${now}, ${now})`);
  }
  for (const [id, name, slug, code] of OLD) {
    await run(`INSERT INTO authorities (id, name, slug, ons_code, service_name, phone, email, address, opening_hours, emergency_label, emergency_phone, emergency_hours, site_url, updated_at, created_at)
      VALUES (${id}, '${name}', '${slug}', '${code}', 'Leaving care', '020 7946 000${id}', 'team@${slug}.example', '1 Street', '9 to 5', 'Out of hours', '020 7946 0999', 'Nights', 'https://${slug}.example/', ${now}, ${now})`);
  }
  if (db.kind === 'postgres') {
    for (const table of ['authorities', 'council_register']) await run(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  }
  const warn = payload.logger.warn.bind(payload.logger);
  payload.logger.warn = ((message: unknown, ...rest: unknown[]) => {
    warnings.push(String(message));
    return (warn as (...args: unknown[]) => void)(message, ...rest);
  }) as typeof payload.logger.warn;
  await migrateRest();
}, 120_000);

afterAll(async () => {
  if (payload) await close(payload);
  await db?.drop();
});

describe(`upgrading councils to stored identities (${process.env.TEST_DB || 'sqlite'})`, () => {
  const councils = async () => (await payload.find({ collection: 'authorities', sort: 'id', depth: 1, overrideAccess: true })).docs;

  it('links each council to the register entry its ONS code named', async () => {
    const [demo, northdale, other] = await councils();
    expect((demo!.registeredCouncil as { onsCode: string }).onsCode).toBe('DEMO0001');
    expect((northdale!.registeredCouncil as { onsCode: string }).onsCode).toBe('DEMO0002');
    expect(other!.registeredCouncil ?? null).toBeNull();
    expect(warnings.join('\n')).toMatch(/authorities id 3 \("northdale {2}county council \(E99999999\)"\): no council in the register has ONS code E99999999/);
  });

  it('keeps every name, the oldest as it was and a newer namesake with its ONS code after it, and loses nothing else', async () => {
    const all = await councils();
    expect(all.map((c) => [c.id, c.name, c.slug, c.onsCode, c.phone, c.siteUrl])).toEqual([
      [1, 'Demo Borough Council', 'demo-borough', 'DEMO0001', '020 7946 0001', 'https://demo-borough.example/'],
      [2, 'Northdale County Council', 'northdale', 'DEMO0002', '020 7946 0002', 'https://northdale.example/'],
      [3, 'northdale  county council (E99999999)', 'northdale-2', 'E99999999', '020 7946 0003', 'https://northdale-2.example/'],
    ]);
    expect(warnings.join('\n')).toMatch(/authorities id 3: "northdale {2}county council" is another council's name too/);
  });

  it('from then on the database keeps names unique', async () => {
    await expect(run(`UPDATE authorities SET name = 'Demo Borough Council' WHERE id = 2`)).rejects.toThrow();
  });
});
