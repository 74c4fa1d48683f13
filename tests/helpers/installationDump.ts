/**
 * Everything an installation holds, as plain JSON, so two installations can be compared
 * document by document (the backup round trip, issue 23 part 6): every collection's documents
 * in every language with hidden fields (password hashes included), every version, the globals,
 * the sha256 of each file in the media folder, and each council's snapshot (what its site is
 * built from) with the sha256 of each media file the snapshot copies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CollectionSlug, GlobalSlug, Payload } from 'payload';

export type InstallationDump = {
  collections: Record<string, unknown[]>;
  versions: Record<string, unknown[]>;
  globals: Record<string, unknown>;
  snapshots: Record<string, { snapshot: Record<string, unknown>; media: Record<string, string> }>;
};

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export async function dumpInstallation(payload: Payload): Promise<InstallationDump> {
  const { collectSnapshot } = await import('@cms/lib/exportSnapshot');
  const { sha256Of } = await import('@platform/backup/files');
  const { filesUnder } = await import('@platform/backup/files');
  const dump: InstallationDump = { collections: {}, versions: {}, globals: {}, snapshots: {} };
  for (const collection of payload.config.collections) {
    const slug: CollectionSlug = collection.slug;
    const found = await payload.find({ collection: slug, pagination: false, depth: 0, locale: 'all', overrideAccess: true, showHiddenFields: true, sort: 'id' });
    dump.collections[slug] = plain(found.docs);
    if (collection.versions) {
      const versions = await payload.findVersions({ collection: slug, pagination: false, depth: 0, locale: 'all', overrideAccess: true, showHiddenFields: true, sort: 'id' });
      dump.versions[slug] = plain(versions.docs);
    }
  }
  for (const global of payload.config.globals) {
    const slug: GlobalSlug = global.slug;
    dump.globals[slug] = plain(await payload.findGlobal({ slug, depth: 0, locale: 'all', overrideAccess: true, showHiddenFields: true }));
  }
  const councils = await payload.find({ collection: 'authorities', pagination: false, depth: 0, overrideAccess: true, sort: 'id' });
  const sites: [string, { council?: number; library?: boolean }][] = [
    ...councils.docs.map((c): [string, { council: number }] => [c.slug ?? String(c.id), { council: c.id }]),
    ['library', { library: true }],
  ];
  for (const [name, options] of sites) {
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'lop-dump-media-'));
    try {
      const { generatedAt: _generatedAt, ...snapshot } = await collectSnapshot(payload, mediaDir, options);
      const media: Record<string, string> = {};
      for (const file of filesUnder(mediaDir)) media[file] = await sha256Of(path.join(mediaDir, file));
      dump.snapshots[name] = { snapshot: plain(snapshot), media };
    } finally {
      rmSync(mediaDir, { recursive: true, force: true });
    }
  }
  return dump;
}

/** The sha256 of every file under `dir`, by path relative to it. */
export async function folderHashes(dir: string): Promise<Record<string, string>> {
  const { filesUnder, sha256Of } = await import('@platform/backup/files');
  const hashes: Record<string, string> = {};
  for (const file of filesUnder(dir)) hashes[file] = await sha256Of(path.join(dir, file));
  return hashes;
}
