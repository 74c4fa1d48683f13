import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { z } from 'zod';
import { councilsWhere, idOf, type MaybeUser } from '@cms/access/roles';
import { runPlatformScript } from '@cms/jobs/siteRebuild';
import { dataDir, repoRoot } from '@cms/paths';
import { readHandOffSync, writeHandOffSync } from '@content/model/handOff';
import { settings, type SettingsEnv } from '@content/model/settings';

/**
 * The admin's preview of a draft as the real public page (issue 20, part 10): the site of the
 * draft's council (the practice library's, for a spotlight) built from what the public sees
 * plus that one draft, read as the person previewing it, and served by the admin under
 * `/preview/<collection>/<id>/site/<version>/` to people who may read that draft
 * (`@cms/lib/preview`). The CMS names the platform's command, never imports it (platform →
 * cms → model): `platform/scripts/preview.ts` (`npm run preview:build`) exports the snapshot,
 * runs the Astro build and writes the preview's status file, which the admin reads.
 *
 * Each preview has a folder of its own under `<DATA_DIR>/previews/`, named by the document
 * and its version (the draft's last save, and the site it is shown on), so an edited draft
 * gets a new preview and the old one is never changed under a reader:
 *
 *     <collection>-<id>-<version>/status.json   building | ready (+ the page) | failed (+ why)
 *     <collection>-<id>-<version>/site/         the built site
 */

/** `status.json` of a preview, as the build writes it and the admin reads it. */
export const previewStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('building'),
    startedAt: z.string(),
    /** The admin process that started it: a build whose process is gone is started again. */
    pid: z.number().int(),
  }),
  z.object({
    state: z.literal('ready'),
    startedAt: z.string(),
    finishedAt: z.string(),
    /** The draft's page: the path the browser asks for, under the preview's base (`/preview/offers/7/site/…/offers/x/`). */
    page: z.string().startsWith('/'),
  }),
  z.object({
    state: z.literal('failed'),
    startedAt: z.string(),
    finishedAt: z.string(),
    /** Why, in plain words (the draft does not fit the site's rules yet, the build stopped). */
    message: z.string(),
  }),
]);
export type PreviewStatus = z.infer<typeof previewStatusSchema>;

export const STATUS_FILE = 'status.json';
export const SITE_FOLDER = 'site';

/** The platform's preview command (`npm run preview:build`), run as a process: the CMS names it, never imports it. */
export const PREVIEW_SCRIPT = path.join(repoRoot, 'platform', 'scripts', 'preview.ts');

/** Where previews are built (`<DATA_DIR>/previews`). */
export const previewsDir = (env?: SettingsEnv) => path.join(dataDir(env), 'previews');

/** A preview older than this is deleted when a new one starts. */
export const PREVIEW_MAX_AGE_MS = 60 * 60 * 1000;

/** The site a preview is built on: a council's (its id), or the national practice library's. */
export type PreviewSite = { council: number | string } | 'library';

const safe = (value: string) => value.toLowerCase().replace(/[^0-9a-z]/g, '');

/** A preview's version: the draft's last save and the site it is shown on (`mb3k2x1a-4`, `mb3k2x1a-library`). */
export function previewVersion(updatedAt: unknown, site: PreviewSite): string {
  const saved = Date.parse(String(updatedAt));
  const stamp = Number.isFinite(saved) ? saved.toString(36) : '0';
  return `${stamp}-${site === 'library' ? 'library' : safe(String(site.council)) || '0'}`;
}

/** What a version in an address may look like (anything else is not a preview). */
export const isPreviewVersion = (value: string) => /^[0-9a-z]{1,16}-[0-9a-z]{1,40}$/.test(value);

/** The folder of one preview. */
export function previewFolder(collection: string, id: number | string, version: string, env?: SettingsEnv): string {
  return path.join(previewsDir(env), `${safe(collection)}-${safe(String(id))}-${version}`);
}

/** The address path a preview's site is served under (its base path), always ending in `/`. */
export const previewBasePath = (collection: string, id: number | string, version: string) => `/preview/${collection}/${id}/${SITE_FOLDER}/${version}/`;

/** The status of a preview, or null when it has not been started. A file that is not what the schema says is a failed preview. */
export function readPreviewStatus(folder: string): PreviewStatus | null {
  const file = path.join(folder, STATUS_FILE);
  try {
    return readHandOffSync(previewStatusSchema, file);
  } catch (error) {
    const now = new Date().toISOString();
    return { state: 'failed', startedAt: now, finishedAt: now, message: (error as Error).message };
  }
}

export function writePreviewStatus(folder: string, status: PreviewStatus): void {
  mkdirSync(folder, { recursive: true });
  writeHandOffSync(previewStatusSchema, path.join(folder, STATUS_FILE), status);
}

/**
 * Which site a draft is previewed on: its council's; a spotlight on the national practice
 * library's; national content (an entitlement, a guide chapter) on the person's first council,
 * or, for someone with none (a platform editor), the first council by name.
 */
