/**
 * `npm run bench`: what the built site costs a reader on a cheap phone with little data.
 * Prints the figures and writes bench/REPORT.md. A benchmark, not a test: it never fails
 * because a number is high; it says so.
 *
 *   1. First-load weight of every page in the built site (default `dist/`, or BENCH_SITE):
 *      the HTML, plus the CSS, JavaScript and fonts it needs to first render, each gzipped
 *      as a web server would send them, with an empty browser cache. Images are left out
 *      (they load lazily and have their own sizes); so are files a page only fetches after
 *      a reader acts (the search index, the service worker's saved pages).
 *   2. Lighthouse (mobile, simulated slow 4G) on a home, offer, guide chapter, spotlight,
 *      search and checker page: performance, accessibility, best practices and SEO.
 *
 * Build first: `npm run build` (or `SITE_SNAPSHOT=tests/fixtures/snapshot.json npx astro build`).
 * The site: the folder given (one site, or a folder of sites such as `dist/`: its first council
 * at the root of its address), else BENCH_SITE, else `dist/`. It fails only when it could not
 * measure: no built site, or Lighthouse gave no scores.
 *
 * A site with languages (`ar/`, `prs/`, `ti/` folders: issue 21) is weighed per language too:
 * median and max of each, fonts counted apart. The budget's one exception is fonts: the site
 * uses system fonts, except Tigrinya, whose Ethiopic script few phones have a font for; its
 * pages load Noto Sans Ethiopic (the Ethiopic subset, regular and bold, about 150 KB), once,
 * cached for every later page. The budget is the page without its fonts, and the fonts are
 * printed beside it.
 *
 *   npx tsx bench/pageWeight.ts [<folder>]
 *   npx tsx bench/pageWeight.ts .e2e/languages/site --weight-only   (the weights, per language, and nothing else: no Lighthouse, no report)
 *   npx tsx bench/pageWeight.ts .e2e/site --smoke   (every page's weight, Lighthouse on the home page only, no report: that it runs; `npm test` does it)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '@platform/server/staticServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { withLighthouseRetries } from './lighthouseRetry';
import { builtPages } from './sites';
import { noFigures, positional, smoke, writeReport } from './options';
import { benchSite } from './sites';
import { median } from './stats';

const site = benchSite(positional() || process.env.BENCH_SITE || 'dist');
const root = site.dir;
/** The budget per page, first load: 60 KB (1 KB = 1,024 bytes), gzipped. */
const BUDGET = 60 * 1024;
const CHROME = CHROMIUM_PATH;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Weight = { page: string; lang: string; html: number; css: number; js: number; fonts: number; total: number; withoutFonts: number };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/** A site path (`/_astro/x.css`, or one relative to the stylesheet that names it) as a file in the built site, or null if it is not there. */
function fileFor(urlPath: string, from = '/'): string | null {
  const resolved = new URL(urlPath, `http://site${from}`).pathname;
  const file = path.join(root, decodeURIComponent(resolved.split(/[?#]/)[0]!));
  return file.startsWith(root) && existsSync(file) ? file : null;
}

/** The fonts a stylesheet (or inline `<style>`) loads with `url(…)`. */
function fontsIn(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf))['"]?\s*\)/g)].map((m) => m[1]!);
}

/** First-load weight of one built page. */
export function pageWeight(page: string): Weight {
  const htmlFile = path.join(root, page, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const same = (href: string) => href.startsWith('/') && !href.startsWith('//');
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!).filter(same);
  // Scripts the page loads with `src` (Astro bundles module scripts); inline ones are in the HTML.
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).filter(same);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
  const cssFiles = styles.map((href) => fileFor(href)).filter((f): f is string => f !== null);
  // A stylesheet's fonts are relative to it (`fonts/ethiopic.css` names `./noto-sans-ethiopic-….woff2`).
  const cssUrl = (file: string) => `/${path.relative(root, file).split(path.sep).join('/')}`;
  const fonts = new Set([
    ...fontsIn(inlineCss).map((url) => fileFor(url)),
    ...cssFiles.flatMap((f) => fontsIn(readFileSync(f, 'utf8')).map((url) => fileFor(url, cssUrl(f)))),
  ]);
  const sum = (files: (string | null)[]) => files.reduce((total, f) => total + (f ? gzipped(f) : 0), 0);
  const weight = {
    page,
    lang: /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '?',
    html: gzipped(htmlFile),
    css: sum(cssFiles),
    js: sum(scripts.map((src) => fileFor(src))),
    fonts: sum([...fonts]),
  };
  const withoutFonts = weight.html + weight.css + weight.js;
  return { ...weight, withoutFonts, total: withoutFonts + weight.fonts };
}

/** Each language's pages (by `<html lang>`): median and max without fonts, and the fonts its pages load. */
export function languageFigures(weights: Weight[]): { lang: string; pages: number; median: number; max: number; heaviest: string; fonts: number }[] {
  const langs = [...new Set(weights.map((w) => w.lang))];
  return langs.map((lang) => {
    const mine = weights.filter((w) => w.lang === lang).sort((a, b) => b.withoutFonts - a.withoutFonts);
    return {
      lang,
      pages: mine.length,
      median: median(mine.map((w) => w.withoutFonts)),
      max: mine[0]!.withoutFonts,
      heaviest: mine[0]!.page,
      fonts: Math.max(...mine.map((w) => w.fonts)),
    };
  });
}

type Scores = { page: string; scores: Record<(typeof CATEGORIES)[number], number | null>; notes: string[] };

/** Runs the Lighthouse CLI on one URL; the scores out of 100. */
function lighthouse(url: string): Promise<Scores['scores'] & { notes: string[] }> {
  const bin = path.resolve('node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    bin,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`lighthouse exited with ${code}: ${Buffer.concat(err).toString().trim().split('\n').slice(-5).join(' ')}`));
        return;
      }
      const report = JSON.parse(Buffer.concat(out).toString()) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
        runtimeError?: { message: string };
      };
      if (report.runtimeError) {
        reject(new Error(`lighthouse: ${report.runtimeError.message}`));
        return;
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, report.categories[c]?.score == null ? null : Math.round(report.categories[c]!.score! * 100)]),
      ) as Scores['scores'];
      // What cost points outside performance: worth reading next to the score.
      const notes = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
        (report.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => report.audits[ref.id]!)
          .filter((audit) => audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 1)
          .map((audit) => `${c}: ${audit.title}`),
      );
      resolve({ ...scores, notes });
    });
  });
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `not found at ${CHROME}`;
  }
}

