import { describe, expect, it } from 'vitest';
import { eligibilityFromAttributes, ruleAttributes } from '@site/components/Checker/filterRules';
import {
  AGE_OPTIONS,
  ageBand,
  ageVerdict,
  answersToQuery,
  careStatusVerdict,
  checkOffer,
  circumstancesVerdict,
  hasAnswers,
  parseAnswers,
  possibleStatuses,
  type Answers,
  type Eligibility,
} from '@site/lib/eligibility';
import { CARE_STATUSES, CIRCUMSTANCES } from '@site/loaders/schemas';

const rules = (overrides: Partial<Eligibility> = {}): Eligibility => ({
  ageFrom: null,
  ageTo: null,
  careStatus: [],
  circumstances: [],
  ...overrides,
});
const query = (q: string) => parseAnswers(new URLSearchParams(q));

describe('age', () => {
  const sixteenToTwentyFive = rules({ ageFrom: 16, ageTo: 25 });

  it('includes both ends of the range ("16 to 25" includes 16 and 25)', () => {
    expect(ageVerdict(sixteenToTwentyFive, '16')).toBe('yes');
    expect(ageVerdict(sixteenToTwentyFive, '25')).toBe('yes');
  });

  it('excludes the year either side', () => {
    expect(ageVerdict(sixteenToTwentyFive, 'under-16')).toBe('no');
    expect(ageVerdict(sixteenToTwentyFive, '26-30')).toBe('no');
    expect(ageVerdict(rules({ ageFrom: 18, ageTo: 25 }), '17')).toBe('no');
    expect(ageVerdict(rules({ ageFrom: 16, ageTo: 17 }), '18')).toBe('no');
  });

  it('handles a lower bound only, an upper bound only, and none', () => {
    expect(ageVerdict(rules({ ageFrom: 21 }), '20')).toBe('no');
    expect(ageVerdict(rules({ ageFrom: 21 }), '21')).toBe('yes');
    expect(ageVerdict(rules({ ageFrom: 21 }), 'over-30')).toBe('yes');
    expect(ageVerdict(rules({ ageTo: 25 }), 'under-16')).toBe('yes');
    expect(ageVerdict(rules({ ageTo: 25 }), '26-30')).toBe('no');
    for (const age of AGE_OPTIONS) expect(ageVerdict(rules(), age)).toBe('yes');
  });

  it('says "maybe" when an age band crosses the boundary', () => {
    // Support to 30 starts at 25: all of 26 to 30 is in; over 30 is out.
    expect(ageVerdict(rules({ ageFrom: 25, ageTo: 30 }), '26-30')).toBe('yes');
    expect(ageVerdict(rules({ ageFrom: 25, ageTo: 30 }), 'over-30')).toBe('no');
    expect(ageVerdict(rules({ ageFrom: 16, ageTo: 28 }), '26-30')).toBe('maybe');
  });

  it('says "maybe" when the age is not given, unless the offer has no age rule', () => {
    expect(ageVerdict(sixteenToTwentyFive, undefined)).toBe('maybe');
    expect(ageVerdict(rules(), undefined)).toBe('yes');
  });

  it('puts ages in the law’s bands: under 16, 16 and 17, 18 and over', () => {
    expect(ageBand(undefined)).toBe('unknown');
    expect(ageBand('under-16')).toBe('child');
    expect(ageBand('16')).toBe('minor');
    expect(ageBand('17')).toBe('minor');
    expect(ageBand('18')).toBe('adult');
    expect(ageBand('over-30')).toBe('adult');
  });
});

