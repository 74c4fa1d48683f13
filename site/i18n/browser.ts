/**
 * Browser scripts' `t()`: the messages a page handed over in its `data-messages` attribute
 * (`browserMessages` in `@site/i18n`), already parsed, formatted by the same `translator` as
 * the pages. No ICU parser and no language file reach the browser.
 */
import { translator, type MessageBundle, type Translate } from '@site/i18n/messages';

/** The translation function for the messages `element` carries (`data-messages`). */
export function pageTranslator(element: HTMLElement): Translate {
  const bundle: MessageBundle = JSON.parse(element.dataset.messages ?? 'null') ?? {
    lang: document.documentElement.lang,
    source: 'this page (no data-messages)',
    formats: { number: {}, date: {}, time: {} },
    messages: {},
  };
  return translator(bundle);
}
