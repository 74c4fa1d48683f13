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
import subsetFont from 'subset-font';
import { STORED_LOCALES } from '@content/model/locales';

/** The package's Ethiopic unicode-range (its `400.css`), so only Ethiopic letters use the font. */
const ETHIOPIC_RANGE = 'U+030E,U+1200-1399,U+2D80-2DDE,U+AB01-AB2E,U+1E7E0-1E7E6,U+1E7E8-1E7EB,U+1E7ED-1E7EE,U+1E7F0-1E7FE';
export const ETHIOPIC_WEIGHTS = [400, 700] as const;
const fontFile = (weight: number) => `noto-sans-ethiopic-ethiopic-${weight}-normal.woff2`;

/** Ethiopic letters (the blocks of ETHIOPIC_RANGE that are in the Basic Multilingual Plane). */
const ETHIOPIC_LETTER = /[\u1200-\u1399\u2D80-\u2DDE\uAB01-\uAB2E]/u;
/**
 * The language switch names Tigrinya "ትግርኛ" on every page of a council that has it, so a
 * reader of Tigrinya finds their language on a phone with no Ethiopic font. The full font is
 * 75 KB a weight; this one has only the letters of the languages' own names (about 1 KB), in
 * the weights the switch uses, and its `unicode-range` is exactly those letters.
 */
export const NAME_LETTERS = [...new Set([...Object.values(STORED_LOCALES).map((l) => l.name).join('')].filter((c) => ETHIOPIC_LETTER.test(c)))].sort().join('');
const namesFile = (weight: number) => `ethiopic-names-${weight}.woff2`;
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;

/** The stylesheet for language names: the small font, on the switch's Ethiopic names only. */
export function ethiopicNamesCss(): string {
  return ETHIOPIC_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:'Noto Sans Ethiopic Names';font-style:normal;font-display:swap;font-weight:${weight};src:url(./${namesFile(weight)}) format('woff2');unicode-range:${[...NAME_LETTERS].map(codePoint).join(',')}}`,
  )
    .concat(`.language-switch [lang='ti']{font-family:'Noto Sans Ethiopic Names',var(--font)}`)
    .join('\n');
}

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
  { params: { file: 'ethiopic-names.css' } },
  ...ETHIOPIC_WEIGHTS.map((weight) => ({ params: { file: namesFile(weight) } })),
];

const fontBytes = (weight: number) => readFileSync(path.join(packageDir(), 'files', fontFile(weight)));
const woff2 = (bytes: Uint8Array) => new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'font/woff2' } });

export const GET: APIRoute = async ({ params }) => {
  const css = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  if (params.file === 'ethiopic.css') return css(ethiopicCss());
  if (params.file === 'ethiopic-names.css') return css(ethiopicNamesCss());
  const weight = ETHIOPIC_WEIGHTS.find((w) => params.file === namesFile(w) || params.file === fontFile(w));
  if (weight === undefined) return new Response(null, { status: 404 });
  if (params.file === fontFile(weight)) return woff2(fontBytes(weight));
  return woff2(await subsetFont(Buffer.from(fontBytes(weight)), NAME_LETTERS, { targetFormat: 'woff2' }));
};
