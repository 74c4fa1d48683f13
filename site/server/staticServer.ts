import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Resolves a URL path to a file inside `root`, or null. Never escapes the root. */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * Serves the built site (what a static host would do): files, `folder/` → `index.html`,
 * a redirect to add the trailing slash, and the site's own 404 page. The root folder is
 * looked up on every request, so a rebuild that swaps `dist/` is picked up at once.
 */
export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const absolute = path.resolve(root);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0]!;
    // Retry once: during a site swap the folder is missing for one system call.
    const file = resolveFile(absolute, pathname) ?? resolveFile(absolute, pathname);
    if (file && !pathname.endsWith('/') && file.endsWith(`${path.sep}index.html`) && !pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${pathname}/${url.slice(pathname.length)}` });
      res.end();
      return;
    }
    const target = file ?? resolveFile(absolute, '/404.html');
    const status = file ? 200 : 404;
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(status, {
      'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': target.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
