/**
 * Serves the built site the way a static host would, with `sirv`:
 *
 * - GET and HEAD only; anything else is 405 with `Allow: GET, HEAD`.
 * - Files as they are, `folder/` and `folder` both give `folder/index.html` (no redirect, so
 *   never a redirect to another host); anything else is the site's own 404 page, status 404.
 * - Precompressed `.br` / `.gz` files (written by the build) when the browser accepts them;
 *   ETags and 304s; `/_astro/` files cached for a year (their names change with their content),
 *   everything else revalidated.
 * - The security headers from `site/lib/securityPolicy.ts` on every response.
 *
 * A rebuild never pulls files from under a request: `root` is a symlink to one complete build
 * folder, swapped atomically by the build (`platform/build/siteFolders.ts`), which deletes a retired
 * folder only after a grace period. Each request resolves the symlink once and is served wholly
 * from that folder; one sirv handler is kept per folder (sirv lists a folder's files once).
 * A plain folder works too (for example a copy made with `cp -rL`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { siteForRequest, type SiteDirectory } from '@content/model/siteDirectory';
import { IMMUTABLE_CACHE, IMMUTABLE_PREFIX, OPEN_DATA_HEADERS, OPEN_DATA_PREFIX, securityHeaders } from '@site/lib/securityPolicy';
import { OPEN_REFERRAL_PATHS } from '@content/model/openReferral';
import { createOpenReferralApi } from './openReferralApi';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Types sirv (mrmime) does not know, or sends without a charset. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const ALLOWED_METHODS = 'GET, HEAD';
/** How many build folders keep a handler in memory: the current one and a few before it. */
const HANDLERS_KEPT = 3;

type Site = { serve: (req: IncomingMessage, res: ServerResponse, next: () => void) => void; notFound: Handler };

/** The site's own 404 page, read once per build folder (in memory, so it can't vanish). */
function notFoundPage(folder: string): Handler {
  const variants: { encoding: string | null; body: Buffer }[] = [];
  for (const [suffix, encoding] of [
    ['.br', 'br'],
    ['.gz', 'gzip'],
    ['', null],
  ] as const) {
    const file = path.join(folder, `404.html${suffix}`);
    if (existsSync(file)) variants.push({ encoding, body: readFileSync(file) });
  }
  return (req, res) => {
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const variant =
      variants.find((v) => v.encoding === 'br' && /\bbr\b/.test(accepted)) ??
      variants.find((v) => v.encoding === 'gzip' && /\bgzip\b/.test(accepted)) ??
      variants.find((v) => v.encoding === null);
    if (!variant) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
      return;
    }
    res.writeHead(404, {
      'Content-Type': TYPES['.html']!,
      'Content-Length': variant.body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(variant.encoding ? { 'Content-Encoding': variant.encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : variant.body);
  };
}

function siteFor(folder: string): Site {
  const serve = sirv(folder, {
    dev: false, // list the folder's files once: a build folder never changes once it is served
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders(res, pathname) {
      const type = TYPES[path.posix.extname(pathname).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  return { serve, notFound: notFoundPage(folder) };
}

/** A Range header sirv can serve (one `bytes=a-b` range, a ≤ b); anything else is dropped. */
function sanitiseRange(req: IncomingMessage): void {
  const range = req.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range);
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1]))) delete req.headers.range;
}

/**
 * The request handler for a site folder (or a symlink to one). Exported for tests; use
 * `serveStatic` to listen.
 */
export function createStaticHandler(root: string): Handler {
  const absolute = path.resolve(root);
  const sites = new Map<string, Site>();

  /** The build folder `root` points at now, and its handler. Null if there is no site. */
  async function resolveSite(): Promise<Site | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const folder = await realpath(absolute);
        const info = await stat(folder);
        // The folder's identity: a plain folder changed in place gets a fresh file list.
        const key = `${folder}\0${info.ino}\0${info.mtimeMs}`;
        let site = sites.get(key);
        if (site) {
          sites.delete(key);
        } else {
          site = siteFor(folder);
        }
        sites.set(key, site);
        while (sites.size > HANDLERS_KEPT) sites.delete(sites.keys().next().value!);
        return site;
      } catch {
        // No site (yet), or the legacy one-off move of a plain dist/ into a build folder:
        // look again shortly.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return null;
  }

  return (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    sanitiseRange(req);
    const pathname = (req.url ?? '/').split('?')[0]!;
    res.setHeader('Cache-Control', pathname.startsWith(IMMUTABLE_PREFIX) ? IMMUTABLE_CACHE : 'no-cache');
    // Open data is for anyone's app to read, from any site (the Open Referral UK copy included).
    if (pathname.startsWith(OPEN_DATA_PREFIX)) for (const [name, value] of Object.entries(OPEN_DATA_HEADERS)) res.setHeader(name, value);
    // sirv pipes a file stream into the response: a read error (a file gone from under it,
    // which the build's grace period should rule out) ends this response instead of the process.
    // A reader who hangs up mid-file closes the file too.
    res.on('pipe', (source: Readable) => {
      source.on('error', () => res.destroy());
      res.on('close', () => source.destroy());
    });
    resolveSite()
      .then((site) => {
        if (!site) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
          res.end(req.method === 'HEAD' ? undefined : 'The site has not been built yet.\n');
          return;
        }
        site.serve(req, res, () => site.notFound(req, res));
      })
      .catch(() => {
        if (res.headersSent) res.destroy();
        else {
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Server error\n');
        }
      });
  };
}