export async function previewSite(payload: Payload, collection: string, doc: Record<string, unknown>, user: MaybeUser): Promise<PreviewSite | null> {
  if (collection === 'spotlights') return 'library';
  const own = idOf(doc.council);
  if (own !== null) return { council: own };
  const mine = councilsWhere(user)[0];
  if (mine !== undefined) return { council: mine };
  const { docs } = await payload.find({ collection: 'authorities', sort: 'name', limit: 1, depth: 0, overrideAccess: true });
  return docs[0] ? { council: docs[0].id } : null;
}

/** A file of a preview's site asked for by its path segments, or null for anything outside it (`..`, a `/` in a segment). */
export function previewFilePath(siteDir: string, segments: readonly string[]): string | null {
  if (segments.some((s) => !s || s === '.' || s === '..' || /[\\/\0]/.test(s))) return null;
  // The service worker is never served from the admin's origin (the preview registers none).
  if (segments.length === 1 && segments[0] === 'sw.js') return null;
  const root = path.resolve(siteDir);
  const file = path.resolve(root, ...segments);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  return file;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

/** The Content-Type a preview's file is sent with (unknown kinds as bytes, never sniffed: the admin sends `nosniff`). */
export const previewContentType = (file: string) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file to send for a path of a preview's site: the file, or a folder's `index.html`; null when there is none. */
export function resolvePreviewFile(siteDir: string, segments: readonly string[]): string | null {
  const file = previewFilePath(siteDir, segments);
  if (!file) return null;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) {
      const index = path.join(file, 'index.html');
      return existsSync(index) ? index : null;
    }
  } catch {
    // not there
  }
  return null;
}

/** Deletes previews older than `maxAgeMs` (by their status file's last change), except those in `keep`. Returns the folders deleted. */
export function removeOldPreviews(dir: string, { keep = new Set<string>(), now = Date.now(), maxAgeMs = PREVIEW_MAX_AGE_MS }: { keep?: Set<string>; now?: number; maxAgeMs?: number } = {}): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(dir, entry.name);
    if (keep.has(folder)) continue;
    try {
      const status = path.join(folder, STATUS_FILE);
      const changed = statSync(existsSync(status) ? status : folder).mtimeMs;
      if (now - changed <= maxAgeMs) continue;
      rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    } catch {
      // gone already: nothing to delete
    }
  }
  return removed;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Preview builds of this admin process: one at a time (an Astro build takes a core), the others
 * waiting their turn. `active` holds the folders queued or building.
 */
const builds = { queue: Promise.resolve(), active: new Set<string>() };

/** True while a preview is being built (or waits its turn): by this process, or by another that is still running. */
export function isBuilding(folder: string, status: PreviewStatus | null): boolean {
  if (status?.state !== 'building') return false;
  if (builds.active.has(folder)) return true;
  return status.pid !== process.pid && isAlive(status.pid);
}

export type PreviewJob = {
  collection: string;
  id: number | string;
  /** The person previewing: the draft is read as them. */
  user: number | string;
  site: PreviewSite;
  folder: string;
  /** The preview site's address: the admin's origin and the preview's base path. */
  siteUrl: string;
};

/**
 * Starts building a preview (unless it is building already): its status says `building` at
 * once, old previews are deleted, and `npm run preview:build` runs in a child process when the
 * builds before it have finished. A build that ends without saying how it went is recorded as
 * failed with what it printed; one that runs past the site build's time limit is ended.
 */
export function startPreviewBuild(job: PreviewJob, env: NodeJS.ProcessEnv = process.env): void {
  if (builds.active.has(job.folder)) return;
  builds.active.add(job.folder);
  removeOldPreviews(path.dirname(job.folder), { keep: builds.active });
  const startedAt = new Date().toISOString();
  rmSync(job.folder, { recursive: true, force: true });
  writePreviewStatus(job.folder, { state: 'building', startedAt, pid: process.pid });
  builds.queue = builds.queue
    .then(() => runPreviewProcess(job, startedAt, env))
    .catch(() => undefined)
    .finally(() => builds.active.delete(job.folder));
}

async function runPreviewProcess(job: PreviewJob, startedAt: string, env: NodeJS.ProcessEnv): Promise<void> {
  const args = [
    `--collection=${job.collection}`,
    `--id=${job.id}`,
    `--user=${job.user}`,
    `--site=${job.site === 'library' ? 'library' : job.site.council}`,
    `--folder=${job.folder}`,
    `--site-url=${job.siteUrl}`,
  ];
  // The Astro build has its own limit (SITE_BUILD_TIMEOUT_MS); this is the backstop for the rest.
  const { tail } = await runPlatformScript(PREVIEW_SCRIPT, args, env, settings(env).SITE_BUILD_TIMEOUT_MS + 2 * 60_000);
  // The script writes its own outcome; one still "building" stopped before it could.
  if (readPreviewStatus(job.folder)?.state === 'building') {
    writePreviewStatus(job.folder, { state: 'failed', startedAt, finishedAt: new Date().toISOString(), message: tail || 'The preview build stopped without saying why.' });
  }
}

/** Resolves once every preview build started so far has finished (tests). */
export const previewBuildsSettled = (): Promise<void> => builds.queue;
