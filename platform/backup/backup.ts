/**
 * `npm run backup` (issue 23, part 6): a consistent copy of the database and the media, with a
 * manifest of every file's size and sha256, in a new folder. What it holds and what not: see
 * the README, "Backups".
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { databaseKind, sqliteFile } from '@cms/db';
import { configuredBucket, listObjects, readObject } from '@cms/lib/bucket';
import { dataDir, repoRoot } from '@cms/paths';
import { BACKUP_FORMAT, MANIFEST_FILE, MEDIA_FOLDER, backupManifestSchema, backupPath, type BackupFile, type BackupManifest } from '@content/model/backup';
import { settings, type SettingsEnv } from '@content/model/settings';
import { contentTypeOf, filesUnder, megabytes, sha256Of, throttled } from '@platform/backup/files';
import { postgresMigrations, runPgTool } from '@platform/backup/postgres';
import { backupSqlite } from '@platform/backup/sqlite';

/** A backup that could not be made: its message is one line naming what failed. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export type BackupOptions = {
  /** The folder the backup's own folder is made in (default `<DATA_DIR>/backups`). */
  parentDir?: string | undefined;
  /** The settings (default: this process's environment). */
  env?: SettingsEnv | undefined;
  /** Progress lines (default: none). */
  log?: ((line: string) => void) | undefined;
  /** SQLite pages copied per step of the online backup (tests make it small, to write in between). */
  pagesPerStep?: number | undefined;
};

/** The platform's version (`version` in package.json). */
export function platformVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** `2026-12-07T17-05-09Z`: a folder name that sorts by time and has no `:`. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
}

/** Runs one part of the backup, turning its failure into one line that names the part. */
async function part<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BackupError(`Backup failed ${what}: ${message.split('\n')[0]}`);
  }
}

/**
 * Writes a backup into a new folder `<parentDir>/<time>/` and returns it with its manifest.
 * The work happens in `<time>.partial/`, renamed only once every file and the manifest are
 * written, so a folder without `.partial` is always a whole backup.
 *
 * The database first, then the media: an upload made during the backup may be in the media
 * without being in the database (harmless), never the other way round (unless it is deleted
 * while the backup runs).
 */