describe('care status from plain answers', () => {
  it('13 weeks or more: eligible in care at 16 or 17, relevant after leaving, former relevant from 18', () => {
    const long = { timeInCare: '13-weeks-or-more' } as const;
    expect(possibleStatuses({ ...long, age: '16', inCare: 'yes' })).toEqual(['eligible']);
    expect(possibleStatuses({ ...long, age: '17', inCare: 'no' })).toEqual(['relevant']);
    expect(possibleStatuses({ ...long, age: '18', inCare: 'no' })).toEqual(['former-relevant']);
    expect(possibleStatuses({ ...long, age: '25', inCare: 'no' })).toEqual(['former-relevant']);
  });

  it('at 18 or over a young person is former relevant even if they answered "in care"', () => {
    expect(possibleStatuses({ timeInCare: '13-weeks-or-more', age: '19', inCare: 'yes' })).toEqual(['former-relevant']);
  });

  it('less than 13 weeks: qualifying; still in care at 16 or 17 could still become eligible', () => {
    expect(possibleStatuses({ timeInCare: 'less-than-13-weeks', age: '19', inCare: 'no' })).toEqual(['qualifying']);
    expect(possibleStatuses({ timeInCare: 'less-than-13-weeks', age: '17', inCare: 'no' })).toEqual(['qualifying']);
    expect(possibleStatuses({ timeInCare: 'less-than-13-weeks', age: '16', inCare: 'yes' })).toEqual(['eligible', 'qualifying']);
  });

  it('"not sure" or no answer about time in care leaves every status possible', () => {
    expect(possibleStatuses({ timeInCare: 'not-sure', age: '19', inCare: 'no' })).toEqual([...CARE_STATUSES]);
    expect(possibleStatuses({ age: '19' })).toEqual([...CARE_STATUSES]);
  });

  it('with the age missing, "in care now" and "left care" narrow it as far as they can', () => {
    const long = { timeInCare: '13-weeks-or-more' } as const;
    expect(possibleStatuses({ ...long, inCare: 'yes' })).toEqual(['eligible']);
    expect(possibleStatuses({ ...long, inCare: 'no' })).toEqual(['relevant', 'former-relevant']);
    expect(possibleStatuses({ ...long })).toEqual(['eligible', 'relevant', 'former-relevant']);
    expect(possibleStatuses({ ...long, age: '17' })).toEqual(['eligible', 'relevant']);
  });

  it('under 16 is not a care leaver yet: no status', () => {
    expect(possibleStatuses({ age: 'under-16', timeInCare: '13-weeks-or-more', inCare: 'yes' })).toEqual([]);
  });

  it('an offer with no care status rule is for any status', () => {
    expect(careStatusVerdict(rules(), ['qualifying'])).toBe('yes');
    expect(careStatusVerdict(rules(), [])).toBe('yes');
  });

  it('yes when every possible status is allowed, no when none is, maybe in between', () => {
    const formerRelevant = rules({ careStatus: ['former-relevant'] });
    expect(careStatusVerdict(formerRelevant, ['former-relevant'])).toBe('yes');
    expect(careStatusVerdict(formerRelevant, ['qualifying'])).toBe('no');
    expect(careStatusVerdict(formerRelevant, ['relevant', 'former-relevant'])).toBe('maybe');
    expect(careStatusVerdict(formerRelevant, [])).toBe('no');
  });
});

describe('circumstances', () => {
  const parents = rules({ circumstances: ['parent'] });
  const parentsOrOutside = rules({ circumstances: ['parent', 'outside-area'] });

  it('an offer with no circumstances is for everyone, whatever is ticked', () => {
    expect(checkOffer(rules(), query('c=parent&c=in-custody'))).toBe('yes');
    expect(checkOffer(rules(), query('c=none&live=elsewhere'))).toBe('yes');
  });

  it('is only for those in at least one of its circumstances', () => {
    expect(checkOffer(parents, query('c=parent'))).toBe('yes');
    expect(checkOffer(parents, query('c=in-education'))).toBe('no');
    expect(checkOffer(parents, query('c=none'))).toBe('no');
    expect(checkOffer(parentsOrOutside, query('c=none&live=elsewhere'))).toBe('yes');
    expect(checkOffer(parentsOrOutside, query('c=parent&live=here'))).toBe('yes');
    expect(checkOffer(parentsOrOutside, query('c=none&live=here'))).toBe('no');
  });

  it('is "maybe" until the question that decides it is answered', () => {
    expect(checkOffer(parents, query(''))).toBe('maybe');
    expect(checkOffer(parents, query('live=here'))).toBe('maybe');
    // Not a parent, but where they live is not answered: the other way in is still open.
    expect(checkOffer(parentsOrOutside, query('c=none'))).toBe('maybe');
  });

  it('asks "where do you live" for outside-area, not a tick box', () => {
    const outside = rules({ circumstances: ['outside-area'] });
    expect(checkOffer(outside, query('live=elsewhere'))).toBe('yes');
    expect(checkOffer(outside, query('live=here'))).toBe('no');
    expect(checkOffer(outside, query('c=outside-area'))).toBe('maybe');
  });

  it('one true circumstance is enough even when the others are unknown', () => {
    expect(circumstancesVerdict(parentsOrOutside, (c) => (c === 'parent' ? true : undefined))).toBe('yes');
    expect(circumstancesVerdict(parentsOrOutside, () => false)).toBe('no');
  });
});

