import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amountColumns } from '@content/model/amount';
import { validateSnapshot } from '@content/model/snapshot';
import { collectSnapshot } from '@cms/lib/exportSnapshot';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { startTestCms, type TestCms } from '@tests/helpers/testCms';

/**
 * One local-details rule (issue 19, part 4): the content checks test what production runs.
 * The demo content is imported into the CMS and each council's snapshot exported as a site
 * build does; every national entitlement on each council's site must read exactly as the
 * content files' own view of it (`councilOffers`, which the content checks test): summary,
 * amount, steps, who to ask, what to do if refused, who can get it, and the council's note
 * under "In <council>". If the export and the content checks ever apply local details
 * differently, this fails, naming the council and the entitlement.
 */
let cms: TestCms;
let payload: Payload;

beforeAll(async () => {
  cms = await startTestCms();
  payload = cms.payload;
  const { importContent } = await import('@cms/seed/importContent');
  await importContent(payload, path.resolve('content'));
}, 300_000);

afterAll(async () => {
  await cms?.stop();
});

/** What a reader sees of an offer page that local details can change. */
const localised = (o: {
  kind: string;
  summary: string;
  amount: Parameters<typeof amountColumns>[0];
  howToGet: string[];
  whoToAsk: string;
  ifRefused: string;
  eligibility: { notes?: string | null };
}) => ({
  kind: o.kind,
  summary: o.summary,
  amount: amountColumns(o.amount),
  howToGet: o.howToGet,
  whoToAsk: o.whoToAsk,
  ifRefused: o.ifRefused,
  eligibilityNotes: o.eligibility.notes ?? null,
});

describe(`local details, as exported and as the content checks see them (${process.env.TEST_DB || 'sqlite'})`, () => {
  it('gives each council’s page of every national entitlement the same words, amount and note both ways', async () => {
    const content = readContent('content');
    let withDetails = 0;
    for (const folder of content.councils) {
      const { docs } = await payload.find({ collection: 'authorities', where: { slug: { equals: folder.slug } }, limit: 1, depth: 0, overrideAccess: true });
      const council = docs[0];
      if (!council) throw new Error(`${folder.slug}: not imported`);
      const exported = validateSnapshot(await collectSnapshot(payload, null, { council: council.id }), folder.slug);
      const bySlug = new Map(exported.offers.map((o) => [o.slug, o]));
      const expected = councilOffers(content, folder).filter((o) => o.kind === 'national' && !o.draft);
      expect(expected.length, folder.slug).toBeGreaterThan(0);
      for (const offer of expected) {
        const page = bySlug.get(offer.slug);
        if (!page) throw new Error(`${folder.slug}: "${offer.slug}" is not on the exported site`);
        expect(localised(page), `${folder.slug}: ${offer.slug}`).toEqual(localised(offer));
        const body = JSON.stringify(page.body);
        if (offer.localNote) {
          withDetails++;
          expect(body, `${folder.slug}: ${offer.slug}`).toContain(JSON.stringify(`In ${folder.authority.name}`));
          for (const para of offer.localNote.split(/\n\s*\n/)) expect(body, `${folder.slug}: ${offer.slug}`).toContain(JSON.stringify(para.trim()).slice(1, -1));
        } else {
          expect(body, `${folder.slug}: ${offer.slug}`).not.toContain(JSON.stringify(`In ${folder.authority.name}`));
        }
      }
    }
    // The demo content has councils' notes to compare.
    expect(withDetails).toBeGreaterThan(0);
  }, 120_000);
});
