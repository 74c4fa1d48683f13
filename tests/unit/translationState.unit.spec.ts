import { describe, expect, it } from 'vitest';
import { englishBecause, languageGate, weakestState, type EntryTranslation } from '@content/model/translation';
import { easyReadSchema } from '@content/model/easyRead';
import { sitePlanSchema } from '@content/model/sitePlan';

const entry = (over: Partial<EntryTranslation>): EntryTranslation => ({ shownIn: 'ar', state: 'checked', outOfDate: false, englishChangedOn: null, checkedOn: null, ...over });

describe('the state of a translation (issue 21, part 2)', () => {
  it('an entry shown in English says why: not translated yet, or the English changed after it was', () => {
    expect(englishBecause(entry({}))).toBeNull();
    expect(englishBecause(entry({ shownIn: 'en', state: 'in-progress' }))).toBe('not-translated');
    expect(englishBecause(entry({ shownIn: 'en', state: 'checked', outOfDate: true }))).toBe('out-of-date');
    expect(englishBecause(entry({ shownIn: 'en', state: 'needs-checking', outOfDate: true }))).toBe('out-of-date');
  });

  it('an entry made of several documents is as far on as the least translated', () => {
    expect(weakestState(['checked', 'needs-checking'])).toBe('needs-checking');
    expect(weakestState(['checked', 'not-started', 'in-progress'])).toBe('not-started');
    expect(weakestState(['checked'])).toBe('checked');
  });

  it('a language goes live only with its interface complete and urgent help checked; a demo council may show it while it needs checking', () => {
    const ready = { interfaceMissing: [], urgentHelp: { state: 'checked' as const, outOfDate: false }, demo: false };
    expect(languageGate(ready)).toEqual({ live: true, reasons: [] });
    expect(languageGate({ ...ready, interfaceMissing: ['help.title'] }).live).toBe(false);
    expect(languageGate({ ...ready, urgentHelp: { state: 'needs-checking', outOfDate: false } })).toEqual({
      live: false,
      reasons: ['its urgent-help text is needs checking, not checked'],
    });
    expect(languageGate({ ...ready, urgentHelp: { state: 'checked', outOfDate: true } }).live).toBe(false);
    const demo = languageGate({ ...ready, demo: true, urgentHelp: { state: 'needs-checking', outOfDate: false } });
    expect(demo.live).toBe(true);
    expect(demo.reasons).toHaveLength(1);
    expect(languageGate({ ...ready, demo: true, urgentHelp: { state: 'in-progress', outOfDate: false } }).live).toBe(false);
  });
});

describe('a language of a council’s site in the build plan', () => {
  const plan = (key: string) => sitePlanSchema.safeParse({ sites: [{ key, snapshot: 'x.json', lang: 'ar' }] });
  it('is the council’s key and the language', () => {
    expect(plan('demo-borough/ar').success).toBe(true);
    expect(plan('demo-borough').success).toBe(true);
  });
  it('is refused with anything else', () => {
    for (const key of ['demo-borough/ar/x', '/ar', 'Demo Borough', 'demo-borough/']) expect(plan(key).success, key).toBe(false);
  });
});

describe('an Easy Read version of a page (issue 21, part 6)', () => {
  const sentences = [
    { text: 'You can get money for your first home.', picture: 'cash' },
    { text: 'Ask your Personal Adviser.', picture: 'users' },
    { text: 'They will help you fill in the form.', picture: 'file-text' },
  ];
  it('has short sentences, each with a picture from the shipped set, and says when it was based on the page', () => {
    expect(easyReadSchema.safeParse({ sentences, checkedBy: null, basedOn: '2026-11-30' }).success).toBe(true);
    expect(easyReadSchema.safeParse({ sentences: sentences.slice(0, 2), checkedBy: null, basedOn: '2026-11-30' }).success).toBe(false);
    expect(easyReadSchema.safeParse({ sentences: [...sentences, { text: 'x', picture: 'rocket' }], checkedBy: null, basedOn: '2026-11-30' }).success).toBe(false);
    expect(easyReadSchema.safeParse({ sentences: [...sentences, { text: 'x'.repeat(121), picture: 'cash' }], checkedBy: null, basedOn: '2026-11-30' }).success).toBe(false);
  });
});
