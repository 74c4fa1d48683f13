/**
 * The content contract (`content/model/`) is the only place the model's word lists and
 * rules are written: the CMS's select options and validators, the snapshot schemas, the
 * content-file checks and the site's labels all come from it. These tests fail when one of
 * them is written again somewhere else, or drifts from the model.
 */
import { CHANGE_KINDS, CHANGE_PAGE } from '@content/model/changeLog';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  authoritySchema,
  cmsFieldPath,
  collectionSchemas,
  ISO_DATE,
  LIMITS,
  ONS_CODE,
  SLUG,
  validateSnapshot,
  VOCABULARIES,
  withCmsNames,
  type Vocabulary,
  type VocabularyName,
} from '@content/model';
import { Authorities } from '@cms/collections/Authorities';
import { CouncilRegister } from '@cms/collections/CouncilRegister';
import { GuideChapters } from '@cms/collections/GuideChapters';
import { Guides } from '@cms/collections/Guides';
import { Indicators } from '@cms/collections/Indicators';
import { Offers } from '@cms/collections/Offers';
import { Entitlements } from '@cms/collections/Entitlements';
import { EASY_READ_PICTURE_NAMES, EASY_READ_PICTURES } from '@content/model/easyRead';
import { TRANSLATION_STATES } from '@content/model/translation';
import { TRANSLATION_LOCALE_IDS } from '@content/model/locales';
import { Pledges } from '@cms/collections/Pledges';
import { Spotlights } from '@cms/collections/Spotlights';
import { slugField } from '@cms/fields/slug';
import { toSnapshot } from '@cms/lib/snapshotMapping';
import { readContent } from '@cms/seed/readContent';
import en from '@site/i18n/en.json' with { type: 'json' };
import { english } from '@site/i18n';
import { vocabularyLabelKeys, type MissingLabels } from '@site/i18n/vocabularyLabels';

const { t } = english();

/** Which vocabulary each CMS select field uses: a select not listed here fails the test. */
const CMS_SELECTS: Record<string, VocabularyName> = {
  'offers.kind': 'offerKind',
  'offers.legalStatus': 'legalStatus',
  'offers.livingElsewhere': 'livingElsewhere',
  'offers.eligibility.careStatus': 'careStatus',
  'offers.eligibility.circumstances': 'circumstance',
  'offers.amount.type': 'amountType',
  'offers.amount.period': 'period',
  'offers.amount.nationalBasis': 'nationalBasis',
  'offers.compareAs': 'comparisonItem',
  'guides.chapters.circumstances': 'circumstance',
  'guide-chapters.circumstances': 'circumstance',
  'spotlights.themes': 'spotlightTheme',
  'spotlights.outcomes.kind': 'outcomeKind',
  'council-register.type': 'councilType',
  'council-register.region': 'region',
  'pledges.progress': 'pledgeStatus',
  'pledges.source': 'pledgeSource',
  'indicators.unit': 'indicatorUnit',
  'indicators.figures.placeKind': 'placeKind',
};

/** Which vocabulary each enum of the snapshot schemas uses: an enum not listed here fails the test. */
const SCHEMA_ENUMS: Record<string, VocabularyName> = {
  'offers.kind': 'offerKind',
  'offers.legalStatus': 'legalStatus',
  'offers.livingElsewhere': 'livingElsewhere',
  'offers.eligibility.careStatus': 'careStatus',
  'offers.eligibility.circumstances': 'circumstance',
  'offers.amount.type': 'amountType',
  'offers.amount.period': 'period',
  'offers.amount.nationalBasis': 'nationalBasis',
  'offers.compareAs': 'comparisonItem',
  'guides.chapters.circumstances': 'circumstance',
  'spotlights.themes': 'spotlightTheme',
  'spotlights.councils.type': 'councilType',
  'spotlights.councils.region': 'region',
  'spotlights.outcomes.kind': 'outcomeKind',
  'pledges.status': 'pledgeStatus',
  'pledges.source': 'pledgeSource',
  'indicators.unit': 'indicatorUnit',
  'indicators.figures.placeKind': 'placeKind',
};

/** The co-writing workflow's own selects (`cms/collections/coWriting.ts`): editorial state, never exported. */
const WORKFLOW_SELECTS = /\.(reviewState|reviewHistory\.state)$/;
/** Easy Read pictures are a list of icons (`@content/model/easyRead`), not a vocabulary: checked on their own below. */
const EASY_READ_PICTURE_SELECT = /\.easyRead\.sentences\.picture$/;

/**
 * Data kept per value rather than the list written again, each typed `Record<…>` over the
 * vocabulary's type, so a new value without its entry is a type error.
 */
