import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, migrateUntil, runSql, type TestDatabase } from '@tests/helpers/testDatabase';

/**
 * The upgrade to the register of councils (issue 11): a database whose spotlights name their
 * council in free text. After the `council_register` migration each spotlight (and each of
 * its versions) points at the registered councils its text named, a joint service at both,
 * and text that names no registered council is left for an editor to choose, never guessed.
 */
let db: TestDatabase;
let payload: Payload;
let close: (p: Payload) => Promise<void>;
const warnings: string[] = [];

const run = (statement: string) => runSql(payload, db.kind, statement);

const OLD = [
  [1, 'merton', 'London Borough of Merton'],
  [2, 'joint', 'Royal Borough of Kingston upon Thames and London Borough of Richmond upon Thames (Achieving for Children)'],
  [3, 'nowhere', 'Borough of Nowhere'],
] as const;

beforeAll(async () => {
  db = await createTestDatabase();
  const { closePayload, openPayload } = await import('@cms/lib/payload');
  close = closePayload;
  payload = await openPayload();
  const migrateRest = await migrateUntil(payload, db.kind, 'council_register');

  const now = `'2026-11-01T00:00:00.000Z'`;
  const bool = (b: boolean) => (db.kind === 'sqlite' ? (b ? 1 : 0) : String(b));
  for (const [id, slug, council] of OLD) {
    await run(`INSERT INTO spotlights (id, council, title, slug, summary, contact_role, source_collection, _status, updated_at, created_at)
      VALUES (${id}, '${council}', 'Spotlight ${slug}', '${slug}', 'What they did.', 'Head of Service', 'A collection', 'published', ${now}, ${now})`);
    await run(`INSERT INTO _spotlights_v (id, parent_id, version_council, version_title, version_slug, version__status, latest, updated_at, created_at)
      VALUES (${id}, ${id}, '${council}', 'Spotlight ${slug}', '${slug}', 'published', ${bool(true)}, ${now}, ${now})`);
  }
  if (db.kind === 'postgres') {
    for (const table of ['spotlights', '_spotlights_v']) await run(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
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

describe(`upgrading spotlights to the register of councils (${process.env.TEST_DB || 'sqlite'})`, () => {
  const councilsOf = async (id: number, draft = false) => {
    const doc = await payload.findByID({ collection: 'spotlights', id, depth: 1, draft, overrideAccess: true });
    return ((doc.councils ?? []) as { name: string; onsCode: string }[]).map((c) => c.onsCode);
  };

  it('fills the register and points each spotlight at the councils its text named', async () => {
    const register = await payload.find({ collection: 'council-register', pagination: false, depth: 0 });
    expect(register.docs.map((c) => c.onsCode)).toEqual(expect.arrayContaining(['E09000024', 'E09000021', 'E09000027', 'E10000017']));
    expect(await councilsOf(1)).toEqual(['E09000024']);
    expect(await councilsOf(2)).toEqual(['E09000021', 'E09000027']);
    // The versions too: the admin's history and a restored version keep the council.
    const versions = await payload.findVersions({ collection: 'spotlights', where: { parent: { equals: 2 } }, depth: 1, overrideAccess: true });
    expect(((versions.docs[0]!.version as { councils?: { onsCode: string }[] }).councils ?? []).map((c) => c.onsCode)).toEqual(['E09000021', 'E09000027']);
  });

  it('leaves text that names no registered council for an editor, and says so', async () => {
    expect(await councilsOf(3)).toEqual([]);
    expect(warnings.join('\n')).toMatch(/spotlights id 3: "Borough of Nowhere" names no council in the register/);
  });
});
