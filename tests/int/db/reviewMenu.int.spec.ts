import { createLocalReq, type Payload, type RequiredDataFromCollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@cms/payload-types';
import { REVIEW_STATES, type ReviewState } from '@cms/fields/coWriting';
import { accountData, councilData } from '@tests/helpers/accounts';
import { spotlightData } from '@tests/helpers/library';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 20: the Review menu offers each person only the states they may choose. For every
 * state a document can be in and every state in the list, as a young editor and a reviewer
 * (an offer) and as a council's staff and a moderator (a spotlight): the admin's menu (the
 * running config's field) offers a state exactly when the server saves the document in it.
 */
type Who = 'young-editor' | 'reviewer' | 'staff' | 'moderator';
let cms: TestCms;
let payload: Payload;
let councilId: number;
let registerId: number;
const people = {} as Record<Who, User & { collection: 'users' }>;
const STATES = REVIEW_STATES.map((s) => s.value);
const BEFORE: ReviewState[] = ['draft', 'in-review', 'changes-requested', 'approved'];

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  registerId = (await payload.create({ collection: 'council-register', data: { name: 'Council A', onsCode: 'DEMOA', type: 'unitary', region: 'london' } })).id;
  councilId = (await payload.create({ collection: 'authorities', data: councilData('A') })).id;
  await payload.create({ collection: 'users', data: { email: 'admin@test.example', password: 'pw-admin-123456', name: 'Admin', platformRole: 'admin' } });
  const roles = [['young-editor', 'young-editor'], ['reviewer', 'reviewer'], ['staff', 'staff'], ['moderator', 'platform-editor']] as const;
  for (const [who, role] of roles) {
    const user = await payload.create({ collection: 'users', data: { email: `${who}@test.example`, password: `pw-${who}-123456`, name: who, ...accountData(role, councilId) } });
    people[who] = { ...user, collection: 'users' };
  }
});

afterAll(async () => {
  await cms?.stop();
});

async function offered(collection: 'offers' | 'spotlights', who: Who, data: Record<string, unknown>): Promise<string[]> {
  const field = payload.collections[collection].config.fields.find((f) => 'name' in f && f.name === 'reviewState');
  if (field?.type !== 'select' || !field.filterOptions) throw new Error(`${collection}: the Review field has no menu rule`);
  const req = await createLocalReq({ user: people[who] }, payload);
  return field.filterOptions({ data, options: field.options, req, siblingData: data }).map((o) => (typeof o === 'string' ? o : o.value));
}

/** Whether the server saves the document in `state` when `who` chooses it (as a draft, with a comment). */
async function saves(collection: 'offers' | 'spotlights', id: number, who: Who, state: ReviewState): Promise<boolean> {
  try {
    const doc = await payload.update({ collection, id, data: { reviewState: state, reviewComment: 'Because.' }, draft: true, user: people[who], overrideAccess: false });
    return doc.reviewState === state;
  } catch {
    return false;
  }
}

const offer = (title: string, area: number): RequiredDataFromCollectionSlug<'offers'> => ({
  council: councilId, title, summary: 'A short summary.', body: lexical('Body'), area, kind: 'local', legalStatus: 'in-force', livingElsewhere: 'applies',
  amount: { type: 'none' }, howToGet: [{ step: 'Ask your PA.' }], whoToAsk: 'Your PA.', ifRefused: 'Complain.', legalBasis: 'Local offer', lastReviewed: '2026-01-01',
});

describe('the Review menu offers what the server accepts', () => {
  for (const [collection, whoList] of [['offers', ['young-editor', 'reviewer']], ['spotlights', ['staff', 'moderator']]] as const) {
    for (const who of whoList) {
      it(`${collection}, ${who}`, async () => {
        const area = (await payload.create({ collection: 'areas', data: { title: `Money ${collection}${who}`, summary: 'Money.', order: 1 } })).id;
        const created = collection === 'offers'
          ? await payload.create({ collection, data: offer(`Grant ${who}`, area), draft: true })
          : await payload.create({ collection, data: await spotlightData(payload, { councils: [registerId] }), draft: true });
        const menus: Record<string, string[]> = {};
        const saved: Record<string, string[]> = {};
        for (const before of BEFORE) {
          menus[before] = await offered(collection, who, { council: collection === 'offers' ? councilId : undefined, reviewState: before });
          saved[before] = [before];
          for (const state of STATES.filter((s) => s !== before)) {
            await payload.update({ collection, id: created.id, data: { reviewState: before }, draft: true }); // as the system
            if (await saves(collection, created.id, who, state)) saved[before].push(state);
          }
          expect(menus[before].sort(), `from ${before}`).toEqual(saved[before].sort());
        }
        const writer = who === 'young-editor' || who === 'staff';
        expect(menus.approved, 'a writer is never offered approving; a reviewer is').toEqual(writer ? ['approved', 'draft', 'in-review'] : ['approved', 'changes-requested', 'draft', 'in-review']);
      });
    }
  }
});
