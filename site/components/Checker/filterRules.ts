/**
 * The checker without JavaScript: CSS that hides the offers a young person cannot get, from
 * the radios and tick boxes they choose, with `:has()`. It is written at build time from
 * `@site/lib/eligibility` by trying every answer to each question against every distinct
 * rule the offers have, so the CSS and the script can never disagree about who gets what.
 *
 * Each offer carries its rules as attributes (`data-age="16-25"`, `data-status="…"`,
 * `data-needs="…"`). A browser without `:has()` ignores these rules and shows every offer,
 * each with its "who can get it" in words, which is the same page a reader gets before
 * answering anything.
 */
import { CARE_STATUSES, CIRCUMSTANCES, LIVING_ELSEWHERE } from '@site/loaders/vocabulary';
import {
  AGE_OPTIONS,
  ageVerdict,
  careStatusVerdict,
  circumstancesVerdict,
  IN_CARE_OPTIONS,
  livingVerdict,
  PARAM,
  possibleStatuses,
  TICKED_CIRCUMSTANCES,
  TIME_IN_CARE_OPTIONS,
  type AgeAnswer,
  type AgeBand,
  type Circumstance,
  type Eligibility,
  type LivingElsewhere,
} from '@site/lib/eligibility';

/**
 * The attributes an offer's list item carries for the rules to match: its eligibility, and
 * `data-living` when it does not simply follow a care leaver who lives elsewhere.
 */
export function ruleAttributes(eligibility: Eligibility, livingElsewhere?: LivingElsewhere): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (livingElsewhere && livingElsewhere !== 'applies') attributes['data-living'] = livingElsewhere;
  if (eligibility.ageFrom != null || eligibility.ageTo != null) {
    attributes['data-age'] = `${eligibility.ageFrom ?? ''}-${eligibility.ageTo ?? ''}`;
  }
  if (eligibility.careStatus.length) {
    attributes['data-status'] = CARE_STATUSES.filter((s) => eligibility.careStatus.includes(s)).join(' ');
  }
  if (eligibility.circumstances.length) {
    attributes['data-needs'] = CIRCUMSTANCES.filter((c) => eligibility.circumstances.includes(c)).join(' ');
  }
  return attributes;
}

/** The living-elsewhere rule back from the attributes (`applies` when there is none). */
export function livingFromAttributes(data: { living?: string }): LivingElsewhere {
  return (LIVING_ELSEWHERE as readonly string[]).includes(data.living ?? '') ? (data.living as LivingElsewhere) : 'applies';
}

/** The rules back from the attributes (the browser script reads them this way). */
export function eligibilityFromAttributes(data: { age?: string; status?: string; needs?: string }): Eligibility {
  const [from, to] = (data.age ?? '-').split('-');
  return {
    ageFrom: from ? Number(from) : null,
    ageTo: to ? Number(to) : null,
    careStatus: (data.status ? data.status.split(' ') : []) as Eligibility['careStatus'],
    circumstances: (data.needs ? data.needs.split(' ') : []) as Eligibility['circumstances'],
  };
}

/** The id of each answer's input, shared with the form so the selectors find it. */
export function inputId(question: string, value: string): string {
  return `${question}-${value}`;
}

const checked = (question: string, value: string) => `:has(#${inputId(question, value)}:checked)`;
const anyChecked = (question: string) => `:has([name="${question}"]:checked)`;
const noneChecked = (question: string) => `:not(${anyChecked(question)})`;

/** A representative age choice for each band (`possibleStatuses` depends only on the band). */
const BAND_AGE: Record<AgeBand, AgeAnswer | undefined> = { unknown: undefined, child: 'under-16', minor: '16', adult: '18' };

function rule(conditions: string, targets: string[]): string {
  return targets.length ? `.checker${conditions} :is(${targets.join(',')}){display:none}` : '';
}

