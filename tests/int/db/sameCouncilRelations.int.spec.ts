import { createLocalReq, type Payload, type RequiredDataFromCollectionSlug, type Where } from 'payload';
import type { User } from '@cms/payload-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData, councilData } from '@tests/helpers/accounts';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 20: a council's guide chapter and local part relate only that council's offers. The
 * admin's picker offers only the document's council's, and the server refuses another
 * council's on every save, drafts included (Payload checks a relationship's options only
 * when publishing), for someone in one council and for someone in both.
 */
let cms: TestCms;
let payload: Payload;
const council = {} as Record<'A' | 'B', number>;
const offer = {} as Record<'A' | 'B', number>;
const people = {} as Record<'staff-a' | 'dual', User & { collection: 'users' }>;
let chapterId: number;
let areaId: number;

const offerData = (c: number, title: string): RequiredDataFromCollectionSlug<'offers'> => ({
  council: c, title, summary: 'A short summary.', body: lexical('Body'), area: areaId, kind: 'local', legalStatus: 'in-force', livingElsewhere: 'applies',
  amount: { type: 'none' }, howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01', _status: 'published',
});

const REFUSED = 'Related offers: only this council’s own can be chosen';

/** The message (and the field it names) of a refused write. */
async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write;
  } catch (error) {
    const { message, data } = error as { message: string; data?: { errors?: { path: string; message: string }[] } };
    return [message, ...(data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)].join('\n');
  }
  throw new Error('The write was accepted.');
}

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Money', summary: 'Money.', order: 1 } })).id;
  council.A = (await payload.create({ collection: 'authorities', data: councilData('A', { name: 'Council Alpha' }) })).id;
  council.B = (await payload.create({ collection: 'authorities', data: councilData('B', { name: 'Council Beta' }) })).id;
  await payload.create({ collection: 'users', data: { email: 'admin@test.example', password: 'pw-admin-123456', name: 'Admin', platformRole: 'admin' } });
  const account = async (key: keyof typeof people, data: Record<string, unknown>) => {
    const user = await payload.create({ collection: 'users', data: { email: `${key}@test.example`, password: `pw-${key}-123456`, name: `${key} person`, ...data } });
    people[key] = { ...user, collection: 'users' };
  };
  await account('staff-a', accountData('staff', council.A));
  // Staff in both councils: they can read B's offers, so only the rule stops them linking one from A.
  await account('dual', { councils: [{ council: council.A, role: 'staff' }, { council: council.B, role: 'staff' }] });
  offer.A = (await payload.create({ collection: 'offers', data: offerData(council.A, 'Alpha grant') })).id;
  offer.B = (await payload.create({ collection: 'offers', data: offerData(council.B, 'Beta grant') })).id;
  chapterId = (await payload.create({ collection: 'guide-chapters', data: { title: 'Money', order: 1, summary: 'National.', body: lexical('Body'), _status: 'published' } })).id;
});

afterAll(async () => {
  await cms?.stop();
});

const localPart = (relatedOffers: number[]): RequiredDataFromCollectionSlug<'guide-local-parts'> => ({ council: council.A, chapter: chapterId, whoToAsk: 'Your PA.', relatedOffers });
const guide = (relatedOffers: number[]): RequiredDataFromCollectionSlug<'guides'> => ({
  council: council.A, title: 'Our guide', summary: 'A guide.', chapters: [{ title: 'One', summary: 'First.', body: lexical('Text'), relatedOffers }],
});

