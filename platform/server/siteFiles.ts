/**
 * A built site's files, served the way a static host would:
 *
 * - Files as they are, `folder/` and `folder` both give `folder/index.html` (no redirect, so
 *   never a redirect to another host); `page` gives `page.html`. Only files of the site are
 *   ever served: a path is looked up in the folder's list of files, never joined onto the
 *   disk's; hidden files (`.name`) are not listed.
 * - The precompressed `.br` / `.gz` copies (written by the build) chosen by the request's
 *   `Accept-Encoding` with its weights (`./acceptEncoding`), `Vary: Accept-Encoding` on any
 *   file that has them; each copy its own length and ETag; 304 for a matching `If-None-Match`;
 *   one byte range (`Range: bytes=a-b`) as 206, other ranges ignored.
 * - Anything else is the site's own 404 page (held in memory, in its copies), status 404.
 *
 * A rebuild never pulls files from under a request: `root` is a symlink to one complete build
 * folder, swapped atomically by the build (`platform/build/siteFolders.ts`), which deletes a
 * retired folder only after a grace period. Each request resolves the symlink once and is
 * served wholly from that folder; its list of files is made once per folder (a build folder
 * never changes once served). A plain folder works too (for example a copy made with `cp -rL`).
 */
import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createStreamBody } from '@hono/node-server/utils/stream';
import { getMimeType } from 'hono/utils/mime';
import { preferredEncoding, type Coding } from './acceptEncoding';

/** Types sent with their charset, or that Hono's table does not know. */
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
/** The Content-Type a file is sent with (here, and as a release in a bucket: `platform/build/siteRelease.ts`). */
export const typeOf = (file: string) => TYPES[path.extname(file).toLowerCase()] ?? getMimeType(file) ?? 'application/octet-stream';

/** The copies' suffixes, in the server's order of preference. */
export const COPIES: readonly (readonly [Coding, string])[] = [
  ['br', '.br'],
  ['gzip', '.gz'],
];
/** Files up to this size are read whole (the quickest way to send them); bigger ones are streamed. */
const READ_WHOLE = 1 << 20;
/** How many build folders keep their list of files in memory: the current one and a few before it. */
const FOLDERS_KEPT = 3;

type Copy = { file: string; size: number; etag: string };
type Entry = { type: string; plain: Copy; copies: Partial<Record<Coding, Copy>>; codings: Coding[] };
type Headers = Record<string, string>;

/** A served build folder: its files by URL path (without the leading slash), and its 404 page. */
export type SiteFolder = { files: Map<string, Entry>; notFound: Partial<Record<Coding | 'plain', NonSharedBuffer>> };

function copyOf(file: string): Copy {
  const info = statSync(file);
  return { file, size: info.size, etag: `W/"${info.size}-${Math.trunc(info.mtimeMs)}"` };
}

/** Lists a build folder's files once (hidden ones left out), each with its compressed copies. */
function listFolder(folder: string): SiteFolder {
  const names: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue;
      const name = `${prefix}${item.name}`;
      const full = path.join(dir, item.name);
      const isDir = item.isDirectory() || (item.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory());
      if (isDir) walk(full, `${name}/`);
      else names.push(name);
    }
  };
  walk(folder, '');
  const present = new Set(names);
  const files = new Map<string, Entry>();
  for (const name of names) {
    const suffix = COPIES.find(([, s]) => name.endsWith(s))?.[1];
    // A compressed copy is served in place of its file, not as a file of its own.
    if (suffix && present.has(name.slice(0, -suffix.length))) continue;
    const full = path.join(folder, name);
    const copies: Entry['copies'] = {};
    for (const [coding, s] of COPIES) if (present.has(`${name}${s}`)) copies[coding] = copyOf(`${full}${s}`);
    files.set(name, { type: typeOf(name), plain: copyOf(full), copies, codings: COPIES.map(([c]) => c).filter((c) => copies[c]) });
  }
  const notFound: SiteFolder['notFound'] = {};
  for (const [coding, s] of [...COPIES, ['plain', ''] as const]) {
    const file = path.join(folder, `404.html${s}`);
    if (existsSync(file)) notFound[coding] = readFileSync(file);
  }
  return { files, notFound };
}

