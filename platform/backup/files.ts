import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { lookup } from 'mime-types';

/** A file's sha256 (hex), read as a stream. */
export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Every file under `dir` (none if it is missing), as paths relative to it with `/`, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The content type a media file's name says (`photo.webp`: `image/webp`), else `application/octet-stream`. */
export function contentTypeOf(key: string): string {
  return lookup(key) || 'application/octet-stream';
}

/** `12.3 MB`: a size for progress lines. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Calls `print` at most every `everyMs` (and always when `force`): progress lines for long work. */
export function throttled(print: (line: string) => void, everyMs = 2000): (line: string, force?: boolean) => void {
  let last = 0;
  return (line, force = false) => {
    const now = Date.now();
    if (!force && now - last < everyMs) return;
    last = now;
    print(line);
  };
}
