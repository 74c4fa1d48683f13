/**
 * Files one process hands another (issue 19, part 1): the build's `sites.json` for the server,
 * its `plan.json` for the Astro run, the CMS's snapshot for the build, a council's Open Referral
 * feed for the server. Each has a zod schema beside its type in `content/model/`, and is read
 * only through it: a file that is not what its schema says fails with one message naming the
 * file and the field (`dist/sites.json: field "sites.0.hosts": expected array, received string`),
 * never later as a wrong value somewhere else. Writers check what they write the same way.
 *
 * Loaded by `astro.config.mjs` before aliases exist: relative and `node:` imports only.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** A hand-off file that is missing, not JSON, or not of its schema. */
export class HandOffError extends Error {
  override name = 'HandOffError';
}

/** `sites.0.hosts`: where in the file a problem is. */
export const fieldPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** The first problem with `raw`, as one line naming the file and the field. */
function problem(file: string, error: z.ZodError): string {
  const [first] = error.issues;
  if (!first) return `${file} is not what it should be`;
  return first.path.length ? `${file}: field "${fieldPath(first.path)}": ${first.message}` : `${file}: ${first.message}`;
}

/** `raw` (already parsed JSON) checked against `schema`; throws a `HandOffError` naming `file` and the field. */
export function checkHandOff<S extends z.ZodType>(schema: S, raw: unknown, file: string): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new HandOffError(problem(file, result.error));
  return result.data;
}

/** `text` (the file's contents) parsed as JSON and checked against `schema`. */
export function parseHandOff<S extends z.ZodType>(schema: S, text: string, file: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new HandOffError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return checkHandOff(schema, raw, file);
}

const isMissing = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT';

/** The file read and checked; `null` when it does not exist (yet). `label`: how messages name it. */
export function readHandOffSync<S extends z.ZodType>(schema: S, file: string, label = file): z.output<S> | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw new HandOffError(`${label} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseHandOff(schema, text, label);
}

/** The same, without blocking (a server answering requests). */
export async function readHandOff<S extends z.ZodType>(schema: S, file: string, label = file): Promise<z.output<S> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw new HandOffError(`${label} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseHandOff(schema, text, label);
}

/** `value` as the file's text, once it is checked against `schema` (a writer never hands on a file its reader refuses). */
export function handOffText<S extends z.ZodType>(schema: S, value: z.input<S>, file: string): string {
  checkHandOff(schema, value, file);
  return JSON.stringify(value, null, 2);
}

/** Writes `value` to `file` (checked first), replacing it atomically: a reader sees the old file or the new one. */
export function writeHandOffSync<S extends z.ZodType>(schema: S, file: string, value: z.input<S>): void {
  const text = handOffText(schema, value, file);
  const next = `${file}.next-${process.pid}`;
  writeFileSync(next, text);
  renameSync(next, file);
}
