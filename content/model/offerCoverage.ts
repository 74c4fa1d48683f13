/**
 * "Is our offer complete?" (issue 22, part 6): what the law and the statutory guidance expect
 * a local offer to cover, written once, and what one council's published offer pages cover of
 * it. The admin's dashboard (`cms/components/OfferCoverage.tsx`) and each council's public
 * `/about/` page (`site/components/OfferCoverage`) show the same summary, made here from the
 * council's offer pages (its local offers and the national entitlements with its local details).
 *
 * The expected list comes from `../shared/FACTS.md`: the six areas of the Children and Social
 * Work Act 2017, section 2 (DfE "Local offer guidance", February 2018), and the help the law
 * and guidance name. Whatever FACTS.md marks ⚠ is `confirmed: false` here, and the pages say
 * it is not confirmed (or not yet in force). No imports but the vocabularies: the site reads it.
 */
import type { COMPARISON_ITEM, ValueOf } from './vocabularies';

/** An area the law says a local offer must cover. `confirmed: false`: ⚠ in FACTS.md (not yet in force, or its start not confirmed). */
export type ExpectedArea = { readonly area: string; readonly title: string; readonly basis: string; readonly confirmed: boolean };

/**
 * Help the law or guidance names. A council's offer covers it with a page whose slug is one of
 * `slugs`, or one marked "compare as" `compareAs`. `money`: the page should give an amount.
 * `required: false`: named, but up to each council (discretionary).
 */
export type ExpectedItem = {
  readonly key: string;
  readonly title: string;
  readonly area: string;
  readonly basis: string;
  readonly confirmed: boolean;
  readonly required: boolean;
  readonly money: boolean;
  readonly slugs: readonly string[];
  readonly compareAs?: ValueOf<typeof COMPARISON_ITEM>;
};

const ACT_2017 = 'Children and Social Work Act 2017, section 2';
const ACT_2026 = 'Children’s Wellbeing and Schools Act 2026, section 8 (start date not confirmed)';

/** The six areas of section 2, then the one the 2026 Act adds (⚠ commencement). */
export const EXPECTED_AREAS: readonly ExpectedArea[] = [
  { area: 'health-and-wellbeing', title: 'Health and wellbeing', basis: ACT_2017, confirmed: true },
  { area: 'relationships', title: 'Relationships', basis: ACT_2017, confirmed: true },
  { area: 'education-and-training', title: 'Education and training', basis: ACT_2017, confirmed: true },
  { area: 'employment', title: 'Employment', basis: ACT_2017, confirmed: true },
  { area: 'accommodation', title: 'Accommodation', basis: ACT_2017, confirmed: true },
  { area: 'participation-in-society', title: 'Participation in society', basis: ACT_2017, confirmed: true },
  { area: 'financial-literacy', title: 'Financial literacy', basis: ACT_2026, confirmed: false },
];

/** The help the law and national guidance name (FACTS.md), in the order of the areas. */
export const EXPECTED_ITEMS: readonly ExpectedItem[] = [
  {
    key: 'personal-adviser',
    title: 'A Personal Adviser up to 25',
    area: 'relationships',
    basis: 'Children and Social Work Act 2017, section 3',
    confirmed: true,
    required: true,
    money: false,
    slugs: ['personal-adviser'],
  },
  {
    key: 'pathway-plan',
    title: 'A needs assessment and a pathway plan, kept under review',
    area: 'relationships',
    basis: 'Children Act 1989 (gov.uk "Leaving foster or local authority care")',
    confirmed: true,
    required: true,
    money: false,
    slugs: ['pathway-plan'],
  },
  {
    key: 'higher-education-bursary',
    title: 'The £2,000 higher education bursary',
    area: 'education-and-training',
    basis: 'Children Act 1989 (Higher Education Bursary) (England) Regulations 2009',
    confirmed: true,
    required: true,
    money: true,
    slugs: ['higher-education-bursary'],
  },
  {
    key: 'apprenticeship-bursary',
    title: 'The £3,000 care leaver apprenticeship bursary',
    area: 'employment',
    basis: 'gov.uk "Apprenticeships: bursary for care leavers" (from 1 August 2023)',
    confirmed: true,
    required: true,
    money: true,
    slugs: ['care-leaver-apprenticeship-bursary'],
  },
  {
    key: 'staying-put',
    title: 'Staying Put with former foster carers up to 21',
    area: 'accommodation',
    basis: 'Children Act 1989 (Staying Put)',
    confirmed: true,
    required: true,
    money: false,
    slugs: ['staying-put'],
  },
  {
    key: 'setting-up-home',
    title: 'A setting-up-home allowance (£3,000 recommended from April 2023)',
    area: 'accommodation',
    basis: 'National guidance (a recommended minimum, not law)',
    confirmed: true,
    required: true,
    money: true,
    slugs: ['setting-up-home-allowance'],
    compareAs: 'setting-up-home',
  },
  {
    key: 'homelessness',
    title: 'Help to prevent homelessness, with housing authorities',
    area: 'accommodation',
    basis: `${ACT_2026}: the council’s arrangements for the move to adulthood`,
    confirmed: false,
    required: true,
    money: false,
    slugs: ['homelessness-help'],
  },
  {
    key: 'leaving-custody',
    title: 'Support when leaving custody',
    area: 'relationships',
    basis: `${ACT_2026}: the council’s arrangements for the move to adulthood`,
    confirmed: false,
    required: true,
    money: false,
    slugs: ['support-in-custody'],
  },
  {
    key: 'staying-close',
    title: 'Staying Close up to 25',
    area: 'accommodation',
    basis: 'Children’s Wellbeing and Schools Act 2026, section 7 (not yet in force)',
    confirmed: false,
    required: true,
    money: false,
    slugs: ['staying-close'],
  },
  {
    key: 'health-charges',
    title: 'Free prescriptions, dental and eye care up to 25',
    area: 'health-and-wellbeing',
    basis: 'Announced by the Department of Health and Social Care, 23 December 2025 (how and from when not confirmed)',
    confirmed: false,
    required: true,
    money: false,
    slugs: ['health-charges'],
  },
  {
    key: 'council-tax',
    title: 'Council tax exemption or discount',
    area: 'accommodation',
    basis: 'Local and discretionary: each council decides',
    confirmed: true,
    required: false,
    money: false,
    slugs: [],
    compareAs: 'council-tax',
  },
];

