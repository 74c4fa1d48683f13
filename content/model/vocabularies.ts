/**
 * The content model's word lists, defined once.
 *
 * Each vocabulary is the values the database, the snapshot and the content files store (in
 * the order editors and readers see them), the words editors see for each value in the CMS
 * (keyed by language), and the groups of the site's UI strings (`site/i18n/<lang>.json`)
 * that must hold a reader-facing label for each value. From these:
 *
 * - the CMS builds its select `options` ({@link cmsOptions});
 * - the snapshot schemas build their `z.enum`s (`@content/model/schemas`), and so do the
 *   checks on content files (`cms/seed/readContent.ts`);
 * - the site's label keys are typed against them (`site/i18n/vocabularyLabels.ts`).
 *
 * No imports, and no zod: browser code (the "What can I get?" checker) uses these lists.
 */

/**
 * Languages labels are written in. Labels are keyed by language from the start, so a second
 * language is more keys here (and in the CMS's own `label` objects, which Payload already
 * reads by language), not a new shape.
 */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Words for one value, by language (what Payload calls a static label). */
export type Labels = { readonly [L in Language]: string };

/**
 * The groups of the site's UI strings that label a vocabulary's values: a dotted group of
 * `site/i18n/en.json` and the values it must label, `'all'` or a list (a law in force needs
 * no badge, so only some values have one).
 */
export type SiteLabels<V extends string = string> = { readonly [group: string]: 'all' | readonly V[] };

/** A vocabulary: its values (in the order shown), each value's editor label, and the site's label groups. */
export type Vocabulary<V extends string = string, S extends SiteLabels<V> = SiteLabels<V>> = {
  readonly values: readonly [V, ...V[]];
  readonly labels: { readonly [K in V]: Labels };
  readonly siteLabels: S;
};

/** Declares a vocabulary; the types make every value need an editor label. */
function vocabulary<const V extends string, const S extends SiteLabels<NoInfer<V>> = {}>(
  values: readonly [V, ...V[]],
  labels: { readonly [K in V]: Labels },
  siteLabels: S = {} as S,
): Vocabulary<V, S> {
  return { values, labels, siteLabels };
}

/** National entitlement (in law or national guidance, for every care leaver in England) or local offer. */
export const OFFER_KIND = vocabulary(
  ['national', 'local'],
  { national: { en: 'National entitlement' }, local: { en: 'Local offer' } },
  { 'offer.kind': 'all', 'offer.kindExplained': 'all' },
);

/**
 * Where an entitlement stands in law: in force; announced but not yet in force (never shown
 * as settled: `../shared/FACTS.md` marks these ⚠); or ended.
 */
export const LEGAL_STATUS = vocabulary(
  ['in-force', 'announced', 'ended'],
  {
    'in-force': { en: 'In force' },
    announced: { en: 'Announced, not yet in force' },
    ended: { en: 'Ended' },
  },
  // Only what is not (or no longer) in force gets a badge and words of its own.
  { 'offer.legalStatus.tag': ['announced', 'ended'], 'offer.legalStatus.words': ['announced', 'ended'] },
);

/** Whether an offer applies to a care leaver living outside the council's area. */
export const LIVING_ELSEWHERE_VOCABULARY = vocabulary(
  ['applies', 'in-area-only', 'ask'],
  {
    applies: { en: 'Yes, wherever they live' },
    'in-area-only': { en: 'Only if they live in the council\'s area' },
    ask: { en: 'It depends: they should ask their PA' },
  },
  { 'offer.living': 'all' },
);

/** The law's care statuses (Children Act 1989, Care Leavers (England) Regulations 2010). */
export const CARE_STATUS = vocabulary(
  ['eligible', 'relevant', 'former-relevant', 'qualifying'],
  {
    eligible: { en: 'Eligible (still in care, 16 or 17)' },
    relevant: { en: 'Relevant (left care at 16 or 17)' },
    'former-relevant': { en: 'Former relevant (18 or over)' },
    qualifying: { en: 'Qualifying (in care for less time, or a special guardianship)' },
  },
  { 'offer.status': 'all' },
);

/** Circumstances an offer can be limited to. */
export const CIRCUMSTANCE = vocabulary(
  ['came-alone', 'parent', 'in-custody', 'in-education', 'disabled', 'outside-area'],
  {
    'came-alone': { en: 'Came to the UK alone' },
    parent: { en: 'Is a parent' },
    'in-custody': { en: 'In custody' },
    'in-education': { en: 'In education, training or an apprenticeship' },
    disabled: { en: 'Disabled' },
    'outside-area': { en: 'Living outside the council\'s area' },
  },
  {
    'offer.circumstance': 'all',
    'search.audience': 'all',
    // Living outside the area is its own question in the checker, not a box to tick.
    'checker.circumstances.options': ['in-education', 'came-alone', 'parent', 'in-custody', 'disabled'],
  },
);

