import { describe, expect, it } from 'vitest';
import { readContent } from '@cms/seed/readContent';
import {
  closestWord,
  editDistance,
  normalise,
  otherCouncilsOf,
  ownHelpFirst,
  phrasesOf,
  planQuery,
  rankPages,
  resultLabels,
  respell,
  sureCorrection,
  tokens,
  Vocabulary,
  type SearchWordEntry,
} from '@site/components/Search/query';
import { indexedText, vocabulary } from '@site/components/Search/vocabulary';

const words: SearchWordEntry[] = [
  { says: ['broke', 'skint', "can't pay my rent"], means: 'money emergency payment', urgent: false },
  { says: ['prison', 'locked up'], means: 'custody', urgent: false },
  { says: ['nowhere to sleep', 'homeless'], means: 'urgent help homeless', urgent: true },
  { says: ['sleep'], means: 'rest', urgent: false },
  { says: ['unsafe', 'not safe'], means: 'urgent help danger', urgent: true },
];
const searched = (query: string) => planQuery(query, words).concepts.map((c) => c.word);

describe('reading what someone typed', () => {
  it('keeps the meaningful words of a whole question', () => {
    expect(searched('How do I get money for uni?')).toEqual(['money', 'uni']);
    expect(searched('what can i get if im a young parent')).toEqual(['young', 'parent']);
  });

  it('drops "help" when there is something more telling, keeps it when there is not', () => {
    expect(searched('help with rent')).toEqual(['rent']);
    expect(searched('help')).toEqual(['help']);
  });

  it("reads apostrophes, curly quotes, capitals and accents the same (can't = cant = CAN’T)", () => {
    expect(normalise('I CAN’T pay my rént!')).toBe('i cant pay my rent');
    for (const typed of ["I can't pay my rent", 'cant pay my rent', 'I CAN’T PAY MY RENT']) {
      expect(searched(typed)).toEqual(['money', 'emergency', 'payment']);
    }
  });

  it('keeps hyphenated words whole, as Pagefind does', () => {
    expect(normalise('self-harm -- help')).toBe('self-harm help');
  });

  it('replaces slang with what it means, as whole words only', () => {
    expect(searched('my mate is locked up')).toEqual(['mate', 'custody']);
    expect(searched('prisons')).toEqual(['custody']);
    // "brokerage" is not "broke".
    expect(searched('brokerage')).toEqual(['brokerage']);
  });

  it('matches the longest phrase first and marks urgent ones', () => {
    const plan = planQuery('nowhere to sleep tonight', words);
    expect(plan.urgent).toBe(true);
    expect(plan.mapped.map((m) => m.says)).toEqual(['nowhere to sleep']);
    expect(plan.concepts.map((c) => c.word)).toEqual(['tonight', 'urgent', 'homeless']);
    expect(planQuery('I feel unsafe', words).urgent).toBe(true);
    expect(planQuery('I feel safe', words).urgent).toBe(false);
    expect(planQuery('money for uni', words).urgent).toBe(false);
  });
});

