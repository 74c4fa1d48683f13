/**
 * The one rule for every URL that comes from content and ends up in an `href` or `src`.
 *
 * Part of the content model. Used by the CMS (field validation, so a bad URL can't be
 * published), by the snapshot schemas (so a bad URL that got past the CMS leaves its
 * document out of the build) and by every site component that writes a content URL into a
 * page (so even a URL that got past both is never written). No imports: the CMS, the site,
 * `astro.config.mjs` (before aliases exist) and browser code can all use it.
 *
 * Kinds of URL:
 * - `web`: a page on another site (an offer's source, the council's website): absolute
 *   `https://` or `http://` only, with a real host name and no user name or password.
 * - `link`: a link in rich text: `web`, or `mailto:` with an address, `tel:` with a
 *   number, or a path on this site (`/offers/x/`, `#section`).
 * - `media`: an image or file the site build copied under `/media/`.
 *
 * Everything else (`javascript:`, `data:`, `vbscript:`, `file:`, protocol-relative
 * `//host`, backslashes, control characters and white space inside the URL) is refused,
 * with a reason an editor can act on.
 */
export type UrlKind = 'web' | 'link' | 'media';

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const EXAMPLE = 'for example https://www.gov.uk/leaving-foster-or-local-authority-care';

// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\\]/;

function refuse(reason: string): UrlCheck {
  return { ok: false, reason };
}

function checkWeb(url: string): UrlCheck {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) {
    if (url.startsWith('//')) return refuse(`must start with https:// (${EXAMPLE})`);
    return refuse(`must be a full web address starting with https:// (${EXAMPLE})`);
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return refuse(`"${scheme}:" links are not allowed: use a web address starting with https:// (${EXAMPLE})`);
  }
  if (!/^https?:\/\/[^/]/i.test(url)) return refuse(`must be a full web address starting with https:// (${EXAMPLE})`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(`is not a web address (${EXAMPLE})`);
  }
  if (parsed.username || parsed.password) return refuse('must not contain a user name or password');
  const host = parsed.hostname;
  if (!host || (!host.includes('.') && host !== 'localhost') || host.startsWith('.') || host.endsWith('..')) {
    return refuse(`needs a real site name after https:// (${EXAMPLE})`);
  }
  return { ok: true, url };
}

function checkLink(url: string): UrlCheck {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return checkWeb(url);
  if (scheme === 'mailto') {
    return /^mailto:[^@\s/?#]+@[^@\s/?#]+\.[^@\s/?#]+(\?[^\s]*)?$/i.test(url)
      ? { ok: true, url }
      : refuse('must be an email link such as mailto:team@council.gov.uk');
  }
  if (scheme === 'tel') {
    return /^tel:\+?[0-9][0-9-]{2,20}$/.test(url) ? { ok: true, url } : refuse('must be a phone link such as tel:02079460000');
  }
  if (scheme) return refuse(`"${scheme}:" links are not allowed: use https://, mailto:, tel: or a page on this site`);
  if (url.startsWith('//')) return refuse(`must start with https:// (${EXAMPLE})`);
  // A path on this site, or a section of this page.
  if (url.startsWith('/') || url.startsWith('#') || url.startsWith('./') || url.startsWith('../')) return { ok: true, url };
  // Anything else ("www.gov.uk/x", "gov.uk") would be read as a path on this site: almost
  // always a mistake for a web address.
  return refuse(`must start with https:// (${EXAMPLE}), or be a page on this site starting with /`);
}

function checkMedia(url: string): UrlCheck {
  if (!url.startsWith('/media/')) return refuse('must be a file the site build copied under /media/');
  const rest = url.slice('/media/'.length);
  if (!rest || /(^|\/)\.\.?(\/|$)/.test(rest) || /[?#"'<>`]/.test(rest)) return refuse('must be a file name under /media/');
  return { ok: true, url };
}

/** Checks a content URL against the rule for its kind. Leading and trailing white space is ignored. */
export function checkUrl(value: unknown, kind: UrlKind): UrlCheck {
  if (typeof value !== 'string') return refuse('must be text');
  const url = value.trim();
  if (!url) return refuse('is empty');
  if (CONTROL_OR_SPACE.test(url)) return refuse('must not contain spaces, backslashes or invisible characters');
  if (url.length > 2000) return refuse('is too long (2,000 characters at most)');
  if (kind === 'web') return checkWeb(url);
  if (kind === 'media') return checkMedia(url);
  return checkLink(url);
}

/** The URL when it passes the rule for its kind, else `null` (the caller leaves the link out). */
export function safeHref(value: unknown, kind: UrlKind): string | null {
  const result = checkUrl(value, kind);
  return result.ok ? result.url : null;
}

/** For Payload field `validate`: `true`, or the reason with the field's label. Empty is allowed. */
export function validateUrlField(kind: UrlKind, label = 'This address') {
  return (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return true;
    const result = checkUrl(value, kind);
    return result.ok ? true : `${label} ${result.reason}.`;
  };
}

type Node = { type?: unknown; url?: unknown; fields?: { url?: unknown; linkType?: unknown }; children?: unknown };

/**
 * Every link in a Lexical rich-text value that breaks the rule, with its JSON path under
 * the value (`root.children.2.children.0`) and the reason. Internal links (to a document)
 * carry no URL and are fine.
 */
export function unsafeRichTextLinks(value: unknown): { path: string; url: string; reason: string }[] {
  const found: { path: string; url: string; reason: string }[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 200) return;
    const n = node as Node;
    if (n.type === 'link' || n.type === 'autolink' || n.fields?.url !== undefined || n.url !== undefined) {
      const internal = n.fields?.linkType === 'internal';
      const url = n.fields?.url ?? n.url;
      if (!internal && url !== undefined && url !== null && url !== '') {
        const result = checkUrl(url, 'link');
        if (!result.ok) found.push({ path, url: String(url), reason: result.reason });
      } else if (!internal && (n.type === 'link' || n.type === 'autolink')) {
        found.push({ path, url: '', reason: 'has no address' });
      }
    }
    if (Array.isArray(n.children)) n.children.forEach((child, i) => walk(child, `${path}.children.${i}`, depth + 1));
  };
  const root = value && typeof value === 'object' ? (value as { root?: unknown }).root : undefined;
  walk(root, 'root', 0);
  return found;
}
