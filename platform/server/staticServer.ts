/**
 * The platform's one HTTP server, on Hono (`@hono/node-server`): every council's built site
 * and its Open Referral UK API, or (`serveStatic`) one site folder on its own. A request goes
 * through, in order:
 *
 * 1. `securityHeaders`: the headers of `site/lib/securityPolicy.ts` on every answer.
 *    The middlewares gather an answer's headers in `c.var.headers`, and every answer is made
 *    with them, as one plain object (`reply`): `@hono/node-server` writes such an answer
 *    straight out, where changing a made Response's headers costs a Headers object each time.
 * 1b. `requestLog`: a request id (the caller's `X-Request-Id`, or a new one) echoed on the answer,
 *    and, given a logger, one JSON line per request (method, host, path, status, ms, id) through pino.
 * 1c. `health`: `/healthz` (the process answers) and `/readyz` (the built sites are there and
 *    `sites.json` reads: 503 naming what is not), on any host, never cached.
 * 2. `siteRouting`: which site the request is for, from its Host and path (`sites.json`,
 *    `siteForRequest`), and the path inside that site (its base path taken off).
 * 3. `openReferral`: `<site>/api/openreferral/…` goes to the API's own routes (`./openReferralApi`),
 *    which answer their own methods (CORS preflights included).
 * 3b. `feedback`: `POST <site>/feedback`, readers' feedback (`./feedback`), when the server is given a store.
 * 4. `getAndHeadOnly`: anything else is 405 with `Allow: GET, HEAD`.
 * 5. `indexOfCouncils`: a request for no site gets the platform's index of councils.
 * 6. `caching`: `/_astro/` files cached for a year (their names change with their content),
 *    everything else revalidated; open data (`/open-data/`) readable from any site (CORS).
 * 7. the site's files (`./siteFiles`): precompressed copies, ETags, ranges, its 404 page, and a
 *    folder swapped by a rebuild never changing under a reader.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { DEFAULT_LOCALE } from '@content/model/locales';
import { REQUEST_ID_HEADER, requestIdFrom } from '@content/model/requestId';
import { settings } from '@platform/config';
import { siteDirectorySchema, siteForRequest, type SiteDirectory } from '@content/model/siteDirectory';
import { parseHandOff } from '@content/model/handOff';
import { IMMUTABLE_CACHE, IMMUTABLE_PREFIX, OPEN_DATA_HEADERS, OPEN_DATA_PREFIX, securityHeaders as securityPolicyHeaders } from '@site/lib/securityPolicy';
import { OPEN_REFERRAL_PATHS } from '@content/model/openReferral';
import { createOpenReferralApi } from './openReferralApi';
import { bodyLimit } from 'hono/body-limit';
import { FEEDBACK_MAX_BYTES, FEEDBACK_PATH } from '@content/model/feedback';
import { FEEDBACK_CSS_PATH, feedbackStylesheet, receiveFeedback, sizeRefusal, type FeedbackReply, type FeedbackStore } from './feedback';
import { answerFromFolder, siteFiles } from './siteFiles';
import { currentBuild } from '@platform/build/siteFolders';
import { watchConnections } from '@platform/server/lifecycle';

/**
 * Where `npm run serve` serves from and on, from the platform's settings (`@platform/config`):
 * the folder of the built sites (SITE_OUT_DIR), the port (PORT) and the address (HOST). The
 * API's cache budget, OPEN_REFERRAL_CACHE_MB, is read by `cacheBudget` (`./openReferralApi`).
 */
export function serverSettings() {
  const { SITE_OUT_DIR, PORT, HOST } = settings();
  return { root: path.resolve(SITE_OUT_DIR), port: PORT, host: HOST };
}

/** The site a request is for: its folder's files, where it is served from, and the path inside it. */
type SiteRequest = { slug: string; base: string; files: ReturnType<typeof siteFiles>; path: string; councilId?: string | undefined };
/**
 * `headers`: what the middlewares put on the answer (security policy, caching, CORS); every
 * answer is made with them (`reply`), as one plain object: the adapter's quickest way out.
 */