/** The file a URL path names: itself, `path.html`, or `path/index.html`. */
function lookup(files: Map<string, Entry>, pathname: string): Entry | undefined {
  let name: string;
  try {
    name = decodeURIComponent(pathname).slice(1);
  } catch {
    return undefined;
  }
  if (name === '' || name.endsWith('/')) return files.get(`${name}index.html`);
  return files.get(name) ?? files.get(`${name}.html`) ?? files.get(`${name}/index.html`);
}

/** One `bytes=a-b` (or `bytes=a-`) range within `size`; null when there is none to honour, 'unsatisfiable' past the end. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  if (header === undefined) return null;
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(header);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== '' && Number(match[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

export type FileRequest = { method: string; pathname: string; acceptEncoding?: string; ifNoneMatch?: string; range?: string };

async function body(file: string, start: number, end: number, head: boolean) {
  if (head) return null;
  const length = end - start + 1;
  if (length <= READ_WHOLE) {
    const whole = await readFile(file);
    return start === 0 && length === whole.length ? whole : whole.subarray(start, end + 1);
  }
  return createStreamBody(createReadStream(file, { start, end }));
}

/** The answer to a GET or HEAD for `request.pathname` from `folder`: the file, 304, 206, 416, or the 404 page; `base`: the headers the server's middlewares give every answer. */
export async function answerFromFolder(folder: SiteFolder, base: Headers, request: FileRequest): Promise<Response> {
  const head = request.method === 'HEAD';
  const entry = lookup(folder.files, request.pathname);
  if (!entry) {
    const coding = preferredEncoding(request.acceptEncoding, COPIES.map(([c]) => c).filter((c) => folder.notFound[c]));
    const page = coding ? folder.notFound[coding] : folder.notFound.plain;
    if (!page) return new Response(head ? null : 'Not found\n', { status: 404, headers: { ...base, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' } });
    const headers: Headers = { ...base, 'Content-Type': TYPES['.html']!, 'Content-Length': String(page.length), 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    if (coding) headers['Content-Encoding'] = coding;
    return new Response(head ? null : page, { status: 404, headers });
  }
  const coding = preferredEncoding(request.acceptEncoding, entry.codings);
  const copy = coding ? entry.copies[coding]! : entry.plain;
  const headers: Headers = { ...base, 'Content-Type': entry.type, ETag: copy.etag };
  if (entry.codings.length) headers.Vary = 'Accept-Encoding';
  if (coding) headers['Content-Encoding'] = coding;
  if (request.ifNoneMatch !== undefined && request.ifNoneMatch.split(',').some((tag) => tag.trim() === copy.etag || tag.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }
  const range = byteRange(request.range, copy.size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${copy.size}` } });
  if (range) {
    headers['Content-Range'] = `bytes ${range.start}-${range.end}/${copy.size}`;
    headers['Content-Length'] = String(range.end - range.start + 1);
    return new Response(await body(copy.file, range.start, range.end, head), { status: 206, headers });
  }
  headers['Content-Length'] = String(copy.size);
  return new Response(await body(copy.file, 0, copy.size - 1, head), { status: 200, headers });
}

/**
 * The site in `root` (a symlink to a build folder, or a folder): `current()` resolves the
 * symlink once and gives that folder's list of files, made once per folder; null when there
 * is no site (yet).
 */
export function siteFiles(root: string): { current: () => Promise<SiteFolder | null> } {
  const absolute = path.resolve(root);
  const folders = new Map<string, SiteFolder>();
  async function current(): Promise<SiteFolder | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // At once, not on a thread: the kernel answers both from its cache.
        const folder = realpathSync.native(absolute);
        const info = statSync(folder);
        // The folder's identity: a plain folder changed in place gets a fresh list.
        const key = `${folder}\0${info.ino}\0${info.mtimeMs}`;
        let site = folders.get(key);
        if (site) folders.delete(key);
        else site = listFolder(folder);
        folders.set(key, site);
        while (folders.size > FOLDERS_KEPT) folders.delete(folders.keys().next().value!);
        return site;
      } catch {
        // No site (yet), or a folder deleted between resolving and listing it: look again shortly.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return null;
  }
  return { current };
}
