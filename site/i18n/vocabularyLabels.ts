/**
 * The site's labels for the content model's word lists, typed against the model: every
 * value of a vocabulary needs a string in each group of `site/i18n/en.json` the model names
 * for it (`siteLabels` in `@content/model/vocabularies`). A value added to the model without
 * its words on the site fails `tsc` here, naming the missing keys; the contract unit test
 * checks the same at run time, for every language file.
 */
import en from '@site/i18n/en.json' with { type: 'json' };
import { VOCABULARIES, type VocabularyName } from '@content/model/vocabularies';

/** The node of `T` at a dotted path (`'offer.status'`), or `never`. */
type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The keys at a dotted path (none when the path is missing: `keyof never` would be every key). */
type KeysAt<T, P extends string> = [At<T, P>] extends [never] ? never : keyof At<T, P>;

/** The values a group must label: all of the vocabulary's, or the listed ones. */
type Needed<V extends { values: readonly string[]; siteLabels: object }, G extends keyof V['siteLabels']> =
  V['siteLabels'][G] extends 'all' ? V['values'][number] : V['siteLabels'][G] extends readonly (infer L)[] ? L : never;

/** `group.value` for every label a language file lacks. */
type MissingIn<Messages, V extends { values: readonly string[]; siteLabels: object }> = {
  [G in keyof V['siteLabels'] & string]: Exclude<Needed<V, G>, KeysAt<Messages, G>> extends infer M extends string
    ? `${G}.${M}`
    : never;
}[keyof V['siteLabels'] & string];

/** Every label missing from a language file, across all vocabularies (`never` when none is). */
export type MissingLabels<Messages> = { [N in VocabularyName]: MissingIn<Messages, (typeof VOCABULARIES)[N]> }[VocabularyName];

/** Compiles only while `en.json` labels every value the model says the site shows. */
export const ENGLISH_LABELS_COMPLETE: [MissingLabels<typeof en>] extends [never] ? true : { missing: MissingLabels<typeof en> } = true;

/** Every UI label key the model asks for: `offer.status.eligible`, `pledges.status.done`, … */
export function vocabularyLabelKeys(): string[] {
  return Object.values(VOCABULARIES).flatMap((vocabulary) =>
    Object.entries(vocabulary.siteLabels as Record<string, 'all' | readonly string[]>).flatMap(([group, only]) =>
      (only === 'all' ? vocabulary.values : only).map((value) => `${group}.${value}`),
    ),
  );
}