const PER_VALUE_DATA = [
  // A colour and texture per place kind (`Record<BarStyle, …>`).
  'site/components/IndicatorChart/IndicatorChart.astro: placeKind',
];

type SelectFound = { path: string; options: { value: string; label: unknown }[] };

/** Every select field of a collection, with its dotted path (rows and tabs add no name). */
function selects(fields: Field[], prefix: string): SelectFound[] {
  return fields.flatMap((field): SelectFound[] => {
    const named = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix;
    if (field.type === 'select') {
      const options = field.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: o.label }));
      return [{ path: named, options }];
    }
    if ('fields' in field && Array.isArray(field.fields)) return selects(field.fields, named);
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => selects(tab.fields, 'name' in tab && tab.name ? `${named}.${tab.name}` : named));
    return [];
  });
}

/** Every enum of a zod schema, with its dotted path, looking through defaults, optionals and lists. */
function enums(schema: z.core.$ZodType, prefix: string): { path: string; values: string[] }[] {
  if (schema instanceof z.ZodEnum) return [{ path: prefix, values: schema.options.map(String) }];
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape).flatMap(([key, child]) => enums(child, `${prefix}.${key}`));
  if (schema instanceof z.ZodArray) return enums(schema.element, prefix);
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodPrefault) return enums(schema.unwrap(), prefix);
  if (schema instanceof z.ZodPipe) return [...enums(schema.in, prefix), ...enums(schema.out, prefix)];
  return [];
}

