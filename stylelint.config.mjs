/**
 * Stylelint holds the site's CSS rules (`npm run check:styles`, part of `npm run check`), with
 * built-in rules only. Issue 19, part 5: the site is ready for right-to-left languages and its
 * component styles stay the components' own.
 *
 * - Logical properties only: `margin-inline-start`, not `margin-left`; `inset-block-start`,
 *   not `top`; `text-align: start`, not `left`. In Arabic, Dari or Pashto (`dir="rtl"`) the
 *   start is on the right, and the page follows without a second stylesheet. A four-value
 *   `margin`/`padding`/`inset` names left and right too: write `margin-block` and
 *   `margin-inline` instead.
 * - Component styles are scoped (a `<style>` block in a component is the component's): a
 *   `:global()` is for what a component styles but does not render itself (HTML an editor
 *   wrote, results a script adds), each with its reason beside it. `<style is:global>`, the
 *   other way to leak, is refused by tests/unit/styles.unit.spec.ts outside its allowlist.
 */
const PHYSICAL_SIDE = /^(margin|padding|border)-(top|bottom|left|right)(-width|-style|-color)?$/;
const PHYSICAL_CORNER = /^border-(top|bottom)-(left|right)-radius$/;
const FOUR_VALUES = /^\s*\S+\s+\S+\s+\S+\s+\S+\s*$/;

/** @type {import('stylelint').Config} */
export default {
  ignoreFiles: ['node_modules/**', 'dist/**', 'dist.builds/**', '.*/**', 'cms/**', 'bench/**', 'test-results/**'],
  overrides: [
    { files: ['**/*.astro'], customSyntax: 'postcss-html' },
    {
      // What these style but do not render: the editor's HTML (RichText), search results and
      // Pagefind's excerpts (Search), the money list's notes inside the checker and a link in
      // the printed list (Checker), the glossary list in the printed guide (guides/…/all), and
      // the site's header, footer and "need help" box, left off the PA's printed checklist
      // (Checklist: its page only, in print only).
      files: [
        'site/components/RichText/RichText.astro',
        'site/components/Search/Search.astro',
        'site/components/Checker/Checker.astro',
        'site/components/Checklist/Checklist.astro',
        'site/pages/[[]...council]/guides/[[]slug]/all.astro',
      ],
      rules: { 'selector-pseudo-class-disallowed-list': null },
    },
  ],
  rules: {
    'property-disallowed-list': [
      [PHYSICAL_SIDE, PHYSICAL_CORNER, 'top', 'bottom', 'left', 'right'],
      {
        message: (property) =>
          `"${property}" is a physical direction: use the logical property (margin-inline-start, padding-block-end, inset-inline-start, border-start-end-radius…), so right-to-left pages follow.`,
      },
    ],
    'declaration-property-value-disallowed-list': [
      {
        '/^(float|clear)$/': ['left', 'right'],
        'text-align': ['left', 'right'],
        'caption-side': ['left', 'right'],
        '/^(margin|padding|inset|border-width|border-style|border-color|border-radius)$/': [FOUR_VALUES],
      },
      {
        message: (property, value) =>
          `"${property}: ${value}" names left or right: use start/end (text-align: start, float: inline-start) or the -block/-inline properties.`,
      },
    ],
    // :global() only where a component styles what it does not render itself, each with its reason.
    'selector-pseudo-class-disallowed-list': [
      ['global'],
      { message: () => 'A :global() style leaks out of its component: only in the files listed in stylelint.config.mjs, with the reason beside it.' },
    ],
  },
};