/**
 * Serves the built site in `root` on `host:port` (port 0 picks a free one). Resolves once
 * listening.
 */
export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  return listen(createStaticHandler(root), port, host);
}

/** A server for `handler` on `host:port`, resolved once listening. */
function listen(handler: Handler, port: number, host: string): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}


/** The host name of a request, lower-cased, without its port. */
function hostOf(req: IncomingMessage): string {
  return String(req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
}

/**
 * Every council's site from one server: `root/sites.json` (written by the build) lists each
 * council's folder (`root/<slug>`, a symlink swapped atomically by its own builds) and the
 * host names it answers to (`<slug>.localhost` and the host of its public address), and the
 * path it is served under. A request goes to the council its Host and path name
 * (`siteForRequest`): a council under a shared address is served at its path. Anything else gets the platform's index of
 * councils, or, on a platform with one council, that council's site, so a
 * single-council installation works at plain `http://localhost:<port>/`. The directory is
 * re-read when it changes, so a council added and built appears without a restart.
 */
export function createPlatformHandler(root: string): Handler {
  const absolute = path.resolve(root);
  const handlers = new Map<string, Handler>();
  const handlerFor = (folder: string): Handler => {
    let handler = handlers.get(folder);
    if (!handler) handlers.set(folder, (handler = createStaticHandler(path.join(absolute, folder))));
    return handler;
  };
  const openReferral = createOpenReferralApi(absolute);
  const API = OPEN_REFERRAL_PATHS.api.slice(0, -1);
  let cached: { mtimeMs: number; directory: SiteDirectory } | null = null;
  const directory = async (): Promise<SiteDirectory> => {
    try {
      const file = path.join(absolute, 'sites.json');
      const info = await stat(file);
      if (!cached || cached.mtimeMs !== info.mtimeMs) {
        cached = { mtimeMs: info.mtimeMs, directory: JSON.parse(await readFile(file, 'utf8')) as SiteDirectory };
      }
      return cached.directory;
    } catch {
      return { sites: [] };
    }
  };
  return (req, res) => {
    directory()
      .then(({ sites }) => {
        const [pathname = '/', query] = (req.url ?? '/').split(/\?(.*)/s);
        const site = siteForRequest(sites, hostOf(req), pathname);
        if (!site) return indexOfCouncils(req, res, sites);
        // A site under a shared address is built with its path in every link; its folder holds the pages from its root.
        const base = site.base || '/';
        const inSite = `/${pathname.slice(base.length)}`;
        // The site's Open Referral UK API, answered from memory (`./openReferralApi`).
        if (inSite === API || inSite.startsWith(`${API}/`)) {
          const apiUrl = `http://${String(req.headers.host ?? 'localhost')}${base}${OPEN_REFERRAL_PATHS.api.slice(1)}`;
          return openReferral(req, res, site.slug, inSite.slice(API.length + 1), query ?? '', apiUrl);
        }
        if (base !== '/') req.url = `${inSite}${query !== undefined ? `?${query}` : ''}`;
        return handlerFor(site.slug)(req, res);
      })
      .catch(() => indexOfCouncils(req, res, []));
  };
}

/** The index's only styles (a file, as the Content Security Policy allows no inline style): readable, big enough to tap. */
const INDEX_CSS = `body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #0b0c0c; margin: 0 auto; max-inline-size: 40rem; padding: 1rem; }
a { color: #1d4f91; display: inline-block; padding-block: 0.5rem; }
a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
ul { padding-inline-start: 1.25rem; }
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The platform's front page: every council's local offer, linked at `<council>.localhost`
 * on the port this request came in on. Plain HTML and one small stylesheet: no script, nothing external.
 */
function indexOfCouncils(req: IncomingMessage, res: ServerResponse, sites: SiteDirectory['sites']): void {
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed\n');
    return;
  }
  const pathname = (req.url ?? '/').split('?')[0];
  if (pathname === '/index.css') {
    res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : INDEX_CSS);
    return;
  }
  const found = pathname === '/';
  const port = /:(\d+)$/.exec(String(req.headers.host ?? ''))?.[1];
  // A site at the root of its own domain is at <slug>.localhost here; one under a shared address at its path on this one.
  const here = (s: SiteDirectory['sites'][number]) => escapeHtml(s.base && s.base !== '/' ? s.base : `http://${s.slug}.localhost${port ? `:${port}` : ''}/`);
  const items = sites
    .filter((s) => s.kind !== 'library')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => `<li><a href="${here(s)}">${escapeHtml(s.name)}</a></li>`)
    .join('\n        ');
  const library = sites.find((s) => s.kind === 'library');
  const html = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${found ? 'Local offers for care leavers' : 'Page not found'}</title>
    <link rel="stylesheet" href="/index.css">
  </head>
  <body>
    <main>
      <h1>${found ? 'Local offers for care leavers' : 'Page not found'}</h1>
      <p>Each council publishes the help care leavers can get. Choose a council:</p>
      <ul>
        ${items || '<li>No council has a site here yet.</li>'}
      </ul>
      ${library ? `<p>For councils and Personal Advisers: <a href="${here(library)}">${escapeHtml(library.name)}</a>, what councils do and how their local offers compare.</p>` : ''}
    </main>
  </body>
</html>
`;
  res.writeHead(found ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** Serves every council's site (see `createPlatformHandler`) on `host:port`. Resolves once listening. */
export function servePlatform(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  return listen(createPlatformHandler(root), port, host);
}
