import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot, SnapshotError, validateEntries, validateSnapshot } from '@site/loaders/payloadSnapshot';

const fixturePath = path.resolve(import.meta.dirname, '../fixtures/snapshot.json');
const fixture = () => JSON.parse(readFileSync(fixturePath, 'utf8'));

function errorOf(fn: () => unknown): SnapshotError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('expected a SnapshotError');
}

describe('validateSnapshot', () => {
  it('accepts the fixture and applies defaults', () => {
    const snapshot = validateSnapshot(fixture());
    expect(snapshot.authority!.isDemo).toBe(true);
    expect(snapshot.offers.map((o) => o.slug)).toContain('setting-up-home-allowance');
    expect(snapshot.guides[0]!.chapters).toHaveLength(2);
    expect(snapshot.spotlights.find((s) => s.slug === 'merton-our-leisure')!.image).toBeNull();
    expect(snapshot.warnings).toEqual({});
  });

  it('leaves out a document that breaks its schema, naming the collection, the document and the field, and keeps the rest', () => {
    const raw = fixture();
    raw.offers[0].eligibility.ageTo = '25';
    const snapshot = validateSnapshot(raw, 'data/snapshot.json');
    expect(snapshot.excluded).toEqual([
      'offers "setting-up-home-allowance": field "eligibility.ageTo": Invalid input: expected number, received string',
    ]);
    expect(snapshot.offers.map((o) => o.slug)).not.toContain('setting-up-home-allowance');
    expect(snapshot.offers.length).toBe(raw.offers.length - 1);
  });

  it('reports every broken document at once, across collections', () => {
    const raw = fixture();
    raw.offers[1].howToGet = [];
    raw.spotlights[0].image.alt = '';
    raw.guides[0].chapters[1].title = '';
    const snapshot = validateSnapshot(raw);
    expect(snapshot.excluded).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^offers "council-tax-exemption": field "howToGet": needs at least one step/),
        expect.stringMatching(/^spotlights "merton-total-respect": field "image.alt": alt text is required/),
        expect.stringMatching(/^guides "your-rights": field "chapters.1.title"/),
      ]),
    );
  });

  it('leaves out a document whose URL breaks the URL rule (a takedown elsewhere still lands)', () => {
    const raw = fixture();
    raw.offers[0].sourceUrl = 'www.gov.uk/x';
    raw.offers.splice(1, 1); // another offer unpublished in the same rebuild
    const snapshot = validateSnapshot(raw);
    expect(snapshot.excluded[0]).toMatch(/^offers "setting-up-home-allowance": field "sourceUrl": "www.gov.uk\/x" must be a full web address starting with https:\/\//);
    expect(snapshot.offers.length).toBe(raw.offers.length - 1);
  });

  it('names a document without a usable slug by its position', () => {
    const error = errorOf(() => validateEntries('glossary', [{ term: 'PA', meaning: 'Personal Adviser' }]));
    expect(error.message).toContain('glossary #1: field "slug"');
  });

  it('leaves out the second of two documents with the same slug', () => {
    const raw = fixture();
    raw.areas.push({ ...raw.areas[0], title: 'Second' });
    const snapshot = validateSnapshot(raw);
    expect(snapshot.excluded).toEqual(['areas "accommodation": field "slug": another document already uses this slug']);
    expect(snapshot.areas.filter((a) => a.slug === 'accommodation').map((a) => a.title)).toEqual([raw.areas[0].title]);
  });

  it('fails on a broken required council detail, naming it', () => {
    const raw = fixture();
    raw.authority.email = 'not an email';
    expect(() => validateSnapshot(raw)).toThrow(/authority council: field "email"/);
  });

  it('drops a council website that breaks the URL rule, and says so', () => {
    const raw = fixture();
    raw.authority.website = 'javascript:alert(1)';
    const snapshot = validateSnapshot(raw);
    expect(snapshot.authority!.website).toBeNull();
    expect(snapshot.excluded[0]).toMatch(/^authority council: field "website": "javascript:alert\(1\)" "javascript:" links are not allowed/);
  });

  it('drops references to unpublished documents with a warning instead of failing', () => {
    const raw = fixture();
    raw.guides[0].chapters[1].relatedOffers.push('draft-offer');
    raw.pledges[0].area = 'gone';
    const snapshot = validateSnapshot(raw);
    expect(snapshot.guides[0]!.chapters[1]!.relatedOffers).not.toContain('draft-offer');
    expect(snapshot.pledges[0]!.area).toBeNull();
    expect(snapshot.warnings.guides?.[0]).toContain('no published offer "draft-offer"');
    expect(snapshot.warnings.pledges?.[0]).toContain('no published area "gone"');
  });
});

describe('readSnapshot', () => {
  it('says how to make the snapshot when the file is missing', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'snapshot-')), 'snapshot.json');
    await expect(readSnapshot(missing)).rejects.toThrow(/No site snapshot at .*snapshot\.json\. Run `npm run export`.*`npm run build`/);
  });

  it('names the file when it is not JSON', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'snapshot-')), 'snapshot.json');
    writeFileSync(file, '{ "generatedAt": ');
    await expect(readSnapshot(file)).rejects.toThrow(/snapshot\.json is not valid JSON/);
  });
});
