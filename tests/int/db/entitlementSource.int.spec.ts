import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_SOURCE_MESSAGE } from '@content/model/snapshot';
import { lexical, startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * Issue 20, part 5: a national entitlement without its source is refused to publish in the
 * CMS, with a message on the field a platform editor fills in (`sourceUrl`), as the site build
 * would leave it out. A draft may still be saved without it; with a source it publishes.
 */
let cms: TestCms;
let payload: Payload;
let areaId: number;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  areaId = (await payload.create({ collection: 'areas', data: { title: 'Health', summary: 'Health.', order: 1 } })).id;
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

const entitlement = (sourceUrl?: string) => ({
  title: 'Free prescriptions',
  summary: 'Announced, not in force yet. Ask your PA.',
  body: lexical('What the government has said.'),
  area: areaId,
  legalStatus: 'announced' as const,
  livingElsewhere: 'applies' as const,
  amount: { type: 'none' as const },
  howToGet: [{ step: 'Ask your PA.' }],
  whoToAsk: 'Your PA.',
  ifRefused: 'Ask your PA.',
  legalBasis: 'Department of Health and Social Care announcement, 23 December 2025',
  lastReviewed: '2026-11-29',
  ...(sourceUrl ? { sourceUrl } : {}),
});

describe('a national entitlement links its source', () => {
  it('is refused to publish without one, naming the field', async () => {
    const draft = await payload.create({ collection: 'entitlements', data: entitlement(), draft: true });
    await expect(payload.update({ collection: 'entitlements', id: draft.id, data: { _status: 'published' } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'sourceUrl', message: NATIONAL_SOURCE_MESSAGE })] },
    });
    await expect(payload.create({ collection: 'entitlements', data: { ...entitlement(), slug: 'no-source', _status: 'published' } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'sourceUrl' })] },
    });
  });

  it('publishes with one', async () => {
    const published = await payload.create({
      collection: 'entitlements',
      data: { ...entitlement('https://faq.nhsbsa.nhs.uk/knowledgebase/article/KA-25779/en-us'), slug: 'with-source', _status: 'published' },
    });
    expect(published._status).toBe('published');
  });
});
