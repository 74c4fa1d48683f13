/**
 * UI strings are ICU messages (`@site/i18n`): plurals come from `Intl.PluralRules` for any
 * language, not from English `=== 1` checks; browser scripts format the same compiled messages
 * as the pages; a missing key or a missing value fails naming the key and the file.
 */
import { describe, expect, it } from 'vitest';
import { browserMessages, compileMessages, english } from '@site/i18n';
import { messageFormats, translator, type MessageBundle } from '@site/i18n/messages';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@content/model/locales';

/** The English site's language: what these tests read. */
const i18n = english();
const { t } = i18n;

/** A right-to-left test language with all six of Arabic's plural forms. */
const ARABIC: Locale = { ...LOCALES.en, id: 'ar', lang: 'ar', dir: 'rtl', name: 'العربية' };
const offers = '{count, plural, zero {لا توجد عروض} one {عرض واحد} two {عرضان} few {# عروض} many {# عرضًا} other {# عرض}}';

function bundleFor(locale: Locale, messages: Record<string, string>): MessageBundle {
  const source = `test/${locale.id}.json`;
  return { lang: locale.lang, source, formats: messageFormats(locale), messages: compileMessages(messages, locale.lang, source) };
}

describe('ICU messages', () => {
  it('English plurals: none, one and many offers', () => {
    expect(t('home.offerCount', { count: 0 })).toBe('No offers yet');
    expect(t('home.offerCount', { count: 1 })).toBe('1 offer');
    expect(t('home.offerCount', { count: 3 })).toBe('3 offers');
    expect(t('home.offerCount', { count: 1200 })).toBe('1,200 offers');
    expect(t('search.count', { count: 1, query: 'rent' })).toBe('1 result for ‘rent’');
  });

  it('a right-to-left language gets its own six plural forms', () => {
    const ar = translator(bundleFor(ARABIC, { offers }));
    const digits = new Intl.NumberFormat('ar');
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
    expect(ar('offers', { count: 0 })).toBe('لا توجد عروض');
    expect(ar('offers', { count: 1 })).toBe('عرض واحد');
    expect(ar('offers', { count: 2 })).toBe('عرضان');
    expect(ar('offers', { count: 3 })).toBe(`${digits.format(3)} عروض`);
    expect(ar('offers', { count: 11 })).toBe(`${digits.format(11)} عرضًا`);
    expect(ar('offers', { count: 100 })).toBe(`${digits.format(100)} عرض`);
  });

  it('dates in a message use the locale record’s formats', () => {
    expect(t('checker.printSheet.today', { today: new Date('2026-10-01T00:00:00Z') })).toBe('1 October 2026');
  });

  it('a missing value fails naming the key and file, never printing {count}', () => {
    expect(() => t('home.offerCount')).toThrow(/"home\.offerCount" in site\/i18n\/en\.json.*count/);
    expect(() => t('search.count', { count: 2 })).toThrow(/"search\.count".*query/);
  });

  it('a missing key fails naming the key and file', () => {
    expect(() => t('home.noSuchKey')).toThrow('i18n: no string for key "home.noSuchKey" in site/i18n/en.json');
    expect(() => t('toString')).toThrow(/no string for key "toString"/);
    expect(() => browserMessages(i18n, ['search.nope'])).toThrow(/"search\.nope" in site\/i18n\/en\.json/);
  });

  it('a message that is not valid ICU fails naming its key and file', () => {
    expect(() => compileMessages({ broken: { count: '{count, plural, one {# offer}' } }, 'en-GB', 'test/en.json')).toThrow(
      /"broken\.count" in test\/en\.json is not a valid ICU message/,
    );
  });

  it('browser scripts format the same compiled messages as the pages', () => {
    const bundle: MessageBundle = JSON.parse(browserMessages(i18n, ['checker.status.count', 'checker.printSheet.today']));
    const browserT = translator(bundle);
    expect(bundle.lang).toBe(DEFAULT_LOCALE.lang);
    for (const count of [0, 1, 2, 25]) expect(browserT('checker.status.count', { count })).toBe(t('checker.status.count', { count }));
    expect(browserT('checker.printSheet.today', { today: new Date('2026-12-06T00:00:00Z') })).toBe('6 December 2026');
    // Only the messages asked for reach the page.
    expect(Object.keys(bundle.messages)).toEqual(['checker.status.count', 'checker.printSheet.today']);
    expect(() => browserT('search.count', { count: 1, query: 'x' })).toThrow(/no string for key "search\.count"/);
  });
});