async function main() {
  const started = new Date();
  const startLoad = loadavg()[0]!;
  const pages = builtPages(root);
  const weights = pages.map(pageWeight).sort((a, b) => b.withoutFonts - a.withoutFonts);
  const totals = weights.map((w) => w.withoutFonts);
  // The budget is the page without its fonts (the one exception, Tigrinya's font, is printed apart).
  const over = weights.filter((w) => w.withoutFonts > BUDGET);

  console.log(`First-load weight of ${pages.length} pages in ${site.label} (gzip, fonts apart), beside the budget of ${kb(BUDGET)} a page:`);
  console.log(`  median ${kb(median(totals))}, max ${kb(Math.max(...totals))} (${weights[0]!.page})`);
  console.log(over.length ? `  over ${kb(BUDGET)}: ${over.map((w) => `${w.page} ${kb(w.withoutFonts)}`).join(', ')}` : `  no page is over ${kb(BUDGET)}`);
  const languages = languageFigures(weights);
  if (languages.length > 1) {
    console.log('  by language (median, max; fonts apart, once per visit, cached after):');
    for (const l of languages) console.log(`    ${l.lang.padEnd(6)} ${String(l.pages).padStart(4)} pages: median ${kb(l.median)}, max ${kb(l.max)} (${l.heaviest}); fonts ${kb(l.fonts)}`);
  }

  if (process.argv.includes('--weight-only')) return;

  // Lighthouse on one page of each kind, served the way a static host would serve them.
  const pick = (pattern: RegExp) => pages.find((page) => pattern.test(page));
  const targets = [
    ['home', '/'],
    ['offer', pick(/^\/offers\/setting-up-home-allowance\/$/) ?? pick(/^\/offers\/[^/]+\/$/)],
    ['guide chapter', pick(/^\/guides\/[^/]+\/(?!all\/)[^/]+\/$/)],
    ['spotlight', pick(/^\/spotlights\/[^/]+\/$/)],
    ['search', '/search/'],
    ['checker', pick(/^\/what-can-i-get\/$/)],
  ].filter((t): t is [string, string] => Boolean(t[1]));
  // A smoke run: Lighthouse on the home page only.
  if (smoke) targets.splice(1);

  const lighthouseVersion = JSON.parse(readFileSync(path.resolve('node_modules', 'lighthouse', 'package.json'), 'utf8')).version as string;
  const server = await serveStatic(root, 0);
  const port = (server.address() as AddressInfo).port;
  const results: Scores[] = [];
  let lighthouseError: string | null = null;
  try {
    for (const [kind, page] of targets) {
      const url = `http://127.0.0.1:${port}${page}`;
      try {
        // A busy machine can cost Lighthouse its trace (NO_NAVSTART): it asks to be run again.
        const { notes, ...scores } = await withLighthouseRetries(() => lighthouse(url), 3);
        results.push({ page: `${kind}: ${page}`, scores, notes });
        console.log(`  Lighthouse ${kind.padEnd(13)} ${CATEGORIES.map((c) => `${c} ${scores[c] ?? '–'}`).join(', ')}`);
      } catch (error) {
        lighthouseError = (error as Error).message;
        console.error(`  Lighthouse could not run on ${page}: ${lighthouseError}`);
        break;
      }
    }
  } finally {
    server.close();
  }

  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const report = [
    '# Budgets: page weight and Lighthouse',
    '',
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (bench/pageWeight.ts)`,
    `on the site in \`${site.label}/\`, Node ${process.version}, Lighthouse ${lighthouseVersion}, ${chromiumVersion()}.`,
    `Machine: ${cpus().length} CPUs, load average ${startLoad.toFixed(1)} when it started (other work on the machine slows Lighthouse).`,
    'A benchmark, not a test: the figures depend on the content and the machine.',
    'Build the site first with `npm run build` (the demo content), then run `npm run bench`.',
    '',
    '## First-load weight',
    '',
    'Per page: the HTML and the CSS, JavaScript and fonts it needs to first render, gzipped,',
    `with an empty cache. Budget: ${kb(BUDGET)} a page (1 KB = 1,024 bytes), fonts apart. The site uses system fonts,`,
    'except on Tigrinya pages (Ethiopic script): Noto Sans Ethiopic, its Ethiopic subset only (regular and bold), loaded',
    'once and cached: the one exception to the budget, shown in the fonts column.',
    '',
    row(['pages', 'median', 'max', `over ${kb(BUDGET)}`]),
    row(['---:', '---:', '---:', '---:']),
    row([pages.length, kb(median(totals)), `${kb(Math.max(...totals))} (${weights[0]!.page})`, over.length]),
    '',
    ...(languages.length > 1
      ? [
          row(['language', 'pages', 'median', 'max', 'fonts']),
          row(['---', '---:', '---:', '---:', '---:']),
          ...languages.map((l) => row([l.lang, l.pages, kb(l.median), `${kb(l.max)} (${l.heaviest})`, kb(l.fonts)])),
          '',
        ]
      : []),
    over.length ? `Over budget: ${over.map((w) => `\`${w.page}\` ${kb(w.total)}`).join(', ')}.` : 'No page is over budget.',
    '',
    'The ten heaviest pages:',
    '',
    row(['page', 'HTML', 'CSS', 'JS', 'fonts', 'total']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...weights.slice(0, 10).map((w) => row([`\`${w.page}\``, kb(w.html), kb(w.css), kb(w.js), kb(w.fonts), kb(w.total)])),
    '',
    '## Lighthouse',
    '',
    `Mobile, simulated slow 4G, headless Chromium (${CHROME_FLAGS.join(' ')}), served by the platform's server (platform/server) on localhost.`,
    '',
    ...(results.length
      ? [
          row(['page', ...CATEGORIES]),
          row(['---', ...CATEGORIES.map(() => '---:')]),
          ...results.map((r) => row([`${r.page}`, ...CATEGORIES.map((c) => r.scores[c] ?? '–')])),
          '',
          'What cost points outside performance:',
          '',
          ...[...new Set(results.flatMap((r) => r.notes))].map((note) => {
            const on = results.filter((r) => r.notes.includes(note)).map((r) => r.page.split(':')[0]);
            return `- ${note} (${on.length === results.length ? 'every page' : on.join(', ')})`;
          }),
          '',
          'A demo install is `noindex` on purpose (the council is made up), and Lighthouse takes',
          'SEO points for that: a real council’s install does not have it.',
        ]
      : []),
    ...(lighthouseError ? ['', `Lighthouse did not finish: ${lighthouseError}`] : []),
    '',
  ].join('\n');
  // No scores at all is a benchmark that did not run: say so and leave the last report as it was.
  if (!results.length) noFigures(`Lighthouse gave no scores${lighthouseError ? `: ${lighthouseError}` : ''}`);
  // The build-scale section is written by hand from `npm run bench:scale`: kept as it is.
  writeReport('REPORT.md', (file) => {
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const scale = previous.indexOf('\n## Build scale');
    return scale === -1 ? report : `${report}${previous.slice(scale)}`;
  });
}

await main();
