import { day } from '@content/model/dates';
import { weakestState, type EntryTranslation, type TranslationState } from '@content/model/translation';
import { translatablePaths, ENGLISH } from '@cms/lib/localization';
import { englishTextHash, translationKey, translationStatus, valuesAt, type TranslationRecord } from '@cms/lib/translationState';

/** A translation record as the export reads it (depth 0). */
export type StoredTranslation = TranslationRecord & { key?: string | null };

type WithId = { id: number | string };

const hasText = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim().length > 0;
  // Rich text: some text node with words in it.
  if (value && typeof value === 'object') return 'root' in value ? /"text":"[^"]/.test(JSON.stringify(value)) : true;
  return false;
};

/** The text fields the English has and the translation lacks (a half-translated page is shown in English). */
export function missingText(slug: string, english: object, translated: object): string[] {
  return translatablePaths(slug).filter((path) => {
    const parts = path.split('.');
    const en = valuesAt(english, parts);
    const tr = valuesAt(translated, parts);
    return en.some((value, i) => hasText(value) && !hasText(tr[i]));
  });
}

/** What one document gives a language's snapshot: the document to map, and what the entry says about its translation. */
export type Chosen<T> = { doc: T; english: T; shown: boolean; translation: EntryTranslation };

/**
 * Decides, per document, what a language's snapshot shows (issue 21, part 4): its translation
 * when the record's state is shown to readers (`SHOWN_STATES`), the English it was made from is
 * still the English (same hash), and it has every text the English has; otherwise the English
 * document, marked `shownIn: 'en'` with the reason (its state, out of date) and when the English
 * changed. `english` are the documents as mapped (any depth); `plain` the same at depth 0, for the
 * hash (a populated relationship in rich text must not count as a change of text).
 */
export function translationChooser(lang: string, records: readonly StoredTranslation[]) {
  const byKey = new Map(records.filter((r) => r.key).map((r) => [r.key!, r]));
  return function choose<T extends WithId>(slug: string, english: T, translated: T | undefined, plain: object | undefined): Chosen<T> {
    const record = byKey.get(translationKey(slug, english.id, lang)) ?? null;
    const status = translationStatus(record, englishTextHash(slug, { ...(plain ?? english) }));
    const complete = translated !== undefined && missingText(slug, english, translated).length === 0;
    const shown = status.shown && complete;
    const changed = record?.englishChangedOn ?? (status.outOfDate && 'updatedAt' in english ? String(english.updatedAt) : null);
    return {
      doc: shown && translated ? translated : english,
      english,
      shown,
      translation: {
        shownIn: shown ? lang : ENGLISH,
        state: status.state,
        outOfDate: status.outOfDate,
        englishChangedOn: status.outOfDate ? day(changed) : null,
        checkedOn: status.state === 'checked' ? day(record?.checkedOn ?? null) : null,
      },
    };
  };
}

/**
 * One entry made of several documents (an offer page: the entitlement and the council's local
 * details; the national guide: its chapters and local parts) is shown translated only if every
 * part is; its state is the weakest part's, out of date if any part is.
 */
export function combined(lang: string, parts: readonly Pick<Chosen<unknown>, 'shown' | 'translation'>[]): { shown: boolean; translation: EntryTranslation } {
  const shown = parts.every((p) => p.shown);
  const dates = (pick: (t: EntryTranslation) => string | null) => parts.map((p) => pick(p.translation));
  const changed = dates((t) => t.englishChangedOn).filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
  const checked = dates((t) => t.checkedOn);
  const states: TranslationState[] = parts.map((p) => p.translation.state);
  return {
    shown,
    translation: {
      shownIn: shown ? lang : ENGLISH,
      state: weakestState(states),
      outOfDate: parts.some((p) => p.translation.outOfDate),
      englishChangedOn: changed,
      checkedOn: checked.every(Boolean) ? ([...checked].sort().at(0) ?? null) : null,
    },
  };
}
