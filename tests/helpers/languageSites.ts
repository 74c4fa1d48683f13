/**
 * A council's site in several languages, for the browser tests of issue 21 (part 4): Demo
 * Borough in English, Arabic, Dari and Tigrinya, built from the English test snapshot
 * (`tests/fixtures/snapshot.json`) and language snapshots made from it here.
 *
 * The one place test language snapshots are made (`languageSnapshot`): it writes what the
 * exporter writes for a council and a language (the contract in `content/model/translation.ts`
 * and `content/model/sitePlan.ts`): the English snapshot's shape, a top-level `lang`, and on
 * every translatable entry a `translation`; an entry shown in English keeps its English text.
 * When the real exporter writes language snapshots, `buildLanguageSites` can take its output
 * instead of `LANGUAGE_FIXTURES`.
 *
 * The Arabic site has, on purpose:
 *  - an offer translated and checked (`higher-education-bursary`): `hreflang` alternates, in the sitemap;
 *  - an offer translated that needs checking (`setting-up-home-allowance`): "not checked" notice;
 *  - an offer whose translation is out of date (`council-tax-exemption`): the English, with
 *    "the English page changed on 20 November 2026" in Arabic;
 *  - an offer never translated (`leisure-pass`): the English, "not translated yet".
 *
 * `npx tsx tests/helpers/languageSites.ts` builds it into `.e2e/languages/site`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntryTranslation, TranslationState } from '@content/model/translation';
import { validateSnapshot } from '@content/model/snapshot';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
/** Where the language fixture's snapshots, plan and built site go. */
export const languagesDir = path.join(root, '.e2e', 'languages');
/** The council's site with its languages' folders (`ar/`, `prs/`, `ti/`). */
export const languagesSiteDir = path.join(languagesDir, 'site');
/** The public address the fixture is built with (the council's; its languages are under `/ar/` etc.). */
export const LANGUAGES_PUBLIC_URL = 'https://local-offer.demo-borough.example';
export const LANGUAGE_COUNCIL = 'demo-borough';

type Json = Record<string, unknown>;
/** What one entry's translation is in the fixture: its state, and its words when shown translated. */
export type FixtureTranslation = {
  state: TranslationState;
  outOfDate?: boolean;
  englishChangedOn?: string;
  checkedOn?: string;
  /** Fields replaced by the translation (only when it is shown: a shown state, not out of date). */
  text?: Json;
};
/** A language's fixture: for each collection, translations by slug (`authority` by itself); anything not named is not started. */
export type LanguageFixture = {
  lang: string;
  authority?: FixtureTranslation;
  /** The language's own search words (the CMS keeps a list per language, crisis words first); none when not given. */
  searchWords?: { says: string[]; means: string; urgent: boolean }[];
  entries: Partial<Record<(typeof TRANSLATABLE)[number], Record<string, FixtureTranslation>>>;
};

/** The snapshot's collections whose entries carry a translation (the contract's list). */
export const TRANSLATABLE = ['areas', 'offers', 'guides', 'spotlights', 'glossary', 'pledges', 'indicators'] as const;

/** A Lexical document of one paragraph per string (what the export writes for rich text). */
export function paragraphs(...texts: string[]): Json {
  const node = (text: string) => ({
    type: 'paragraph',
    format: '',
    indent: 0,
    direction: null,
    textFormat: 0,
    version: 1,
    children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  });
  return { root: { type: 'root', format: '', indent: 0, direction: null, version: 1, children: texts.map(node) } };
}

/** The day the English of the out-of-date offer changed, as the Arabic notice names it. */
export const ENGLISH_CHANGED_ON = '2026-11-20';

