/**
 * The per-build index (`@site/lib/siteIndex`) gives exactly what the per-page scans of
 * `@site/lib/offers` gave, for every offer of a generated site; and a glossary is compiled
 * once, however many pages link its terms.
 */
import { describe, expect, it } from 'vitest';
import { JargonLinker } from '@site/lib/jargon';
import { chaptersMentioning, ifThingsGoWrongChapter, relatedOffers } from '@site/lib/offers';
import { SiteIndex } from '@site/lib/siteIndex';
import { areaSchema, glossarySchema, guideSchema, offerSchema, pledgeSchema, type Offer } from '@site/loaders/schemas';
import { seededRandom } from '../../bench/synthetic';
import { PLATFORM_NAMESPACE, uuidFrom } from '@content/model/uuid';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const body = { root: { type: 'root' as const, children: [] } };
const CIRCUMSTANCES = ['parent', 'disabled', 'came-alone', 'in-custody'] as const;

/** A site of `n` offers with random areas, kinds, circumstances and some equal titles. */
function site(n: number, seed = 7) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const areas = ['money', 'housing', 'health'].map((slug, i) => areaSchema.parse({ slug, uuid: uuidFrom(PLATFORM_NAMESPACE, `test area ${slug}`), title: slug, summary: 'An area.', statutory: true, order: i }));
  const offers: Offer[] = [];
  for (let i = 0; i < n; i += 1) {
    const circumstances = CIRCUMSTANCES.filter(() => random() < 0.3);
    offers.push(
      offerSchema.parse({
        slug: `offer-${i}`,
        uuid: uuidFrom(PLATFORM_NAMESPACE, `test offer ${i}`),
        // Some titles repeat, some differ only in case: the tie-breaks are exercised.
        title: pick(['Bus pass', 'bus pass', 'Grant', 'Ärztliche Hilfe', 'Zebra', `Offer ${i}`, `Offer ${i % 7}`]),
        summary: 'A test offer.',
        body,
        area: pick([...areas.map((a) => a.slug), 'unpublished-area']),
        kind: pick(['local', 'national']),
        eligibility: { ageFrom: 16, ageTo: 25, careStatus: [], circumstances },
        amount: { type: 'free' },
        howToGet: ['Ask your PA.'],
        whoToAsk: 'Your PA.',
        ifRefused: 'Complain.',
        legalBasis: 'Test',
        lastReviewed: '2026-01-01',
        updatedAt: '2026-01-01',
      }),
    );
  }
  // A to Z as getOffers() sorts them.
  const byText = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  offers.sort((a, b) => byText.compare(a.title, b.title));
  const guides = ['b-guide', 'a-guide'].map((slug) =>
    guideSchema.parse({
      slug,
      title: slug,
      summary: 'A guide.',
      chapters: [
        { slug: 'one', title: 'One', summary: 'One.', body, relatedOffers: ['offer-1', 'offer-2', 'offer-1'] },
        { slug: 'if-things-go-wrong', title: 'If things go wrong', summary: 'Help.', body, relatedOffers: ['offer-2', 'missing'] },
      ],
      updatedAt: '2026-01-01',
    }),
  );
  const pledges = ['money', null, 'housing', 'money'].map((area, i) =>
    pledgeSchema.parse({ slug: `pledge-${i}`, youSaid: 'We asked.', weDid: 'They did.', status: 'done', askedAt: 'A forum', area, askedOn: `2026-0${i + 1}-01` }),
  );
  return { areas, offers, guides, pledges };
}

describe('site index', () => {
  it('gives every offer the related offers relatedOffers() gives, in the same order', () => {
    const data = site(400);
    const index = new SiteIndex(data);
    for (const offer of data.offers) {
      expect(index.relatedOffers(offer).map((o) => o.slug)).toEqual(relatedOffers(offer, data.offers).map((o) => o.slug));
      expect(index.relatedOffers(offer, 7).map((o) => o.slug)).toEqual(relatedOffers(offer, data.offers, 7).map((o) => o.slug));
    }
  });

  it('finds chapters, the complaints chapter, offers and areas by slug, and offers and pledges by area', () => {
    const data = site(50);
    const index = new SiteIndex(data);
    for (const offer of [...data.offers, { slug: 'missing' } as Offer]) {
      expect(index.chaptersMentioning(offer)).toEqual(chaptersMentioning(offer, data.guides));
    }
    expect(index.chaptersMentioning({ slug: 'offer-1' }).map((c) => c.href)).toEqual(['/guides/b-guide/one/', '/guides/a-guide/one/']);
    expect(index.ifThingsGoWrong).toEqual(ifThingsGoWrongChapter(data.guides));
    expect(index.offer('offer-3')).toBe(data.offers.find((o) => o.slug === 'offer-3'));
    expect(index.offer('nope')).toBeUndefined();
    expect(index.area('housing')).toBe(data.areas[1]);
    expect(index.offersBySlug(['offer-2', 'nope', 'offer-1']).map((o) => o.slug)).toEqual(['offer-2', 'offer-1']);
    for (const area of [...data.areas.map((a) => a.slug), 'unpublished-area', 'none']) {
      expect(index.offersIn(area)).toEqual(data.offers.filter((o) => o.area === area));
      expect(index.pledgesIn(area)).toEqual(data.pledges.filter((p) => p.area === area));
    }
  });

  it('looks at a few offers per kind of offer for related offers, not every offer in the area', () => {
    // 3,000 offers in one area: still a handful of buckets, so a lookup is quick.
    const data = site(3000, 11);
    const index = new SiteIndex(data);
    const started = performance.now();
    for (const offer of data.offers) index.relatedOffers(offer);
    const perOffer = (performance.now() - started) / data.offers.length;
    expect(perOffer).toBeLessThan(1); // ms; the per-page scan took tens of ms at this size
  });
});

describe('jargon dictionary', () => {
  const glossary = [
    glossarySchema.parse({ slug: 'personal-adviser', term: 'Personal Adviser', meaning: 'Your worker.', aliases: ['PA'] }),
    glossarySchema.parse({ slug: 'pathway-plan', term: 'Pathway plan', meaning: 'Your plan.' }),
  ];

  it('is compiled once per glossary: pages share it and still link first uses on their own', () => {
    const first = new JargonLinker(glossary, { i18n });
    const second = new JargonLinker(glossary, { i18n });
    expect(first.text('Ask your PA about your pathway plan. Your PA helps.')).toBe(second.text('Ask your PA about your pathway plan. Your PA helps.'));
    expect(first.used.map((t) => t.slug)).toEqual(['personal-adviser', 'pathway-plan']);
    // A third page starts afresh: its first use is linked again.
    const third = new JargonLinker(glossary, { i18n });
    expect(third.text('Your PA.')).toContain('class="jargon"');
  });

  it('keeps exclusions apart', () => {
    const all = new JargonLinker(glossary, { i18n });
    const withoutPa = new JargonLinker(glossary, { i18n, exclude: ['personal-adviser'] });
    expect(all.text('Your PA.')).toContain('class="jargon"');
    expect(withoutPa.text('Your PA.')).not.toContain('class="jargon"');
    expect(new JargonLinker(glossary, { i18n }).text('Your PA.')).toContain('class="jargon"');
  });
});
