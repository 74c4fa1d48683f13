/**
 * The site's CSS is ready for right-to-left languages and component styles stay the
 * components' own (issue 19, part 5): Stylelint (stylelint.config.mjs, `npm run check:styles`)
 * refuses physical directions and stray `:global()`, and no component's `<style>` block is
 * global outside a short, reasoned list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const astroFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? astroFiles(full) : entry.name.endsWith('.astro') ? [full] : [];
  });

/** Lints `code` as if it were the file `name`, with the project's config. */
async function lint(code: string, name: string) {
  const { results } = await stylelint.lint({ code, codeFilename: path.resolve(name), configFile: path.resolve('stylelint.config.mjs') });
  return results.flatMap((result) => result.warnings.map((warning) => warning.rule));
}

describe('styles', () => {
  it('no component style block is global, but the contents list the all-chapters page shares', () => {
    const global = astroFiles('site').filter((file) => /<style[^>]*\bis:global\b/.test(readFileSync(file, 'utf8')));
    expect(global).toEqual(['site/components/GuideContents/GuideContents.astro']);
  });

  it('physical directions are refused, logical ones pass', async () => {
    const physical = `<div class="x"></div>\n<style>\n  .x { margin-left: 1rem; padding-top: 0; top: 0; text-align: right; float: left; margin: 0 1rem 0 2rem; border-bottom-left-radius: 2px; }\n</style>\n`;
    // Seven physical declarations, seven refusals (sorted: the rules report in their own order).
    expect((await lint(physical, 'site/components/Probe/Probe.astro')).sort()).toEqual([
      ...Array<string>(3).fill('declaration-property-value-disallowed-list'),
      ...Array<string>(4).fill('property-disallowed-list'),
    ]);
    const logical = `.x { margin-inline-start: 1rem; padding-block-start: 0; inset-block-start: 0; text-align: end; float: inline-start; margin: 0 1rem 2rem; border-end-start-radius: 2px; }`;
    expect(await lint(logical, 'site/styles/probe.css')).toEqual([]);
  });

  it(':global() only in the files listed with their reasons', async () => {
    const leak = `<div class="x"></div>\n<style>\n  .x :global(p) { color: red; }\n</style>\n`;
    expect(await lint(leak, 'site/components/Probe/Probe.astro')).toEqual(['selector-pseudo-class-disallowed-list']);
    expect(await lint(leak, 'site/components/RichText/RichText.astro')).toEqual([]);
  });
});
