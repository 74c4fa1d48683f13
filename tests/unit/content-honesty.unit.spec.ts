import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { councilOffers, parseFrontMatter, readContent } from '@cms/seed/readContent';
import { NATIONAL_GUIDE } from '@content/model/guides';
import { milestoneSchema, outcomeSchema, projectFactSchema } from '@content/model/schemas';

/**
 * Issue 9: the demo content never overstates the law, shows figures as their source gives
 * them, makes only claims that are true today, and gives search the words people type.
 * Each test is something a care leaver, a PA or another council's officer would notice.
 */
const content = readContent('content');
/**
 * Every offer page of every council's site, as the files give it: its local offers, and each
 * national entitlement with the council's local details applied (`where` names both files).
 */
const offers = content.councils.flatMap((council) =>
  councilOffers(content, council).map((o) => ({ ...o, council, where: o.localDetail ? `${o.file} with ${o.localDetail}` : o.file })),
);
const demo = content.councils.find((c) => c.slug === 'demo-borough')!;
/** Demo Borough's pages by slug. */
const bySlug = new Map(offers.filter((o) => o.council === demo).map((o) => [o.slug, o]));
/** Every guide chapter: the national guide's (written once) and any council's own. */
const chapters = [...content.guideChapters, ...content.councils.flatMap((c) => c.guides.flatMap((g) => g.chapters))];
/** The files an offer page comes from: the entitlements and every council's local offers. */
const offerFiles = [...content.entitlements, ...content.councils.flatMap((c) => c.offers)];

type Offer = Pick<(typeof offers)[number], 'title' | 'summary' | 'eligibility' | 'amount' | 'howToGet' | 'whoToAsk' | 'ifRefused' | 'legalBasis' | 'body'>;
/** Everything a reader sees of an offer, as one text. */
const offerWords = (o: Offer) =>
  [o.title, o.summary, o.eligibility.notes, o.amount.note, ...o.howToGet, o.whoToAsk, o.ifRefused, o.legalBasis, o.body].filter(Boolean).join('\n');

/** Every piece of prose in content/, with where it came from. */
const prose: { where: string; text: string }[] = [
  ...content.entitlements.map((e) => ({ where: e.file, text: offerWords(e) })),
  ...offers.map((o) => ({ where: o.where, text: offerWords(o) })),
  ...content.councils.flatMap((c) => c.guides.map((g) => ({ where: `${c.slug} guide ${g.slug}`, text: [g.title, g.summary, g.intro].join('\n') }))),
  ...chapters.map((c) => ({ where: c.file, text: [c.title, c.summary, c.body].join('\n') })),
  ...content.councils.flatMap((c) => c.guideLocalParts.map((p) => ({ where: p.file, text: [p.whoToAsk, ...p.steps, p.note].filter(Boolean).join('\n') }))),
  ...content.glossary.map((t) => ({ where: `glossary.yaml ${t.slug}`, text: `${t.term}. ${t.meaning}` })),
  ...content.councils.flatMap((c) => c.pledges.map((p) => ({ where: p.file, text: `${p.youSaid} ${p.weDid}` }))),
  ...content.areas.map((a) => ({ where: `areas.yaml ${a.slug}`, text: `${a.title}. ${a.summary}` })),
  ...content.spotlights.map((s) => ({ where: s.file, text: [s.title, s.summary, s.body].join('\n') })),
];

