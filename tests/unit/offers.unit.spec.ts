import { describe, expect, it } from 'vitest';
import { ageBandLabels, audienceLabels, chaptersMentioning, ifThingsGoWrongChapter, relatedOffers } from '@site/lib/offers';
import { countByStatus } from '@site/lib/pledges';
import { withContent } from '@site/lib/sections';
import { COMPLAINTS_CHAPTER, NATIONAL_GUIDE } from '@content/model/guides';
import { offerSchema, guideSchema, type Offer, type Pledge } from '@site/loaders/schemas';
import { PLATFORM_NAMESPACE, uuidFrom } from '@content/model/uuid';
import { english } from '@site/i18n';

/** The English site's language: what these tests read. */
const i18n = english();

const body = { root: { type: 'root' as const, children: [] } };
const offer = (slug: string, area: string, extra: Partial<Offer> = {}): Offer =>
  offerSchema.parse({
    slug,
    uuid: uuidFrom(PLATFORM_NAMESPACE, `test offer ${slug}`),
    title: slug.replace(/-/g, ' '),
    summary: 'A test offer.',
    body,
    area,
    kind: 'local',
    eligibility: { ageFrom: 16, ageTo: 25 },
    amount: { type: 'free' },
    howToGet: ['Ask your PA.'],
    whoToAsk: 'Your PA.',
    ifRefused: 'Complain.',
    legalBasis: 'Test',
    lastReviewed: '2026-01-01',
    updatedAt: '2026-01-01',
    ...extra,
  });

const guide = guideSchema.parse({
  slug: 'rights',
  title: 'Your rights',
  summary: 'A guide.',
  chapters: [
    { slug: 'money', title: 'Money', summary: 'Money.', body, relatedOffers: ['grant', 'parents'] },
    { slug: 'if-things-go-wrong', title: 'If things go wrong: complaints and advocacy', summary: 'Help.', body, relatedOffers: ['advocacy'] },
    { slug: 'parents', title: 'If you are a parent', summary: 'Parents.', body, relatedOffers: ['parents'] },
  ],
  updatedAt: '2026-01-01',
});

describe('offer pages', () => {
  it('lists the guide chapters that mention an offer, in guide order', () => {
    expect(chaptersMentioning({ slug: 'parents' }, [guide]).map((c) => c.href)).toEqual([
      '/guides/rights/money/',
      '/guides/rights/parents/',
    ]);
    expect(chaptersMentioning({ slug: 'nothing' }, [guide])).toEqual([]);
  });

  it('finds the complaints and advocacy chapter', () => {
    expect(ifThingsGoWrongChapter([guide])?.href).toBe('/guides/rights/if-things-go-wrong/');
    expect(ifThingsGoWrongChapter([{ ...guide, chapters: guide.chapters.filter((c) => c.slug === 'money') }])).toBeUndefined();
  });

  it('sends a refusal to the national "How to complain" chapter first, wherever it is in the guides (issue 20)', () => {
    const national = guideSchema.parse({
      slug: NATIONAL_GUIDE.slug,
      title: NATIONAL_GUIDE.title,
      summary: NATIONAL_GUIDE.summary,
      chapters: [{ slug: COMPLAINTS_CHAPTER, title: 'How to complain', summary: 'Stages, advocacy and the Ombudsman.', body, national: true }],
      updatedAt: '2026-01-01',
    });
    expect(ifThingsGoWrongChapter([guide, national])).toEqual({ href: '/guides/rights-and-entitlements/how-to-complain/', title: 'How to complain', guide: 'Your rights and entitlements' });
  });

  it('links to a section only when its page has something to show (issue 20)', () => {
    const links = [{ label: 'Checker' }, { label: 'Guides', section: 'guides' as const }, { label: 'How we are doing', section: 'howWereDoing' as const }];
    const has = { guides: true, pledges: true, howWereDoing: false, spotlights: true };
    expect(withContent(links, has).map((l) => l.label)).toEqual(['Checker', 'Guides']);
    expect(withContent(links, { ...has, guides: false }).map((l) => l.label)).toEqual(['Checker']);
  });

  it('offers a few others from the same area, like ones first, never itself', () => {
    const parents = offer('parents', 'money', { eligibility: { ageFrom: 16, ageTo: 25, careStatus: [], circumstances: ['parent'] } });
    const all = [
      parents,
      offer('grant', 'money'),
      offer('nursery', 'money', { eligibility: { ageFrom: 16, ageTo: 25, careStatus: [], circumstances: ['parent'] } }),
      offer('bus', 'travel'),
      offer('bank', 'money'),
      offer('bills', 'money'),
      offer('birthday', 'money'),
    ];
    const related = relatedOffers(parents, all).map((o) => o.slug);
    expect(related).toHaveLength(4);
    expect(related[0]).toBe('nursery');
    expect(related).not.toContain('parents');
    expect(related).not.toContain('bus');
  });

  it('tags offers for search by who they are for and the age bands they touch', () => {
    const council = 'Demo Borough Council';
    expect(audienceLabels(i18n, offer('a', 'x'), council)).toEqual(['Open to every care leaver']);
    const parents = offer('b', 'x', { eligibility: { ageFrom: 18, ageTo: 21, careStatus: [], circumstances: ['parent', 'came-alone'] } });
    expect(audienceLabels(i18n, parents, council)).toEqual(['Came to the UK alone', 'Young parents']);
    expect(ageBandLabels(i18n, parents)).toEqual(['18 to 20', '21 to 25']);
    expect(ageBandLabels(i18n, offer('c', 'x', { eligibility: { careStatus: [], circumstances: [] } }))).toEqual(['16 and 17', '18 to 20', '21 to 25', 'Over 25']);
  });
});

describe('you said, we did', () => {
  it('counts pledges by status', () => {
    const pledge = (status: Pledge['status']) => ({ status }) as Pledge;
    expect(countByStatus([pledge('done'), pledge('done'), pledge('not-yet')])).toEqual({ done: 2, 'in-progress': 0, 'not-yet': 1 });
  });
});
