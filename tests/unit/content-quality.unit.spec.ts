import { describe, expect, it } from 'vitest';
import { fleschReadingEase } from '@cms/lib/plainEnglish';
import { SUMMARY_MIN_READING_EASE } from '@cms/lib/plainEnglishReport';
import { councilOffers, readContent } from '@cms/seed/readContent';

/** What a care leaver, a PA or another council would notice if the demo content slipped. */
const content = readContent('content');
const councils = content.councils.map((council) => ({ council, offers: councilOffers(content, council) }));
const demo = content.councils.find((c) => c.slug === 'demo-borough')!;

describe('demo local offers', () => {
  it('Demo Borough has at least 45 offer pages, and every council at least 8 local offers of its own', () => {
    expect(councils.find((c) => c.council === demo)!.offers.length).toBeGreaterThanOrEqual(45);
    for (const { council } of councils) expect(council.offers.length, council.slug).toBeGreaterThanOrEqual(8);
  });

  it('every offer page has an area, eligibility, a last-reviewed date and a source', () => {
    const missing = councils.flatMap(({ offers }) => offers).flatMap((o) => {
      const gaps = [];
      if (!o.area) gaps.push('area');
      if (!o.eligibility || (o.eligibility.ageFrom == null && o.eligibility.ageTo == null && !o.eligibility.notes)) gaps.push('eligibility');
      if (!o.lastReviewed) gaps.push('lastReviewed');
      if (!o.legalBasis?.trim()) gaps.push('legalBasis');
      if (!o.howToGet.length) gaps.push('howToGet');
      if (!o.whoToAsk?.trim()) gaps.push('whoToAsk');
      if (!o.ifRefused?.trim()) gaps.push('ifRefused');
      if (o.amount.type === 'money' && o.amount.value == null) gaps.push('amount.value');
      return gaps.map((g) => `${o.file}: ${g}`);
    });
    expect(missing).toEqual([]);
  });

  it('every council has published offers in every area', () => {
    const empty = councils.flatMap(({ council, offers }) =>
      content.areas.filter((a) => !offers.some((o) => o.area === a.slug && !o.draft)).map((a) => `${council.slug}: ${a.slug}`),
    );
    expect(empty).toEqual([]);
  });

  it('every council gives local details for most entitlements, and its own setting-up-home amount', () => {
    for (const { council, offers } of councils) {
      expect(council.localDetails.length, council.slug).toBeGreaterThan(content.entitlements.length / 2);
      expect(offers.find((o) => o.slug === 'setting-up-home-allowance')?.amount, council.slug).toMatchObject({ type: 'money', period: 'once' });
    }
  });

  it('states the national amounts correctly', () => {
    const bySlug = new Map(content.entitlements.map((o) => [o.slug, o]));
    expect(bySlug.get('setting-up-home-allowance')?.amount).toMatchObject({ nationalMinimum: 3000, nationalBasis: 'recommended' });
    expect(bySlug.get('higher-education-bursary')?.amount).toMatchObject({ type: 'money', value: 2000, nationalBasis: 'set-in-law', period: 'instalments' });
    expect(bySlug.get('care-leaver-apprenticeship-bursary')?.amount).toMatchObject({ type: 'money', value: 3000, period: 'instalments' });
  });
});