/** Demo Borough's languages in the fixture. */
export const LANGUAGE_FIXTURES: LanguageFixture[] = [
  {
    lang: 'ar',
    // Arabic's own crisis words: whichever letters are typed (أنام or انام), urgent help comes first.
    searchWords: [{ says: ['لا مكان أنام فيه', 'أريد أن أموت'], means: 'مساعدة', urgent: true }],
    authority: {
      state: 'needs-checking',
      text: {
        serviceName: 'خدمة ما بعد الرعاية',
        address: 'خدمة ما بعد الرعاية، مجلس ديمو بورو، 1 هاي ستريت، ديموتون DM1 1AA',
        emergency: { phone: '020 7946 0999', label: 'فريق الرعاية الاجتماعية للطوارئ خارج ساعات العمل', hours: 'المساء وعطلات نهاية الأسبوع والعطل الرسمية' },
      },
    },
    entries: {
      offers: {
        'setting-up-home-allowance': {
          state: 'needs-checking',
          text: {
            title: 'منحة تأسيس المنزل',
            summary: 'مال لشراء ما تحتاجه عندما تنتقل إلى أول منزل خاص بك. اتصل على 020 7946 0100 لتسأل عنها.',
            body: paragraphs('عندما تنتقل إلى أول منزل خاص بك، يمكنك الحصول على مال لشراء الأشياء التي تحتاجها.', 'للسؤال عنها، اتصل بخدمة ما بعد الرعاية على 020 7946 0100.'),
            howToGet: ['أخبر مستشارك الشخصي أنك ستنتقل إلى منزلك.', 'اكتبا معًا قائمة بما تحتاجه.'],
            whoToAsk: 'مستشارك الشخصي، أو خدمة ما بعد الرعاية على 020 7946 0000.',
            ifRefused: 'اطلب مراجعة القرار، أو قدّم شكوى.',
            legalBasis: 'قانون الأطفال لعام 1989.',
          },
        },
        'higher-education-bursary': {
          state: 'checked',
          checkedOn: '2026-11-02',
          text: {
            title: 'منحة التعليم العالي',
            summary: 'مال يساعدك على الدراسة في الجامعة.',
            body: paragraphs('إذا ذهبت إلى الجامعة، يمكنك الحصول على منحة تساعدك في تكاليف الدراسة.'),
            howToGet: ['أخبر مستشارك الشخصي بمكان دراستك.'],
            whoToAsk: 'مستشارك الشخصي.',
            ifRefused: 'اطلب مراجعة القرار، أو قدّم شكوى.',
            legalBasis: 'قانون الأطفال لعام 1989.',
          },
        },
        'council-tax-exemption': { state: 'checked', checkedOn: '2026-10-05', outOfDate: true, englishChangedOn: ENGLISH_CHANGED_ON },
      },
      areas: { accommodation: { state: 'needs-checking', text: { title: 'السكن', summary: 'مساعدة في إيجاد مكان للعيش والبقاء فيه.' } } },
    },
  },
  {
    lang: 'prs',
    entries: {
      offers: {
        'setting-up-home-allowance': {
          state: 'needs-checking',
          text: {
            title: 'کمک هزینهٔ راه‌اندازی خانه',
            summary: 'پول برای خرید چیزهایی که هنگام رفتن به اولین خانهٔ خود نیاز دارید. برای پرسیدن به 020 7946 0100 زنگ بزنید.',
            body: paragraphs('وقتی به اولین خانهٔ خود می‌روید، می‌توانید برای خرید چیزهای مورد نیاز پول بگیرید.'),
            howToGet: ['به مشاور شخصی خود بگویید که به خانهٔ خود می‌روید.'],
            whoToAsk: 'مشاور شخصی شما.',
            ifRefused: 'درخواست بازنگری کنید یا شکایت کنید.',
            legalBasis: 'قانون کودکان ۱۹۸۹.',
          },
        },
      },
    },
  },
  {
    lang: 'ti',
    entries: {
      offers: {
        'setting-up-home-allowance': {
          state: 'needs-checking',
          text: {
            title: 'ገንዘብ ንምጅማር ገዛ',
            summary: 'ናብ ናይ መጀመርታ ገዛኻ ክትግዕዝ ከለኻ ዘድልየካ ንምግዛእ ዝኸውን ገንዘብ። ንምሕታት ናብ 020 7946 0100 ደውል።',
            body: paragraphs('ናብ ናይ መጀመርታ ገዛኻ ክትግዕዝ ከለኻ፡ ዘድልየካ ነገራት ንምግዛእ ገንዘብ ክትረክብ ትኽእል ኢኻ።'),
            howToGet: ['ናብ ገዛኻ ከም እትግዕዝ ንውልቃዊ ኣማኻሪኻ ንገሮ።'],
            whoToAsk: 'ውልቃዊ ኣማኻሪኻ።',
            ifRefused: 'ክለሳ ሕተት፡ ወይ ጥርዓን ኣቕርብ።',
            legalBasis: 'ሕጊ ቈልዑ 1989።',
          },
        },
      },
    },
  },
];

