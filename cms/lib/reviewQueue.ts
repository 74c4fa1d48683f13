import type { CollectionSlug, Payload, TypedUser, Where } from 'payload';
import { councilsWhere, idOf, isPlatformAdmin, isPlatformEditor } from '@cms/access/roles';
import type { ReviewState } from '@cms/fields/coWriting';
import { readableDocs } from '@cms/lib/readable';
import { STORED_LOCALES } from '@content/model/locales';

/** The states a document waits in for someone: a reviewer, its writer, or whoever publishes. */
export const WAITING = ['in-review', 'changes-requested', 'approved'] as const satisfies readonly ReviewState[];
export type Waiting = (typeof WAITING)[number];


export type QueueItem = { title: string; href: string; state: Waiting; collection: string; updatedAt: string };
/** One council's queue (or national content's, `council: null`), with a count for each state. */
export type CouncilQueue = { council: { id: number | string; name: string } | null; counts: Record<Waiting, number>; items: QueueItem[] };

/** The co-written collections (drafts and a review state), from the running config, so a new one is in the queue too. */
export function coWrittenCollections(payload: Payload) {
  const slugs = Object.keys(payload.collections).filter((slug): slug is CollectionSlug => slug in payload.collections);
  return slugs
    .map((slug) => ({ slug, config: payload.collections[slug].config }))
    .filter(({ config }) => Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts))
    .filter(({ config }) => config.flattenedFields.some((f) => f.name === 'reviewState'))
    .map(({ slug, config }) => ({
      slug,
      label: typeof config.labels?.plural === 'string' ? config.labels.plural : config.slug,
      titleField: config.admin?.useAsTitle ?? 'id',
      hasCouncil: config.flattenedFields.some((f) => f.name === 'council'),
      fields: config.fields,
    }));
}

const textOf = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value : fallback);

/**
 * What is waiting in review, per council, for the signed-in person: their councils' co-written
 * documents (latest drafts) in review, with changes requested, or approved and not yet
 * published. Read as the person (`overrideAccess: false`), so the multi-tenant rules keep
 * each council's staff to their own councils; national content (no council) is listed for
 * platform editors, who review it. Platform admins see every council's.
 */
export async function reviewQueue(payload: Payload, user: TypedUser | null | undefined): Promise<CouncilQueue[]> {
  if (!user) return [];
  const mine = new Set(councilsWhere(user).map(String));
  const national = isPlatformEditor(user);
  const where: Where = { reviewState: { in: [...WAITING] } };
  const queues = new Map<string, CouncilQueue>();
  const queueFor = (key: string, council: CouncilQueue['council']) => {
    let queue = queues.get(key);
    if (!queue) {
      queue = { council, counts: { 'in-review': 0, 'changes-requested': 0, approved: 0 }, items: [] };
      queues.set(key, queue);
    }
    return queue;
  };
  const { docs: councils } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, sort: 'name', overrideAccess: true, select: { name: true } });
  const names = new Map(councils.map((c) => [String(c.id), c.name]));
  // Council queues first, in name order, so each council's heading is stable.
  for (const c of councils) if (isPlatformAdmin(user) || mine.has(String(c.id))) queueFor(String(c.id), { id: c.id, name: c.name });

  for (const collection of coWrittenCollections(payload)) {
    if (!collection.hasCouncil && !national) continue;
    if (collection.hasCouncil && !isPlatformAdmin(user) && mine.size === 0) continue;
    const docs = await readableDocs(
      payload.find({ collection: collection.slug, where, draft: true, depth: 0, pagination: false, sort: '-updatedAt', overrideAccess: false, user }),
    );
    for (const doc of docs) {
      const record: Record<string, unknown> = { ...doc };
      const state = WAITING.find((s) => s === record.reviewState);
      if (!state) continue;
      const council = collection.hasCouncil ? idOf(record.council) : null;
      // The tenant rules already narrow reads to the person's councils; this keeps the list to them even for a collection they don't narrow.
      if (council !== null && !isPlatformAdmin(user) && !mine.has(String(council))) continue;
      const queue = council === null ? queueFor('national', null) : queueFor(String(council), { id: council, name: names.get(String(council)) ?? 'A council' });
      queue.counts[state] += 1;
      queue.items.push({
        title: textOf(record[collection.titleField], `Untitled (${collection.label})`),
        href: `/admin/collections/${collection.slug}/${String(record.id)}`,
        state,
        collection: collection.label,
        updatedAt: String(record.updatedAt ?? ''),
      });
    }
  }
  // Translations waiting to be checked (issue 21, part 2): submitted by a translator, checked by staff or a reviewer.
  const waiting = await payload.find({ collection: 'translations', where: { state: { equals: 'needs-checking' } }, depth: 1, pagination: false, sort: '-updatedAt', overrideAccess: false, user });
  for (const record of waiting.docs) {
    const council = idOf(record.council);
    const { relationTo, value } = record.document;
    const titleField = payload.collections[relationTo].config.admin?.useAsTitle ?? 'id';
    const fields: Record<string, unknown> = value && typeof value === 'object' ? { ...value } : {};
    const title = textOf(fields[titleField], record.key ?? 'a document');
    if (council === null ? !national : !isPlatformAdmin(user) && !mine.has(String(council))) continue;
    const queue = council === null ? queueFor('national', null) : queueFor(String(council), { id: council, name: names.get(String(council)) ?? 'A council' });
    queue.counts['in-review'] += 1;
    queue.items.push({
      title: `${title}: ${STORED_LOCALES[record.language].name} (${record.language}) translation`,
      href: `/admin/collections/translations/${String(record.id)}`,
      state: 'in-review',
      collection: 'Translations',
      updatedAt: String(record.updatedAt ?? ''),
    });
  }
  return [...queues.values()];
}
