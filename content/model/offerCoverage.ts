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
  /** Pages that give no way to get in touch: no phone number (to call or text), text short code, email address, web address or place to go (`CONTACT_ROUTES`). */
  noContact: CoveragePage[];
};

/** The council's service as the site and dashboard know it: its address (`Contact.address`), for the places a reader can go. */
export type CoverageService = { address?: string | null };

/** A UK phone number, as people write them: `0800 123 4567`, `+44 (0)20 7946 0125`, `(020) 7946 0123` (tested with brackets taken out). */
const PHONE = /(?:\+44\s?|0)\d(?:[\s-]?\d){8,9}/;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const WEB = /https?:\/\/|www\./i;
/** A text (SMS) short code: "text SHOUT to 85258", "text 'HELP' to 60000". A mobile number to text is a phone number. */
const TEXT_CODE = /\btext\b[^.]{0,40}?\bto\s+\d{5,6}\b/i;
/** A UK postcode: an address to visit or write to. */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/**
 * The named places in the service's address a reader can go to ("The Base", "Civic Centre",
 * "County Hall"): its comma-separated parts without a number (not the street number and
 * postcode line), the council's own name left out (it names the council, not a door).
 */
export function servicePlaces(address: string | null | undefined): string[] {
  return (address ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && !/\d/.test(part) && !/\bcouncil\b/i.test(part));
}

/**
 * Every way to get in touch the content model has, as a page writes it in "Who to ask" or "How
 * to get it" (`offerSchema` has no contact fields of its own; the council's `Contact` has phone,
 * email, address and its out-of-hours phone): call or text a number, text a short code, email,
 * a web address, or a place to go (a postcode, or a place named in the service's address).
 */
export const CONTACT_ROUTES = ['phone', 'text', 'email', 'web', 'visit'] as const;
export type ContactRoute = (typeof CONTACT_ROUTES)[number];

/** The ways to get in touch a page gives (empty: none). */
export function contactRoutes(offer: Pick<CoverageOffer, 'whoToAsk' | 'howToGet'>, service: CoverageService = {}): ContactRoute[] {
  const texts = [offer.whoToAsk, ...offer.howToGet];
  const places = servicePlaces(service.address).map((place) => place.toLocaleLowerCase());
  const found: Record<ContactRoute, boolean> = {
    phone: texts.some((t) => PHONE.test(t.replace(/[()]/g, ''))),
    text: texts.some((t) => TEXT_CODE.test(t)),
    email: texts.some((t) => EMAIL.test(t)),
    web: texts.some((t) => WEB.test(t)),
    visit: texts.some((t) => POSTCODE.test(t) || places.some((place) => t.toLocaleLowerCase().includes(place))),
  };
  return CONTACT_ROUTES.filter((route) => found[route]);
}

/** Whether a page gives any way to get in touch (`contactRoutes`). */
export function givesContact(offer: Pick<CoverageOffer, 'whoToAsk' | 'howToGet'>, service: CoverageService = {}): boolean {
  return contactRoutes(offer, service).length > 0;
}

/** A page about money that gives no figure. */
export const hasNoAmount = (offer: Pick<CoverageOffer, 'amount'>) => offer.amount.type === 'money' && offer.amount.value == null;

const page = (o: CoverageOffer): CoveragePage => ({ slug: o.slug, title: o.title });
const byTitle = (a: CoveragePage, b: CoveragePage) => a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);

/**
 * What a council's published offer pages cover of what a local offer is expected to cover.
 * `offers`: every offer page its site shows (published only), local and national; `service`:
 * the council's service (its address names the places a reader can go).
 */
export function offerCoverage(offers: readonly CoverageOffer[], service: CoverageService = {}): OfferCoverage {
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
    noContact: offers.filter((o) => !givesContact(o, service)).map(page).sort(byTitle),
  };
}