type ServerEnv = { Variables: { site: SiteRequest | null; sites: SiteDirectory['sites']; headers: Record<string, string> } };
/** Finds the site a request is for (null: none; the index of councils answers). */
type SiteResolver = (host: string, pathname: string) => { site: SiteRequest | null; sites: SiteDirectory['sites'] };

const ALLOWED_METHODS = 'GET, HEAD';
const TEXT = 'text/plain; charset=utf-8';
const API = OPEN_REFERRAL_PATHS.api.slice(0, -1);

/** The path of a URL exactly as sent (not decoded), without its query. */
function rawPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start === -1) return '/';
  const query = url.indexOf('?', start);
  return query === -1 ? url.slice(start) : url.slice(start, query);
}

/** The host name of a request, lower-cased, without its port. */
const hostName = (host: string | undefined) => String(host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/^\[|\]$/g, '');

const SECURITY = securityPolicyHeaders();

/** An answer with the middlewares' headers, then its own. */
const reply = (headers: Record<string, string>, body: string | null, status: number, own: Record<string, string>) => new Response(body, { status, headers: { ...headers, ...own } });

/** 1. The security policy's headers on every answer. */
const securityHeaders: MiddlewareHandler<ServerEnv> = (c, next) => {
  c.set('headers', { ...SECURITY });
  return next();
};

export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const;

/** 1b. The request id on every answer, and one JSON log line per request when the server has a logger. */
const requestLog =
  (logger: Logger | undefined): MiddlewareHandler<ServerEnv> =>
  async (c, next) => {
    const reqId = requestIdFrom(c.req.header(REQUEST_ID_HEADER));
    c.var.headers[REQUEST_ID_HEADER] = reqId;
    if (!logger) return next();
    const started = performance.now();
    await next();
    const pathname = rawPath(c.req.url);
    const line = { reqId, method: c.req.method, host: hostName(c.req.header('host')), path: pathname, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 };
    // Probes ask every few seconds: their lines only at debug level.
    if (pathname === HEALTH_PATHS.live || pathname === HEALTH_PATHS.ready) logger.debug(line, 'request');
    else logger.info(line, 'request');
  };

/** What `/readyz` found: each check `ok`, or what is wrong (nothing secret: no paths, no errors' details). */
export type Readiness = { ok: boolean; checks: Record<string, string> };