/** Sentences (and list items), so a claim and its caveat are judged together. */
const sentences = (text: string) =>
  text
    .replace(/\*\*|__|#+ /g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

const allSentences = prose.flatMap(({ where, text }) => sentences(text).map((sentence) => ({ where, sentence })));

describe('legal status: nothing announced is shown as settled', () => {
  // ../shared/FACTS.md marks these ⚠ (announced, not confirmed in force): Staying Close as a
  // duty (Children's Wellbeing and Schools Act 2026, s7, prospective) and free prescriptions,
  // dental and eye care for care leavers up to 25 (DHSC announcement, 23 December 2025).
  const unconfirmed = [
    { subject: 'Staying Close as a legal duty', about: /staying close/i },
    { subject: 'free prescriptions, dental and eye care up to 25', about: /prescription/i },
  ];

  it.each(unconfirmed)('every offer about $subject is "announced", not in force', ({ about }) => {
    const matching = offers.filter((o) => about.test(o.title));
    expect(matching.length, 'no offer found: the test would pass without checking anything').toBeGreaterThan(0);
    expect(matching.map((o) => [o.where, o.legalStatus])).toEqual(matching.map((o) => [o.where, 'announced']));
  });

  it('every announced offer says so in plain words where a reader looks first', () => {
    const announced = offers.filter((o) => o.legalStatus === 'announced');
    expect(announced.length).toBeGreaterThan(0);
    for (const o of announced) {
      expect(o.summary, `${o.where} summary`).toMatch(/announced/i);
      expect(o.summary, `${o.where} summary`).toMatch(/not in force/i);
      expect(o.summary, `${o.where} summary`).toMatch(/ask your PA/i);
      expect(o.body, `${o.where} body`).toContain('Announced, not in force yet. Ask your PA.');
      expect(o.legalBasis, `${o.where} legal basis`).toMatch(/not (yet )?in force/i);
    }
  });

  it('a new law whose start date FACTS.md has not confirmed is never described as already in force', () => {
    // The 2026 Act's Staying Close duty (s7) and financial literacy (s8) are both ⚠ commencement.
    const aboutNewLaw = allSentences.filter(({ sentence }) => /new law|Wellbeing and Schools Act|2026 law/i.test(sentence));
    expect(aboutNewLaw.length).toBeGreaterThan(0);
    const settled = aboutNewLaw.filter(
      ({ sentence }) =>
        /\b(adds|added|made|makes|gives you)\b/i.test(sentence) ||
        !/\b(will|not (yet )?in force|not started|has not started|announced|not confirmed|once that part starts|when (it|this|that part of the law) starts)\b/i.test(sentence),
    );
    expect(settled.map((s) => `${s.where}: ${s.sentence}`)).toEqual([]);
  });

  it('only announced offers use the words "announced" or "not in force" about themselves in their badge fields', () => {
    const inForce = offers.filter((o) => o.legalStatus === 'in-force');
    const contradicting = inForce.filter((o) => /announced|not (yet )?in force/i.test(`${o.summary} ${o.amount.note ?? ''}`));
    expect(contradicting.map((o) => o.where)).toEqual([]);
  });
});

describe('national figures: fixed, minimum or recommended, said the way the law says it', () => {
  it('no page says under 18s get prescriptions or eye tests free (FACTS.md: free under 16, and 16 to 18 in full-time education)', () => {
    // Found on Demo Borough's health charges page after the national entitlement was fixed (issue 20):
    // every page, local details applied, is checked, not one file.
    const health = offers.filter((o) => /prescription|health (charges|costs)/i.test(`${o.title} ${o.slug}`));
    expect(health.length, 'no health charges page found: the test would pass without checking anything').toBeGreaterThan(0);
    const wrong = health.flatMap((o) => sentences(offerWords(o)).filter((s) => /\bunder[ -]?18s?\b/i.test(s) && /\bfree\b/i.test(s) && !/dental/i.test(s)).map((s) => `${o.where}: ${s}`));
    expect(wrong).toEqual([]);
  });

  it('nothing calls a national figure "the national minimum" (the £3,000 is recommended guidance; the £2,000 is fixed)', () => {
    const wrong = allSentences.filter(({ sentence }) => /national (recommended )?minimum/i.test(sentence));
    expect(wrong.map((s) => `${s.where}: ${s.sentence}`)).toEqual([]);
  });

  it('each national figure says what it is: the HE bursary is set in law, the setting-up-home £3,000 is recommended', () => {
    for (const council of content.councils) {
      const pages = new Map(offers.filter((o) => o.council === council).map((o) => [o.slug, o]));
      expect(pages.get('higher-education-bursary')?.amount, council.slug).toMatchObject({ value: 2000, nationalMinimum: 2000, nationalBasis: 'set-in-law' });
      expect(pages.get('setting-up-home-allowance')?.amount, council.slug).toMatchObject({ nationalMinimum: 3000, nationalBasis: 'recommended' });
    }
    for (const o of [...content.entitlements, ...offers].filter((x) => x.amount.nationalMinimum != null)) {
      expect(o.amount.nationalBasis, `${o.file}: a national figure must say what it is`).toBeTruthy();
    }
  });

  it('a figure that national guidance only recommends is paid by each council at its own amount, and a council below it says so', () => {
    for (const council of content.councils) {
      const page = offers.find((o) => o.council === council && o.slug === 'setting-up-home-allowance')!;
      expect(page.amount.type, `${council.slug}: its own amount`).toBe('money');
      expect(page.amount.value, council.slug).toBeGreaterThan(0);
      if (page.amount.value! < page.amount.nationalMinimum!) {
        expect(`${page.summary} ${page.amount.note}`, `${page.where}: pays below the recommended figure`).toMatch(/less than|below/i);
      }
    }
  });

  it('a figure fixed in law is never called recommended or a minimum', () => {
    for (const o of offers.filter((x) => x.amount.nationalBasis === 'set-in-law')) {
      const wrong = sentences(offerWords(o)).filter((s) => /recommend|minimum|at least/i.test(s));
      expect(wrong, o.where).toEqual([]);
    }
    // The HE bursary wherever it is mentioned: guide chapters, glossary, other offers.
    const bursary = allSentences.filter(({ sentence }) => /£2,000/.test(sentence) && /bursary|university|higher education/i.test(sentence));
    expect(bursary.length).toBeGreaterThan(0);
    expect(bursary.filter(({ sentence }) => /recommend|minimum|at least|up to/i.test(sentence)).map((s) => `${s.where}: ${s.sentence}`)).toEqual([]);
  });

  it('a recommended figure is called guidance or recommended, never a legal minimum or a duty', () => {
    for (const o of offers.filter((x) => x.amount.nationalBasis === 'recommended')) {
      expect(`${o.amount.note} ${o.legalBasis}`, o.where).toMatch(/recommend|guidance/i);
    }
    const setUpHome = allSentences.filter(
      ({ sentence }) => /£3,000/.test(sentence) && /setting-up-home|leaving care grant|first home|councils (should )?pay|recommend|guidance|furnish/i.test(sentence),
    );
    expect(setUpHome.length).toBeGreaterThan(0);
    const wrong = setUpHome.filter(({ sentence }) => !/recommend|guidance/i.test(sentence) || /\bmust\b|the law|legal minimum(?! )/i.test(sentence.replace(/not a legal minimum/i, '')));
    expect(wrong.map((s) => `${s.where}: ${s.sentence}`)).toEqual([]);
  });

  it('money paid in parts is never shown as paid once', () => {
    for (const slug of ['care-leaver-apprenticeship-bursary', 'higher-education-bursary']) {
      expect(offers.filter((o) => o.slug === slug).map((o) => o.amount.period)).toEqual(content.councils.map(() => 'instalments'));
    }
    const inParts = offers.filter((o) => o.amount.type === 'money' && /instalments|paid in parts|split into payments/i.test(`${o.amount.note} ${o.body}`));
    expect(inParts.filter((o) => o.amount.period === 'once').map((o) => o.where)).toEqual([]);
  });
});

describe('living outside the area: every offer says whether it applies', () => {
  const frontMatter = offerFiles.map((o) => ({ o, data: parseFrontMatter(readFileSync(o.file, 'utf8'), o.file).data }));

  it('every offer file decides its legal status and whether it applies outside the area (no silent defaults)', () => {
    const missing = frontMatter.flatMap(({ o, data }) =>
      ['legalStatus', 'livingElsewhere'].filter((field) => !(field in data)).map((field) => `${o.file}: ${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('a national entitlement applies wherever the care leaver lives', () => {
    expect(content.entitlements.filter((o) => o.livingElsewhere !== 'applies').map((o) => `${o.file}: ${o.livingElsewhere}`)).toEqual([]);
  });

  /** "Demo Borough", "Northdale", "Riverford": how a council's pages name its area. */
  const placeName = (o: (typeof offers)[number]) => o.council.authority.name.replace(/ (Borough |County |City )?Council$/, '').replace(/^Demo$/, 'Demo Borough');

  it('a local offer that depends on living in the council\'s area says what someone living elsewhere can do', () => {
    const limited = offers.filter((o) => o.livingElsewhere !== 'applies');
    expect(limited.every((o) => o.kind === 'local')).toBe(true);
    // Council tax is the clearest local perk that needs living in the area, in every council.
    for (const council of content.councils) {
      expect(offers.find((o) => o.council === council && o.slug === 'council-tax-support')?.livingElsewhere, council.slug).toBe('in-area-only');
    }
    expect(bySlug.get('travel-discount')?.livingElsewhere).toBe('in-area-only');
    const silent = limited.filter(
      (o) =>
        !new RegExp(`outside (the borough|the county|the city|${placeName(o)})|live(s)? elsewhere|live(s)? somewhere else|further away|far away|another council`, 'i').test(
          `${o.summary} ${o.eligibility.notes}`,
        ),
    );
    expect(silent.map((o) => o.where)).toEqual([]);
  });

  it('an offer marked as applying everywhere never says it is only for people living in the council\'s area', () => {
    const applies = offers.filter((o) => o.livingElsewhere === 'applies');
    const contradicting = applies.filter((o) =>
      new RegExp(`only (for|if) [^.]*\\blive in (${placeName(o)}|the borough|the county|the city)`, 'i').test(offerWords(o)),
    );
    expect(contradicting.map((o) => o.where)).toEqual([]);
  });

  it('the page for care leavers living elsewhere covers what replaces each in-area-only offer', () => {
    const outside = offerWords(bySlug.get('living-outside-demo-borough')!);
    expect(outside).toMatch(/council tax/i);
    expect(outside).toMatch(/bus pass|travel/i);
  });
});

describe('spotlights: figures as the source gives them', () => {
  it('every figure keeps its whole label: no comma in a label cuts it short', () => {
    // In a YAML flow mapping `{ label: a, b, value: 1 }` the comma ends the label ("a") and
    // turns "b" into a stray key, which the schema drops without a word: quote such labels.
    const known = { outcomes: Object.keys(outcomeSchema.shape), facts: Object.keys(projectFactSchema.shape), milestones: Object.keys(milestoneSchema.shape) } as const;
    const cut = content.spotlights.flatMap((s) => {
      const { data } = parseFrontMatter(readFileSync(s.file, 'utf8'), s.file);
      return (Object.keys(known) as (keyof typeof known)[]).flatMap((field) =>
        ((data[field] as Record<string, unknown>[] | undefined) ?? []).flatMap((entry) =>
          Object.keys(entry)
            .filter((key) => !(known[field] as readonly string[]).includes(key))
            .map((key) => `${s.file}: ${field} "${String(entry.label)}" lost "${key}"`),
        ),
      );
    });
    expect(cut).toEqual([]);
  });

  it('no outcome is a year or a date (those are milestones)', () => {
    const outcomes = content.spotlights.flatMap((s) => [...s.outcomes, ...s.facts].map((o) => ({ s, o })));
    const dated = outcomes.filter(({ o }) => /^(year|date)s?$/i.test(o.unit.trim()) && !/^years$/i.test(o.unit.trim()));
    expect(dated.map(({ s, o }) => `${s.file}: ${o.label}`)).toEqual([]);
    // A number that reads as a year ("2,020 year") is a milestone too, unless it is money.
    const yearLike = outcomes.filter(({ o }) => Number.isInteger(o.value) && o.value >= 1990 && o.value <= 2100 && !['GBP', 'USD'].includes(o.unit));
    expect(yearLike.map(({ s, o }) => `${s.file}: ${o.label} = ${o.value} ${o.unit}`)).toEqual([]);
  });

  it('milestones give their time as the source words it', () => {
    for (const s of content.spotlights) {
      for (const m of s.milestones) expect(typeof m.when, `${s.file}: ${m.label}`).toBe('string');
    }
    const brent = content.spotlights.find((s) => s.slug === 'brent-care-journeys')!;
    expect(brent.milestones.map((m) => m.when)).toContain('November 2024');
  });

  it('a qualified figure ("over 50", "less than six months") keeps its qualifier in a readable label', () => {
    const labels = content.spotlights.flatMap((s) => [...s.outcomes, ...s.facts].map((o) => ({ s, o })));
    const dangling = labels.filter(({ o }) => /,\s*(more than|less than|up to|at least|around|close to|over)\s*$/i.test(o.label));
    expect(dangling.map(({ s, o }) => `${s.file}: ${o.label}`)).toEqual([]);
    const label = (slug: string, value: number) =>
      [...(content.spotlights.find((s) => s.slug === slug)?.outcomes ?? []), ...(content.spotlights.find((s) => s.slug === slug)?.facts ?? [])].find((o) => o.value === value)?.label ?? '(missing)';
    expect(label('sutton-kickstart-futures', 82.35)).toMatch(/education, training or employment/i);
    expect(label('redbridge-care-leaver-covenant', 50)).toMatch(/over 50/i);
    expect(label('greenwich-mental-health-and-wellbeing', 6)).toMatch(/less than six months/i);
    expect(label('ealing-take-over-day', 18)).toMatch(/\bEET\b/);
  });

  it('names what the source names: Merton\'s Christmas card is from the counsellors', () => {
    const merton = content.spotlights.find((s) => s.slug === 'merton-annual-celebrations')!;
    const text = `${merton.summary} ${merton.body}`;
    expect(text).toMatch(/counsellors/);
    expect(text).not.toMatch(/councillors/i);
  });

  it('states a source year only where the source states one (neither the LIIA collection nor the Ealing slides do)', () => {
    const withYear = content.spotlights.filter((s) => s.source.year != null);
    expect(withYear.map((s) => `${s.file}: ${s.source.year}`)).toEqual([]);
  });
});

describe('claims kept true', () => {
  const today = new Date().toISOString().slice(0, 10);

  it('every guide chapter and spotlight says when it was last checked, and no date is in the future', () => {
    const dated = [...chapters.map((c) => ({ file: c.file, date: c.lastReviewed })), ...content.spotlights.map((s) => ({ file: s.file, date: s.lastReviewed }))];
    expect(dated.filter((d) => !d.date).map((d) => d.file)).toEqual([]);
    expect(dated.filter((d) => d.date && d.date > today).map((d) => `${d.file}: ${d.date}`)).toEqual([]);
    const offerDates = offerFiles.filter((o) => o.lastReviewed > today);
    expect(offerDates.map((o) => `${o.file}: ${o.lastReviewed}`)).toEqual([]);
  });

  it('the guide and the About page agree: no young person has checked the words yet', () => {
    // The rights guide is national now (issue 20): its summary and intro are the model's.
    const guideText = [NATIONAL_GUIDE.summary, ...NATIONAL_GUIDE.intro].join('\n');
    expect(guideText).not.toMatch(/written with care leavers|care leavers[^.]*checked every chapter/i);
    expect(guideText).toMatch(/have not checked the words yet/i);
    const about = readFileSync('site/pages/[...council]/about.mdx', 'utf8');
    expect(about).toMatch(/not yet been checked by care-experienced young people|no young people have done this yet/i);
  });

  it('nothing claims that young people checked or wrote this site\'s words', () => {
    const claims = allSentences.filter(
      ({ where, sentence }) =>
        !where.startsWith('content/spotlights/') &&
        !/\b(not|never|nobody|no one)\b/i.test(sentence) &&
        /\b(care leavers|young people|alumni|young editors|the forum)\b[^.]*\b(checked|helped (us )?(re)?write|rewrote|co-wrote|wrote)\b[^.]*\b(guide|guides|chapter|chapters|words|site|pages)\b/i.test(sentence),
    );
    expect(claims.map((c) => `${c.where}: ${c.sentence}`)).toEqual([]);
  });
});

describe('each council\'s public address', () => {
  it.each(content.councils.map((c) => [c.slug, c]))('%s: a real https address under a reserved demo domain, never localhost', (_slug, council) => {
    const siteUrl = council.authority.siteUrl;
    expect(siteUrl).toBeTruthy();
    const url = new URL(siteUrl!);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).not.toMatch(/^(localhost|127\.|0\.0\.0\.0|\[::1\])/);
    expect(url.hostname.endsWith('.example')).toBe(true);
  });
});

describe('search words: what people type finds the page that answers', () => {
  const words = content.searchWords;
  const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").trim();

  it('has at least 60 entries, none of them repeating a phrase another entry uses', () => {
    expect(words.length).toBeGreaterThanOrEqual(60);
    const seen = new Map<string, number>();
    const repeated: string[] = [];
    words.forEach((w, i) => {
      for (const say of w.says.map(norm)) {
        if (seen.has(say) && seen.get(say) !== i) repeated.push(`"${say}" (entries ${seen.get(say)! + 1} and ${i + 1})`);
        seen.set(say, i);
      }
    });
    expect(repeated).toEqual([]);
  });

  it('every danger, self-harm, suicide, abuse, nowhere-to-sleep and no-food-tonight phrase puts urgent help first', () => {
    const crisis = [
      'suicidal', 'kill myself', 'want to die', 'self harm', 'self-harm', 'hurting myself', 'overdose',
      'unsafe', 'in danger', 'not safe', 'abused', 'domestic abuse', 'domestic violence', 'raped',
      'kicked out', 'nowhere to sleep', 'nowhere to stay tonight', 'sleeping rough', 'homeless',
      'no food', 'no food tonight', "can't afford food", 'nothing to eat', 'samaritans', 'childline', "can't cope",
    ];
    const urgent = new Set(words.filter((w) => w.urgent).flatMap((w) => w.says.map(norm)));
    expect(crisis.filter((phrase) => !urgent.has(norm(phrase)))).toEqual([]);
    for (const w of words.filter((x) => x.urgent)) expect(w.means, w.says.join(', ')).toMatch(/^urgent help\b/i);
  });

  it('every word a search is turned into is on the page that answers it', () => {
    const tokens = (text: string) => new Set(norm(text).match(/[a-z0-9£]+(?:[-'][a-z0-9]+)*/g) ?? []);
    const i18n = JSON.parse(readFileSync('site/i18n/en.json', 'utf8')) as {
      helpNow: Record<string, unknown>;
      spotlights: { title: string; lead: string };
    };
    const flatten = (value: unknown): string => (typeof value === 'string' ? value : value && typeof value === 'object' ? Object.values(value).map(flatten).join(' ') : '');
    const urgentPage = tokens(flatten(i18n.helpNow));
    const pages = [
      ...prose.map((p) => ({ where: p.where, words: tokens(p.text) })),
      ...offers.map((o) => ({ where: o.where, words: tokens(offerWords(o)) })),
      { where: 'glossary page', words: tokens(content.glossary.map((t) => `${t.term} ${t.meaning} ${t.aliases.join(' ')}`).join(' ')) },
      { where: 'spotlights index', words: tokens(`${i18n.spotlights.title} ${i18n.spotlights.lead} ${content.spotlights.map((s) => `${s.title} ${s.summary}`).join(' ')}`) },
    ];
    const lost = words.flatMap((w) => {
      const wanted = [...tokens(w.means)];
      if (w.urgent) return wanted.filter((t) => !urgentPage.has(t)).map((t) => `urgent "${w.means}": "${t}" is not on the urgent help page`);
      return pages.some((p) => wanted.every((t) => p.words.has(t))) ? [] : [`"${w.means}" (for ${w.says[0]}): no single page has all these words`];
    });
    expect(lost).toEqual([]);
  });
});

describe('national content is written once, with nothing of any one council in it', () => {
  /** A council's full name and the name of its place ("Northdale County Council", "Northdale"). */
  const names = content.councils.flatMap((c) => [c.authority.name, c.authority.name.replace(/ (Borough |County |City )?Council$/, '')]);
  const chapterWords = (c: (typeof content.guideChapters)[number]) => [c.title, c.summary, c.body, c.legalBasis ?? ''].join('\n');
  const nationalText = [
    ...content.entitlements.map((e) => ({ where: e.file, text: [offerWords(e), e.sourceUrl ?? ''].join('\n') })),
    // The national guide's chapters too (issue 20): each council's part is in its guides-local.yaml.
    ...content.guideChapters.map((c) => ({ where: c.file, text: [chapterWords(c), ...c.sources.map((source) => source.url)].join('\n') })),
  ];

  it('no entitlement or national guide chapter names a council, a phone number, an email address or a council website', () => {
    expect(nationalText.length).toBeGreaterThan(20);
    const local = nationalText.flatMap(({ where, text }) => [
      ...names.filter((name) => text.toLowerCase().includes(name.toLowerCase())).map((name) => `${where}: names "${name}"`),
      ...(text.match(/\b0\d{2,4}[ \d]{6,9}\d\b|\b\d{3} \d{4}\b/g) ?? []).map((phone) => `${where}: a phone number "${phone}"`),
      ...(text.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []).map((email) => `${where}: an email address "${email}"`),
      ...(text.match(/https?:\/\/[^\s)]+\.example\b[^\s)]*/g) ?? []).map((url) => `${where}: a council address "${url}"`),
    ]);
    expect(local).toEqual([]);
  });

  it('no entitlement or national guide chapter speaks as a council ("we", "our", "us"): a council says that in its local part', () => {
    const voiced = [...content.entitlements.map((e) => ({ file: e.file, text: offerWords(e) })), ...content.guideChapters.map((c) => ({ file: c.file, text: chapterWords(c) }))].flatMap((e) =>
      sentences(e.text)
        .filter((sentence) => /\b(we|our|us|we'll|we're)\b/i.test(sentence))
        .map((sentence) => `${e.file}: ${sentence}`),
    );
    expect(voiced).toEqual([]);
  });

  it('every council\'s folder says it is fictional demo content, with drama phone numbers and reserved domains', () => {
    // Ofcom's numbers for drama: 020 7946 0xxx, 0113/0117/0118 496 0xxx, 01632 960xxx, 07700 900xxx.
    const drama = /^(020 7946 0\d{3}|01(1[3-8]|21|31|41|51|61) 496 0\d{3}|01632 960\d{3}|07700 900\d{3})$/;
    for (const council of content.councils) {
      const { authority } = council;
      expect(authority.isDemo, council.slug).toBe(true);
      expect(readFileSync(authority.file, 'utf8'), `${authority.file}: a comment saying it is fictional`).toMatch(/^#.*fictional/im);
      expect([authority.phone, authority.emergency.phone, authority.complaints.phone].filter((p) => !drama.test(p)), authority.file).toEqual([]);
      expect([authority.email, authority.complaints.email].every((e) => e.endsWith('.example')), authority.file).toBe(true);
      expect(new URL(authority.complaints.formUrl).hostname.endsWith('.example'), authority.file).toBe(true);
      const text = [
        ...councilOffers(content, council).map(offerWords),
        ...council.pledges.map((p) => `${p.youSaid} ${p.weDid}`),
        ...council.guideLocalParts.map((p) => [p.whoToAsk, ...p.steps, p.note].filter(Boolean).join('\n')),
      ].join('\n');
      const phones = (text.match(/\b0\d{2,4} \d{3,4} ?\d{3,4}\b/g) ?? []).filter((p) => !drama.test(p));
      expect(phones, `${council.slug}: phone numbers outside the drama ranges`).toEqual([]);
      const emails = (text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []).filter((e) => !e.endsWith('.example'));
      expect(emails, `${council.slug}: emails outside .example`).toEqual([]);
    }
  });
});