/** The CSS, minified, for the given offers' rules. */
export function filterCss(eligibilities: Eligibility[]): string {
  const distinct = (key: string) => [
    ...new Map(eligibilities.map((e) => [ruleAttributes(e)[key], e] as const).filter(([value]) => value !== undefined)).entries(),
  ];
  const rules: string[] = [];

  // Living elsewhere: in-area-only offers go for someone who lives outside the area, and
  // "ask your PA" shows on the offers that may not follow them (livingVerdict).
  for (const living of LIVING_ELSEWHERE) {
    if (livingVerdict(living, { live: 'elsewhere' }) === 'no') rules.push(rule(checked(PARAM.live, 'elsewhere'), [`[data-living="${living}"]`]));
  }
  rules.push(`.checker${checked(PARAM.live, 'elsewhere')} [data-living="ask"] .checker__elsewhere{display:block}`);

  // Age: one rule per age choice.
  const ages = distinct('data-age');
  for (const age of AGE_OPTIONS) {
    const hidden = ages.filter(([, e]) => ageVerdict(e, age) === 'no').map(([value]) => `[data-age="${value}"]`);
    rules.push(rule(checked(PARAM.age, age), hidden));
  }

  // Care status: worked out from the age band, "in care now" and "how long", together.
  const statuses = distinct('data-status');
  const bands: AgeBand[] = ['unknown', 'child', 'minor', 'adult'];
  for (const band of bands) {
    const bandCondition =
      band === 'unknown' ? noneChecked(PARAM.age) : `:has([name="${PARAM.age}"][data-band="${band}"]:checked)`;
    for (const inCare of [undefined, ...IN_CARE_OPTIONS]) {
      const inCareCondition = inCare ? checked(PARAM.inCare, inCare) : noneChecked(PARAM.inCare);
      for (const timeInCare of [undefined, ...TIME_IN_CARE_OPTIONS]) {
        const timeCondition = timeInCare ? checked(PARAM.timeInCare, timeInCare) : noneChecked(PARAM.timeInCare);
        const possible = possibleStatuses({ age: BAND_AGE[band], inCare, timeInCare });
        const hidden = statuses
          .filter(([, e]) => careStatusVerdict(e, possible) === 'no')
          .map(([value]) => `[data-status="${value}"]`);
        rules.push(rule(bandCondition + inCareCondition + timeCondition, hidden));
      }
    }
  }

  // Circumstances: every combination of true, false and unanswered for each needed one.
  for (const [value, e] of distinct('data-needs')) {
    const needed = e.circumstances;
    const combinations = needed.reduce<Map<Circumstance, boolean | undefined>[]>(
      (acc, c) => acc.flatMap((m) => [true, false, undefined].map((state) => new Map(m).set(c, state))),
      [new Map()],
    );
    for (const states of combinations) {
      if (circumstancesVerdict(e, (c) => states.get(c)) !== 'no') continue;
      const conditions = needed.map((c) => circumstanceCondition(c, states.get(c))).join('');
      rules.push(rule(conditions, [`[data-needs="${value}"]`]));
    }
  }
  rules.push(situationCss());
  return rules.filter(Boolean).join('');
}

/**
 * What the checker says for each situation ticked ("If you came to the UK alone": the guide's
 * chapters for it, and whether the council has an offer just for it) shows only while its box
 * is ticked. The rule hides it otherwise, so a browser without `:has()` shows every one, as it
 * shows every offer.
 */
export function situationCss(): string {
  return TICKED_CIRCUMSTANCES.map(
    (circumstance) => `.checker:not(${checked(PARAM.circumstances, circumstance)}) [data-checker-situation="${circumstance}"]{display:none}`,
  ).join('');
}

/** The selector for one circumstance being true, false or unanswered. */
function circumstanceCondition(circumstance: Circumstance, state: boolean | undefined): string {
  if (circumstance === 'outside-area') {
    if (state === undefined) return noneChecked(PARAM.live);
    return checked(PARAM.live, state ? 'elsewhere' : 'here');
  }
  if (state === true) return checked(PARAM.circumstances, circumstance);
  if (state === false) return `${anyChecked(PARAM.circumstances)}:not(${checked(PARAM.circumstances, circumstance)})`;
  return noneChecked(PARAM.circumstances);
}

