/**
 * Lexical editor state (as Payload 3 stores it) to HTML, safely.
 *
 * Rich text is written by many editors, young editors included, and arrives as JSON we do
 * not trust. So: only the node types below produce markup; every text and attribute value
 * is escaped; link URLs are kept only for http(s), mailto, tel and same-site paths; any
 * other node contributes its text, escaped, or nothing. Never pass the output of anything
 * else to `set:html`.
 */
import { matches, SLUG } from '@content/model/patterns';
import { safeHref } from '@site/lib/urlRule';
import type { I18n } from '@site/i18n';
import { NUMBERS_DIR } from '@content/model/locales';
import { findPhoneNumbers, phoneLink } from '@site/lib/phone';
import type { JargonLinker } from '@site/lib/jargon';
import { route, routesFor, type SiteRoutes } from '@site/lib/routes';

export interface RichTextOptions {
  /**
   * The level the body's top headings take. The page's `<h1>` is its title, so body
   * headings start at `<h2>` (an editor's h1 or h2 both become h2), or lower when the body
   * sits under a section heading. Levels below keep their order (WCAG 1.3.1, 2.4.6).
   */
  headingBase?: 2 | 3 | 4 | 5;
  /**
   * Links the first use of each glossary term on the page to the A to Z (the jargon buster).
   * Words in links, headings and code are left alone. One linker per page, fed in reading order.
   */
  jargon?: JargonLinker | undefined;
  /** The page's site's routes (site/lib/routes.ts): internal links and root paths go under its base. A site at `/` without. */
  routes?: SiteRoutes | undefined;
}

/**
 * Options inside the renderer: `jargon` is dropped where terms must not be linked, `phones`
 * inside links (phone numbers in the words are `tel:` links everywhere else, headings included).
 */
type Resolved = { i18n: I18n; headingBase: 2 | 3 | 4 | 5; jargon: JargonLinker | undefined; phones: boolean; routes: SiteRoutes };

// Lexical's text format bits (lexical/src/LexicalConstants.ts).
const IS_BOLD = 1;
const IS_ITALIC = 2;
const IS_STRIKETHROUGH = 4;
const IS_CODE = 16;
const IS_SUBSCRIPT = 32;
const IS_SUPERSCRIPT = 64;
// IS_UNDERLINE (8) is deliberately not rendered: on the web underlined text reads as a
// link (GOV.UK style guide, "Underlining"). Bold or italic carry emphasis instead.

/** Deeper than any real document; stops hostile input from exhausting the stack. */
const MAX_DEPTH = 40;

/** Where an internal link to a document of each collection goes (site/lib/routes.ts). */
const COLLECTION_ROUTES: Record<string, (slug: string) => string> = {
  offers: (slug) => route('offer', { slug }),
  guides: (slug) => route('guide', { slug }),
  spotlights: (slug) => route('spotlight', { slug }),
  areas: (slug) => route('area', { slug }),
};

