import path from 'node:path';
import type { Payload, Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUuid, newUuid } from '@content/model/uuid';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Open-data ids (issue 12): Open Referral UK names services, councils and terms by UUIDs that
 * must not change. Every council, area, offer and national entitlement has one, and so has
 * each saved version (the document's own); the `open_referral_ids` migration gives documents
 * already in a database theirs; an offer's id survives a new title and slug, drafts, a
 * republish and an update that sends another id; each council's page of a national
 * entitlement has an id of its own that survives the entitlement's new title and slug.
 */
let cms: TestCms;
let payload: Payload;

const TABLES = ['authorities', 'areas', 'offers', 'entitlements'] as const;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  const { importContent } = await import('@cms/seed/importContent');
  await importContent(payload, path.resolve('content'));
}, 300_000);

afterAll(async () => {
  await cms?.stop();
});

/** Every document's id, and each saved version's, by collection. */
async function allIds() {
  const ids: Record<string, { docs: Map<string, string>; versions: { parent: string; uuid: unknown }[] }> = {};
  for (const collection of TABLES) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, draft: true });
    const versions =
      collection === 'offers' || collection === 'entitlements'
        ? (await payload.findVersions({ collection, pagination: false, depth: 0, overrideAccess: true })).docs.map((v) => ({
            parent: String(typeof v.parent === 'object' ? (v.parent as { id: unknown }).id : v.parent),
            uuid: (v.version as { uuid?: unknown }).uuid,
          }))
        : [];
    ids[collection] = { docs: new Map(docs.map((d) => [String(d.id), (d as { uuid?: string }).uuid ?? ''])), versions };
  }
  return ids;
}

function expectComplete(ids: Awaited<ReturnType<typeof allIds>>) {
  for (const collection of TABLES) {
    const { docs, versions } = ids[collection]!;
    expect(docs.size, collection).toBeGreaterThan(0);
    for (const [id, uuid] of docs) expect(isUuid(uuid), `${collection} ${id}: "${uuid}"`).toBe(true);
    expect(new Set(docs.values()).size, `${collection}: each id once`).toBe(docs.size);
    for (const v of versions) expect(v.uuid, `${collection} ${v.parent}: a version carries the document's id`).toBe(docs.get(v.parent));
  }
}

/** The published snapshot's offers of a council, by slug. */
async function publishedOffers(council: string): Promise<Map<string, { uuid: string; title: string }>> {
  const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
  const { listCouncils } = await import('@platform/build/councilSites');
  const { id } = (await listCouncils(payload)).find((c) => c.slug === council)!;
  const snapshot = (await collectSnapshot(payload, null, { council: id })) as { offers: { slug: string; uuid: string; title: string }[] };
  return new Map(snapshot.offers.map((o) => [o.slug, o]));
}

describe(`open-data ids (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('gives every council, area, offer and entitlement a UUID, and each version the document’s', async () => {
    expectComplete(await allIds());
  });

  it('gives documents already in the database theirs when the migration runs (down, then up again)', async () => {
    const { forPayload } = await import('@cms/lib/payload');
    const migrations = cms.db.kind === 'sqlite' ? forPayload((await import('@cms/migrations/sqlite')).migrations) : forPayload((await import('@cms/migrations/postgres')).migrations);
    const migration = migrations.find((m) => m.name.endsWith('open_referral_ids'))!;
    const args = { db: 'drizzle' in payload.db ? payload.db.drizzle : undefined, payload, req: {} };
    await migration.down(args);
    await migration.up(args);
    expectComplete(await allIds());
  });

  it('keeps an offer’s id through a new title and slug, a draft, unpublishing and republishing, and an update that sends another', async () => {
    const before = await publishedOffers('demo-borough');
    const { listCouncils } = await import('@platform/build/councilSites');
    const demo = (await listCouncils(payload)).find((c) => c.slug === 'demo-borough')!;
    const where: Where = { and: [{ slug: { equals: 'bike-scheme' } }, { council: { equals: demo.id } }] };
    const offer = (await payload.find({ collection: 'offers', where, depth: 0, limit: 1, overrideAccess: true })).docs[0]!;
    const uuid = before.get(offer.slug!)!.uuid;
    expect(isUuid(uuid)).toBe(true);
    expect(offer.uuid).toBe(uuid);

    const seeding = { seeding: true };
    await payload.update({ collection: 'offers', id: offer.id, data: { title: 'A renamed offer', slug: 'a-renamed-offer', _status: 'published' }, overrideAccess: true, context: seeding });
    let now = await publishedOffers('demo-borough');
    expect(now.has(offer.slug!)).toBe(false);
    expect(now.get('a-renamed-offer')).toMatchObject({ uuid, title: 'A renamed offer' });

    await payload.update({ collection: 'offers', id: offer.id, draft: true, data: { title: 'A draft title' }, overrideAccess: true, context: seeding });
    expect((await publishedOffers('demo-borough')).get('a-renamed-offer')?.uuid).toBe(uuid);
    await payload.update({ collection: 'offers', id: offer.id, data: { _status: 'published' }, overrideAccess: true, context: seeding });
    now = await publishedOffers('demo-borough');
    expect(now.get('a-renamed-offer')).toMatchObject({ uuid, title: 'A draft title' });

    const updated = await payload.update({ collection: 'offers', id: offer.id, data: { uuid: newUuid() }, overrideAccess: true, context: seeding });
    expect(updated.uuid).toBe(uuid);

    // Unpublished, it leaves the published snapshot (and so every feed); published again, it has its id still.
    await payload.update({ collection: 'offers', id: offer.id, data: { _status: 'draft' }, overrideAccess: true, context: seeding });
    expect([...(await publishedOffers('demo-borough')).values()].map((o) => o.uuid)).not.toContain(uuid);
    await payload.update({ collection: 'offers', id: offer.id, data: { _status: 'published' }, overrideAccess: true, context: seeding });
    expect((await publishedOffers('demo-borough')).get('a-renamed-offer')?.uuid).toBe(uuid);

    // A copy is a new offer, with an id of its own.
    const copy = await payload.duplicate({ collection: 'offers', id: offer.id, overrideAccess: true, context: seeding });
    expect(isUuid((copy as { uuid?: string }).uuid)).toBe(true);
    expect((copy as { uuid?: string }).uuid).not.toBe(uuid);
  });

  it('gives each council’s page of a national entitlement its own id, kept when the entitlement gets a new title and slug', async () => {
    const entitlement = (await payload.find({ collection: 'entitlements', where: { slug: { equals: 'setting-up-home-allowance' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!;
    const demo = (await publishedOffers('demo-borough')).get(entitlement.slug!)!.uuid;
    const northdale = (await publishedOffers('northdale')).get(entitlement.slug!)!.uuid;
    expect(isUuid(demo) && isUuid(northdale)).toBe(true);
    expect(demo).not.toBe(northdale);
    expect(demo).not.toBe(entitlement.uuid);

    await payload.update({ collection: 'entitlements', id: entitlement.id, data: { title: 'Money to set up your home', slug: 'money-to-set-up-home', _status: 'published' }, overrideAccess: true, context: { seeding: true } });
    expect((await publishedOffers('demo-borough')).get('money-to-set-up-home')?.uuid).toBe(demo);
    expect((await publishedOffers('northdale')).get('money-to-set-up-home')?.uuid).toBe(northdale);
  });
});