export async function createBackup({ parentDir, env, log = () => {}, pagesPerStep }: BackupOptions = {}): Promise<{ dir: string; manifest: BackupManifest }> {
  const createdAt = new Date();
  const parent = path.resolve(parentDir ?? path.join(dataDir(env), 'backups'));
  const dir = path.join(parent, backupStamp(createdAt));
  const work = `${dir}.partial`;
  if (existsSync(dir)) throw new BackupError(`Backup failed: ${dir} already exists.`);
  mkdirSync(work, { recursive: true, mode: 0o700 });
  try {
    const files: BackupFile[] = [];
    const add = async (relative: string, contentType?: string) => {
      const file = path.join(work, relative);
      files.push({ path: relative, size: statSync(file).size, sha256: await sha256Of(file), ...(contentType ? { contentType } : {}) });
    };

    const kind = databaseKind(env);
    const databaseFile = kind === 'sqlite' ? 'database/local-offer.sqlite' : 'database/local-offer.pgdump';
    mkdirSync(path.join(work, 'database'), { mode: 0o700 });
    const migrations = await part('copying the database', async () => {
      if (kind === 'sqlite') return backupSqliteDatabase(path.join(work, databaseFile), env, log, pagesPerStep);
      return dumpPostgres(path.join(work, databaseFile), env, log);
    });
    await add(databaseFile);
    log(`database: ${kind}, ${megabytes(files[0]?.size ?? 0)}, ${migrations.length} migrations applied`);

    mkdirSync(path.join(work, MEDIA_FOLDER), { mode: 0o700 });
    const bucket = configuredBucket(env);
    const media = await part('copying the media', async () => (bucket ? copyBucket(work, env, log) : copyLocalMedia(work, env, log)));
    for (const item of media) await add(`${MEDIA_FOLDER}/${item.key}`, item.contentType);

    const manifest = backupManifestSchema.parse({
      format: BACKUP_FORMAT,
      platformVersion: platformVersion(),
      createdAt: createdAt.toISOString(),
      database: { kind, file: databaseFile, migrations },
      media: { source: bucket ? 'bucket' : 'local', count: media.length },
      files,
    } satisfies BackupManifest);
    writeFileSync(path.join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    renameSync(work, dir);
    return { dir, manifest };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Backup failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

async function backupSqliteDatabase(target: string, env: SettingsEnv | undefined, log: (line: string) => void, pagesPerStep?: number): Promise<string[]> {
  const source = sqliteFile(env);
  if (!source || !existsSync(source)) throw new Error(`there is no SQLite database at ${source ?? 'an in-memory URL'}`);
  const progress = throttled(log);
  const { migrations } = await backupSqlite(source, target, {
    pagesPerStep,
    busyTimeoutMs: settings(env).SQLITE_BUSY_TIMEOUT_MS,
    progress: (done, total) => progress(`database: ${Math.round((100 * done) / Math.max(1, total))}% (${done} of ${total} pages)`),
  });
  return migrations;
}

async function dumpPostgres(target: string, env: SettingsEnv | undefined, log: (line: string) => void): Promise<string[]> {
  const url = settings(env).DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const migrations = await postgresMigrations(url);
  // pg_dump reads the whole database in one transaction: a copy of one moment.
  await runPgTool('pg_dump', ['--format=custom', `--file=${target}`], url, () => {
    log(`database: pg_dump has written ${megabytes(existsSync(target) ? statSync(target).size : 0)}`);
  });
  return migrations;
}

type CopiedMedia = { key: string; contentType?: string | undefined };

function copyLocalMedia(work: string, env: SettingsEnv | undefined, log: (line: string) => void): Promise<CopiedMedia[]> {
  const source = path.join(dataDir(env), 'media');
  const keys = filesUnder(source);
  const progress = throttled(log);
  let bytes = 0;
  keys.forEach((key, i) => {
    const target = path.join(work, MEDIA_FOLDER, ...key.split('/'));
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    copyFileSync(path.join(source, ...key.split('/')), target);
    bytes += statSync(target).size;
    progress(`media: ${i + 1} of ${keys.length} files (${megabytes(bytes)})`, i + 1 === keys.length);
  });
  if (keys.length === 0) log(`media: none in ${source}`);
  // A bucket keeps each file's content type, and the admin serves the file with it: a file from
  // the disk is given the type its name says, so a restore into a bucket (moving an installation
  // to object storage) does not store pictures as application/octet-stream.
  return Promise.resolve(keys.map((key) => ({ key, contentType: contentTypeOf(key) })));
}

async function copyBucket(work: string, env: SettingsEnv | undefined, log: (line: string) => void): Promise<CopiedMedia[]> {
  const bucket = configuredBucket(env);
  if (!bucket) return [];
  const copied: CopiedMedia[] = [];
  const progress = throttled(log);
  let bytes = 0;
  for await (const object of listObjects(bucket)) {
    if (!backupPath.safeParse(object.key).success) throw new Error(`the object key "${object.key}" cannot be a file name in a backup (empty, ".", ".." or "\\" in it)`);
    const target = path.join(work, MEDIA_FOLDER, ...object.key.split('/'));
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const { contentType } = await readObject(bucket, object.key, target).catch((error: unknown) => {
      throw new Error(`object ${object.key}: ${error instanceof Error ? error.message : String(error)}`);
    });
    copied.push({ key: object.key, contentType });
    bytes += object.size;
    progress(`media: ${copied.length} objects from bucket ${bucket.name} (${megabytes(bytes)})`);
  }
  log(`media: ${copied.length} objects from bucket ${bucket.name} (${megabytes(bytes)})`);
  return copied;
}
