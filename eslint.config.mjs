// @ts-check
/**
 * ESLint holds the house rules the compiler can't (part of `npm run check`, so of `npm test`).
 *
 * No cast that switches the compiler off: `as never`, `as any`, `as unknown as` and
 * `@ts-ignore` / `@ts-expect-error` / `@ts-nocheck` make a wrong type (a misspelt field, a
 * `select` that turns every document into `never`) pass unseen. Use the real types instead:
 * Payload's generated types (`cms/payload-types.ts`) and its generics
 * (`CollectionBeforeChangeHook<Offer>`, `TaskConfig<'build-council-site'>`), zod-inferred
 * types (`content/model/`), a type guard that checks what it claims. Comments that turn a
 * rule off are ignored (`noInlineConfig`). There is no allowlist: tests are held to the same
 * rules (test doubles are typed, e.g. a narrow interface the code takes, not cast).
 */
import tseslint from 'typescript-eslint';

/** @param {string} what */
const message = (what) => `${what} switches the type checker off here. Use the real type (Payload's generated types and hook generics, a zod-inferred type, a type guard). See eslint.config.mjs.`;
/** @param {string} type */
const assertion = (type) => [`TSAsExpression[typeAnnotation.type='${type}']`, `TSTypeAssertion[typeAnnotation.type='${type}']`];
const castRules = [
  ...assertion('TSNeverKeyword').map((selector) => ({ selector, message: message('`as never`') })),
  ...assertion('TSAnyKeyword').map((selector) => ({ selector, message: message('`as any`') })),
  ...['TSAsExpression', 'TSTypeAssertion'].map((outer) => ({
    selector: `${outer}[expression.type=/^(TSAsExpression|TSTypeAssertion)$/][expression.typeAnnotation.type='TSUnknownKeyword']`,
    message: message('`as unknown as`'),
  })),
];

/** A language tag is written once, in the locale record (see the block that uses these). */
const languageTagRules = ['Literal[value=/^en-GB$/i]', 'TemplateElement[value.raw=/en-GB/i]'].map((selector) => ({
  selector,
  message: 'A language tag is written only in content/model/locales.ts: use the locale record (`locale`/`lang` from @site/i18n, or DEFAULT_LOCALE) and its formatters.',
}));

export default [
  {
    // Generated, not written here: Payload's types and admin routes, Next's and Astro's output,
    // builds, and the dot-folders (tool output, scratch copies).
    ignores: [
      '.*/**',
      'cms/payload-types.ts',
      'cms/app/(payload)/**',
      'cms/next-env.d.ts',
      'cms/.next/**',
      'node_modules/**',
      'dist/**',
      'dist.builds/**',
      'test-results/**',
      'playwright-report/**',
      'data/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // `npm run check` runs with --quiet: every rule here is an error, and the warning that an
    // (older) disable comment has no effect is noise.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    rules: {
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': true, 'ts-nocheck': true, 'ts-check': false }],
      'no-restricted-syntax': ['error', ...castRules],
    },
  },
  {
    // Languages (issue 19, part 5): a language tag is written once, in the locale record
    // (content/model/locales.ts); code takes the record (`locale`, `lang` from @site/i18n,
    // DEFAULT_LOCALE) and its formatters, so a second language is a record, not a hunt.
    // The cast rules are repeated: a rule's options are replaced, not merged, by a later block.
    // Tests may name the tag (they check what readers see). `.astro` files are checked by
    // tests/unit/locales.unit.spec.ts.
    files: ['**/*.{ts,tsx,mts,cts}'],
    ignores: ['content/model/locales.ts', 'tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...castRules,
        ...languageTagRules,
      ],
    },
  },
  {
    // A refusal the CMS gives is a PublicError (cms/lib/publicError.ts), never an APIError of its
    // own: the compiled admin makes APIError's class anonymous, and Payload then answers a
    // refusal without data "An unknown error occurred." (the editor never learns why).
    files: ['cms/**/*.{ts,tsx}'],
    ignores: ['cms/lib/publicError.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...castRules,
        ...languageTagRules,
        ...["NewExpression[callee.name='APIError']", "ClassDeclaration[superClass.name='APIError']"].map((selector) => ({
          selector,
          message: 'Refuse with PublicError (cms/lib/publicError.ts): in the compiled admin an APIError has no name, and its message is lost.',
        })),
      ],
    },
  },
];
