import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import sharp from 'sharp';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData } from '@tests/helpers/accounts';
import { folderHashes, type InstallationDump } from '@tests/helpers/installationDump';
import { startTestS3, type TestS3 } from '@tests/helpers/s3Server';
import { budgetFor, PER_TEST_MS } from '@tests/helpers/testBudget';
import { createTestDatabase, migrateUntil, type TestDatabase } from '@tests/helpers/testDatabase';
import type { BackupManifest } from '@content/model/backup';

/**
 * Issue 23, part 6: `npm run backup` then `npm run restore` into a fresh installation gives
 * the same installation back, on SQLite and (TEST_DB=postgres) PostgreSQL. The source is the
 * demo content, two accounts, a draft and an upload, in this process; each restore, and the
 * reading of what it restored, runs in a process of its own (as an operator runs it, and
 * because Payload's config is made once per process, for one database).
 *
 * Built sites: a council's site is built from its snapshot alone (the build never reads the
 * database, `cms/lib/exportSnapshot.ts`), and the snapshot's media files are copied from the
 * media folder; so the same snapshot and the same media bytes build the same site. Both are
 * compared here for every council and the practice library; building the sites as well would
 * add minutes on this machine and compare nothing more.
 */
const kind: TestDatabase['kind'] = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
const STAFF_EMAIL = 'staff-backup@test.example';

let db: TestDatabase;
let payload: Payload;
let lib: {
  dumpInstallation: typeof import('@tests/helpers/installationDump').dumpInstallation;
  inspectSqlite: typeof import('@platform/backup/sqlite').inspectSqlite;
  postgresMigrations: typeof import('@platform/backup/postgres').postgresMigrations;
  bucket: typeof import('@cms/lib/bucket');
};
let backupsDir: string;
/** A backup of the database before the newest migration (as an older release left it). */
let olderBackup: string;
let allMigrations: string[];
const blanks: Blank[] = [];

/** An empty installation to restore into: its own database and data folder. */
type Blank = { dataDir: string; url: string; env: Record<string, string>; drop: () => Promise<void> };