describe('practice spotlights', () => {
  // Figures come only from the source: where it gives none, the spotlight shows none rather
  // than a number we made up (Merton's celebrations list occasions "such as", with no figures).
  const noFiguresInSource = new Set(['merton-annual-celebrations']);

  it('has all 15, each with its figures (unless its source gives none), source and a contact that is a role', () => {
    expect(content.spotlights.length).toBe(15);
    for (const s of content.spotlights) {
      // Issue 20: facts about the project (bedrooms, how often it meets, staff) are apart from its outcomes.
      const figures = [...s.outcomes, ...s.facts];
      if (noFiguresInSource.has(s.slug)) expect(figures, `${s.file}: its source gives no figures`).toEqual([]);
      else expect(figures.length, `${s.file} has no figures`).toBeGreaterThan(0);
      expect(s.source.collection, s.file).toBeTruthy();
      // A role and a council, not a person: no email addresses or phone numbers.
      expect(s.contactRole, s.file).not.toMatch(/@|\d{4}/);
      const words = s.summary.split(/\s+/).length;
      expect(words, `${s.file} summary has ${words} words`).toBeLessThanOrEqual(60);
    }
  });

  it('keeps facts about the project apart from what changed (issue 20)', () => {
    // A count of bedrooms, posts or how often a group meets describes the project; it is not an outcome.
    const describesTheProject = /^(bedrooms|posts|teams|units)$|^(weeks|months|hours|days)$/;
    const misfiled = content.spotlights.flatMap((s) =>
      s.outcomes.filter((o) => describesTheProject.test(o.unit) || /^(Youngest|Oldest) age|meets every|held every|^Length of/i.test(o.label)).map((o) => `${s.file}: ${o.label}`),
    );
    expect(misfiled).toEqual([]);
    const sutton = content.spotlights.find((s) => s.slug === 'sutton-kickstart-futures')!;
    expect(sutton.facts.map((f) => f.label)).toContain('Bedrooms in the first property');
    expect(sutton.outcomes.map((o) => o.label)).toContain('Young people who said they feel safe');
  });

  it('gives every spotlight a way to reach the organisation: its web page, email or phone, never a person', () => {
    for (const s of content.spotlights) {
      const contact = s.contact;
      expect(contact?.website ?? contact?.email ?? contact?.phone, `${s.file} has no contact`).toBeTruthy();
      // An organisation's address: no personal email (first.last@), and a web page is the site, not a person's page.
      if (contact?.email) expect(contact.email, s.file).not.toMatch(/^[a-z]+\.[a-z]+@/i);
      if (contact?.website) expect(new URL(contact.website).protocol, s.file).toBe('https:');
    }
  });
});

describe('guide, glossary, pledges and indicators', () => {
  // Issue 20: the guide is national, written once for every council (it was Demo Borough's only).
  it('the national guide has 8 to 12 chapters, each linking to the entitlements it mentions, and every council adds its part', () => {
    expect(content.guideChapters.length).toBeGreaterThanOrEqual(8);
    expect(content.guideChapters.length).toBeLessThanOrEqual(12);
    for (const chapter of content.guideChapters) expect(chapter.relatedEntitlements.length, chapter.file).toBeGreaterThan(0);
    for (const council of content.councils) expect(council.guideLocalParts.length, council.slug).toBeGreaterThanOrEqual(8);
  });

  it('explains at least 35 terms', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(35);
  });

  it('every council has 5 or more pledges, and pledges in every status', () => {
    for (const council of content.councils) {
      expect(council.pledges.length, council.slug).toBeGreaterThanOrEqual(5);
      expect(new Set(council.pledges.map((p) => p.status)), council.slug).toEqual(new Set(['done', 'in-progress', 'not-yet']));
    }
  });

  it('labels every indicator figure with its source, and invented ones as demo', () => {
    for (const indicator of content.councils.flatMap((c) => c.indicators)) {
      const kinds = new Set(indicator.figures.map((f) => f.placeKind));
      expect([...kinds].sort(), indicator.file).toEqual(['council', 'england', 'region', 'statistical-neighbours']);
      for (const f of indicator.figures) {
        expect(f.source).toBeTruthy();
        if (f.placeKind === 'council' && f.place.startsWith('Demo')) expect(f.isDemo).toBe(true);
      }
    }
  });
});

describe('plain English', () => {
  // The same rule as `npm run check:plain-english`, over every summary a council's site shows:
  // the national ones, each council's own, and the guide chapters.
  it('every offer, local detail and chapter summary scores 60 or more on Flesch reading ease', () => {
    const summaries = [
      ...content.entitlements.map((e) => ({ where: e.file, text: e.summary })),
      ...content.councils.flatMap((c) => [
        ...c.offers.map((o) => ({ where: o.file, text: o.summary })),
        ...c.localDetails.filter((d) => d.summary).map((d) => ({ where: d.file, text: d.summary! })),
        ...c.guides.flatMap((g) => g.chapters.map((ch) => ({ where: ch.file, text: ch.summary }))),
      ]),
      ...content.guideChapters.map((ch) => ({ where: ch.file, text: ch.summary })),
    ];
    const failing = summaries
      .map((s) => ({ ...s, score: Math.round(fleschReadingEase(s.text) * 10) / 10 }))
      .filter((s) => s.score < SUMMARY_MIN_READING_EASE);
    expect(failing.map((s) => `${s.where}: ${s.score}`)).toEqual([]);
  });
});
