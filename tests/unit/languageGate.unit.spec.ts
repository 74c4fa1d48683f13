/**
 * Whether a council's language goes live (issue 21, part 3) and what a language's snapshot
 * shows of an entry (part 4), as the build and the export decide them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLanguage, describeLanguages, interfaceMissing } from '@platform/build/languages';
import { combined, missingText, translationChooser } from '@cms/lib/languageSnapshot';
import { englishTextHash, translationKey } from '@cms/lib/translationState';

const dir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'en.json'), JSON.stringify({ skipLink: 'Skip', nav: { label: 'Menu', home: 'Home' } }));
writeFileSync(path.join(dir, 'ar.json'), JSON.stringify({ skipLink: 'تخطَّ', nav: { label: 'القائمة', home: 'الرئيسية' } }));
writeFileSync(path.join(dir, 'ti.json'), JSON.stringify({ skipLink: 'ዝለል', nav: { label: '' } }));

describe('the language gate', () => {
  it('counts interface messages missing or empty against en.json', () => {
    expect(interfaceMissing('ar', dir)).toEqual([]);
    expect(interfaceMissing('ti', dir)).toEqual(['nav.label', 'nav.home']);
    expect(interfaceMissing('prs', dir)).toEqual(['skipLink', 'nav.label', 'nav.home']);
  });

  it('lets a language live with complete interface text and checked urgent help; a demo council\'s while it needs checking', () => {
    expect(checkLanguage('ar', { state: 'checked', outOfDate: false }, { demo: false, i18nDir: dir })).toEqual({ lang: 'ar', live: true, reasons: [] });
    expect(checkLanguage('ar', { state: 'needs-checking', outOfDate: false }, { demo: false, i18nDir: dir }).live).toBe(false);
    const demo = checkLanguage('ar', { state: 'needs-checking', outOfDate: false }, { demo: true, i18nDir: dir });
    expect(demo.live).toBe(true);
    expect(demo.reasons).toEqual(['its urgent-help text is needs checking, not checked']);
  });

  it('keeps a language off the site, saying why, when its interface is incomplete or its urgent help is missing or out of date', () => {
    const ti = checkLanguage('ti', { state: 'checked', outOfDate: false }, { demo: true, i18nDir: dir });
    expect(ti.live).toBe(false);
    expect(ti.reasons[0]).toMatch(/interface text lacks 2 message\(s\), e\.g\. nav\.label, nav\.home/);
    expect(checkLanguage('ar', null, { demo: true, i18nDir: dir })).toMatchObject({ live: false, reasons: ['its urgent-help text is not started, not checked'] });
    expect(checkLanguage('ar', { state: 'checked', outOfDate: true }, { demo: true, i18nDir: dir }).live).toBe(false);
    expect(describeLanguages([ti, checkLanguage('ar', { state: 'checked', outOfDate: false }, { demo: false, i18nDir: dir })])).toBe(
      `ትግርኛ (ti) is not published: ${ti.reasons.join('; ')}. العربية (ar) is published.`,
    );
  });
});

describe('what a language\'s snapshot shows of an entry', () => {
  const english = { id: 7, title: 'Title', summary: 'Summary', body: { root: { children: [{ children: [{ text: 'Body' }] }] } }, howToGet: [{ step: 'One' }], whoToAsk: 'PA', ifRefused: 'Complain', legalBasis: 'Law', updatedAt: '2026-12-01T10:00:00.000Z' };
  const arabic = { ...english, title: 'عنوان', summary: 'ملخص', body: { root: { children: [{ children: [{ text: 'نص' }] }] } }, howToGet: [{ step: 'واحد' }], whoToAsk: 'المستشار', ifRefused: 'شكوى', legalBasis: 'قانون' };
  const record = (state: 'in-progress' | 'needs-checking' | 'checked', hash = englishTextHash('offers', english)) => ({ key: translationKey('offers', 7, 'ar'), state, englishHash: hash, englishChangedOn: null, checkedOn: state === 'checked' ? '2026-12-02T00:00:00.000Z' : null });

  it('the translation when it may be shown; otherwise the English with the reason', () => {
    expect(translationChooser('ar', [record('needs-checking')])('offers', english, arabic, english)).toMatchObject({ doc: arabic, translation: { shownIn: 'ar', state: 'needs-checking', outOfDate: false } });
    expect(translationChooser('ar', [record('checked')])('offers', english, arabic, english).translation).toMatchObject({ shownIn: 'ar', checkedOn: '2026-12-02' });
    expect(translationChooser('ar', [record('in-progress')])('offers', english, arabic, english)).toMatchObject({ doc: english, translation: { shownIn: 'en', state: 'in-progress' } });
    expect(translationChooser('ar', [])('offers', english, arabic, english)).toMatchObject({ doc: english, translation: { shownIn: 'en', state: 'not-started' } });
    const stale = translationChooser('ar', [record('checked', 'an older English')])('offers', english, arabic, english);
    expect(stale).toMatchObject({ doc: english, translation: { shownIn: 'en', outOfDate: true, englishChangedOn: '2026-12-01' } });
  });

  it('a translation missing a text the English has is not shown (never half translated)', () => {
    const half = { ...arabic, whoToAsk: '', body: { root: { children: [{ children: [] }] } } };
    expect(missingText('offers', english, half)).toEqual(['body', 'whoToAsk']);
    expect(translationChooser('ar', [record('checked')])('offers', english, half, english).translation.shownIn).toBe('en');
  });

  it('an entry of several documents is only as far on as its least translated part', () => {
    const shown = { shown: true, translation: { shownIn: 'ar', state: 'checked' as const, outOfDate: false, englishChangedOn: null, checkedOn: '2026-12-02' } };
    const stale = { shown: false, translation: { shownIn: 'en', state: 'needs-checking' as const, outOfDate: true, englishChangedOn: '2026-12-05', checkedOn: null } };
    expect(combined('ar', [shown, shown])).toEqual({ shown: true, translation: { shownIn: 'ar', state: 'checked', outOfDate: false, englishChangedOn: null, checkedOn: '2026-12-02' } });
    expect(combined('ar', [shown, stale])).toEqual({ shown: false, translation: { shownIn: 'en', state: 'needs-checking', outOfDate: true, englishChangedOn: '2026-12-05', checkedOn: null } });
  });
});
