/**
 * The state of a translation, written once for the CMS (which stores it), the export (which
 * decides what a language's site shows) and the site (which tells the reader). Issue 21, part 2.
 *
 * Per document and language a translation is `not-started`, `in-progress` (a translator is
 * working on it), `needs-checking` (written, not yet checked by a qualified person: a machine
 * translation stays here) or `checked` (a named person checked it). It was made from one
 * version of the English: when the English text changes after that, the translation is
 * **out of date**, whatever its state.
 *
 * A reader of a language's site sees a document's translation when it is `needs-checking`
 * (with a notice saying it has not been checked) or `checked`, and not out of date. Otherwise
 * they see the English (marked `lang="en"`), with a notice in their language saying why and,
 * when it is out of date, when the English changed. Nothing English is ever presented as a
 * translation, and nothing unchecked as checked.
 */
import { z } from 'zod';

/** A translation's states, in the order work goes through them. */
export const TRANSLATION_STATES = ['not-started', 'in-progress', 'needs-checking', 'checked'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** States whose text readers may see (if not out of date). */
export const SHOWN_STATES: ReadonlySet<TranslationState> = new Set(['needs-checking', 'checked']);

/** Staff's words for each state (the admin is in English). */
export const TRANSLATION_STATE_LABELS: { readonly [S in TranslationState]: string } = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'needs-checking': 'Needs checking',
  checked: 'Checked',
};

/**
 * What a language's snapshot says about one entry's translation (absent on English entries).
 * `shownIn` is the language the entry's text is in: the snapshot's language, or `en` when the
 * reader gets the English instead (`reason` says why).
 */
export const entryTranslationSchema = z.object({
  /** The language the entry's words are in (a locale id: `ar`, or `en` when the English is shown). */
  shownIn: z.string().min(2),
  /** The weakest state of the documents the entry is made from (an offer page may have two: the national entitlement and the council's local details). */
  state: z.enum(TRANSLATION_STATES),
  /** The English changed after the translation was made from it. */
  outOfDate: z.boolean(),
  /** When the English text last changed (ISO date), for "the English was updated on …". */
  englishChangedOn: z.string().nullable(),
  /** When a person checked the translation (ISO date), if one did. */
  checkedOn: z.string().nullable(),
});
export type EntryTranslation = z.infer<typeof entryTranslationSchema>;

/** Why an entry of a language's site is shown in English (for the notice), or null when it is shown translated. */
export function englishBecause(t: EntryTranslation): 'not-translated' | 'out-of-date' | null {
  if (t.shownIn !== 'en') return null;
  return t.outOfDate && SHOWN_STATES.has(t.state) ? 'out-of-date' : 'not-translated';
}

/** Whether a document's translation is shown to readers, from its state and whether the English moved on since. */
export const isShown = (state: TranslationState, outOfDate: boolean): boolean => SHOWN_STATES.has(state) && !outOfDate;

/** The weakest of several states (an entry made of several documents is only as far on as its least translated part). */
export function weakestState(states: readonly TranslationState[]): TranslationState {
  return states.reduce<TranslationState>((weakest, s) => (TRANSLATION_STATES.indexOf(s) < TRANSLATION_STATES.indexOf(weakest) ? s : weakest), 'checked');
}

/** What decides whether a language goes live on a council's site (part 3). */
export type LanguageReadiness = {
  /** Interface messages `site/i18n/<id>.json` lacks (keys of `en.json`). */
  interfaceMissing: readonly string[];
  /** The council's urgent-help text in the language ("Need help now?": its service name, hours and out-of-hours line). */
  urgentHelp: { state: TranslationState; outOfDate: boolean };
  /** A demo council (`isDemo`): its machine translations may go live while they need checking, each page saying so. */
  demo: boolean;
};

/**
 * A language goes live on a council's site only when its interface text is complete and its
 * urgent-help page is translated and checked (and not out of date). A demo council's may go
 * live while it needs checking: nothing on it is presented as checked. `reasons` says, in
 * staff's words, what is missing (empty when live without a caveat).
 */
export function languageGate(r: LanguageReadiness): { live: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (r.interfaceMissing.length) reasons.push(`its interface text lacks ${r.interfaceMissing.length} message(s), e.g. ${r.interfaceMissing.slice(0, 3).join(', ')}`);
  if (r.urgentHelp.outOfDate) reasons.push('its urgent-help text is out of date (the English changed after it was translated)');
  else if (r.urgentHelp.state !== 'checked') reasons.push(`its urgent-help text is ${TRANSLATION_STATE_LABELS[r.urgentHelp.state].toLowerCase()}, not checked`);
  const blocking = r.interfaceMissing.length > 0 || r.urgentHelp.outOfDate || !(r.urgentHelp.state === 'checked' || (r.demo && r.urgentHelp.state === 'needs-checking'));
  return { live: !blocking, reasons };
}
