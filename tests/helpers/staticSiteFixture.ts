/**
 * Small stand-in sites for the static server's tests: the shape of a real build (pages as
 * `folder/index.html`, a 404 page, hashed assets under `/_astro/`, Pagefind files, a manifest),
 * with compressed copies written the way the build writes them. Each version's files differ,
 * so a response shows which build it came from.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '@platform/build/precompress';
import { newBuildFolder } from '@platform/build/siteFolders';

export type SiteVersion = { name: string; dir: string; files: Record<string, string> };

/** URL paths each fixture site answers 200 to, and the file that answers. */
export const FIXTURE_PAGES: Record<string, string> = {
  '/': 'index.html',
  '/guides/': 'guides/index.html',
  '/guides': 'guides/index.html',
  '/guides/money/': 'guides/money/index.html',
  '/_astro/app.Ab12Cd.js': '_astro/app.Ab12Cd.js',
  '/_astro/site.Ef34Gh.css': '_astro/site.Ef34Gh.css',
  '/manifest.webmanifest': 'manifest.webmanifest',
  '/pagefind/fragment/en_1.pf_fragment': 'pagefind/fragment/en_1.pf_fragment',
};

/** Writes one version of the fixture site (compressed copies included) into a new temp folder. */
export async function makeSiteVersion(name: string, { pageBytes = 40_000 } = {}): Promise<SiteVersion> {
  const dir = mkdtempSync(path.join(tmpdir(), `lop-site-${name}-`));
  const filler = (label: string) =>
    `<p>${label}: care leavers can get help with housing, money and education until they are 25.</p>\n`.repeat(
      Math.ceil(pageBytes / 90),
    );
  const page = (title: string) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title} (${name})</title></head><body><h1>${title}</h1>${filler(`${title} ${name}`)}<p>end of ${title} ${name}</p></body></html>`;
  const files: Record<string, string> = {
    'index.html': page('Home'),
    'guides/index.html': page('Guides'),
    'guides/money/index.html': page('Money'),
    '404.html': page('Page not found'),
    '_astro/app.Ab12Cd.js': `console.log(${JSON.stringify(filler(`script ${name}`))});`,
    '_astro/site.Ef34Gh.css': `body::after{content:${JSON.stringify(`${name} `.repeat(400))}}`,
    'manifest.webmanifest': JSON.stringify({ name: `Local offer ${name}`, description: filler(name) }),
    'pagefind/fragment/en_1.pf_fragment': `binary ${name} `.repeat(50),
  };
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
  await precompress(dir);
  return { name, dir, files };
}

/** A new build folder of `outDir` (as the build makes one) holding a copy of `version`. */
export function copyAsBuild(version: SiteVersion, outDir: string): string {
  const build = newBuildFolder(outDir);
  cpSync(version.dir, build, { recursive: true });
  return build;
}

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; complete: boolean };

/**
 * One HTTP request with the path sent exactly as given (no normalising, no decompressing,
 * no following redirects), so tests see what the server really answers.
 */
export function raw(
  port: number,
  urlPath: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), complete: res.complete }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The body as the browser would read it (undoing Content-Encoding). */
export function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString();
  if (encoding === 'gzip') return gunzipSync(response.body).toString();
  return response.body.toString();
}

export type ServerProcess = {
  child: ChildProcess;
  port: number;
  /** What the server wrote to stderr so far (it writes nothing when all is well). */
  errors: () => string;
  /** How it ended, or null while it runs. */
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | null;
};

/**
 * The site's server in a process of its own, as under `npm start` (tests/helpers/staticServerProcess.ts),
 * serving `root`; resolves once it listens.
 */
export async function startServerProcess(root: string): Promise<ServerProcess> {
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'helpers', 'staticServerProcess.ts'), root], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  child.stderr!.on('data', (chunk) => (errors += String(chunk)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}${errors}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const match = /\{"port":(\d+)\}/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', () => reject(new Error(`the server exited: ${out}${errors}`)));
  });
  return { child, port, errors: () => errors, exited: () => exited };
}