/** 1c. `/healthz`: up. `/readyz`: `ready()` says whether this server can serve its sites (503 when not). */
const health =
  (ready: () => Readiness): MiddlewareHandler<ServerEnv> =>
  async (c, next) => {
    const pathname = rawPath(c.req.url);
    if ((pathname !== HEALTH_PATHS.live && pathname !== HEALTH_PATHS.ready) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    const answer = pathname === HEALTH_PATHS.live ? { ok: true, checks: {} } : ready();
    const body = JSON.stringify({ status: answer.ok ? 'ok' : 'failing', checks: answer.checks });
    return reply(c.var.headers, c.req.method === 'HEAD' ? null : body, answer.ok ? 200 : 503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  };

/**
 * Whether the platform's sites in `root` can be served: `sites.json` is there and reads as a
 * directory of sites, and the sites it lists have built folders. A site listed but not built
 * yet (a council just added) is named, but does not take the server out of a load balancer
 * while the others are served: only none built does.
 */
export function platformReadiness(root: string): Readiness {
  const file = path.join(root, 'sites.json');
  if (!existsSync(file)) return { ok: false, checks: { sitesJson: 'missing: no site has been built yet' } };
  let directory: SiteDirectory;
  try {
    directory = parseHandOff(siteDirectorySchema, readFileSync(file, 'utf8'), file);
  } catch {
    return { ok: false, checks: { sitesJson: 'unreadable: not a directory of sites (see the server log)' } };
  }
  const missing = directory.sites.filter((site) => !currentBuild(path.join(root, site.slug))).map((site) => site.slug);
  const built = directory.sites.length - missing.length;
  const sites = [built ? `${built} built` : directory.sites.length ? 'none built' : 'none listed', missing.length ? `not built yet: ${missing.join(', ')}` : ''];
  return { ok: built > 0, checks: { sitesJson: 'ok', sites: sites.filter(Boolean).join('; ') } };
}

/** Whether the one site in `root` can be served: a folder with its front page. */
export function folderReadiness(root: string): Readiness {
  const ok = existsSync(path.join(root, 'index.html'));
  return { ok, checks: { site: ok ? 'ok' : 'not built: no index.html' } };
}

/** 2. Host-and-path routing: which site, and the path inside it. */
const siteRouting =
  (resolve: SiteResolver): MiddlewareHandler<ServerEnv> =>
  (c, next) => {
    const { site, sites } = resolve(hostName(c.req.header('host')), rawPath(c.req.url));
    c.set('site', site);
    c.set('sites', sites);
    return next();
  };

/** 3. The site's Open Referral UK API (a site with no feed answers so, as JSON). */
const openReferral =
  (root: string | null): MiddlewareHandler<ServerEnv> => {
    if (root === null) return (_c, next) => next();
    const api = createOpenReferralApi(root);
    return async (c, next) => {
      const site = c.var.site;
      if (!site || (site.path !== API && !site.path.startsWith(`${API}/`))) return next();
      const apiUrl = `http://${c.req.header('host') ?? 'localhost'}${site.base}${OPEN_REFERRAL_PATHS.api.slice(1)}`;
      return api.fetch(c.req.raw, { slug: site.slug, route: site.path.slice(API.length) || '/', apiUrl, headers: c.var.headers });
    };
  };

/**
 * Where feedback goes: a store, or a function that opens one on the first post (the server
 * then opens the database only when someone sends feedback). None: feedback is not taken here.
 */
export type FeedbackSource = FeedbackStore | (() => Promise<FeedbackStore>);
export type ServerOptions = {
  feedback?: FeedbackSource | undefined;
  /** One JSON line per request through this logger (`requestLogger()`); none: not logged (the request id is still given). */
  logger?: Logger | undefined;
};

/** 3b. Readers' feedback: `POST <site>/feedback` (`./feedback`), and its pages' stylesheet. */
const feedback = (source: FeedbackSource | undefined): MiddlewareHandler<ServerEnv> => {
  if (!source) return (_c, next) => next();
  let opened: Promise<FeedbackStore> | null = null;
  const store = () => (typeof source === 'function' ? (opened ??= source()) : Promise.resolve(source));
  const answer = (headers: Record<string, string>, r: FeedbackReply, head = false) => reply(headers, head ? null : r.body, r.status, r.headers);
  const limit = bodyLimit({ maxSize: FEEDBACK_MAX_BYTES, onError: (c) => answer(c.var.headers, sizeRefusal(c.req.query('lang'), c.var.site?.base ?? '/')) });
  return async (c, next) => {
    const site = c.var.site;
    if (!site) return next();
    if (site.path === FEEDBACK_CSS_PATH && (c.req.method === 'GET' || c.req.method === 'HEAD')) return answer(c.var.headers, feedbackStylesheet(), c.req.method === 'HEAD');
    if (site.path !== FEEDBACK_PATH || c.req.method !== 'POST') return next();
    let done: Response | undefined;
    const refused = await limit(c, async () => {
      done = answer(c.var.headers, await receiveFeedback(c, { base: site.base, councilId: site.councilId }, await store()));
    });
    return refused ?? done ?? answer(c.var.headers, sizeRefusal(c.req.query('lang'), site.base));
  };
};

/** 4. Only reading: GET and HEAD. */
const getAndHeadOnly: MiddlewareHandler<ServerEnv> = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  return reply(c.var.headers, 'Method not allowed\n', 405, { Allow: ALLOWED_METHODS, 'Content-Type': TEXT });
};

/** 6. How long a browser may keep an answer, and open data for anyone's app. */
const caching: MiddlewareHandler<ServerEnv> = (c, next) => {
  const pathname = c.var.site!.path;
  const headers = c.var.headers;
  headers['Cache-Control'] = pathname.startsWith(IMMUTABLE_PREFIX) ? IMMUTABLE_CACHE : 'no-cache';
  // Open data is for anyone's app to read, from any site (the Open Referral UK copy included).
  if (pathname.startsWith(OPEN_DATA_PREFIX)) Object.assign(headers, OPEN_DATA_HEADERS);
  return next();
};

/** The one server's app, for sites found by `resolve`; `apiRoot` (the folder of `sites.json`) turns the API on. */
function createApp(resolve: SiteResolver, apiRoot: string | null, ready: () => Readiness, options: ServerOptions = {}): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  app.use(securityHeaders, requestLog(options.logger), health(ready), siteRouting(resolve), openReferral(apiRoot), feedback(options.feedback), getAndHeadOnly);
  app.use(async (c, next) => (c.var.site ? next() : indexOfCouncils(c.var.headers, c.req.method, rawPath(c.req.url), c.req.header('host'), c.var.sites)));
  app.use(caching);
  app.all('*', async (c) => {
    const site = c.var.site!;
    const folder = await site.files.current();
    if (!folder) return reply(c.var.headers, c.req.method === 'HEAD' ? null : 'The site has not been built yet.\n', 404, { 'Content-Type': TEXT, 'Cache-Control': 'no-cache' });
    return answerFromFolder(folder, c.var.headers, {
      method: c.req.method,
      pathname: site.path,
      acceptEncoding: c.req.header('accept-encoding'),
      ifNoneMatch: c.req.header('if-none-match'),
      range: c.req.header('range'),
    });
  });
  app.onError((error, c) => {
    options.logger?.error({ err: error, reqId: c.var.headers?.[REQUEST_ID_HEADER], path: rawPath(c.req.url) }, 'request failed');
    return reply(c.var.headers ?? SECURITY, 'Server error\n', 500, { 'Content-Type': TEXT });
  });
  return app;
}

