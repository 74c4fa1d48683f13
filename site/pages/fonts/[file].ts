/**
 * Tigrinya's font (issue 21, part 4): Noto Sans Ethiopic from `@fontsource/noto-sans-ethiopic`
 * (SIL Open Font License 1.1), self-hosted, its Ethiopic subset only, regular and bold, with a
 * stylesheet whose `unicode-range` keeps it to Ethiopic letters (Latin text keeps the system
 * font). Built once and shared by every council's site, like the icons; only Tigrinya pages
 * link the stylesheet (`layouts/Base.astro`), so no other page downloads a byte of it.
 * `bench/pageWeight.ts` counts it apart from the page weight budget.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

/** The package's Ethiopic unicode-range (its `400.css`), so only Ethiopic letters use the font. */
const ETHIOPIC_RANGE = 'U+030E,U+1200-1399,U+2D80-2DDE,U+AB01-AB2E,U+1E7E0-1E7E6,U+1E7E8-1E7EB,U+1E7ED-1E7EE,U+1E7F0-1E7FE';
export const ETHIOPIC_WEIGHTS = [400, 700] as const;
const fontFile = (weight: number) => `noto-sans-ethiopic-ethiopic-${weight}-normal.woff2`;

const packageDir = () => path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-ethiopic/package.json'));

/** The stylesheet: one `@font-face` per weight, the font files beside it (relative URLs: right under any base path). */
export function ethiopicCss(): string {
  return ETHIOPIC_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:'Noto Sans Ethiopic';font-style:normal;font-display:swap;font-weight:${weight};src:url(./${fontFile(weight)}) format('woff2');unicode-range:${ETHIOPIC_RANGE}}`,
  )
    .concat(`:root:lang(ti){--font:'Noto Sans Ethiopic',system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif}`)
    .join('\n');
}

export const getStaticPaths: GetStaticPaths = () => [
  { params: { file: 'ethiopic.css' } },
  ...ETHIOPIC_WEIGHTS.map((weight) => ({ params: { file: fontFile(weight) } })),
];

export const GET: APIRoute = ({ params }) => {
  if (params.file === 'ethiopic.css') return new Response(ethiopicCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  const bytes = readFileSync(path.join(packageDir(), 'files', String(params.file)));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'font/woff2' } });
};
