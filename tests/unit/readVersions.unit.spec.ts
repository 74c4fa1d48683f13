import type { CollectionConfig } from 'payload';
import { describe, expect, it } from 'vitest';

/**
 * Issue 18, finding 4: versions hold every draft and its review comments, and Payload lets
 * anyone signed in read every version of a collection that doesn't say otherwise. So every
 * versioned collection declares who may read its versions (mirroring who may read its
 * drafts; the int tests read them as each role: access.int.spec.ts, libraryMedia.int.spec.ts).
 * These are the collections as written, before the multi-tenant plugin wraps their access
 * (access.int.spec.ts checks that the running config has no other versioned collection).
 */
describe('who may read versions', () => {
  it('every versioned collection declares access.readVersions; none relies on Payload’s default', async () => {
    const collections = Object.values(await import('@cms/collections')) as CollectionConfig[];
    const versioned = collections.filter((c) => c.versions);
    expect(versioned.map((c) => c.slug).sort()).toEqual(
      ['entitlements', 'glossary-terms', 'guide-chapters', 'guide-local-parts', 'guides', 'local-details', 'local-terms', 'offers', 'pledges', 'spotlights'],
    );
    for (const collection of versioned) expect(typeof collection.access?.readVersions, collection.slug).toBe('function');
  });

  it('a co-written collection without a readVersions rule does not start', async () => {
    const { withCoWriting } = await import('@cms/collections/coWriting');
    expect(() => withCoWriting({ slug: 'notes', access: { read: () => true }, fields: [{ name: 'title', type: 'text' }] }, { summary: () => undefined, body: () => undefined, targets: { summary: 60, body: 60 } })).toThrow(/readVersions/);
  });
});
