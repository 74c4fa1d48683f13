/**
 * What a reader of a language's site is told about an entry's translation, and how its words
 * are marked when they are not in the page's language (issue 21, part 2). Pure functions of the
 * snapshot's `translation` and the page's language (`site/lib/languages.ts` re-exports them).
 */
import { STORED_LOCALES, type StoredLocaleId } from '@content/model/locales';
import { englishBecause, type EntryTranslation } from '@content/model/translation';
import type { I18n } from '@site/i18n';

/**
 * `lang` and `dir` for an entry's text where it is not in the page's language (an English
 * offer on the Arabic site): English's tag and direction; nothing when it is.
 */
export function textLang(entry: { translation?: EntryTranslation | undefined } | undefined, i18n: I18n): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const shownIn = entry?.translation?.shownIn;
  if (!shownIn || shownIn === i18n.locale.id || !(shownIn in STORED_LOCALES)) return {};
  const locale = STORED_LOCALES[shownIn as StoredLocaleId];
  return { lang: locale.lang, dir: locale.dir };
}

/** What the reader is told about the page's translation, in the page's language; null when nothing needs saying. */
export function translationNotice(translation: EntryTranslation | undefined, i18n: I18n, formatDate: (iso: string) => string): { kind: 'english' | 'out-of-date' | 'unchecked'; text: string } | null {
  if (!translation || i18n.locale.id === 'en') return null;
  const because = englishBecause(translation);
  if (because === 'out-of-date' && translation.englishChangedOn)
    return { kind: 'out-of-date', text: i18n.t('translation.outOfDate', { date: formatDate(translation.englishChangedOn) }) };
  if (because) return { kind: 'english', text: i18n.t('translation.notTranslated') };
  if (translation.state === 'needs-checking') return { kind: 'unchecked', text: i18n.t('translation.notChecked') };
  return null;
}
