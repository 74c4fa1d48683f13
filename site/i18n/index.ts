/**
 * UI strings by dotted key, e.g. `t('help.title')`. A second language is a second JSON
 * file with the same keys, not a refactor.
 */
import en from '@site/i18n/en.json';

type Messages = { [key: string]: string | Messages };

const messages: Messages = en;

/** The page language, for `<html lang>`. */
export const lang = 'en-GB';

/**
 * The string at `key`, with `{name}` placeholders replaced from `vars`.
 * A missing key throws, so a typo fails the build instead of showing a raw key to a reader.
 */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<string | Messages | undefined>(
    (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
    messages,
  );
  if (typeof value !== 'string') throw new Error(`i18n: no string for key "${key}" in site/i18n/en.json`);
  return value.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
