/**
 * Keeps the ICU message parser out of browser scripts. Pages parse `site/i18n/<id>.json` at
 * build time (`@site/i18n`) and hand scripts the messages already parsed
 * (`browserMessages`), so the scripts only format: in the client bundle,
 * `@formatjs/icu-messageformat-parser` resolves to its `no-parser` entry (the same types and
 * helpers, and a `parse` that throws). The build-time side keeps the full parser.
 *
 * Imported by `astro.config.mjs`, which loads before the `@site/…` aliases exist: so no
 * aliased imports here.
 */
import type { AstroIntegration } from 'astro';

const PARSER = '@formatjs/icu-messageformat-parser';

export default function messagesWithoutParser(): AstroIntegration {
  return {
    name: 'i18n-messages-without-parser',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'i18n-no-icu-parser-in-browser',
                enforce: 'pre',
                async resolveId(id, importer, options) {
                  if (id !== PARSER || options.ssr) return null;
                  return this.resolve(`${PARSER}/no-parser.js`, importer, { ...options, skipSelf: true });
                },
              },
            ],
          },
        });
      },
    },
  };
}