async function blankInstallation(extra: Record<string, string> = {}): Promise<Blank> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lop-restore-'));
  let url = `file:${path.join(dataDir, 'restored.db')}`;
  let dropDatabase = async () => {};
  if (kind === 'postgres') {
    const server = process.env.TEST_DATABASE_URL!;
    const name = `lop_restore_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const parsed = new URL(server);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const blank: Blank = {
    dataDir,
    url,
    env: { DATA_DIR: dataDir, DATABASE_URL: url, ...extra },
    drop: async () => {
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  blanks.push(blank);
  return blank;
}

/** Runs a script of the repo in its own process with `env` over this one's (without its S3 and secret settings). */
function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv = { ...process.env };
  for (const name of Object.keys(childEnv)) if (name.startsWith('S3_') || name === 'PAYLOAD_SECRET') delete childEnv[name];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, script), ...args], { cwd: repoRoot, env: { ...childEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const restore = (dir: string, blank: Blank, ...flags: string[]) => run('platform/scripts/restore.ts', [dir, ...flags], blank.env);

/**
 * `npm run backup -- --out <parent>` of the source installation, in a process of its own as an
 * operator runs it. (Never in this process: SQLite's locks are per process, so a second SQLite
 * library here, `node:sqlite` beside Payload's libsql, could take the other's locks for its own.)
 */
async function backup(parent: string, env: Record<string, string> = {}): Promise<{ dir: string; manifest: BackupManifest; stdout: string }> {
  const result = await run('platform/scripts/backup.ts', ['--out', parent], { DATA_DIR: db.dataDir, DATABASE_URL: db.url, ...env });
  if (result.code !== 0) throw new Error(`npm run backup failed: ${result.stderr}`);
  const dir = /^Backup written to (.+) \(\d+ files/m.exec(result.stdout)?.[1];
  if (!dir) throw new Error(`npm run backup said no folder: ${result.stdout}`);
  return { dir, manifest: JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')), stdout: result.stdout };
}

/** What the installation `blank` holds, read by a process of its own; `signsIn`: whether the staff account's password works there. */
async function dumpOf(blank: Blank): Promise<InstallationDump & { signsIn: boolean | null }> {
  const out = path.join(blank.dataDir, 'dump.json');
  const result = await run('tests/helpers/installationDumpProcess.ts', [out, STAFF_EMAIL, PASSWORD], blank.env);
  if (result.code !== 0) throw new Error(`Reading the restored installation failed: ${result.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** The migrations applied to a restored installation's database. */
async function migrationsOf(blank: Blank): Promise<string[]> {
  if (kind === 'sqlite') {
    const file = blank.url.slice('file:'.length);
    return existsSync(file) ? lib.inspectSqlite(file).migrations : [];
  }
  return lib.postgresMigrations(blank.url);
}

/** The same documents, versions, globals and snapshots, collection by collection (so a difference names its collection). */
function expectSameInstallation(restored: InstallationDump, source: InstallationDump) {
  expect(Object.keys(restored.collections).sort()).toEqual(Object.keys(source.collections).sort());
  for (const [slug, docs] of Object.entries(source.collections)) expect({ slug, docs: restored.collections[slug] }).toEqual({ slug, docs });
  for (const [slug, docs] of Object.entries(source.versions)) expect({ slug, versions: restored.versions[slug] }).toEqual({ slug, versions: docs });
  expect(restored.globals).toEqual(source.globals);
  expect(Object.keys(restored.snapshots).sort()).toEqual(Object.keys(source.snapshots).sort());
  for (const [site, snapshot] of Object.entries(source.snapshots)) expect({ site, ...restored.snapshots[site] }).toEqual({ site, ...snapshot });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { openPayload } = await import('@cms/lib/payload');
  payload = await openPayload();
  lib = {
    dumpInstallation: (await import('@tests/helpers/installationDump')).dumpInstallation,
    inspectSqlite: (await import('@platform/backup/sqlite')).inspectSqlite,
    postgresMigrations: (await import('@platform/backup/postgres')).postgresMigrations,
    bucket: await import('@cms/lib/bucket'),
  };
  backupsDir = mkdtempSync(path.join(tmpdir(), 'lop-backups-'));
  allMigrations = (kind === 'sqlite' ? (await import('@cms/migrations/sqlite')).migrations : (await import('@cms/migrations/postgres')).migrations).map((m) => m.name);
  // The database as the release before the newest migration left it, backed up; then brought up to date.
  const rest = await migrateUntil(payload, kind, allMigrations.at(-1)!);
  olderBackup = (await backup(path.join(backupsDir, 'older'))).dir;
  await rest();

  const { importContent } = await import('@cms/seed/importContent');
  await importContent(payload, path.join(repoRoot, 'content'));
  const council = (await payload.find({ collection: 'authorities', where: { slug: { equals: 'demo-borough' } }, limit: 1, overrideAccess: true })).docs[0]!.id;
  await payload.create({ collection: 'users', data: { email: 'admin-backup@test.example', password: PASSWORD, name: 'Admin', ...accountData('admin', null) }, overrideAccess: true });
  await payload.create({ collection: 'users', data: { email: STAFF_EMAIL, password: PASSWORD, name: 'Staff', ...accountData('staff', council) }, overrideAccess: true });
  // A draft on top of a published offer: two versions, the newest not public.
  const offer = (await payload.find({ collection: 'offers', where: { council: { equals: council } }, limit: 1, overrideAccess: true })).docs[0]!;
  await payload.update({ collection: 'offers', id: offer.id, data: { title: `${offer.title} (draft change)` }, draft: true, overrideAccess: true });
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#00703c' } }).png().toBuffer();
  await payload.create({
    collection: 'media',
    data: { alt: 'A green square', council },
    file: { data: png, mimetype: 'image/png', name: 'green-square.png', size: png.length },
    overrideAccess: true,
  });
}, budgetFor(4, PER_TEST_MS));

afterAll(async () => {
  const { closePayload } = await import('@cms/lib/payload');
  if (payload) await closePayload(payload);
  for (const blank of blanks) await blank.drop();
  if (backupsDir) rmSync(backupsDir, { recursive: true, force: true });
  await db?.drop();
});

describe(`backup and restore on ${kind}`, () => {
  // SQLite only: the copy is the platform's own work there (node:sqlite's online backup in one read
  // transaction). On PostgreSQL the copy is pg_dump's, which reads the whole database in one
  // transaction by design; the round trips below run on it.
  it.runIf(kind === 'sqlite')('a backup taken while the admin saves is of one moment: whole, every document with its versions, not the saves made after it', async () => {
    const offersBefore = (await payload.count({ collection: 'offers', overrideAccess: true })).totalDocs;
    const lastBefore = Number((await payload.find({ collection: 'offers', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0);
    const council = (await payload.find({ collection: 'authorities', limit: 1, overrideAccess: true })).docs[0]!.id;
    let saving = true;
    let saves = 0;
    const saver = (async () => {
      while (saving) {
        await payload.create({ collection: 'offers', data: { title: `Saved during the backup ${saves}`, council, _status: 'draft' }, draft: true, overrideAccess: true });
        saves++;
        // Let the event loop see the backup process's output and exit between saves.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const taken = backup(path.join(backupsDir, 'during-saves'));
    const { dir } = await taken.finally(() => (saving = false));
    await saver;
    const savedBy = (await payload.count({ collection: 'offers', overrideAccess: true })).totalDocs;
    expect(saves).toBeGreaterThan(1);

    const copy = new DatabaseSync(path.join(dir, 'database', 'local-offer.sqlite'), { readOnly: true });
    try {
      expect(copy.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect(copy.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      const offers = Number(copy.prepare('SELECT count(*) AS n FROM offers').get()!.n);
      // One moment while the saves went on: after the first ones, before the last ones.
      expect(offers).toBeGreaterThanOrEqual(offersBefore);
      expect(offers).toBeLessThan(savedBy);
      // Every document saved before the backup began has its versions. On SQLite, Payload's save
      // is not one transaction (its SQLite adapter runs without them): a document and its new
      // version are two writes, so the one save under way at the moment of the copy can be in it
      // half done (README, "Backup and restore"); the saves here run one after another.
      const withoutVersion = (where: string) => Number(copy.prepare(`SELECT count(*) AS n FROM offers WHERE ${where} AND id NOT IN (SELECT parent_id FROM _offers_v)`).get()!.n);
      expect(withoutVersion(`id <= ${lastBefore}`)).toBe(0);
      expect(withoutVersion(`id > ${lastBefore}`)).toBeLessThanOrEqual(1);
    } finally {
      copy.close();
    }
  }, budgetFor(2, PER_TEST_MS));

  let backupDir: string;
  let source: InstallationDump;

  it('restores into a fresh database and media folder: every document, version and user the same, media byte for byte, the same snapshots', async () => {
    const { dir, manifest } = await backup(backupsDir);
    backupDir = dir;
    expect(manifest.database.kind).toBe(kind);
    expect(manifest.database.migrations).toEqual(allMigrations);
    // The demo image in its three sizes and the green square (smaller than the smallest size: one file).
    const mediaFiles = Object.keys(await folderHashes(path.join(db.dataDir, 'media')));
    expect(mediaFiles).toHaveLength(4);
    expect(manifest.media).toEqual({ source: 'local', count: mediaFiles.length });
    expect(manifest.files.map((f) => f.path)).toContain('media/green-square.webp');
    source = await lib.dumpInstallation(payload);
    source = JSON.parse(JSON.stringify(source));

    const blank = await blankInstallation();
    const restored = await restore(dir, blank);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(await folderHashes(path.join(blank.dataDir, 'media'))).toEqual(await folderHashes(path.join(db.dataDir, 'media')));
    const dump = await dumpOf(blank);
    expect(dump.signsIn).toBe(true);
    expect(dump.collections.users).toHaveLength(source.collections.users!.length);
    expect(JSON.stringify(dump.collections.users)).toContain('"hash"');
    expect(Object.keys(source.versions)).toContain('offers');
    expectSameInstallation(dump, source);
    expect(Object.values(source.snapshots).some((s) => Object.keys(s.media).length > 0)).toBe(true);
  }, budgetFor(4, PER_TEST_MS));

  it('refuses an installation that is not empty unless --force', async () => {
    const blank = await blankInstallation();
    expect((await restore(backupDir, blank)).code).toBe(0);
    const again = await restore(backupDir, blank);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Refusing to restore over an installation that is not empty \(.*tables.*\): restore into an empty one, or add --force to replace it\.\n$/);
    const forced = await restore(backupDir, blank, '--force');
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(await migrationsOf(blank)).toEqual(allMigrations);
  }, budgetFor(3, PER_TEST_MS));

  it('refuses a damaged backup, naming the file, and writes nothing', async () => {
    const damaged = path.join(backupsDir, 'damaged');
    cpSync(backupDir, damaged, { recursive: true });
    const file = path.join(damaged, 'media', 'green-square.webp');
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(file, bytes);
    const blank = await blankInstallation();
    const refused = await restore(damaged, blank);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('The backup is damaged: media/green-square.webp does not match its sha256 in the manifest.\n');
    expect(existsSync(path.join(blank.dataDir, 'media'))).toBe(false);
    expect(await migrationsOf(blank)).toEqual([]);

    // A manifest that is not one is refused as such.
    const manifestFile = path.join(damaged, 'manifest.json');
    const manifest: BackupManifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: [{ path: '../outside', size: 1, sha256: manifest.files[0]!.sha256 }] }));
    const outside = await restore(damaged, blank);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/^The backup is damaged: manifest\.json at files\.0\.path: expected a relative path inside the backup folder\.\n$/);
  }, budgetFor(2, PER_TEST_MS));

  it('a backup from before the newest migration is restored and brought up to date', async () => {
    const manifest: BackupManifest = JSON.parse(readFileSync(path.join(olderBackup, 'manifest.json'), 'utf8'));
    expect(manifest.database.migrations).toEqual(allMigrations.slice(0, -1));
    const blank = await blankInstallation();
    const restored = await restore(olderBackup, blank);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('the backup is from an older version: applying 1 migrations');
    expect(await migrationsOf(blank)).toEqual(allMigrations);
  }, budgetFor(2, PER_TEST_MS));

  describe('media in a bucket', () => {
    let s3: TestS3;
    beforeAll(async () => {
      s3 = await startTestS3(['lop-media', 'lop-media-restored', 'lop-media-moved']);
    });
    afterAll(async () => {
      await s3?.stop();
    });

    it('moves an installation from the local disk to a bucket: its backup, restored with S3_BUCKET set, puts every file in the bucket byte for byte', async () => {
      // README, "Moving media to a bucket": the media folder is backed up like any other, and a
      // restore writes media wherever the installation it restores into keeps them.
      const { dir, manifest } = await backup(path.join(backupsDir, 'disk-to-bucket'));
      expect(manifest.media.source).toBe('local');
      const hashes = await folderHashes(path.join(db.dataDir, 'media'));
      expect(Object.keys(hashes).length).toBeGreaterThan(1);
      const moved = { ...s3.env, S3_BUCKET: 'lop-media-moved' };
      const blank = await blankInstallation(moved);
      const restored = await restore(dir, blank);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(existsSync(path.join(blank.dataDir, 'media'))).toBe(false);
      const target = lib.bucket.configuredBucket(moved)!;
      const copies = mkdtempSync(path.join(tmpdir(), 'lop-bucket-read-'));
      const contentTypes: Record<string, string | undefined> = {};
      for await (const object of lib.bucket.listObjects(target)) {
        const file = path.join(copies, object.key);
        contentTypes[object.key] = (await lib.bucket.readObject(target, object.key, file)).contentType;
      }
      expect(await folderHashes(copies)).toEqual(hashes);
      expect(contentTypes['green-square.webp']).toBe('image/webp');
      rmSync(copies, { recursive: true, force: true });
    }, budgetFor(3, PER_TEST_MS));

    it('backs up every object of the bucket and restores it into a fresh bucket byte for byte, with its content type', async () => {
      const source = lib.bucket.configuredBucket({ ...s3.env })!;
      // The uploads as a bucket holds them (the storage adapter's keys), and one under a prefix.
      const mediaDir = path.join(db.dataDir, 'media');
      const hashes = await folderHashes(mediaDir);
      for (const key of Object.keys(hashes)) await lib.bucket.writeObject(source, key, path.join(mediaDir, key), 'image/webp');
      await lib.bucket.writeObject(source, 'releases/r1/index.html', path.join(repoRoot, 'package.json'), 'text/html');
      hashes['releases/r1/index.html'] = createHash('sha256').update(readFileSync(path.join(repoRoot, 'package.json'))).digest('hex');

      const { dir, manifest } = await backup(path.join(backupsDir, 'bucket'), s3.env);
      expect(manifest.media).toEqual({ source: 'bucket', count: Object.keys(hashes).length });
      expect(manifest.files.find((f) => f.path === 'media/releases/r1/index.html')?.contentType).toBe('text/html');

      const blank = await blankInstallation({ ...s3.env, S3_BUCKET: 'lop-media-restored' });
      const restored = await restore(dir, blank);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(existsSync(path.join(blank.dataDir, 'media'))).toBe(false);
      const target = lib.bucket.configuredBucket({ ...s3.env, S3_BUCKET: 'lop-media-restored' })!;
      const copies = mkdtempSync(path.join(tmpdir(), 'lop-bucket-read-'));
      const contentTypes: Record<string, string | undefined> = {};
      for await (const object of lib.bucket.listObjects(target)) {
        const file = path.join(copies, object.key);
        mkdirSync(path.dirname(file), { recursive: true });
        contentTypes[object.key] = (await lib.bucket.readObject(target, object.key, file)).contentType;
      }
      expect(await folderHashes(copies)).toEqual(hashes);
      expect(contentTypes['releases/r1/index.html']).toBe('text/html');
      expect(contentTypes['green-square.webp']).toBe('image/webp');
      rmSync(copies, { recursive: true, force: true });
      expect(await migrationsOf(blank)).toEqual(allMigrations);

      // A bucket that has objects is not written over without --force.
      const again = await restore(dir, blank);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('bucket lop-media-restored has objects');
    }, budgetFor(3, PER_TEST_MS));
  });
});
