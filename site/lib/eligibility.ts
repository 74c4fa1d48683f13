/**
 * "What can I get?": which offers fit a young person's answers. Pure: no DOM, no Astro, so
 * the same code runs in the build (to write the CSS that filters without JavaScript), in
 * the browser (to filter as answers change) and in unit tests.
 *
 * The questions are in plain words; the law's care statuses (eligible, relevant, former
 * relevant, qualifying) are worked out from them, never asked by name. An answer can be
 * missing or "not sure", so each offer gets one of three verdicts:
 *   - `yes`: every rule of the offer is met by the answers;
 *   - `maybe`: no rule is broken, but at least one depends on something not answered;
 *   - `no`: at least one rule is certainly not met.
 * The site shows `yes` and `maybe` ("check with your Personal Adviser"), and hides `no`.
 */
import type { Offer } from '@site/loaders/schemas';
import { CARE_STATUSES, CIRCUMSTANCES, LIVING_ELSEWHERE } from '@site/loaders/vocabulary';

export type CareStatus = (typeof CARE_STATUSES)[number];
export type Circumstance = (typeof CIRCUMSTANCES)[number];
export type Eligibility = Offer['eligibility'];
export type Verdict = 'yes' | 'maybe' | 'no';
/** Whether an offer follows a care leaver who lives outside the council's area. */
export type LivingElsewhere = (typeof LIVING_ELSEWHERE)[number];

/**
 * The age choices, as they appear in the URL (`age=19`). One per year where offers change
 * (16 to 25), and bands either side: no offer changes inside them except at 30.
 */
export const AGE_OPTIONS = [
  'under-16',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26-30',
  'over-30',
] as const;
export type AgeAnswer = (typeof AGE_OPTIONS)[number];

/** The oldest age anyone gets an answer for; only bounds the `over-30` band. */
const OLDEST = 120;

/** Each age choice as the range of ages it covers, both ends included. */
export function ageRange(age: AgeAnswer): [number, number] {
  if (age === 'under-16') return [0, 15];
  if (age === '26-30') return [26, 30];
  if (age === 'over-30') return [31, OLDEST];
  const years = Number(age);
  return [years, years];
}

/**
 * Which legal age group an age choice falls in, for the care status: a young person is a
 * care leaver from 16; at 18 an eligible or relevant child becomes former relevant.
 */
export type AgeBand = 'unknown' | 'child' | 'minor' | 'adult';
export function ageBand(age: AgeAnswer | undefined): AgeBand {
  if (age === undefined) return 'unknown';
  const [from] = ageRange(age);
  if (from < 16) return 'child';
  return from < 18 ? 'minor' : 'adult';
}

export const IN_CARE_OPTIONS = ['yes', 'no'] as const;
/** "How long were you in care after your 14th birthday?" 13 weeks is the law's line. */
export const TIME_IN_CARE_OPTIONS = ['13-weeks-or-more', 'less-than-13-weeks', 'not-sure'] as const;
/** "Where do you live now?" `elsewhere` is the `outside-area` circumstance. */
export const LIVE_OPTIONS = ['here', 'elsewhere'] as const;
/** The circumstances asked as tick boxes; `outside-area` is asked as "Where do you live now?". */
export const TICKED_CIRCUMSTANCES = ['in-education', 'came-alone', 'parent', 'in-custody', 'disabled'] as const satisfies readonly Circumstance[];
/** The tick box that says none of the circumstances apply. */
export const NONE = 'none';

export interface Answers {
  age?: AgeAnswer;
  inCare?: (typeof IN_CARE_OPTIONS)[number];
  timeInCare?: (typeof TIME_IN_CARE_OPTIONS)[number];
  live?: (typeof LIVE_OPTIONS)[number];
  /**
   * The ticked circumstances, or `undefined` when the question was not answered (nothing
   * ticked). An empty array means "None of these" was ticked.
   */
  circumstances?: (typeof TICKED_CIRCUMSTANCES)[number][];
}

/** The URL query names, one per question. The form's field names are the same. */
export const PARAM = { age: 'age', inCare: 'in-care', timeInCare: 'time', live: 'live', circumstances: 'c' } as const;