describe('a guide’s and a local part’s related offers', () => {
  for (const who of ['staff-a', 'dual'] as const) {
    it(`${who}: another council’s offer is refused in a local part, as a draft and published, and their own is saved`, async () => {
      const user = people[who];
      for (const draft of [true, false]) {
        const data = { ...localPart([offer.A, offer.B]), _status: draft ? 'draft' : 'published' } as const;
        const message = await refusal(payload.create({ collection: 'guide-local-parts', data, draft, user, overrideAccess: false }));
        expect(message).toContain(REFUSED);
        expect(message).toContain('relatedOffers');
      }
      const saved = await payload.create({ collection: 'guide-local-parts', data: localPart([offer.A]), draft: true, user, overrideAccess: false });
      expect(saved.relatedOffers?.map((o) => (typeof o === 'object' ? o.id : o))).toEqual([offer.A]);
      // Adding B's to the saved draft is refused too; the draft keeps only A's.
      const message = await refusal(payload.update({ collection: 'guide-local-parts', id: saved.id, data: { relatedOffers: [offer.A, offer.B] }, draft: true, user, overrideAccess: false }));
      expect(message).toContain(REFUSED);
      const kept = await payload.findByID({ collection: 'guide-local-parts', id: saved.id, draft: true, depth: 0 });
      expect(kept.relatedOffers).toEqual([offer.A]);
      await payload.delete({ collection: 'guide-local-parts', id: saved.id });
    });

    it(`${who}: another council’s offer is refused in a guide chapter, and their own is saved`, async () => {
      const user = people[who];
      const message = await refusal(payload.create({ collection: 'guides', data: guide([offer.B]), draft: true, user, overrideAccess: false }));
      expect(message).toContain(REFUSED);
      expect(message).toContain('chapters.0.relatedOffers');
      const saved = await payload.create({ collection: 'guides', data: { ...guide([offer.A]), _status: 'published' }, user, overrideAccess: false });
      expect(saved.chapters[0]?.relatedOffers?.map((o) => (typeof o === 'object' ? o.id : o))).toEqual([offer.A]);
      const chapters = [{ ...guide([offer.B]).chapters[0]! }];
      expect(await refusal(payload.update({ collection: 'guides', id: saved.id, data: { chapters }, draft: true, user, overrideAccess: false }))).toContain(REFUSED);
      await payload.delete({ collection: 'guides', id: saved.id });
    });
  }

  it('a local part moved to another council may not keep the first council’s offers', async () => {
    const saved = await payload.create({ collection: 'guide-local-parts', data: localPart([offer.A]), draft: true, user: people.dual, overrideAccess: false });
    expect(await refusal(payload.update({ collection: 'guide-local-parts', id: saved.id, data: { council: council.B }, draft: true, user: people.dual, overrideAccess: false }))).toContain(REFUSED);
    await payload.delete({ collection: 'guide-local-parts', id: saved.id });
  });

  it('an offer that does not exist gets the same answer as another council’s', async () => {
    expect(await refusal(payload.create({ collection: 'guide-local-parts', data: localPart([offer.B + 1000]), draft: true, user: people['staff-a'], overrideAccess: false }))).toContain(REFUSED);
  });

  it('the admin’s picker offers only the document’s council’s offers, even to someone in both', async () => {
    for (const [slug, path] of [['guide-local-parts', ['relatedOffers']], ['guides', ['chapters', 'relatedOffers']]] as const) {
      let fields = payload.collections[slug].config.fields;
      let field = fields.find((f) => 'name' in f && f.name === path[0]);
      if (path.length === 2 && field?.type === 'array') {
        fields = field.fields;
        field = fields.find((f) => 'name' in f && f.name === path[1]);
      }
      if (field?.type !== 'relationship' || typeof field.filterOptions !== 'function') throw new Error(`${slug}: no filterOptions on related offers`);
      const req = await createLocalReq({ user: people.dual }, payload);
      const where = await field.filterOptions({ data: { council: council.A }, relationTo: 'offers', req, id: '', siblingData: {}, user: people.dual, blockData: undefined });
      expect(typeof where).toBe('object');
      const { docs } = await payload.find({ collection: 'offers', where: where as Where, depth: 0, user: people.dual, overrideAccess: false });
      expect(docs.map((d) => d.title)).toEqual(['Alpha grant']);
    }
  });
});
