import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@cms/paths';
import { STORED_LOCALES, type StoredLocaleId } from '@content/model/locales';
import { languageGate, type TranslationState } from '@content/model/translation';

type Messages = { [key: string]: string | Messages };

/** Every message key of a messages file, dotted (`nav.label`), with its text. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = `${prefix}${key}`;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, `${name}.`)) out.set(k, v);
  }
  return out;
}

const readMessages = (id: string, dir: string): Messages => {
  try {
    return JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Messages;
  } catch {
    return {};
  }
};

/** The interface messages `site/i18n/<id>.json` lacks or leaves empty: keys of `en.json`. */
export function interfaceMissing(id: string, dir = path.join(repoRoot, 'site', 'i18n')): string[] {
  const english = flatten(readMessages('en', dir));
  const theirs = flatten(readMessages(id, dir));
  return [...english.keys()].filter((key) => !theirs.get(key)?.trim());
}

/** What a council's language needs to go live, from its snapshot's authority (its urgent-help text's translation). */
export type LanguageCheck = { lang: StoredLocaleId; live: boolean; reasons: string[] };

/**
 * Whether a language goes live on a council's site (issue 21, part 3; `languageGate`): its
 * interface text complete, and the council's urgent-help text ("Need help now?": the
 * authority's service name, hours and out-of-hours line) translated and checked, or, for a
 * demo council, needing checking.
 */
export function checkLanguage(
  lang: StoredLocaleId,
  urgentHelp: { state: TranslationState; outOfDate: boolean } | null | undefined,
  { demo, i18nDir }: { demo: boolean; i18nDir?: string },
): LanguageCheck {
  const gate = languageGate({
    interfaceMissing: interfaceMissing(lang, i18nDir),
    urgentHelp: urgentHelp ?? { state: 'not-started', outOfDate: false },
    demo,
  });
  return { lang, ...gate };
}

/** A language in staff's words: "Arabic (ar, العربية)". */
export const languageName = (lang: StoredLocaleId) => `${STORED_LOCALES[lang].name} (${lang})`;

/** What the build status says of a council's languages: which went live (and with what caveat) and which did not, and why. */
export function describeLanguages(checks: readonly LanguageCheck[]): string | null {
  if (!checks.length) return null;
  return checks
    .map((c) =>
      c.live
        ? `${languageName(c.lang)} is published${c.reasons.length ? ` (a demo council: ${c.reasons.join('; ')})` : ''}.`
        : `${languageName(c.lang)} is not published: ${c.reasons.join('; ')}.`,
    )
    .join(' ');
}