/** What the summary reads of an offer page (the snapshot's `Offer` and the content files' pages both fit). */
export type CoverageOffer = {
  slug: string;
  title: string;
  area: string;
  kind: 'national' | 'local';
  amount: { type: 'money' | 'free' | 'none'; value?: number | null };
  whoToAsk: string;
  howToGet: readonly string[];
  compareAs?: string | null;
};

/** A page named in the summary. */
export type CoveragePage = { slug: string; title: string };

export type AreaCoverage = ExpectedArea & {
  /** The council's own offers in the area. */
  local: CoveragePage[];
  /** National entitlements in the area (on every council's site). */
  national: CoveragePage[];
  /** `local`: some of its own; `national-only`: only what the law gives everyone; `missing`: nothing. */
  status: 'local' | 'national-only' | 'missing';
};

export type ItemCoverage = ExpectedItem & {
  /** The council's pages that cover it (empty: missing). */
  pages: CoveragePage[];
  /** Covered, but a money item gives no amount on any of its pages. */
  noAmount: boolean;
};

export type OfferCoverage = {
  areas: AreaCoverage[];
  items: ItemCoverage[];
  /** Areas with no page at all, and required items with no page. */
  missing: { areas: string[]; items: string[] };
  /** Pages about money that give no figure. */
  noAmount: CoveragePage[];
  /** Pages that give no phone number, email address or web address to ask. */
  noContact: CoveragePage[];
};

const PHONE = /(?:\+44\s?|0)\d(?:[\s-]?\d){8,9}/;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const WEB = /https?:\/\/|www\./i;

/** Whether a page gives a phone number, an email address or a web address in "Who to ask" or "How to get it". */
export function givesContact(offer: Pick<CoverageOffer, 'whoToAsk' | 'howToGet'>): boolean {
  return [offer.whoToAsk, ...offer.howToGet].some((text) => PHONE.test(text) || EMAIL.test(text) || WEB.test(text));
}

/** A page about money that gives no figure. */
export const hasNoAmount = (offer: Pick<CoverageOffer, 'amount'>) => offer.amount.type === 'money' && offer.amount.value == null;

const page = (o: CoverageOffer): CoveragePage => ({ slug: o.slug, title: o.title });
const byTitle = (a: CoveragePage, b: CoveragePage) => a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);

/**
 * What a council's published offer pages cover of what a local offer is expected to cover.
 * `offers`: every offer page its site shows (published only), local and national.
 */
export function offerCoverage(offers: readonly CoverageOffer[]): OfferCoverage {
  const areas = EXPECTED_AREAS.map((expected): AreaCoverage => {
    const inArea = offers.filter((o) => o.area === expected.area);
    const local = inArea.filter((o) => o.kind === 'local').map(page).sort(byTitle);
    const national = inArea.filter((o) => o.kind === 'national').map(page).sort(byTitle);
    return { ...expected, local, national, status: local.length ? 'local' : national.length ? 'national-only' : 'missing' };
  });
  const items = EXPECTED_ITEMS.map((expected): ItemCoverage => {
    const matching = offers.filter((o) => expected.slugs.includes(o.slug) || (expected.compareAs != null && o.compareAs === expected.compareAs));
    const noAmount = expected.money && matching.length > 0 && !matching.some((o) => o.amount.type === 'money' && o.amount.value != null);
    return { ...expected, pages: matching.map(page).sort(byTitle), noAmount };
  });
  return {
    areas,
    items,
    missing: {
      areas: areas.filter((a) => a.status === 'missing').map((a) => a.area),
      items: items.filter((i) => i.required && i.pages.length === 0).map((i) => i.key),
    },
    noAmount: offers.filter(hasNoAmount).map(page).sort(byTitle),
    noContact: offers.filter((o) => !givesContact(o)).map(page).sort(byTitle),
  };
}