/** Whether an offer is money, free, or not about money. */
export const AMOUNT_TYPE = vocabulary(['money', 'free', 'none'], {
  money: { en: 'An amount of money' },
  free: { en: 'Free' },
  none: { en: 'Not about money' },
});

/** How often money is paid. */
export const PERIOD = vocabulary(
  ['once', 'weekly', 'monthly', 'yearly', 'instalments'],
  {
    once: { en: 'once' },
    weekly: { en: 'weekly' },
    monthly: { en: 'monthly' },
    yearly: { en: 'yearly' },
    instalments: { en: 'in instalments' },
  },
  { 'offer.amount.period': 'all' },
);

/**
 * What a national figure beside a local amount is: an amount set in law (regulations), a
 * legal minimum, or a figure recommended in national guidance (not binding).
 */
export const NATIONAL_BASIS = vocabulary(
  ['set-in-law', 'legal-minimum', 'recommended'],
  {
    'set-in-law': { en: 'A fixed amount set in law' },
    'legal-minimum': { en: 'A minimum set in law' },
    recommended: { en: 'Recommended in national guidance (not binding)' },
  },
  { 'offer.national.is': 'all', 'offer.national.below': 'all', 'offer.national.short': 'all' },
);

/** What a practice spotlight is about. */
export const SPOTLIGHT_THEME = vocabulary(
  ['participation', 'accommodation', 'eet', 'health', 'relationships', 'came-alone', 'corporate-parenting', 'money'],
  {
    participation: { en: 'Participation and co-production' },
    accommodation: { en: 'Accommodation' },
    eet: { en: 'Education, training and employment' },
    health: { en: 'Health and wellbeing' },
    relationships: { en: 'Relationships and belonging' },
    'came-alone': { en: 'Young people who came to the UK alone' },
    'corporate-parenting': { en: 'Corporate parenting' },
    money: { en: 'Money' },
  },
  { 'spotlights.theme': 'all' },
);

/** Where a "you said, we did" pledge stands. Done first: what changed is what readers most want to see. */
export const PLEDGE_STATUS = vocabulary(
  ['done', 'in-progress', 'not-yet'],
  { done: { en: 'Done' }, 'in-progress': { en: 'In progress' }, 'not-yet': { en: 'Not yet' } },
  { 'pledges.status': 'all', 'pledges.statusLead': 'all' },
);

/** Where a pledge's request came from, in general terms (never who): shown on its page (issue 22, part 3). */
export const PLEDGE_SOURCE = vocabulary(
  ['feedback', 'forum', 'survey', 'other'],
  { feedback: { en: 'Feedback on the site' }, forum: { en: 'A care leavers’ forum' }, survey: { en: 'A survey' }, other: { en: 'Somewhere else' } },
  { 'pledges.source': 'all' },
);

/** What an indicator's figures measure. */
export const INDICATOR_UNIT = vocabulary(['percent'], { percent: { en: 'Percent' } });

/** The place a figure is for: this council, or one it is compared with. */
export const PLACE_KIND = vocabulary(
  ['council', 'statistical-neighbours', 'region', 'england'],
  {
    council: { en: 'This council' },
    'statistical-neighbours': { en: 'Statistical neighbours' },
    region: { en: 'Region' },
    england: { en: 'England' },
  },
  { 'indicators.placeKind': 'all' },
);

/**
 * What kind of council a registered council is: the four kinds of English council with
 * children's services, so with care leavers to support.
 */
export const COUNCIL_TYPE = vocabulary(
  ['london-borough', 'metropolitan-borough', 'unitary', 'county'],
  {
    'london-borough': { en: 'London borough' },
    'metropolitan-borough': { en: 'Metropolitan borough' },
    unitary: { en: 'Unitary authority' },
    county: { en: 'County council' },
  },
  { 'spotlights.councilType': 'all', 'spotlights.councilTypeOne': 'all' },
);