function pick<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Answers from a URL query (or a form's data). Anything unknown is ignored, so an old or
 * hand-edited link still opens, with those questions unanswered.
 */
export function parseAnswers(params: URLSearchParams): Answers {
  const answers: Answers = {};
  const age = pick(AGE_OPTIONS, params.get(PARAM.age));
  const inCare = pick(IN_CARE_OPTIONS, params.get(PARAM.inCare));
  const timeInCare = pick(TIME_IN_CARE_OPTIONS, params.get(PARAM.timeInCare));
  const live = pick(LIVE_OPTIONS, params.get(PARAM.live));
  if (age) answers.age = age;
  if (inCare) answers.inCare = inCare;
  if (timeInCare) answers.timeInCare = timeInCare;
  if (live) answers.live = live;
  const ticked = params.getAll(PARAM.circumstances);
  const circumstances = TICKED_CIRCUMSTANCES.filter((c) => ticked.includes(c));
  // "None of these" counts only when nothing else is ticked: a tick for a circumstance wins.
  if (circumstances.length || ticked.includes(NONE)) answers.circumstances = circumstances;
  return answers;
}

/** The answers as a URL query, in question order (`age=19&in-care=no&c=parent`). */
export function answersToQuery(answers: Answers): string {
  const params = new URLSearchParams();
  if (answers.age) params.append(PARAM.age, answers.age);
  if (answers.inCare) params.append(PARAM.inCare, answers.inCare);
  if (answers.timeInCare) params.append(PARAM.timeInCare, answers.timeInCare);
  if (answers.live) params.append(PARAM.live, answers.live);
  if (answers.circumstances) {
    const ticked = TICKED_CIRCUMSTANCES.filter((c) => answers.circumstances!.includes(c));
    for (const c of ticked.length ? ticked : [NONE]) params.append(PARAM.circumstances, c);
  }
  return params.toString();
}

/** Whether any question has an answer. */
export function hasAnswers(answers: Answers): boolean {
  return answersToQuery(answers) !== '';
}

/**
 * The care statuses the answers allow. Usually one; more when an answer is missing or "not
 * sure"; none for someone under 16 (not yet a care leaver). The usual test (gov.uk "Leaving
 * foster or local authority care"): 13 weeks or more in care since age 14, including some
 * time after turning 16, makes a young person eligible while in care at 16 or 17, relevant
 * if they leave care at 16 or 17, and former relevant from 18. Less than 13 weeks, with time
 * in care after 16, makes them a qualifying care leaver.
 */
export function possibleStatuses(
  answers: Pick<Answers, 'timeInCare' | 'inCare'> & { age?: AgeAnswer | undefined },
): CareStatus[] {
  const band = ageBand(answers.age);
  const { inCare, timeInCare } = answers;
  if (band === 'child') return [];
  if (timeInCare === undefined || timeInCare === 'not-sure') return [...CARE_STATUSES];
  if (timeInCare === 'less-than-13-weeks') {
    // Still in care at 16 or 17 after a short time: not a care leaver yet, and eligible once
    // the 13 weeks are reached, so both stay possible.
    if (inCare !== 'no' && band !== 'adult') return ['eligible', 'qualifying'];
    return ['qualifying'];
  }
  if (band === 'adult') return ['former-relevant'];
  if (band === 'minor') {
    if (inCare === 'yes') return ['eligible'];
    if (inCare === 'no') return ['relevant'];
    return ['eligible', 'relevant'];
  }
  // Age unknown: in care now means 16 or 17; left care could be either side of 18.
  if (inCare === 'yes') return ['eligible'];
  if (inCare === 'no') return ['relevant', 'former-relevant'];
  return ['eligible', 'relevant', 'former-relevant'];
}

/** `yes` if every possibility passes, `no` if none does, else `maybe`. */
function over(results: boolean[]): Verdict {
  if (results.length && results.every(Boolean)) return 'yes';
  return results.some(Boolean) ? 'maybe' : 'no';
}

/** Age rule: `ageFrom` and `ageTo` are both included ("16 to 25" includes 25). */
export function ageVerdict(eligibility: Eligibility, age: AgeAnswer | undefined): Verdict {
  const { ageFrom, ageTo } = eligibility;
  if (ageFrom == null && ageTo == null) return 'yes';
  const [low, high] = age ? ageRange(age) : [0, OLDEST];
  const from = ageFrom ?? -Infinity;
  const to = ageTo ?? Infinity;
  if (low >= from && high <= to) return 'yes';
  if (high < from || low > to) return 'no';
  return 'maybe';
}

/** Care status rule: an empty list means any care status. */
export function careStatusVerdict(eligibility: Eligibility, statuses: CareStatus[]): Verdict {
  if (eligibility.careStatus.length === 0) return 'yes';
  return over(statuses.map((status) => eligibility.careStatus.includes(status)));
}

/** What the answers say about one circumstance: true, false, or `undefined` (not answered). */
export function circumstanceAnswer(answers: Answers, circumstance: Circumstance): boolean | undefined {
  if (circumstance === 'outside-area') return answers.live === undefined ? undefined : answers.live === 'elsewhere';
  if (answers.circumstances === undefined) return undefined;
  return (answers.circumstances as string[]).includes(circumstance);
}

/**
 * Circumstances rule: an empty list means everyone; otherwise the young person must be in
 * at least one of them. One that is true is enough; all false is a no; else it depends.
 */
export function circumstancesVerdict(
  eligibility: Eligibility,
  known: (circumstance: Circumstance) => boolean | undefined,
): Verdict {
  const needed = eligibility.circumstances;
  if (needed.length === 0) return 'yes';
  const states = needed.map(known);
  if (states.some((state) => state === true)) return 'yes';
  return states.every((state) => state === false) ? 'no' : 'maybe';
}

/** The worst of several verdicts: any `no` is a no; any `maybe` makes it a maybe. */
export function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('no')) return 'no';
  return verdicts.includes('maybe') ? 'maybe' : 'yes';
}

/**
 * Living elsewhere rule (`offer.livingElsewhere`): an `in-area-only` offer is a no for
 * someone who lives outside the council's area; an `ask` offer is a maybe for them ("ask
 * your PA"); both depend on the answer while "Where do you live now?" is unanswered.
 */
export function livingVerdict(rule: LivingElsewhere | undefined, answers: Pick<Answers, 'live'>): Verdict {
  if (rule === undefined || rule === 'applies') return 'yes';
  if (answers.live === undefined) return 'maybe';
  if (answers.live === 'here') return 'yes';
  return rule === 'in-area-only' ? 'no' : 'maybe';
}

/** Whether an offer is for the young person who gave these answers. */
export function checkOffer(eligibility: Eligibility, answers: Answers, living?: LivingElsewhere): Verdict {
  return combine([
    ageVerdict(eligibility, answers.age),
    careStatusVerdict(eligibility, possibleStatuses(answers)),
    circumstancesVerdict(eligibility, (c) => circumstanceAnswer(answers, c)),
    livingVerdict(living, answers),
  ]);
}
