/**
 * Content-layer loaders that read the CMS snapshot.
 *
 * `cms/scripts/export.ts` writes one JSON file of everything an anonymous reader may see
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

/**
 * A content-layer loader for one collection of the snapshot.
 *
 * @example defineCollection({ loader: payloadSnapshot('offers') })
 */
export function payloadSnapshot<C extends CollectionName>(collection: C): Loader {
  return {
    name: `payload-snapshot:${collection}`,
    schema: collectionSchemas[collection],
    async load({ store, generateDigest, config, logger }) {
      const file = snapshotPath(config.root);
      const snapshot = await loadShared(file);
      const mine = collection === 'glossary' ? 'glossary ' : `${collection} `;
      for (const problem of snapshot.excluded.filter((p) => p.startsWith(mine))) logger.warn(`left out of the site: ${problem}`);
      for (const message of snapshot.warnings[collection] ?? []) logger.warn(message);

      const entries: { id: string; data: Record<string, unknown> }[] =
        collection === 'authority'
          ? [{ id: 'authority', data: snapshot.authority }]
          : collection === 'searchWords'
            ? snapshot.searchWords.map((entry, i) => ({ id: `word-${i + 1}`, data: entry as unknown as Record<string, unknown> }))
            : (snapshot[collection as ListCollection] as { slug: string }[]).map((entry) => ({
              id: entry.slug,
              data: entry as unknown as Record<string, unknown>,
            }));

      store.clear();
      for (const { id, data } of entries) {
        store.set({ id, data, digest: generateDigest(data) });
      }
      logger.info(`${entries.length} ${collection} from ${path.relative(process.cwd(), file)}`);
    },
  };
}
