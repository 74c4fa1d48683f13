import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '@content/model/snapshot';
import { isUuid, uuidFrom } from '@content/model/uuid';
import { openReferralFeed } from '@site/lib/openReferral';
import { cacheBudget, DEFAULT_CACHE_MB, indexFeed, servicesAnswer } from '@platform/server/openReferralApi';

/**
 * The Open Referral UK mapping and the API's answers without a server (issue 12): stable ids
 * (UUID v5 as RFC 9562 gives it), what a reader of the feed needs to know of each offer, and
 * the filters. The schemas themselves are checked by `tests/e2e/openReferral.e2e.spec.ts`.
 */
const fixture = validateSnapshot(JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')), 'fixture');
const offers = fixture.offers;
const feed = (changes: (typeof offers)[number][] = offers) =>
  openReferralFeed(fixture.authority!, fixture.areas, changes, 'https://local-offer.demo-borough.example/', '2026-11-29T00:00:00Z');

describe('open-data ids', () => {
  it('makes version 5 UUIDs as RFC 9562 does, the same every time', () => {
    // The RFC's own example: the DNS namespace and www.example.com.
    expect(uuidFrom('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(isUuid(uuidFrom('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'x'))).toBe(true);
    expect(isUuid('42')).toBe(false);
  });

  it('names everything in a feed from the documents’ ids, so a rebuild gives the same ids', () => {
    expect(JSON.stringify(feed())).toBe(JSON.stringify(feed()));
    const ids = JSON.stringify(feed()).match(/"(?:id|[a-z_]+_id)":"[^"]+"/g)!;
    for (const id of ids) expect(isUuid(id.split('":"')[1]!.slice(0, -1)), id).toBe(true);
    const renamed = feed(offers.map((o, i) => (i === 0 ? { ...o, title: 'Renamed', slug: 'renamed' } : o)));
    expect(renamed.services.map((s) => s.id)).toEqual(feed().services.map((s) => s.id));
  });
});

describe('a service, as a reader of the feed needs it', () => {
  const byId = new Map(feed().services.map((s) => [s.id, s]));
  const of = (slug: string) => byId.get(offers.find((o) => o.slug === slug)!.uuid)! as Record<string, any>;

  it('says money is money the young person gets, never a charge, and how often', () => {
    const grant = of('setting-up-home-allowance');
    expect(grant.fees).toMatch(/^Free\. You get money: £3,000/);
    expect(grant.cost_options).toEqual([expect.objectContaining({ amount: 3000, option: 'Money you get (not a charge)', amount_description: expect.stringMatching(/You do not pay anything/) })]);
    expect(of('leisure-pass').cost_options).toEqual([expect.objectContaining({ option: 'Free', amount: 0 })]);
  });

  it('gives a national entitlement England as its area, a local offer the council’s, by ONS code', () => {
    expect(of('setting-up-home-allowance').service_areas[0]).toMatchObject({ name: 'England', extent: 'E92000001', uri: 'http://statistics.data.gov.uk/id/statistical-geography/E92000001' });
    const local = of('leisure-pass').service_areas[0];
    expect(local).toMatchObject({ name: fixture.authority!.name, extent: fixture.authority!.onsCode });
    // A demo council's made-up code gets no ONS address.
    expect(local.uri).toBeUndefined();
  });

  it('links its page, says who can get it and how to apply, and whom to call', () => {
    const leisure = of('leisure-pass');
    expect(leisure.url).toBe('https://local-offer.demo-borough.example/offers/leisure-pass/');
    expect(leisure.eligibility_description).toMatch(/\./);
    expect(leisure.application_process).toMatch(/^1\. /);
    expect(leisure.contacts[0].phones[0].number).toBe(fixture.authority!.phone);
    expect(leisure.contacts[1].phones[0].number).toBe(fixture.authority!.emergency.phone);
    expect(leisure.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00:00' });
  });

  it('sends addresses from content as RFC 3986 URIs, and none the URL rule refuses', () => {
    const [a] = offers;
    const odd = { ...a!, sourceUrl: 'https://example.org/a?q="x"|{y}^#<z>' };
    const [service] = feed([odd]).services;
    expect(service!.lop_source_url).toBe('https://example.org/a?q=%22x%22%7C%7By%7D%5E#%3Cz%3E');
    const [refused] = feed([{ ...a!, sourceUrl: 'javascript:alert(1)' }]).services;
    expect(refused!.lop_source_url).toBeNull();
  });

  it('marks an announced change inactive and an ended one defunct, with an alert', () => {
    const [a, b] = offers;
    const services = feed([{ ...a!, legalStatus: 'announced' }, { ...b!, legalStatus: 'ended' }]).services;
    expect(services[0]).toMatchObject({ status: 'inactive', alert: expect.stringMatching(/^Announced — not yet in force/) });
    expect(services[1]).toMatchObject({ status: 'defunct', alert: expect.stringMatching(/^Ended: you cannot get this any more/) });
    expect(feed().services.every((s) => s.status === 'active')).toBe(true);
  });

  it('says when it is only for care leavers living in the council’s area', () => {
    const [a] = offers;
    const [service] = feed([{ ...a!, livingElsewhere: 'in-area-only' }]).services;
    expect(service!.eligibility_description).toContain(`Only if you live in ${fixture.authority!.name}’s area.`);
  });
});

describe('the API’s answers', () => {
  const index = indexFeed(feed());
  const list = (query: string) => JSON.parse(servicesAnswer(index, new URLSearchParams(query)).body);

  it('filters by age as the specification words it, and by term', () => {
    const all = feed().services;
    expect(list('minimum_age=18').contents.map((s: { id: string }) => s.id)).toEqual(all.filter((s) => (s.minimum_age ?? -1) >= 18).map((s) => s.id));
    expect(list('maximum_age=21').contents.map((s: { id: string }) => s.id)).toEqual(all.filter((s) => (s.maximum_age ?? Infinity) <= 21).map((s) => s.id));
    const area = fixture.areas.find((a) => offers.some((o) => o.area === a.slug))!;
    expect(list(`taxonomy_term_id=${area.uuid}`).total_items).toBe(offers.filter((o) => o.area === area.slug).length);
    expect(list(`taxonomy_term_id=${area.uuid.toUpperCase()}`).total_items).toBe(offers.filter((o) => o.area === area.slug).length);
  });

  it('searches every word, in any case and without accents', () => {
    const title = offers[0]!.title;
    expect(list(`search=${encodeURIComponent(title.toUpperCase())}`).contents.map((s: { name: string }) => s.name)).toContain(title);
    expect(list('search=zzqx').total_items).toBe(0);
  });
});

describe('the API’s page cache budget (OPEN_REFERRAL_CACHE_MB)', () => {
  it('is 64 MB unless set, 0 keeps no pages, and a value that is not a number is refused', () => {
    expect(DEFAULT_CACHE_MB).toBe(64);
    expect(cacheBudget({})).toBe(64 * 2 ** 20);
    expect(cacheBudget({ OPEN_REFERRAL_CACHE_MB: ' 16 ' })).toBe(16 * 2 ** 20);
    expect(cacheBudget({ OPEN_REFERRAL_CACHE_MB: '0' })).toBe(0);
    expect(() => cacheBudget({ OPEN_REFERRAL_CACHE_MB: 'lots' })).toThrow(/OPEN_REFERRAL_CACHE_MB must be a number/);
    expect(() => cacheBudget({ OPEN_REFERRAL_CACHE_MB: '-1' })).toThrow(/OPEN_REFERRAL_CACHE_MB/);
  });
});