/** What the snapshot says of an entry's translation, and its fields (the English ones, unless it is shown translated). */
function translated(entry: Json, lang: string, fixture: FixtureTranslation | undefined): Json {
  const state = fixture?.state ?? 'not-started';
  const outOfDate = fixture?.outOfDate ?? false;
  const shown = (state === 'needs-checking' || state === 'checked') && !outOfDate;
  const translation: EntryTranslation = {
    shownIn: shown ? lang : 'en',
    state,
    outOfDate,
    englishChangedOn: fixture?.englishChangedOn ?? null,
    checkedOn: fixture?.checkedOn ?? null,
  };
  const text = shown ? (fixture?.text ?? {}) : {};
  const merged: Json = { ...entry };
  for (const [key, value] of Object.entries(text)) {
    const english = entry[key];
    merged[key] = value && typeof value === 'object' && !Array.isArray(value) && english && typeof english === 'object' && !('root' in (value as Json)) ? { ...(english as Json), ...(value as Json) } : value;
  }
  return { ...merged, translation };
}

/** A language's snapshot made from the English one, as the exporter writes it (see the top of this file). */
export function languageSnapshot(english: Json, fixture: LanguageFixture): Json {
  const out: Json = { ...english, lang: fixture.lang, searchWords: fixture.searchWords ?? [] };
  if (english.authority) out.authority = translated(english.authority as Json, fixture.lang, fixture.authority);
  for (const collection of TRANSLATABLE) {
    const list = (english[collection] as Json[] | undefined) ?? [];
    const bySlug = fixture.entries[collection] ?? {};
    const slugs = new Set(list.map((e) => String(e.slug)));
    for (const slug of Object.keys(bySlug)) if (!slugs.has(slug)) throw new Error(`The ${fixture.lang} fixture translates ${collection} "${slug}", which the English snapshot does not have.`);
    out[collection] = list.map((entry) => translated(entry, fixture.lang, bySlug[String(entry.slug)]));
  }
  return out;
}

/** Writes the snapshots and the build plan: the council's English site and one site per language (`demo-borough/ar`). */
export function writeLanguagePlan(fixtures: LanguageFixture[] = LANGUAGE_FIXTURES): string {
  rmSync(languagesDir, { recursive: true, force: true });
  const english = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'snapshot.json'), 'utf8')) as Json;
  english.authority = { ...(english.authority as Json), siteUrl: LANGUAGES_PUBLIC_URL };
  const write = (name: string, snapshot: Json) => {
    // A fixture entry the site would leave out (a field in the wrong shape) would test nothing: refuse it here.
    const { excluded } = validateSnapshot(snapshot, `the ${name} fixture`);
    if (excluded.length) throw new Error(`The ${name} language fixture breaks the snapshot schema:\n${excluded.join('\n')}`);
    const dir = path.join(languagesDir, 'snapshots', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot, null, 2));
    return path.join(dir, 'snapshot.json');
  };
  const sites = [
    { key: LANGUAGE_COUNCIL, snapshot: write('en', english), siteUrl: LANGUAGES_PUBLIC_URL },
    ...fixtures.map((f) => ({ key: `${LANGUAGE_COUNCIL}/${f.lang}`, lang: f.lang, snapshot: write(f.lang, languageSnapshot(english, f)), siteUrl: LANGUAGES_PUBLIC_URL })),
  ];
  const plan = path.join(languagesDir, 'plan.json');
  writeFileSync(plan, JSON.stringify({ sites }, null, 2));
  return plan;
}

/** Builds the fixture: one `astro build` of the plan, the media, and the Pagefind index (one per language, split by `<html lang>`). */
export async function buildLanguageSites(): Promise<{ pages: number }> {
  const plan = writeLanguagePlan();
  const out = path.join(languagesDir, 'out');
  const { runAstroBuild } = await import('@platform/build/buildSite');
  await runAstroBuild({ plan, outDir: out });
  cpSync(path.join(out, LANGUAGE_COUNCIL), languagesSiteDir, { recursive: true });
  cpSync(path.join(root, 'tests', 'fixtures', 'media'), path.join(languagesSiteDir, 'media'), { recursive: true });
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: languagesSiteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(languagesSiteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const { pages } = await buildLanguageSites();
  console.log(`Built the language fixture in ${((Date.now() - started) / 1000).toFixed(1)} s: ${languagesSiteDir} (${pages} pages indexed)`);
}
