import { describe, expect, it } from 'vitest';
import { plainEnglishReport } from '@cms/lib/plainEnglishReport';
import { readContent } from '@cms/seed/readContent';

/** What a care leaver, a PA or another council would notice if the demo content slipped. */
const content = readContent('content');

describe('demo local offer', () => {
  it('has at least 45 offers, each with an area, eligibility, a last-reviewed date and a source', () => {
    expect(content.offers.length).toBeGreaterThanOrEqual(45);
    const missing = content.offers.flatMap((o) => {
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

  it('has published offers in every area', () => {
    const empty = content.areas.filter((a) => !content.offers.some((o) => o.area === a.slug && !o.draft)).map((a) => a.slug);
    expect(empty).toEqual([]);
  });

  it('states the national amounts correctly', () => {
    const bySlug = new Map(content.offers.map((o) => [o.slug, o]));
    expect(bySlug.get('setting-up-home-allowance')?.amount).toMatchObject({ type: 'money', nationalMinimum: 3000, nationalBasis: 'recommended' });
    expect(bySlug.get('higher-education-bursary')?.amount).toMatchObject({ type: 'money', value: 2000, nationalBasis: 'set-in-law', period: 'instalments' });
    expect(bySlug.get('care-leaver-apprenticeship-bursary')?.amount).toMatchObject({ type: 'money', value: 3000, period: 'instalments' });
  });
});

describe('practice spotlights', () => {
  // Figures come only from the source: where it gives none, the spotlight shows none rather
  // than a number we made up (Merton's celebrations list occasions "such as", with no figures).
  const noFiguresInSource = new Set(['merton-annual-celebrations']);

  it('has all 15, each with its outcomes (unless its source gives no figures), source and a contact that is a role', () => {
    expect(content.spotlights.length).toBe(15);
    for (const s of content.spotlights) {
      if (noFiguresInSource.has(s.slug)) expect(s.outcomes, `${s.file}: its source gives no figures`).toEqual([]);
      else expect(s.outcomes.length, `${s.file} has no outcomes`).toBeGreaterThan(0);
      expect(s.source.collection, s.file).toBeTruthy();
      // A role and a council, not a person: no email addresses or phone numbers.
      expect(s.contactRole, s.file).not.toMatch(/@|\d{4}/);
      const words = s.summary.split(/\s+/).length;
      expect(words, `${s.file} summary has ${words} words`).toBeLessThanOrEqual(60);
    }
  });
});

describe('guide, glossary, pledges and indicators', () => {
  it('has a guide of 8 to 12 chapters, each linking to the offers it mentions', () => {
    const guide = content.guides[0]!;
    expect(guide.chapters.length).toBeGreaterThanOrEqual(8);
    expect(guide.chapters.length).toBeLessThanOrEqual(12);
    for (const chapter of guide.chapters) expect(chapter.relatedOffers.length, chapter.file).toBeGreaterThan(0);
  });

  it('explains at least 35 terms', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(35);
  });

  it('has pledges in every status', () => {
    expect(new Set(content.pledges.map((p) => p.status))).toEqual(new Set(['done', 'in-progress', 'not-yet']));
  });

  it('labels every indicator figure with its source, and invented ones as demo', () => {
    for (const indicator of content.indicators) {
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
  it('every offer and chapter summary scores 60 or more on Flesch reading ease', () => {
    const failing = plainEnglishReport(content).filter((r) => r.fails);
    expect(failing.map((r) => `${r.where} (${r.field}): ${r.score}`)).toEqual([]);
  });
});
