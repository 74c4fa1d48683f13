/**
 * `npm run restore -- <folder>` (issue 23, part 6): brings a backup made by `npm run backup`
 * back into an empty installation (the database and media the settings name). Every file is
 * checked against the manifest before anything is written; an installation that already has
 * a database or media is left alone unless `force`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { databaseKind, sqliteFile } from '@cms/db';
import { bucketIsEmpty, configuredBucket, writeObject } from '@cms/lib/bucket';
import { ensurePrivateDir, tightenFile } from '@cms/lib/privateFiles';
import { dataDir } from '@cms/paths';
import { MANIFEST_FILE, MEDIA_FOLDER, backupManifestSchema, type BackupManifest } from '@content/model/backup';
import { settings, type SettingsEnv } from '@content/model/settings';
import { contentTypeOf, filesUnder, megabytes, sha256Of, throttled } from '@platform/backup/files';
import { postgresTableCount, psqlRows, runPgTool } from '@platform/backup/postgres';
import { inspectSqlite } from '@platform/backup/sqlite';

/** A backup that is refused or could not be restored: its message is one line. */
export class RestoreError extends Error {
  override name = 'RestoreError';
}

export type RestoreOptions = {
  /** Replace the database and write over the media of an installation that has them. */
  force?: boolean | undefined;
  env?: SettingsEnv | undefined;
  log?: ((line: string) => void) | undefined;
};

/** Reads and checks `manifest.json`. */
export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new RestoreError(`${dir} is not a backup: it has no ${MANIFEST_FILE}.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new RestoreError(`The backup is damaged: ${MANIFEST_FILE} is not JSON.`);
  }
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RestoreError(`The backup is damaged: ${MANIFEST_FILE} at ${issue?.path.join('.') || 'its top'}: ${issue?.message ?? 'not a manifest'}.`);
  }
  return parsed.data;
}

/** Checks every file of the backup against its size and sha256 in the manifest; throws naming the first that differs. */
export async function verifyBackup(dir: string, manifest: BackupManifest, log: (line: string) => void = () => {}): Promise<void> {
  const progress = throttled(log);
  let bytes = 0;
  for (const [i, file] of manifest.files.entries()) {
    const full = path.join(dir, ...file.path.split('/'));
    if (!existsSync(full)) throw new RestoreError(`The backup is damaged: ${file.path} is missing.`);
    const size = statSync(full).size;
    if (size !== file.size) throw new RestoreError(`The backup is damaged: ${file.path} has ${size} bytes, the manifest says ${file.size}.`);
    if ((await sha256Of(full)) !== file.sha256) throw new RestoreError(`The backup is damaged: ${file.path} does not match its sha256 in the manifest.`);
    bytes += size;
    progress(`checked ${i + 1} of ${manifest.files.length} files (${megabytes(bytes)})`, i + 1 === manifest.files.length);
  }
}

/** The committed migrations for a kind of database, oldest first. */
async function knownMigrations(kind: BackupManifest['database']['kind']): Promise<string[]> {
  const { migrations } = kind === 'sqlite' ? await import('@cms/migrations/sqlite') : await import('@cms/migrations/postgres');
  return migrations.map((m) => m.name);
}

/**
 * Restores the backup in `dir`; returns its manifest and the migrations this version has that
 * the backup's database has not (the caller runs them: `npm run restore` does).
 */
export async function restoreBackup(dir: string, { force = false, env, log = () => {} }: RestoreOptions = {}): Promise<{ manifest: BackupManifest; pending: string[] }> {
  const manifest = readManifest(dir);
  log(`backup of ${manifest.createdAt} (platform ${manifest.platformVersion}, ${manifest.database.kind}, ${manifest.media.count} media files)`);
  await verifyBackup(dir, manifest, log);

  const kind = databaseKind(env);
  if (manifest.database.kind !== kind) {
    throw new RestoreError(`This backup is of a ${manifest.database.kind} database, but DATABASE_URL names ${kind}: restore it into the same kind of database.`);
  }
  const known = await knownMigrations(kind);
  const unknown = manifest.database.migrations.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new RestoreError(`This backup is from a newer version of the platform (migration ${unknown[0]} is not in this one): restore it with that version or later.`);
  }
  const pending = known.filter((name) => !manifest.database.migrations.includes(name));

  const bucket = configuredBucket(env);
  const mediaDir = path.join(dataDir(env), 'media');
  const there = await whatIsThere(kind, env, bucket ? null : mediaDir);
  if (there.length && !force) {
    throw new RestoreError(`Refusing to restore over an installation that is not empty (${there.join('; ')}): restore into an empty one, or add --force to replace it.`);
  }

  await restoreDatabase(dir, manifest, kind, env, force, log);
  log('database: restored');

  const media = manifest.files.filter((file) => file.path.startsWith(`${MEDIA_FOLDER}/`));
  const progress = throttled(log);
  for (const [i, file] of media.entries()) {
    const key = file.path.slice(MEDIA_FOLDER.length + 1);
    const source = path.join(dir, ...file.path.split('/'));
    try {
      if (bucket) {
        // Backups made before local files had their types recorded: the type their name says.
        await writeObject(bucket, key, source, file.contentType ?? contentTypeOf(key));
      } else {
        const target = path.join(mediaDir, ...key.split('/'));
        mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
        copyFileSync(source, target);
      }
    } catch (error) {
      throw new RestoreError(`Restore failed writing media file ${key}${bucket ? ` to bucket ${bucket.name}` : ''}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    progress(`media: ${i + 1} of ${media.length} files`, i + 1 === media.length);
  }
  return { manifest, pending };
}

