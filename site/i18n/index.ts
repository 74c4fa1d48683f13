/**
 * UI strings by dotted key, e.g. `t('help.title')`, as ICU messages
 * (`t('home.offerCount', { count: 3 })` → "3 offers"), in the language of the page being built.
 * A language is a JSON file with the same keys (`site/i18n/<id>.json`) and a record in
 * `@content/model/locales`, not a refactor.
 *
 * Every language's messages are parsed once, here, at build time. There is no module-level `t`:
 * a page or component takes its language from the site it belongs to
 * (`const { t, locale } = i18nOf(Astro)`: the build plan's `lang` for the page's site), and the
 * functions of `site/lib` take the {@link I18n} they format with, so no page can print English
 * by mistake. Browser scripts get the few messages they need, already parsed, through
 * {@link browserMessages} (formatted by the same `translator`, `@site/i18n/messages`).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, STORED_LOCALES, STORED_LOCALE_IDS, type Locale, type StoredLocaleId } from '@content/model/locales';
import { plannedSite } from '@content/model/sitePlan';
import en from '@site/i18n/en.json' with { type: 'json' };
import ar from '@site/i18n/ar.json' with { type: 'json' };
import prs from '@site/i18n/prs.json' with { type: 'json' };
import ti from '@site/i18n/ti.json' with { type: 'json' };
import { messageFormats, translator, type CompiledMessage, type CompiledMessages, type MessageBundle, type MessageFormats, type Translate } from '@site/i18n/messages';

type Messages = { readonly [key: string]: string | Messages };

/** Each language's interface text file (`site/i18n/<id>.json`), by locale id. */
const FILES: { readonly [Id in StoredLocaleId]: Messages } = { en, ar, prs, ti };

/**
 * Every message of a language file, parsed, by dotted key. A message that is not valid ICU
 * fails here, naming its key and file. `<` is text, not a tag (`services/<id>.json`).
 */
export function compileMessages(tree: Messages, language: string, source: string): CompiledMessages {
  const compiled: Record<string, readonly CompiledMessage[]> = {};
  const walk = (node: Messages, prefix: string) => {
    for (const [name, value] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${name}` : name;
      if (typeof value !== 'string') walk(value, key);
      else {
        try {
          compiled[key] = new IntlMessageFormat(value, language, undefined, { ignoreTag: true }).getAst();
        } catch (error) {
          throw new Error(`i18n: "${key}" in ${source} is not a valid ICU message: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  };
  walk(tree, '');
  return compiled;
}

/** A page's language: its record and its messages. */
export interface I18n {
  /** The locale record (`@content/model/locales`): tag, direction, name in itself, formats. */
  readonly locale: Locale;
  /** The page language, for `<html lang>` and every `Intl` call (en-GB, ar, fa-AF). */
  readonly lang: string;
  /** The writing direction, for `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The message at `key`, with its `{name}`, plural and date arguments filled from `values`.
   * A missing key, or a message missing one of its values, throws: a typo fails the build
   * instead of showing a raw key to a reader.
   */
  readonly t: Translate;
  /** Where the messages come from (`site/i18n/ar.json`), for errors. */
  readonly source: string;
  readonly messages: CompiledMessages;
  readonly formats: MessageFormats;
}

const isStored = (id: string): id is StoredLocaleId => (STORED_LOCALE_IDS as readonly string[]).includes(id);

// Each language compiled once per build, on first use.
const compiled = new Map<StoredLocaleId, I18n>();

/** The messages and record of the language with locale id `id` (`en`, `ar`, `prs`, `ti`). An unknown id fails the build. */
export function i18nFor(id: string): I18n {
  if (!isStored(id)) throw new Error(`i18n: no language "${id}" (known: ${STORED_LOCALE_IDS.join(', ')}): add its record to content/model/locales.ts and site/i18n/${id}.json.`);
  let found = compiled.get(id);
  if (!found) {
    const locale = STORED_LOCALES[id];
    const source = `site/i18n/${id}.json`;
    const messages = compileMessages(FILES[id], locale.lang, source);
    const formats = messageFormats(locale);
    found = { locale, lang: locale.lang, dir: locale.dir, source, messages, formats, t: translator({ lang: locale.lang, source, formats, messages }) };
    compiled.set(id, found);
  }
  return found;
}

/** English: the language of every council's main site and of the library. */
export const english = (): I18n => i18nFor(DEFAULT_LOCALE.id);

/** The language of a site of this build by its key: the plan's `lang` (English without a plan). */
export function langOfSite(site: string | undefined): string {
  return plannedSite(site)?.lang ?? DEFAULT_LOCALE.id;
}

/** The language of the site `site` (a key of the build plan, `demo-borough/ar`). */
export const i18nOfSite = (site: string | undefined): I18n => i18nFor(langOfSite(site));

/** The language of the page or component being built: its site's (`Astro.params.council`). */
export function i18nOf(astro: { params: Record<string, string | undefined> }): I18n {
  return i18nOfSite(astro.params.council || undefined);
}

/**
 * What a browser script needs to format `keys` itself (counts that change as the reader
 * answers or searches): the messages already parsed, the language and its formats, as JSON for
 * a `data-messages` attribute. The script reads it with `pageTranslator` (`@site/i18n/browser`).
 */
export function browserMessages(i18n: I18n, keys: readonly string[]): string {
  const chosen: Record<string, readonly CompiledMessage[]> = {};
  for (const key of keys) {
    const message = Object.hasOwn(i18n.messages, key) ? i18n.messages[key] : undefined;
    if (!message) throw new Error(`i18n: no string for key "${key}" in ${i18n.source}`);
    chosen[key] = message;
  }
  const bundle: MessageBundle = { lang: i18n.lang, source: i18n.source, formats: i18n.formats, messages: chosen };
  return JSON.stringify(bundle);
}
