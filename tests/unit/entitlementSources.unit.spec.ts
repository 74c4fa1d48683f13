import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter, readContent } from '@cms/seed/readContent';
import { checkUrl } from '@content/model/urlRule';
import { collectionSchemas, NATIONAL_SOURCE_MESSAGE, validateSnapshot } from '@content/model/snapshot';

/**
 * Issue 20, part 5: facts right and sourced. Every national entitlement links the official
 * page its facts come from (a reader, a PA or a campaigner can check it), so a test fails when
 * one has none: over the files in `content/entitlements/` and over the snapshot's schema, which
 * the CMS's publish check and the site build use. Announced schemes say they are announced,
 * and the health charges page never says every under-18 already gets these free.
 */
const dir = 'content/entitlements';
const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
const frontMatter = (file: string) => parseFrontMatter(readFileSync(path.join(dir, file), 'utf8'), path.join(dir, file)).data;
const content = readContent('content');
const fixture = JSON.parse(readFileSync('tests/fixtures/snapshot.json', 'utf8')) as { offers: Record<string, unknown>[] } & Record<string, unknown>;

describe('every national entitlement links its source', () => {
  it('in content/entitlements/*.md: an official web address, as the URL rule allows', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { sourceUrl } = frontMatter(file);
      expect(sourceUrl, `${dir}/${file}: no sourceUrl`).toEqual(expect.stringMatching(/^https:\/\//));
      expect(checkUrl(String(sourceUrl), 'web'), `${dir}/${file}: sourceUrl`).toMatchObject({ ok: true });
      expect(new URL(String(sourceUrl)).hostname, `${dir}/${file}: an official source`).toMatch(
        /(^|\.)(gov\.uk|legislation\.gov\.uk|nhs\.uk|mycovenant\.org\.uk)$/,
      );
    }
    // The import reads the same files.
    expect(content.entitlements.every((e) => e.sourceUrl)).toBe(true);
  });

  it('announced schemes say so, and link where it was announced or enacted', () => {
    const announced = content.entitlements.filter((e) => e.legalStatus === 'announced');
    expect(announced.map((e) => e.slug).sort()).toEqual(['health-charges', 'staying-close']);
    for (const e of announced) {
      expect(e.summary, e.file).toMatch(/not in force yet/);
      expect(e.body, e.file).toMatch(/\*\*Announced, not in force yet\. Ask your PA\.\*\*/);
      expect(e.sourceUrl, e.file).toBeTruthy();
    }
  });

  it('bursaries link the rules on how they are paid', () => {
    const bySlug = new Map(content.entitlements.map((e) => [e.slug, e]));
    expect(bySlug.get('higher-education-bursary')?.sourceUrl).toBe('https://www.legislation.gov.uk/uksi/2009/2274/contents/made');
    expect(bySlug.get('higher-education-bursary')?.amount.note).toMatch(/all at once or in parts/);
    expect(bySlug.get('care-leaver-apprenticeship-bursary')?.sourceUrl).toMatch(/^https:\/\/www\.gov\.uk\/government\/publications\/apprenticeships-bursary-for-care-leavers\//);
    expect(bySlug.get('bursary-16-to-19')?.sourceUrl).toMatch(/^https:\/\/www\.gov\.uk\/government\/publications\/16-to-19-bursary-fund-guidance\//);
  });

  it('in the snapshot: a national offer without a source is refused on its sourceUrl, a local one is not', () => {
    const national = fixture.offers.find((o) => o.kind === 'national')!;
    const local = fixture.offers.find((o) => o.kind === 'local')!;
    expect(collectionSchemas.offers.safeParse(national).success).toBe(true);
    const missing = collectionSchemas.offers.safeParse({ ...national, sourceUrl: null });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues).toEqual([expect.objectContaining({ path: ['sourceUrl'], message: NATIONAL_SOURCE_MESSAGE })]);
    expect(collectionSchemas.offers.safeParse({ ...local, sourceUrl: null }).success).toBe(true);
    // The build leaves it out and says which field.
    const checked = validateSnapshot({ ...fixture, offers: [{ ...national, sourceUrl: null }, local] });
    expect(checked.offers.map((o) => o.slug)).toEqual([local.slug]);
    expect(checked.excluded).toEqual([expect.stringMatching(new RegExp(`^offers "${String(national.slug)}": field "sourceUrl": A national entitlement needs its source`))]);
  });
});

describe('health charges, right for 16 to 18-year-olds', () => {
  const health = content.entitlements.find((e) => e.slug === 'health-charges')!;
  const words = [health.summary, health.eligibility.notes, health.amount.note, ...health.howToGet, health.body].join('\n');

  it('never says every under-18 already gets these free', () => {
    expect(words).not.toMatch(/under 18s already get these free/i);
    expect(words).not.toMatch(/under 19 and in full-time education, or you get certain benefits, you may already get these free/i);
  });

  it('says who gets prescriptions, eye tests and dental treatment free, as the NHS rules give them', () => {
    expect(health.eligibility.notes).toMatch(/Prescriptions and eye tests are free if you are under 16, or 16 to 18 and in full-time education\./);
    expect(health.eligibility.notes).toMatch(/Dental treatment is free if you are under 18, or under 19 and in full-time education\./);
    expect(health.body).toMatch(/16 to 18 and not in full-time education.*you usually pay/);
    // The announced scheme is for care leavers from 16: the page is for them too.
    expect(health.eligibility.ageFrom).toBe(16);
  });
});