/** A Node server for `app` on `host:port` (port 0 picks a free one), resolved once listening. */
function listen(app: Hono<ServerEnv>, port: number, host: string): Promise<Server> {
  const server = createServer(
    getRequestListener(app.fetch, {
      // A request Node parses but the Fetch API refuses (a backslash in its path, a bad Host): not found, with the security headers.
      errorHandler: () => reply(SECURITY, 'Not found\n', 404, { 'Content-Type': TEXT, 'Cache-Control': 'no-cache' }),
    }),
  );
  // Which connections still have an answer to send, for a graceful stop (platform/server/lifecycle.ts).
  watchConnections(server);
  // Bytes after a request that parse as no request (a body sent without a length, say) come in
  // while its answer is still being made: answer it first, then close the connection.
  const answering = new WeakMap<Socket, ServerResponse>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    answering.set(req.socket, res);
    res.on('close', () => answering.delete(req.socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const res = answering.get(socket);
    if (res) res.on('close', () => socket.destroy());
    // Otherwise as Node itself answers: headers too big, too slow, or not HTTP.
    else if (socket.writable) {
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    } else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** One site folder (or a symlink to one), on its own: no directory, no API. */
export function createStaticApp(root: string, options: ServerOptions = {}): Hono<ServerEnv> {
  const files = siteFiles(root);
  return createApp((_host, pathname) => ({ site: { slug: '', base: '/', files, path: pathname }, sites: [] }), null, () => folderReadiness(root), options);
}

/** Serves the built site in `root` on `host:port` (port 0 picks a free one). Resolves once listening. */
export function serveStatic(root: string, port: number, host = '127.0.0.1', options: ServerOptions = {}): Promise<Server> {
  return listen(createStaticApp(root, options), port, host);
}

/**
 * Every council's site from one server: `root/sites.json` (written by the build) lists each
 * council's folder (`root/<slug>`, a symlink swapped atomically by its own builds) and the
 * host names it answers to (`<slug>.localhost` and the host of its public address), and the
 * path it is served under. A request goes to the council its Host and path name
 * (`siteForRequest`): a council under a shared address is served at its path. Anything else
 * gets the platform's index of councils, or, on a platform with one council, that council's
 * site, so a single-council installation works at plain `http://localhost:<port>/`. The
 * directory is re-read when it changes, so a council added and built appears without a restart.
 */
export function createPlatformApp(root: string, options: ServerOptions = {}): Hono<ServerEnv> {
  const absolute = path.resolve(root);
  const files = new Map<string, ReturnType<typeof siteFiles>>();
  const filesOf = (slug: string) => {
    let site = files.get(slug);
    if (!site) files.set(slug, (site = siteFiles(path.join(absolute, slug))));
    return site;
  };
  let cached: { mtimeMs: number; directory: SiteDirectory } | null = null;
  const file = path.join(absolute, 'sites.json');
  // Looked at on every request (a stat the kernel answers from its cache: quicker done at once than handed to a thread).
  const directory = (): SiteDirectory => {
    try {
      const info = statSync(file, { throwIfNoEntry: false });
      if (!info) return { sites: [] };
      if (!cached || cached.mtimeMs !== info.mtimeMs) {
        // Through its schema (content/model/siteDirectory.ts): one that is not a directory is said once, naming the field, and serves nothing.
        let directory: SiteDirectory = { sites: [] };
        try {
          directory = parseHandOff(siteDirectorySchema, readFileSync(file, 'utf8'), file);
        } catch (error) {
          console.error(error instanceof Error ? error.message : String(error));
        }
        cached = { mtimeMs: info.mtimeMs, directory };
      }
      return cached.directory;
    } catch {
      return { sites: [] };
    }
  };
  const resolve: SiteResolver = (host, pathname) => {
    const { sites } = directory();
    const site = siteForRequest(sites, host, pathname);
    if (!site) return { site: null, sites };
    // A site under a shared address is built with its path in every link; its folder holds the pages from its root.
    const base = site.base || '/';
    const councilId = site.kind === 'library' ? 'library' : site.id;
    return { site: { slug: site.slug, base, files: filesOf(site.slug), path: `/${pathname.slice(base.length)}`, councilId }, sites };
  };
  return createApp(resolve, absolute, () => platformReadiness(absolute), options);
}

/** Serves every council's site (see `createPlatformApp`) on `host:port`. Resolves once listening. */
export function servePlatform(root: string, port: number, host = '127.0.0.1', options: ServerOptions = {}): Promise<Server> {
  return listen(createPlatformApp(root, options), port, host);
}

/** The index's only styles (a file, as the Content Security Policy allows no inline style): readable, big enough to tap. */
const INDEX_CSS = `body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #0b0c0c; margin: 0 auto; max-inline-size: 40rem; padding: 1rem; }
a { color: #1d4f91; display: inline-block; padding-block: 0.5rem; }
a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
ul { padding-inline-start: 1.25rem; }
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * 5. The platform's front page: every council's local offer, linked at `<council>.localhost`
 * on the port this request came in on. Plain HTML and one small stylesheet: no script, nothing external.
 */
function indexOfCouncils(headers: Record<string, string>, method: string, pathname: string, hostHeader: string | undefined, sites: SiteDirectory['sites']): Response {
  const head = method === 'HEAD';
  if (pathname === '/index.css') return reply(headers, head ? null : INDEX_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' });
  const found = pathname === '/';
  const port = /:(\d+)$/.exec(hostHeader ?? '')?.[1];
  // A site at the root of its own domain is at <slug>.localhost here; one under a shared address at its path on this one.
  const here = (s: SiteDirectory['sites'][number]) => escapeHtml(s.base && s.base !== '/' ? s.base : `http://${s.slug}.localhost${port ? `:${port}` : ''}/`);
  const items = sites
    .filter((s) => s.kind !== 'library')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => `<li><a href="${here(s)}">${escapeHtml(s.name)}</a></li>`)
    .join('\n        ');
  const library = sites.find((s) => s.kind === 'library');
  const html = `<!doctype html>
<html lang="${DEFAULT_LOCALE.lang}" dir="${DEFAULT_LOCALE.dir}">
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
  return reply(headers, head ? null : html, found ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
}