describe('the content contract', () => {
  it('every CMS select offers exactly its vocabulary: the same values, in order, with the model\'s labels', () => {
    const found = [Offers, Guides, GuideChapters, Spotlights, Pledges, Indicators, CouncilRegister]
      .flatMap((c) => selects(c.fields, c.slug))
      .filter((s) => !WORKFLOW_SELECTS.test(s.path) && !EASY_READ_PICTURE_SELECT.test(s.path));
    expect(found.map((s) => s.path).sort()).toEqual(Object.keys(CMS_SELECTS).sort());
    for (const select of found) {
      const vocabulary: Vocabulary = VOCABULARIES[CMS_SELECTS[select.path]!];
      expect(select.options, select.path).toEqual(vocabulary.values.map((value) => ({ value, label: vocabulary.labels[value] })));
    }
  });

  it('an Easy Read sentence offers exactly the model\'s pictures, each named by its alt text', () => {
    const pictures = [Offers, Entitlements].flatMap((c) => selects(c.fields, c.slug)).filter((s) => EASY_READ_PICTURE_SELECT.test(s.path));
    expect(pictures.map((s) => s.path)).toEqual(['offers.easyRead.sentences.picture', 'entitlements.easyRead.sentences.picture']);
    for (const select of pictures) expect(select.options).toEqual(EASY_READ_PICTURE_NAMES.map((value) => ({ value, label: EASY_READ_PICTURES[value] })));
  });

  it('every enum of the snapshot schemas is a vocabulary of the model', () => {
    const all = Object.entries(collectionSchemas).flatMap(([name, schema]) => enums(schema, name));
    // Lists of the model that are not word lists (issue 21): a translation's states, the languages
    // a council offers, the Easy Read pictures. Each is exactly its list in the model.
    const MODEL_LISTS: [RegExp, readonly string[]][] = [
      [/\.translation\.state$/, TRANSLATION_STATES],
      [/^authority\.languages$/, TRANSLATION_LOCALE_IDS],
      [/\.easyRead\.sentences\.picture$/, EASY_READ_PICTURE_NAMES],
      // The change log's (issue 22, part 4): the pages a change is shown on, the kinds of change.
      [/^changes\.page$/, Object.keys(CHANGE_PAGE)],
      [/^changes\.kinds$/, CHANGE_KINDS],
    ];
    const found = all.filter((e) => {
      const list = MODEL_LISTS.find(([path]) => path.test(e.path));
      if (list) expect(e.values, e.path).toEqual([...list[1]]);
      return !list;
    });
    expect(all.filter((e) => e.path.endsWith('.translation.state')).length).toBeGreaterThanOrEqual(8);
    expect(found.map((e) => e.path).sort()).toEqual(Object.keys(SCHEMA_ENUMS).sort());
    for (const e of found) expect(e.values, e.path).toEqual([...VOCABULARIES[SCHEMA_ENUMS[e.path]!].values]);
  });

  it('the site has a label for every value the model says it shows', () => {
    const keys = vocabularyLabelKeys();
    expect(keys).toContain('pledges.status.not-yet');
    expect(keys).toContain('offer.status.former-relevant');
    // Labels may take values ("{council}"): any value will do, the key is what is checked.
    const anyValues = new Proxy({}, { has: () => true, get: () => 1 });
    for (const key of keys) expect(() => t(key, anyValues), key).not.toThrow();
  });

  it('a language file missing a vocabulary\'s labels does not compile', () => {
    const complete: [MissingLabels<typeof en>] extends [never] ? true : false = true;
    // `pledges.status.*` and `pledges.statusLead.*` are missing: the check's type is `false` (`true` would not compile).
    const noPledges: [MissingLabels<Omit<typeof en, 'pledges'>>] extends [never] ? true : false = false;
    type WithoutQualifying = Omit<typeof en, 'offer'> & { offer: Omit<typeof en.offer, 'status'> & { status: Omit<typeof en.offer.status, 'qualifying'> } };
    const missing: MissingLabels<WithoutQualifying> = 'offer.status.qualifying';
    expect([complete, noPledges, missing]).toEqual([true, false, 'offer.status.qualifying']);
  });

  it('the CMS and the snapshot check an ONS code with one pattern', () => {
    const onsField = Authorities.fields.find((f) => 'name' in f && f.name === 'onsCode') as { validate: (v: unknown) => true | string };
    const cases = ['E09000009', 'E10000014', 'DEMO0001', 'DEMO_CITY', 'DEMO-1', 'E0900000', 'e09000009', 'E090000091', ' E09000009', ''];
    for (const value of cases) {
      const cms = onsField.validate(value) === true;
      const site = authoritySchema.shape.onsCode.safeParse(value).success;
      expect({ value, cms, site }).toEqual({ value, cms: ONS_CODE.regex.test(value), site: ONS_CODE.regex.test(value) });
    }
    expect(onsField.validate('E0900000')).toBe(ONS_CODE.editorMessage);
  });

  it('the CMS and the snapshot check a slug with one pattern', () => {
    const validate = slugField().validate as (v: unknown) => true | string;
    for (const value of ['staying-put', 'a1', 'Staying-Put', 'staying--put', '-x', 'x-', 'staying put', '']) {
      expect(validate(value) === true, value).toBe(SLUG.regex.test(value));
      expect(collectionSchemas.areas.shape.slug.safeParse(value).success, value).toBe(SLUG.regex.test(value));
    }
  });

  it('no file outside the model writes a word list or pattern again', () => {
    const sources = ['cms', 'site'].flatMap((dir) => files(dir)).filter((f) => !/(^|\/)(migrations|\.next)\//.test(f) && !f.endsWith('payload-types.ts'));
    const redefined = sources.flatMap((file) => rewrittenRules(readFileSync(file, 'utf8')).map((rule) => `${file}: ${rule}`));
    expect(redefined.filter((found) => !PER_VALUE_DATA.includes(found))).toEqual([]);
  });

  it('(the check above finds a list written again, in the shapes it used to be written in)', () => {
    const cmsOptions = `export const CARE_STATUSES = [\n  { value: 'eligible', label: 'Eligible' },\n  { value: 'relevant', label: 'R' },\n  { value: 'former-relevant', label: 'F' },\n  { value: 'qualifying', label: 'Q' },\n];`;
    expect(rewrittenRules(cmsOptions)).toEqual(['careStatus']);
    expect(rewrittenRules(`status: z.enum(['done', 'in-progress', 'not-yet']),`)).toEqual(['pledgeStatus']);
    expect(rewrittenRules(`const ORDER = { council: 1, 'statistical-neighbours': 2, region: 3, england: 4 };`)).toEqual(['placeKind']);
    expect(rewrittenRules(`onsCode: z.string().regex(/^E\\d{8}$|^DEMO/, 'must be an ONS code')`)).toEqual(['ONS_CODE']);
    // Logic over some of the values is not a list written again.
    expect(rewrittenRules(`if (inCare === 'no') return ['relevant', 'former-relevant'];\nreturn ['eligible', 'qualifying'];`)).toEqual([]);
  });

  it('neither the CMS nor the site imports the other', () => {
    const importsOf = (dir: string, other: string) =>
      files(dir).filter((f) => !f.includes('/.next/') && new RegExp(`from '(@${other}/|(\\.\\./)+${other}/)`).test(readFileSync(f, 'utf8')));
    // The CMS's start script serves the built site: a server, not a content rule.
    expect(importsOf('cms', 'site').filter((f) => f !== 'platform/scripts/start.ts')).toEqual([]);
    expect(importsOf('site', 'cms')).toEqual([]);
  });
});

describe('the one field named differently in the CMS', () => {
  it('a pledge\'s status is stored as progress: the export, the publish check and the import rename it from the model', () => {
    const mapped = toSnapshot.pledges(
      { id: 1, slug: 'x', youSaid: 'Y', weDid: 'W', progress: 'in-progress', askedAt: 'Forum', askedOn: '2026-01-02T00:00:00.000Z', updatedAt: '', createdAt: '' },
      { slugOf: () => null, media: () => null, credits: () => [] },
    );
    expect(mapped.status).toBe('in-progress');
    expect(collectionSchemas.pledges.safeParse(mapped).success).toBe(true);
    expect(cmsFieldPath('pledges', ['status'])).toBe('progress');
    expect(cmsFieldPath('offers', ['howToGet', 2])).toBe('howToGet.2.step');
    expect(withCmsNames('pledges', { status: 'done', youSaid: 'Y' })).toEqual({ progress: 'done', youSaid: 'Y' });
  });
});

describe('content files and the fixture follow the model', () => {
  it('the fixture snapshot passes whole', () => {
    const snapshot = validateSnapshot(JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')), 'fixture');
    expect(snapshot.excluded).toEqual([]);
  });

  it('the demo content passes, and its summaries fit the model\'s limit', () => {
    const content = readContent('content');
    const summaries = [
      ...content.entitlements,
      ...content.councils.flatMap((c) => [...c.offers, ...c.localDetails.map((d) => ({ file: d.file, summary: d.summary ?? '' }))]),
    ];
    expect(summaries.length).toBeGreaterThan(80);
    for (const offer of summaries) expect(offer.summary.length, offer.file).toBeLessThanOrEqual(LIMITS.summary);
  });

  it('a value outside a vocabulary in a content file is refused, naming the file, the field and what is allowed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'contract-'));
    try {
      const copy = path.join(dir, 'content');
      cpSync('content', copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}media${path.sep}`) && !src.endsWith(`${path.sep}model`) });
      writeFileSync(path.join(copy, 'media.yaml'), '[]\n');
      for (const f of readdirSync(path.join(copy, 'spotlights'))) {
        const file = path.join(copy, 'spotlights', f);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^image: .*$/m, ''));
      }
      const pledges = path.join(copy, 'councils', 'northdale', 'pledges.yaml');
      writeFileSync(pledges, readFileSync(pledges, 'utf8').replace(/status: done/, 'status: finished'));
      expect(() => readContent(copy)).toThrow(/content\/councils\/northdale\/pledges\.yaml \(entry \d+\): field "status": "finished" is not allowed: use one of done, in-progress, not-yet/);

      writeFileSync(pledges, readFileSync(pledges, 'utf8').replace(/status: finished/, 'status: done'));
      const offers = path.join(copy, 'councils', 'riverford', 'offers');
      const offer = path.join(offers, readdirSync(offers)[0]!);
      writeFileSync(offer, readFileSync(offer, 'utf8').replace(/^kind: \w+$/m, 'kind: nationwide'));
      expect(() => readContent(copy)).toThrow(/content\/councils\/riverford\/offers\/[\w-]+\.md: field "kind": "nationwide" is not allowed: use one of national, local/);

      writeFileSync(offer, readFileSync(offer, 'utf8').replace(/^kind: nationwide$/m, 'kind: local'));
      const details = path.join(copy, 'councils', 'riverford', 'local-details.yaml');
      writeFileSync(details, readFileSync(details, 'utf8').replace(/period: weekly/, 'period: fortnightly'));
      expect(() => readContent(copy)).toThrow(
        /content\/councils\/riverford\/local-details\.yaml \(entry \d+\): field "amount\.period": "fortnightly" is not allowed: use one of once, weekly, monthly, yearly, instalments/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The model's lists and patterns a piece of source writes out again: a statement (up to a
 * `;`) that names every value of a vocabulary of 3 or more values (so "national"/"local"
 * comparisons are not counted), or the text of one of the model's patterns.
 */
function rewrittenRules(text: string): string[] {
  const found = new Set<string>();
  const names = (segment: string, v: string) =>
    segment.includes(`'${v}'`) || segment.includes(`"${v}"`) || new RegExp(`[{,]\\s*${v}:`).test(segment);
  for (const statement of text.split(';')) {
    for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
      if (vocabulary.values.length >= 3 && vocabulary.values.every((v) => names(statement, v))) found.add(name);
    }
  }
  for (const [name, regex] of [['SLUG', SLUG.regex], ['ONS_CODE', ONS_CODE.regex], ['ISO_DATE', ISO_DATE.regex]] as const) {
    if (text.includes(regex.source) || (name === 'ONS_CODE' && text.includes('E\\d{8}'))) found.add(name);
  }
  return [...found];
}

/** Source files under `dir` (TypeScript, Astro, JavaScript modules). */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = `${dir}/${name}`;
    if (name === 'node_modules' || name === '.next') return [];
    if (statSync(file).isDirectory()) return files(file);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [file] : [];
  });
}
