import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The data folder holds the database, the development session secret and the generated
 * demo password: readable by the account that runs the platform only (folder 0700, files
 * 0600), whatever the umask. Files that already exist with looser modes are tightened.
 */

const POSIX = process.platform !== 'win32';

/**
 * Makes the data folder (0700), or tightens one that exists, unless it looks shared: a
 * folder owned by someone else, or with the sticky bit (like /tmp), is left alone.
 */
export function ensurePrivateDir(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  if (!POSIX) return;
  const stat = statSync(dir);
  const ownedByMe = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  const sticky = (stat.mode & 0o1000) !== 0;
  if (ownedByMe && !sticky && (stat.mode & 0o077) !== 0) chmodSync(dir, stat.mode & 0o700);
}

/** Takes group and other permissions off a file, if it exists. */
export function tightenFile(file: string): void {
  if (!POSIX || !existsSync(file)) return;
  const mode = statSync(file).mode;
  if ((mode & 0o077) !== 0) chmodSync(file, mode & 0o700);
}

/** Creates an empty file with mode 0600 if it is missing, and tightens it if it is there. */
export function ensurePrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  tightenFile(file);
}

/** Writes a file that only its owner may read (0600 even if it existed with another mode). */
export function writePrivateFile(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  tightenFile(file);
}

/**
 * A SQLite database file and the files SQLite keeps beside it. SQLite gives its -journal,
 * -wal and -shm files the main file's mode, so a 0600 database gets 0600 companions; the
 * ones left from before are tightened here.
 */
export function ensurePrivateDatabaseFile(file: string): void {
  if (!existsSync(path.dirname(file))) return; // libsql will say the folder is missing
  ensurePrivateFile(file);
  for (const suffix of ['-journal', '-wal', '-shm']) tightenFile(`${file}${suffix}`);
}

/** The file a libsql `file:` URL names (`file:x.db`, `file:/abs/x.db`, `file:///abs/x.db`), or null for memory. */
export function sqliteFilePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  let rest = url.slice('file:'.length).split('?')[0]!;
  if (rest.startsWith('//')) rest = decodeURIComponent(new URL(url).pathname);
  if (!rest || rest === ':memory:') return null;
  return path.resolve(rest);
}
