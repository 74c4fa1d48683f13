import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '@content/model/snapshot';
import { checkSnapshot, syntheticSnapshot } from '../../bench/synthetic';

/**
 * The build-scale benchmark's councils (bench/synthetic.ts) are made through the real
 * snapshot's contract (issue 19, part 7): when the model changes (as when open-data ids were
 * added with Open Referral), the generator stops with a message naming the field, here and in
 * `npm test`, instead of every site build of `npm run bench:scale` failing later.
 */
type Doc = { slug: string; uuid?: string };

describe('synthetic councils for the scale benchmark', () => {
  it('pass the snapshot’s own validation with every document in and every open-data id its own', () => {
    const { snapshot, counts } = syntheticSnapshot({ offers: 40, council: { name: 'Bench Council 1', onsCode: 'DEMOBENCH001', siteUrl: 'https://bench-001.bench.example/' } });
    const valid = validateSnapshot(snapshot, 'synthetic');
    expect(valid.excluded).toEqual([]);
    expect(valid.offers).toHaveLength(40);
    expect(counts.offers).toBe(40);
    expect(valid.authority?.name).toBe('Bench Council 1');
    const ids = [valid.authority!.uuid, ...valid.areas.map((a) => a.uuid), ...valid.offers.map((o) => o.uuid)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give each council its own ids for its council and offers, and the same run the same file', () => {
    const one = syntheticSnapshot({ offers: 12, council: { name: 'Bench Council 1', onsCode: 'DEMOBENCH001' } });
    const two = syntheticSnapshot({ offers: 12, council: { name: 'Bench Council 2', onsCode: 'DEMOBENCH002' } });
    const ids = (s: typeof one) => [(s.snapshot.authority as Doc).uuid, ...(s.snapshot.offers as Doc[]).map((o) => o.uuid)];
    expect(ids(one).filter((id) => ids(two).includes(id))).toEqual([]);
    const again = syntheticSnapshot({ offers: 12, council: { name: 'Bench Council 1', onsCode: 'DEMOBENCH001' } });
    expect(JSON.stringify(again.snapshot)).toBe(JSON.stringify(one.snapshot));
  });

  it('refuse a snapshot that breaks the contract, naming the collection, the document and the field', () => {
    const { snapshot } = syntheticSnapshot({ offers: 8 });
    const areas = structuredClone(snapshot.areas as Doc[]);
    delete areas[0]!.uuid;
    const offers = structuredClone(snapshot.offers as Doc[]);
    offers[5]!.uuid = offers[4]!.uuid;
    const broken = { ...snapshot, areas, offers };
    expect(() => checkSnapshot(broken)).toThrow(`areas "${areas[0]!.slug}": field "uuid"`);
    expect(() => checkSnapshot(broken)).toThrow(`offers "${offers[5]!.slug}": field "uuid": "${offers[4]!.uuid}" is already the open-data id of offers "${offers[4]!.slug}"`);
  });
});