/** The nine regions of England (as the ONS names them). */
export const REGION = vocabulary(
  ['north-east', 'north-west', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east', 'south-west'],
  {
    'north-east': { en: 'North East' },
    'north-west': { en: 'North West' },
    'yorkshire-and-the-humber': { en: 'Yorkshire and The Humber' },
    'east-midlands': { en: 'East Midlands' },
    'west-midlands': { en: 'West Midlands' },
    'east-of-england': { en: 'East of England' },
    london: { en: 'London' },
    'south-east': { en: 'South East' },
    'south-west': { en: 'South West' },
  },
  { 'spotlights.region': 'all' },
);

/**
 * What a spotlight's outcome figure is about, so figures can be compared across spotlights
 * (`/spotlights/outcomes/<kind>/`). `service` is how a service is staffed and run.
 */
export const OUTCOME_KIND = vocabulary(
  ['housing', 'eet', 'wellbeing', 'participation', 'relationships', 'money', 'service'],
  {
    housing: { en: 'Housing' },
    eet: { en: 'Education, employment and training (EET)' },
    wellbeing: { en: 'Health and wellbeing' },
    participation: { en: 'Participation' },
    relationships: { en: 'Relationships and support' },
    money: { en: 'Money and practical help' },
    service: { en: 'How the service is run' },
  },
  { 'spotlights.outcomeKind': 'all' },
);

/**
 * What "how councils compare" puts side by side (issue 11, item 5): the help that differs
 * most between councils. A council marks the offer that gives it ("Compare with other
 * councils as"); the setting-up-home allowance is a national entitlement with each
 * council's own amount.
 */
export const COMPARISON_ITEM = vocabulary(
  ['setting-up-home', 'council-tax', 'support-beyond-25', 'leisure', 'phone-and-broadband', 'birthday-and-festive', 'driving-lessons', 'travel'],
  {
    'setting-up-home': { en: 'Setting-up-home allowance' },
    'council-tax': { en: 'Council tax support' },
    'support-beyond-25': { en: 'Support after 25' },
    leisure: { en: 'Leisure pass or gym' },
    'phone-and-broadband': { en: 'Phone, broadband or a laptop' },
    'birthday-and-festive': { en: 'Birthday and festive money' },
    'driving-lessons': { en: 'Driving lessons' },
    travel: { en: 'Bus pass or travel help' },
  },
  { 'compare.item': 'all' },
);

/** Every vocabulary by name: what the contract test walks. */
export const VOCABULARIES = {
  offerKind: OFFER_KIND,
  legalStatus: LEGAL_STATUS,
  livingElsewhere: LIVING_ELSEWHERE_VOCABULARY,
  careStatus: CARE_STATUS,
  circumstance: CIRCUMSTANCE,
  amountType: AMOUNT_TYPE,
  period: PERIOD,
  nationalBasis: NATIONAL_BASIS,
  spotlightTheme: SPOTLIGHT_THEME,
  pledgeStatus: PLEDGE_STATUS,
  pledgeSource: PLEDGE_SOURCE,
  indicatorUnit: INDICATOR_UNIT,
  placeKind: PLACE_KIND,
  councilType: COUNCIL_TYPE,
  region: REGION,
  outcomeKind: OUTCOME_KIND,
  comparisonItem: COMPARISON_ITEM,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;

/** The values of a vocabulary, as a type: `ValueOf<typeof CARE_STATUS>` is `'eligible' | …`. */
export type ValueOf<T extends Vocabulary<string, SiteLabels<never>>> = T['values'][number];

// The value lists under the names the code has always used.
export const CARE_STATUSES = CARE_STATUS.values;
export const CIRCUMSTANCES = CIRCUMSTANCE.values;
export const LEGAL_STATUSES = LEGAL_STATUS.values;
export const LIVING_ELSEWHERE = LIVING_ELSEWHERE_VOCABULARY.values;
export const PERIODS = PERIOD.values;
export const NATIONAL_BASES = NATIONAL_BASIS.values;
export const SPOTLIGHT_THEMES = SPOTLIGHT_THEME.values;
export const PLEDGE_STATUSES = PLEDGE_STATUS.values;
export const PLACE_KINDS = PLACE_KIND.values;

/**
 * A vocabulary as CMS select options: `{ value, label }` with the label keyed by language
 * (Payload shows the admin's language). Option values are the database's enum values, so
 * they change only with a migration; labels may change freely.
 */
export function cmsOptions<V extends string>(vocabulary: Vocabulary<V, SiteLabels<V>>): { value: V; label: Labels }[] {
  return vocabulary.values.map((value) => ({ value, label: vocabulary.labels[value] }));
}

/** True when `value` is one of the vocabulary's values. */
export function isValueOf<V extends string>(vocabulary: Vocabulary<V, SiteLabels<V>>, value: unknown): value is V {
  return (vocabulary.values as readonly unknown[]).includes(value);
}