/** What the installation already has (nothing, for an empty one): each as a few words. */
async function whatIsThere(kind: BackupManifest['database']['kind'], env: SettingsEnv | undefined, mediaDir: string | null): Promise<string[]> {
  const there: string[] = [];
  if (kind === 'sqlite') {
    const file = sqliteFile(env);
    const tables = file && existsSync(file) ? inspectSqlite(file).tables : 0;
    if (tables) there.push(`the database ${file} has ${tables} tables`);
  } else {
    const tables = await postgresTableCount(postgresUrl(env)).catch((error: unknown) => {
      throw new RestoreError(`Restore failed reading the database in DATABASE_URL: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (tables) there.push(`the PostgreSQL database has ${tables} tables`);
  }
  if (mediaDir) {
    const files = filesUnder(mediaDir).length;
    if (files) there.push(`${mediaDir} has ${files} files`);
  } else {
    const bucket = configuredBucket(env);
    const empty = bucket
      ? await bucketIsEmpty(bucket).catch((error: unknown) => {
          throw new RestoreError(`Restore failed listing bucket ${bucket.name}: ${error instanceof Error ? error.message : String(error)}`);
        })
      : true;
    if (bucket && !empty) there.push(`bucket ${bucket.name} has objects`);
  }
  return there;
}

function postgresUrl(env: SettingsEnv | undefined): string {
  const url = settings(env).DATABASE_URL;
  if (!url) throw new RestoreError('DATABASE_URL is not set.');
  return url;
}

async function restoreDatabase(dir: string, manifest: BackupManifest, kind: BackupManifest['database']['kind'], env: SettingsEnv | undefined, force: boolean, log: (line: string) => void): Promise<void> {
  const source = path.join(dir, ...manifest.database.file.split('/'));
  if (kind === 'sqlite') {
    const target = sqliteFile(env);
    if (!target) throw new RestoreError('DATABASE_URL names an in-memory SQLite database: there is nothing to restore into.');
    ensurePrivateDir(path.dirname(target));
    // Copied beside the database, then renamed over it: the database file is whole or untouched.
    const incoming = `${target}.restoring`;
    copyFileSync(source, incoming);
    tightenFile(incoming);
    // A WAL or journal left beside the old file belongs to it, not to the restored one.
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(incoming, target);
    return;
  }
  const url = postgresUrl(env);
  try {
    if (force) {
      log('database: emptying the PostgreSQL database (--force)');
      await psqlRows(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    }
    log('database: pg_restore…');
    await runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', source], url, () => log('database: pg_restore is still working…'));
  } catch (error) {
    throw new RestoreError(`Restore failed loading the database: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