type LexicalNode = {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The URL if it is safe to link to, else `null`: the one URL rule (`@site/lib/urlRule`,
 * kind `link`): `http:`, `https:`, `mailto:`, `tel:`, or a path on this site. Everything
 * else (`javascript:`, `data:`, protocol-relative `//host`, backslashes…) is refused.
 */
export function safeUrl(value: unknown): string | null {
  return safeHref(value, 'link');
}

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

/** All the text under a node, unescaped: for nodes we do not render as markup. */
function textOf(node: LexicalNode, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak' || node.type === 'tab') return ' ';
  return childrenOf(node)
    .map((child) => textOf(child, depth + 1))
    .join('');
}

const formatOf = (node: LexicalNode): number => (typeof node.format === 'number' ? node.format : 0);

function renderText(text: string, format: number): string {
  if (!text) return '';
  let html = escapeHtml(text);
  if (format & IS_CODE) html = `<code>${html}</code>`;
  if (format & IS_SUBSCRIPT) html = `<sub>${html}</sub>`;
  if (format & IS_SUPERSCRIPT) html = `<sup>${html}</sup>`;
  if (format & IS_STRIKETHROUGH) html = `<s>${html}</s>`;
  if (format & IS_ITALIC) html = `<em>${html}</em>`;
  if (format & IS_BOLD) html = `<strong>${html}</strong>`;
  return html;
}

/** The href of a link node: a custom URL, or a path built from an internal document's slug. */
function linkHref(node: LexicalNode): string | null {
  const fields = isNode(node.fields) ? node.fields : {};
  if (fields.linkType === 'internal' && isNode(fields.doc)) {
    const pathOf = COLLECTION_ROUTES[String(fields.doc.relationTo)];
    const value = fields.doc.value;
    const slug = typeof value === 'string' ? value : isNode(value) ? value.slug : undefined;
    if (pathOf && matches(SLUG, slug)) return pathOf(slug);
    return null;
  }
  // Payload keeps the URL in `fields.url`; plain Lexical link nodes keep it in `url`.
  return safeUrl(fields.url ?? node.url);
}

function renderLink(node: LexicalNode, depth: number, options: Resolved): string {
  // Never a link inside a link: glossary terms and numbers in the words of a link stay as they are.
  const inner = renderInline(childrenOf(node), depth + 1, { ...options, jargon: undefined, phones: false });
  // A path on the site (an internal link, or `/help-now/` as an editor wrote it) goes under its base.
  const found = linkHref(node);
  const href = found && options.routes.at(found);
  // An unsafe or missing URL keeps the words and drops the link.
  if (!href) return inner;
  const fields = isNode(node.fields) ? node.fields : {};
  if (fields.newTab === true) {
    // Say so in the link text: a new tab is a surprise, above all to screen reader users
    // (WCAG technique G201; GOV.UK "Opening links in a new tab").
    return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${inner}<span class="visually-hidden"> ${escapeHtml(options.i18n.t('richText.opensInNewTab'))}</span></a>`;
  }
  // A number an editor linked to itself reads in its own order in right-to-left text (see `phoneLink`).
  const number = href.startsWith('tel:') && /^[\d\s+()]+$/.test(textOf(node).trim());
  return `<a href="${escapeHtml(href)}"${number ? ` dir="${NUMBERS_DIR}"` : ''}>${inner}</a>`;
}

/**
 * Inline content as pieces: words the jargon buster may look at (`text`, with their format
 * bits), and finished markup it must not touch (`html`: links, code, line breaks).
 */
type Piece = { text: string; format: number } | { html: string };

function inlinePieces(nodes: LexicalNode[], depth: number, options: Resolved): Piece[] {
  return nodes.map((node): Piece => {
    switch (node.type) {
      case 'text': {
        const text = typeof node.text === 'string' ? node.text : '';
        const format = formatOf(node);
        return format & IS_CODE ? { html: renderText(text, format) } : { text, format };
      }
      case 'linebreak':
        return { html: '<br>' };
      case 'tab':
        return { text: ' ', format: 0 };
      case 'link':
      case 'autolink':
        return { html: renderLink(node, depth, options) };
      default:
        // Unknown inline node (a mention, an inline block…): its words only.
        return { html: escapeHtml(textOf(node, depth)) };
    }
  });
}

/**
 * A run of adjacent words, with phone numbers as `tel:` links and glossary terms linked. A
 * term may cross formatting ("Personal **Adviser**"): the run is split at each link's ends,
 * so every piece keeps its own `<strong>`/`<em>` inside the link and the markup nests
 * properly. A term is never looked for across a phone number.
 */
function renderRun(run: { text: string; format: number }[], options: Resolved): string {
  const whole = run.map((piece) => piece.text).join('');
  const spans: { start: number; end: number; open: string }[] = [];
  const phones = options.phones ? findPhoneNumbers(whole) : [];
  for (const phone of phones) spans.push({ start: phone.start, end: phone.end, open: phoneLink(phone) });
  if (options.jargon) {
    const gaps = [...phones.map((phone) => phone.start), whole.length].map((end, i) => [i ? phones[i - 1]!.end : 0, end] as const);
    for (const [from, to] of gaps) {
      for (const m of options.jargon.match(whole.slice(from, to))) {
        if (m.link) spans.push({ start: from + m.start, end: from + m.end, open: options.jargon.openLink(m.slug) });
      }
    }
  }
  if (!spans.length) return run.map((piece) => renderText(piece.text, piece.format)).join('');
  const opens = new Map(spans.map((span) => [span.start, span.open]));
  const closes = new Set(spans.map((span) => span.end));
  const cuts = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  let html = '';
  let offset = 0;
  for (const piece of run) {
    // An empty piece would open a link a second time at the same place.
    if (!piece.text) continue;
    const end = offset + piece.text.length;
    const inside = cuts.filter((cut) => cut > offset && cut < end);
    let from = offset;
    for (const to of [...inside, end]) {
      if (opens.has(from)) html += opens.get(from)!;
      html += renderText(whole.slice(from, to), piece.format);
      if (closes.has(to)) html += '</a>';
      from = to;
    }
    offset = end;
  }
  return html;
}

function renderInline(nodes: LexicalNode[], depth: number, options: Resolved): string {
  if (depth > MAX_DEPTH) return '';
  const pieces = inlinePieces(nodes, depth, options);
  // Links, code and line breaks end a run: a term or a number is never matched across them.
  let html = '';
  let run: { text: string; format: number }[] = [];
  for (const piece of pieces) {
    if ('html' in piece) {
      html += renderRun(run, options) + piece.html;
      run = [];
    } else {
      run.push(piece);
    }
  }
  return html + renderRun(run, options);
}

function renderList(node: LexicalNode, depth: number, options: Resolved): string {
  const ordered = node.listType === 'number' || node.tag === 'ol';
  const tag = ordered ? 'ol' : 'ul';
  // Lexical nests a list as a list item whose only child is the inner list; HTML wants the
  // inner list inside the previous item, or a screen reader announces an empty bullet.
  const items: string[] = [];
  for (const item of childrenOf(node)) {
    if (item.type !== 'listitem') continue;
    const children = childrenOf(item);
    const nested = children.filter((c) => c.type === 'list');
    const inline = children.filter((c) => c.type !== 'list');
    const nestedHtml = nested.map((list) => renderList(list, depth + 1, options)).join('');
    const inlineHtml = renderInline(inline, depth + 1, options);
    if (!inlineHtml.trim() && nestedHtml && items.length) {
      items[items.length - 1] += nestedHtml;
    } else if (inlineHtml.trim() || nestedHtml) {
      items.push(inlineHtml + nestedHtml);
    }
  }
  if (!items.length) return '';
  const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start > 1 ? ` start="${node.start}"` : '';
  return `<${tag}${ordered ? start : ''}>${items.map((html) => `<li>${html}</li>`).join('')}</${tag}>`;
}

function renderBlocks(nodes: LexicalNode[], depth: number, options: Resolved): string {
  if (depth > MAX_DEPTH) return '';
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'paragraph': {
          const inner = renderInline(childrenOf(node), depth + 1, options);
          // Editors leave empty paragraphs as spacing; they would be read out as blank lines.
          return inner.replace(/<br>/g, '').trim() ? `<p>${inner}</p>` : '';
        }
        case 'heading': {
          const match = /^h([1-6])$/.exec(String(node.tag));
          const editorLevel = match ? Number(match[1]) : 2;
          const level = Math.min(6, Math.max(options.headingBase, editorLevel + options.headingBase - 2));
          // Headings name sections; a link in one would be read out in every headings list.
          const inner = renderInline(childrenOf(node), depth + 1, { ...options, jargon: undefined });
          return inner.trim() ? `<h${level}>${inner}</h${level}>` : '';
        }
        case 'list':
          return renderList(node, depth + 1, options);
        case 'quote': {
          const inner = renderInline(childrenOf(node), depth + 1, options);
          return inner.trim() ? `<blockquote><p>${inner}</p></blockquote>` : '';
        }
        case 'horizontalrule':
          return '<hr>';
        case 'text':
        case 'link':
        case 'autolink':
        case 'linebreak': {
          // Inline content straight under the root: give it a paragraph.
          const inner = renderInline([node], depth + 1, options);
          return inner.trim() ? `<p>${inner}</p>` : '';
        }
        default: {
          // Unknown block (upload, relationship, custom block…): its words, if any, as a paragraph.
          const text = textOf(node, depth).trim();
          return text ? `<p>${escapeHtml(text)}</p>` : '';
        }
      }
    })
    .join('\n');
}

/**
 * Renders Lexical editor state (`{ root: { children } }`) to an HTML string that is safe to
 * insert with `set:html`. Anything that is not editor state renders as an empty string.
 */
export function renderRichText(i18n: I18n, value: unknown, options: RichTextOptions = {}): string {
  if (!isNode(value) || !isNode(value.root)) return '';
  const resolved: Resolved = { i18n, headingBase: options.headingBase ?? 2, jargon: options.jargon, phones: true, routes: options.routes ?? routesFor({ base: '/' }) };
  return renderBlocks(childrenOf(value.root), 0, resolved);
}

/** The words of a rich text value, without markup (for descriptions and tests). */
export function richTextToPlainText(value: unknown): string {
  if (!isNode(value) || !isNode(value.root)) return '';
  return childrenOf(value.root)
    .map((node) => textOf(node).trim())
    .filter(Boolean)
    .join('\n');
}
