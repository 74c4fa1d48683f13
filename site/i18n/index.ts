/**
 * UI strings by dotted key, e.g. `t('help.title')`, as ICU messages
 * (`t('home.offerCount', { count: 3 })` → "3 offers"). A second language is a second JSON file
 * with the same keys and a record in `@content/model/locales`, not a refactor.
 *
 * The messages are parsed once, here, at build time; pages format them with `t()` and browser
 * scripts get the few they need, already parsed, through {@link browserMessages} (formatted by
 * the same `translator`, `@site/i18n/messages`).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, type Locale } from '@content/model/locales';
import en from '@site/i18n/en.json' with { type: 'json' };
import { messageFormats, translator, type CompiledMessage, type CompiledMessages, type MessageBundle } from '@site/i18n/messages';

type Messages = { readonly [key: string]: string | Messages };

/** The language pages are built in. */
export const locale: Locale = DEFAULT_LOCALE;
/** The page language, for `<html lang>` and every `Intl` call. */
export const lang = locale.lang;
/** The writing direction, for `<html dir>`. */
export const dir = locale.dir;

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

const source = `site/i18n/${locale.id}.json`;
const messages = compileMessages(en, lang, source);
const formats = messageFormats(locale);

/**
 * The message at `key`, with its `{name}`, plural and date arguments filled from `values`.
 * A missing key, or a message missing one of its values, throws: a typo fails the build
 * instead of showing a raw key to a reader.
 */
export const t = translator({ lang, source, formats, messages });

/**
 * What a browser script needs to format `keys` itself (counts that change as the reader
 * answers or searches): the messages already parsed, the language and its formats, as JSON for
 * a `data-messages` attribute. The script reads it with `pageTranslator` (`@site/i18n/browser`).
 */
export function browserMessages(keys: readonly string[]): string {
  const chosen: Record<string, readonly CompiledMessage[]> = {};
  for (const key of keys) {
    const message = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!message) throw new Error(`i18n: no string for key "${key}" in ${source}`);
    chosen[key] = message;
  }
  const bundle: MessageBundle = { lang, source, formats, messages: chosen };
  return JSON.stringify(bundle);
}
