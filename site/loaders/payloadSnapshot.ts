/**
 * Content-layer loaders that read the CMS snapshot.
 *
 * `platform/scripts/export.ts` writes one JSON file of everything an anonymous reader may see
 * (published documents only, relationships resolved to slugs). Every collection's loader
 * reads that file (once per build: the parse is shared), validates every entry with the
 * content model's check (`@content/model/snapshot`), and fills its store. A snapshot that
 * is missing or not one throws with what to run; a document that breaks its schema is left
 * out and named, with its collection and field, in the build log.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import {
  collectionSchemas,
  readSnapshot,
  snapshotPath,
  type CollectionName,
  type ListCollection,
  type ValidSnapshot,
} from '@content/model/snapshot';
import { entryId, readSitePlan, type SiteKey } from '@content/model/sitePlan';

export * from '@content/model/snapshot';

// Eight loaders run in one build; they share one read and one validation of the file.
// The key includes the modification time so a re-export is picked up by a running dev server.
const cache = new Map<string, Promise<ValidSnapshot>>();

async function loadShared(file: string): Promise<ValidSnapshot> {
  const mtime = await stat(file).then((s) => s.mtimeMs, () => 'missing');
  const key = `${file}@${mtime}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = readSnapshot(file);
    cache.set(key, pending);
    // A failed read is not kept: the next load retries once the file is fixed.
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

const readers = new Map<string, Set<string>>();
function loadedBy(file: string, collection: string): void {
  const done = readers.get(file) ?? new Set<string>();
  done.add(collection);
  readers.set(file, done);
  if (done.size < Object.keys(collectionSchemas).length) return;
  readers.delete(file);
  for (const key of cache.keys()) if (key.startsWith(`${file}@`)) cache.delete(key);
}

/** The snapshots this build reads: one per planned site, or the one `SITE_SNAPSHOT` names (content/model/sitePlan.ts). */
function snapshotsToLoad(root: string | URL): { key: SiteKey; file: string }[] {
  const plan = readSitePlan();
  return plan ? plan.sites.map((site) => ({ key: site.key, file: site.snapshot })) : [{ key: undefined, file: snapshotPath(root) }];
}

/**
 * A content-layer loader for one collection of the snapshot (of every site in this build:
 * each entry's id starts with its site's key, see `entryId`).
 *
 * @example defineCollection({ loader: payloadSnapshot('offers') })
 */
export function payloadSnapshot<C extends CollectionName>(collection: C): Loader {
  return {
    name: `payload-snapshot:${collection}`,
    schema: collectionSchemas[collection],
    async load({ store, generateDigest, config, logger }) {
      const sources = snapshotsToLoad(config.root);
      store.clear();
      let total = 0;
      for (const { key, file } of sources) {
        const snapshot = await loadShared(file);
        const where = key === undefined ? '' : `${key}: `;
        const mine = collection === 'glossary' ? 'glossary ' : `${collection} `;
        for (const problem of snapshot.excluded.filter((p) => p.startsWith(mine))) logger.warn(`${where}left out of the site: ${problem}`);
        for (const message of snapshot.warnings[collection] ?? []) logger.warn(`${where}${message}`);

        const entries: { id: string; data: Record<string, unknown> }[] =
          collection === 'authority'
            ? snapshot.authority
              ? [{ id: 'authority', data: snapshot.authority }]
              : []
            : collection === 'searchWords'
              ? snapshot.searchWords.map((entry, i) => ({ id: `word-${i + 1}`, data: entry }))
              : collection === 'changes'
                ? snapshot.changes.map((entry) => ({ id: `change-${entry.id}`, data: entry }))
                : (snapshot[collection as ListCollection] as { slug: string }[]).map((entry) => ({
                id: entry.slug,
                data: entry,
              }));
        for (const { id, data } of entries) {
          store.set({ id: entryId(key, id), data, digest: generateDigest(data) });
        }
        total += entries.length;
        if (sources.length === 1) logger.info(`${entries.length} ${collection} from ${path.relative(process.cwd(), file)}`);
      }
      if (sources.length > 1) logger.info(`${total} ${collection} from ${sources.length} sites' snapshots`);
      // Each snapshot is parsed once for all the collections; once each has loaded it, let it go
      // (a build of 150 councils would otherwise keep every parsed snapshot to the end).
      for (const { file } of sources) loadedBy(file, collection);
    },
  };
}