describe('an offer as a whole', () => {
  // The setting-up-home allowance, the staying put arrangement and the 16 to 19 bursary.
  const settingUpHome = rules({ ageFrom: 16, ageTo: 25, careStatus: ['eligible', 'relevant', 'former-relevant'] });
  const stayingPut = rules({ ageFrom: 16, ageTo: 21, careStatus: ['eligible', 'former-relevant'] });
  const bursary = rules({ ageFrom: 16, ageTo: 18, careStatus: ['eligible', 'relevant', 'former-relevant'], circumstances: ['in-education'] });
  const care19 = 'age=19&in-care=no&time=13-weeks-or-more&live=here';

  it('says yes when every rule is met', () => {
    expect(checkOffer(settingUpHome, query(care19))).toBe('yes');
    expect(checkOffer(stayingPut, query(care19))).toBe('yes');
    expect(checkOffer(bursary, query('age=18&in-care=no&time=13-weeks-or-more&c=in-education'))).toBe('yes');
  });

  it('says no when any one rule fails, even if others are unknown', () => {
    expect(checkOffer(stayingPut, query('age=22'))).toBe('no');
    expect(checkOffer(bursary, query('age=19'))).toBe('no');
    expect(checkOffer(stayingPut, query('age=17&in-care=no&time=13-weeks-or-more'))).toBe('no');
    expect(checkOffer(settingUpHome, query('age=20&time=less-than-13-weeks'))).toBe('no');
  });

  it('says maybe when nothing fails but something is not answered', () => {
    expect(checkOffer(settingUpHome, query(''))).toBe('maybe');
    expect(checkOffer(settingUpHome, query('age=19&time=not-sure'))).toBe('maybe');
    expect(checkOffer(bursary, query('age=17&in-care=yes&time=13-weeks-or-more'))).toBe('maybe');
  });
});

describe('answers in the URL', () => {
  const full: Answers = {
    age: '19',
    inCare: 'no',
    timeInCare: '13-weeks-or-more',
    live: 'elsewhere',
    circumstances: ['in-education', 'parent'],
  };

  it('round-trips every answer through the query', () => {
    const q = answersToQuery(full);
    expect(q).toBe('age=19&in-care=no&time=13-weeks-or-more&live=elsewhere&c=in-education&c=parent');
    expect(query(q)).toEqual(full);
  });

  it('keeps "None of these" as an answer, distinct from not answering', () => {
    expect(query('c=none')).toEqual({ circumstances: [] });
    expect(answersToQuery({ circumstances: [] })).toBe('c=none');
    expect(query('')).toEqual({});
    expect(hasAnswers(query(''))).toBe(false);
    expect(hasAnswers(query('c=none'))).toBe(true);
  });

  it('lets a ticked circumstance win over "None of these"', () => {
    expect(query('c=none&c=parent')).toEqual({ circumstances: ['parent'] });
  });

  it('ignores values it does not know, so an old or edited link still opens', () => {
    expect(query('age=99&in-care=maybe&time=forever&live=mars&c=astronaut&utm_source=x')).toEqual({});
    expect(query('age=17&c=astronaut&c=parent')).toEqual({ age: '17', circumstances: ['parent'] });
  });

  it('reads a form’s data the same way (the form fields have the query’s names)', () => {
    const data = new URLSearchParams([
      ['age', '21'],
      ['time', 'not-sure'],
      ['c', 'came-alone'],
    ]);
    expect(answersToQuery(parseAnswers(data))).toBe('age=21&time=not-sure&c=came-alone');
  });
});

describe('rules carried as attributes for the page', () => {
  it('round-trips an offer’s rules through its data attributes', () => {
    const examples: Eligibility[] = [
      rules(),
      rules({ ageFrom: 16, ageTo: 25, careStatus: ['former-relevant', 'eligible'] }),
      rules({ ageTo: 25, circumstances: ['outside-area', 'parent'] }),
      rules({ ageFrom: 21 }),
    ];
    for (const eligibility of examples) {
      const attributes = ruleAttributes(eligibility);
      const back = eligibilityFromAttributes({
        age: attributes['data-age'],
        status: attributes['data-status'],
        needs: attributes['data-needs'],
      });
      expect(new Set(back.careStatus)).toEqual(new Set(eligibility.careStatus));
      expect(new Set(back.circumstances)).toEqual(new Set(eligibility.circumstances));
      expect([back.ageFrom ?? null, back.ageTo ?? null]).toEqual([eligibility.ageFrom ?? null, eligibility.ageTo ?? null]);
    }
  });

  it('knows every circumstance the content model has', () => {
    for (const c of CIRCUMSTANCES) {
      expect(checkOffer(rules({ circumstances: [c] }), {})).toBe('maybe');
    }
  });
});
