import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { collectSnapshot } from '@cms/lib/exportSnapshot';
import { readSnapshot, validateSnapshot, type ValidSnapshot } from '@content/model/snapshot';

/**
 * Published documents the site build leaves out because they break the site's rules, one
 * line each (`offers "x": field "sourceUrl": …`). The rest of the site is built without
 * them, so a takedown always lands; the dashboard and the build log name them so someone
 * fixes them. The CMS refuses to publish such documents, so these are ones that got in
 * before a rule existed, or by a route around the CMS.
 */
const REPORT = 'left-out.json';

/** Reads the exported snapshot the way the site build will, and records what it leaves out beside it. */
export async function leftOutOfSnapshot(snapshotDir: string): Promise<string[]> {
  return (await checkExportedSnapshot(snapshotDir)).excluded;
}

/** The same, giving the checked snapshot too (the council's build reads it once for everything it records). */
export async function checkExportedSnapshot(snapshotDir: string): Promise<ValidSnapshot> {
  const snapshot = await readSnapshot(path.join(snapshotDir, 'snapshot.json'));
  writeFileSync(path.join(snapshotDir, REPORT), JSON.stringify(snapshot.excluded));
  return snapshot;
}

/** What the last export recorded (for the rebuild status), or nothing. */
export function lastLeftOut(snapshotDir: string): string[] {
  const file = path.join(snapshotDir, REPORT);
  if (!existsSync(file)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** The same check, live, over what is published now (the admin dashboard). */
export async function leftOutNow(payload: Payload, council?: number | string): Promise<string[]> {
  return validateSnapshot(await collectSnapshot(payload, null, { council })).excluded;
}

/** "1 published document is left out…" with one line per problem, or '' when there are none. */
export function describeLeftOut(problems: string[]): string {
  if (!problems.length) return '';
  const documents = new Set(problems.map((p) => /^(\S+ (?:"[^"]*"|#\d+|id \S+|council))/.exec(p)?.[1] ?? p));
  const n = documents.size;
  return `${n} published ${n === 1 ? 'document is' : 'documents are'} left out of the public site until fixed in the CMS:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}
