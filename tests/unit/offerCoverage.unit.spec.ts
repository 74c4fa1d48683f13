/**
 * "Is our offer complete?" (issue 22, part 6): each demo council's summary, made from its offer
 * pages as the content files give them (`councilOffers`, what the seed imports and the site
 * shows), checked against the files themselves: the council's own offers by area, the national
 * entitlements, the help the guidance names, and the pages with no amount or no contact.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { councilOffers, readContent } from '@cms/seed/readContent';
import { CONTACT_ROUTES, contactRoutes, EXPECTED_AREAS, EXPECTED_ITEMS, givesContact, offerCoverage, servicePlaces } from '@content/model/offerCoverage';

const content = readContent('content');
const council = (slug: string) => content.councils.find((c) => c.slug === slug)!;
const published = (slug: string) => councilOffers(content, council(slug)).filter((o) => !o.draft);
const service = (slug: string) => council(slug).authority;
const summary = (slug: string) => offerCoverage(published(slug), service(slug));
const slugs = (pages: { slug: string }[]) => pages.map((p) => p.slug).sort();

describe('is our offer complete?', () => {
  it('expects the six areas of section 2, and financial literacy marked as not confirmed', () => {
    expect(EXPECTED_AREAS.map((a) => a.area)).toEqual([
      'health-and-wellbeing',
      'relationships',
      'education-and-training',
      'employment',
      'accommodation',
      'participation-in-society',
      'financial-literacy',
    ]);
    expect(EXPECTED_AREAS.filter((a) => !a.confirmed).map((a) => a.area)).toEqual(['financial-literacy']);
    // What FACTS.md marks ⚠ is not confirmed here either.
    expect(EXPECTED_ITEMS.filter((i) => !i.confirmed).map((i) => i.key).sort()).toEqual(['health-charges', 'homelessness', 'leaving-custody', 'staying-close']);
    // Every expected area is an area of the content, and every named entitlement exists.
    const areas = new Set(content.areas.map((a) => a.slug));
    for (const a of EXPECTED_AREAS) expect(areas.has(a.area), a.area).toBe(true);
    const entitlements = new Set(content.entitlements.map((e) => e.slug));
    for (const item of EXPECTED_ITEMS) for (const slug of item.slugs) expect(entitlements.has(slug), `${item.key}: ${slug}`).toBe(true);
  });

  for (const slug of ['demo-borough', 'northdale', 'riverford']) {
    it(`${slug}: each area lists exactly the council's own published offers and the national entitlements in it`, () => {
      const { areas } = summary(slug);
      for (const area of areas) {
        const own = council(slug).offers.filter((o) => !o.draft && o.area === area.area).map((o) => o.slug).sort();
        const national = content.entitlements.filter((e) => !e.draft && e.area === area.area).map((e) => e.slug).sort();
        expect(slugs(area.local), `${slug} ${area.area}`).toEqual(own);
        expect(slugs(area.national), `${slug} ${area.area}`).toEqual(national);
      }
    });

    it(`${slug}: the help the guidance names is matched to its pages, and pages with no amount or no contact are named`, () => {
      const pages = published(slug);
      const result = summary(slug);
      for (const item of result.items) {
        const expected = pages.filter((o) => item.slugs.includes(o.slug) || (item.compareAs && o.compareAs === item.compareAs)).map((o) => o.slug).sort();
        expect(slugs(item.pages), `${slug} ${item.key}`).toEqual(expected);
      }
      expect(slugs(result.noAmount)).toEqual(pages.filter((o) => o.amount.type === 'money' && o.amount.value == null).map((o) => o.slug).sort());
      expect(slugs(result.noContact)).toEqual(pages.filter((o) => !givesContact(o, service(slug))).map((o) => o.slug).sort());
    });
  }

  it('Demo Borough has offers of its own in every area; Northdale none in education, Riverford none for somewhere to live', () => {
    const status = (slug: string) => Object.fromEntries(summary(slug).areas.map((a) => [a.area, a.status]));
    expect(Object.values(status('demo-borough')).every((s) => s === 'local')).toBe(true);
    expect(status('northdale')).toMatchObject({ 'education-and-training': 'national-only', accommodation: 'local', 'financial-literacy': 'local' });
    expect(Object.entries(status('northdale')).filter(([, s]) => s !== 'local')).toEqual([['education-and-training', 'national-only']]);
    expect(Object.entries(status('riverford')).filter(([, s]) => s !== 'local')).toEqual([['accommodation', 'national-only']]);
    for (const slug of ['demo-borough', 'northdale', 'riverford']) expect(summary(slug).missing, slug).toEqual({ areas: [], items: [] });
  });

  it('council tax help is found by "compare as", a draft offer is left out, and a setting-up-home amount counts', () => {
    expect(slugs(summary('northdale').items.find((i) => i.key === 'council-tax')!.pages)).toEqual(['council-tax-support']);
    const demo = summary('demo-borough');
    expect(demo.areas.flatMap((a) => slugs(a.local))).not.toContain('wellbeing-break-grant');
    expect(demo.items.find((i) => i.key === 'setting-up-home')).toMatchObject({ noAmount: false });
    // Demo Borough's PA page gives the duty worker's number; "Your Personal Adviser." alone gives none.
    expect(slugs(demo.noContact)).not.toContain('personal-adviser');
    expect(slugs(demo.noContact)).toContain('pathway-plan');
  });

  it('"no contact" counts every way to get in touch the model has: call or text a number, a text short code, email, web, a place to go', () => {
    expect(CONTACT_ROUTES).toEqual(['phone', 'text', 'email', 'web', 'visit']);
    const ask = (whoToAsk: string, ...howToGet: string[]) => contactRoutes({ whoToAsk, howToGet: howToGet.length ? howToGet : ['Ask.'] }, { address: 'Leaving Care Team, The Base, 12 Quay Street, Riverford RF1 2QS' });
    expect(ask('Call 0800 123 4567.')).toEqual(['phone']);
    expect(ask('The test team on (020) 7946 0123.')).toEqual(['phone']);
    expect(ask('Your PA.', 'Call +44 (0)20 7946 0125.')).toEqual(['phone']);
    expect(ask('Text SHOUT to 85258, any time.')).toEqual(['text']);
    expect(ask('Email team@riverford.example.')).toEqual(['email']);
    expect(ask('Apply at www.gov.uk/apply.')).toEqual(['web']);
    expect(ask('Your PA.', 'Drop in to The Base on a Wednesday afternoon.')).toEqual(['visit']);
    expect(ask('Go to the advice centre, 4 Mill Lane, Riverford RF2 3AB.')).toEqual(['visit']);
    expect(ask('Your Personal Adviser.', 'Tell your PA.')).toEqual([]);
    // The council's name and the street number line are not places to go.
    expect(servicePlaces('Care Leavers Service, Northdale County Council, County Hall, Castle Road, Northdale Town ND1 1CH')).toEqual(['Care Leavers Service', 'County Hall', 'Castle Road']);
  });

  it('Riverford pages that send readers to The Base (its address) give a contact; before, only phone, email and web counted', () => {
    const riverford = summary('riverford');
    // "Drop in to The Base on a Wednesday afternoon", "the front desk at The Base", "Pick up a data SIM at The Base".
    for (const slug of ['wellbeing-drop-in', 'city-bus-pass', 'home-broadband', 'money-coaching', 'riverford-voices']) expect(slugs(riverford.noContact), slug).not.toContain(slug);
    expect(slugs(riverford.noContact)).toContain('pathway-plan');
    // Every page the summary names as having no contact gives none of the ways, read from the files.
    for (const slug of ['demo-borough', 'northdale', 'riverford']) {
      const pages = published(slug);
      for (const p of summary(slug).noContact) expect(contactRoutes(pages.find((o) => o.slug === p.slug)!, service(slug)), `${slug} ${p.slug}`).toEqual([]);
    }
  });

  it('with nothing published, every area and every required item is missing', () => {
    const empty = offerCoverage([]);
    expect(empty.missing.areas).toHaveLength(EXPECTED_AREAS.length);
    expect(empty.missing.items).toEqual(EXPECTED_ITEMS.filter((i) => i.required).map((i) => i.key));
    const money = offerCoverage([{ slug: 'x', title: 'X', area: 'accommodation', kind: 'local', amount: { type: 'money' }, whoToAsk: 'Call 020 7946 0100.', howToGet: ['Ask.'], compareAs: 'setting-up-home' }]);
    expect(money.items.find((i) => i.key === 'setting-up-home')).toMatchObject({ noAmount: true });
    expect(slugs(money.noAmount)).toEqual(['x']);
    expect(money.noContact).toEqual([]);
  });

  it('the site words every area and item, in every language', () => {
    for (const lang of ['en', 'ar', 'prs', 'ti']) {
      const messages = JSON.parse(readFileSync(`site/i18n/${lang}.json`, 'utf8')) as { coverage: { areas: Record<string, string>; items: Record<string, string> } };
      expect(Object.keys(messages.coverage.areas).sort(), lang).toEqual(EXPECTED_AREAS.map((a) => a.area).sort());
      expect(Object.keys(messages.coverage.items).sort(), lang).toEqual(EXPECTED_ITEMS.map((i) => i.key).sort());
    }
  });
});