describe('ranking the merged results', () => {
  it('puts a page that matches more of the words above one that matches one word a little more strongly', () => {
    const ranked = rankPages([
      [
        { id: 'both', score: 3 },
        { id: 'money-only', score: 5 },
      ],
      [
        { id: 'both', score: 3 },
        { id: 'uni-only', score: 5 },
      ],
    ]);
    expect(ranked[0]!.id).toBe('both');
    expect(ranked[0]!.matched).toBe(2);
  });

  it('uses Pagefind’s score between pages that match the same words', () => {
    const ranked = rankPages([[{ id: 'a', score: 2 }, { id: 'b', score: 8 }]]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('leaves out pages that match fewer than half as many words as the best', () => {
    const ranked = rankPages([[{ id: 'all', score: 1 }, { id: 'one', score: 9 }], [{ id: 'all', score: 1 }], [{ id: 'all', score: 1 }]]);
    expect(ranked.map((r) => r.id)).toEqual(['all']);
  });

  it('keeps every page a one-word search finds', () => {
    expect(rankPages([[{ id: 'a', score: 9 }, { id: 'b', score: 0.1 }]])).toHaveLength(2);
  });
});

describe('the reader’s own help first (issue 20)', () => {
  const others = otherCouncilsOf(['baby-packs', 'mentoring-uasc', 'our-own-project'], ['our-own-project']);

  it('counts every spotlight as another council’s but this council’s own', () => {
    expect([...others].sort()).toEqual(['baby-packs', 'mentoring-uasc']);
    expect([...otherCouncilsOf(['a', 'b'], [])].sort()).toEqual(['a', 'b']);
  });

  it('puts other councils’ spotlights after every offer, entitlement and chapter, however Pagefind scored them', () => {
    // As Pagefind ranked them for "pregnant": another council's baby packs first.
    const ranked = rankPages([
      [
        { id: 'baby-packs', score: 9 },
        { id: 'young-parents-offer', score: 4 },
        { id: 'our-own-project', score: 3 },
        { id: 'mentoring-uasc', score: 2 },
        { id: 'pregnant-chapter', score: 1 },
      ],
    ]);
    expect(ownHelpFirst(ranked, others).map((page) => page.id)).toEqual([
      'young-parents-offer',
      'our-own-project',
      'pregnant-chapter',
      'baby-packs',
      'mentoring-uasc',
    ]);
  });

  it('changes nothing where there are no other councils’ spotlights (the library’s site)', () => {
    const pages = [{ id: 'b' }, { id: 'a' }];
    expect(ownHelpFirst(pages, new Set())).toEqual(pages);
  });

  it('labels another council’s spotlight as its project, and keeps whose it is', () => {
    const label = 'Another council’s project';
    expect(resultLabels({ type: 'Spotlight', council: 'Kingston and Richmond' }, true, label)).toEqual({ tag: label, council: 'Kingston and Richmond' });
    expect(resultLabels({ type: 'Spotlight', council: 'Northdale County Council' }, false, label)).toEqual({ tag: 'Spotlight', council: 'Northdale County Council' });
    expect(resultLabels({ type: 'Offer' }, false, label)).toEqual({ tag: 'Offer', council: undefined });
  });
});

describe('the search words list reads what was missed (issue 20)', () => {
  const phrases = phrasesOf(readContent('content').searchWords);
  const searched = (query: string) => planQuery(query, phrases);

  it('"money for my first flat" is the setting-up-home allowance', () => {
    expect(searched('money for my first flat').concepts.map((c) => c.word)).toEqual(['setting-up-home', 'allowance']);
  });

  it('"homless" is homeless: urgent', () => {
    expect(searched('homless').urgent).toBe(true);
    expect(searched('homless').urgent).toBe(searched('homeless').urgent);
  });

  it('"uni accomodation summer" is somewhere to live in the university holidays, once the spelling is put right', () => {
    // A misspelling is never a search word (the list's words are the site's words for spelling
    // correction): one letter out, "accomodation" is searched as "accommodation" at once.
    expect(sureCorrection('accomodation', 'accommodation')).toBe(true);
    expect(searched('uni accommodation summer').concepts.map((c) => c.word)).toEqual(['university', 'holidays']);
  });

  it('"pregnant" and "baby" search for pregnant, parent and baby, not the other councils’ baby packs', () => {
    for (const query of ['pregnant', 'baby', 'I’m pregnant']) expect(searched(query).concepts.map((c) => c.word)).toEqual(['pregnant', 'parent', 'baby']);
  });

  it('"asylum" and "mentoring" are searched as the site says them', () => {
    expect(searched('asylum').concepts.map((c) => c.word)).toEqual(['came', 'uk', 'alone', 'asylum']);
    expect(searched('mentoring').concepts.map((c) => c.word)).toEqual(['mentor']);
  });
});

describe('"Did you mean"', () => {
  it('counts a swap of two letters as one mistake', () => {
    expect(editDistance('bursery', 'bursary')).toBe(1);
    expect(editDistance('rnet', 'rent')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  const vocabulary = ['bursary', 'burst', 'accommodation', 'university', 'counselling', 'council', 'rent'];

  it('finds the nearest word of the site, and nothing for a word it knows or a short one', () => {
    expect(closestWord('bursery', vocabulary)).toBe('bursary');
    expect(closestWord('acommodation', vocabulary)).toBe('accommodation');
    expect(closestWord('univercity', vocabulary)).toBe('university');
    expect(closestWord('counciling', vocabulary)).toBe('counselling');
    expect(closestWord('bursary', vocabulary)).toBeNull();
    expect(closestWord('rnt', vocabulary)).toBeNull();
    expect(closestWord('zzzzzzzz', vocabulary)).toBeNull();
  });

  it('knows the site’s words in other forms, and words still being typed', () => {
    const site = new Vocabulary(['bursary', 'lesson', 'driving', 'accommodation']);
    for (const word of ['bursary', 'bursaries', 'lessons', 'accom', 'uni', '2025']) expect(site.knows(word), word).toBe(true);
    for (const word of ['bursery', 'drivving', 'acommodation']) expect(site.knows(word), word).toBe(false);
    expect(site.closest('drivving')).toBe('driving');
    expect(site.closest('bursaries')).toBeNull();
    // Nothing to correct with: every word is taken as it is.
    expect(new Vocabulary([]).knows('bursery')).toBe(true);
  });

  it('is sure of one letter out, not of two', () => {
    expect(sureCorrection('pasport', 'passport')).toBe(true);
    expect(sureCorrection('benifits', 'benefits')).toBe(true);
    expect(sureCorrection('acomodation', 'accommodation')).toBe(false);
    expect(sureCorrection('kounselling', 'counselling')).toBe(false);
  });

  it('rewrites only the misspelt words of the query', () => {
    expect(respell('How do I get a Bursery?', new Map([['bursery', 'bursary']]))).toBe('How do I get a bursary?');
  });
});

describe('the vocabulary', () => {
  it('has only the words Pagefind indexes: inside data-pagefind-body, outside data-pagefind-ignore', () => {
    const html = `<html><head><title>Skip</title></head><body><header>Menu words</header>
      <main data-pagefind-body><h1>Higher education bursary</h1><p>Money for &ldquo;university&rdquo; &amp; college.</p>
      <nav data-pagefind-ignore><a href="/">Breadcrumbs here</a></nav><script>const secret = 1;</script><p>Ask your adviser<br>today.</p></main>
      <footer>Footer text</footer></body></html>`;
    const text = indexedText(html);
    expect(text).toContain('Higher education bursary');
    expect(text).toContain('university');
    expect(text).toContain('adviser today');
    for (const outside of ['Menu', 'Breadcrumbs', 'secret', 'Footer', 'Skip']) expect(text).not.toContain(outside);
    expect(indexedText('<main><h1>Not indexed</h1></main>')).toBe('');
  });

  it('lists words of four letters or more, most used first', () => {
    expect(vocabulary(['rent rent money', 'money rent and a bed'])).toEqual(['rent', 'money']);
  });
});

describe('what is typed in another language is folded to how the site writes it (issue 21, part 5)', () => {
  it('Arabic: hamza seats, madda, vowel marks, tatweel and Persian-keyboard letters are folded; a word is never split', () => {
    // "أموال" (money) typed with a hamza seat, "إعانة" with one below, "آمن" with madda.
    expect(normalise('أموال', 'ar')).toBe('اموال');
    expect(tokens('إعانة للسكن', 'ar')).toEqual(['اعانة', 'للسكن']);
    expect(normalise('آمن', 'ar')).toBe('امن');
    // Vowel marks and tatweel are not letters of the word.
    expect(normalise('مَـــال', 'ar')).toBe('مال');
    // A Persian keyboard's ی and ک in an Arabic search.
    expect(normalise('کتاب ی', 'ar')).toBe('كتاب ي');
    expect(normalise('مستشفى', 'ar')).toBe('مستشفي');
  });

  it('a letter with a hamza stays inside its word (NFKD used to leave the hamza as a mark, which became a space)', () => {
    expect(normalise('أموال', 'ar').split(' ')).toHaveLength(1);
    expect(normalise('سؤال', 'ar')).toBe('سوال');
  });

  it('Dari: Arabic-keyboard ي and ك become the Persian letters the site writes; آ stays a letter', () => {
    expect(normalise('كمك', 'prs')).toBe('کمک');
    expect(normalise('پولي', 'prs')).toBe('پولی');
    expect(normalise('آموزش', 'prs')).toBe('آموزش');
    expect(normalise('کمـــک', 'prs')).toBe('کمک');
  });

  it('Tigrinya: the Ethiopic word separator is a space', () => {
    expect(tokens('ገንዘብ፡ሓገዝ።', 'ti')).toEqual(['ገንዘብ', 'ሓገዝ']);
  });

  it('digits typed as Arabic-Indic or Persian are the Latin digits the site writes', () => {
    expect(normalise('٣٠٠٠ £', 'ar')).toBe('3000');
    expect(normalise('۲۰۲۶', 'prs')).toBe('2026');
  });

  it('a crisis phrase in Arabic from the search words list marks the search urgent, whichever letters were typed', () => {
    const entries = [{ says: ['لا مكان أنام فيه'], means: 'homeless emergency', urgent: true }];
    expect(planQuery('لا مكان انام فيه الليلة', entries, 'ar').urgent).toBe(true);
    expect(planQuery('مكان للدراسة', entries, 'ar').urgent).toBe(false);
  });

  it('English is read as before', () => {
    expect(normalise('Café can’t—pay')).toBe('cafe cant pay');
  });
});
