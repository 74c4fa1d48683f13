import type { PayloadRequest, Where } from 'payload';
import { readableDocs } from '@cms/lib/readable';
import { idOf } from '@cms/access/roles';

/**
 * Which uploads published content uses, and so which the public may see. An upload is
 * public only once published content uses it (today: a published spotlight's image; the
 * site renders no other media), and an image of a person who could be recognised only
 * while its consent record is filled in and has not expired.
 */

type Id = number | string;

/**
 * Where content uses uploads. `library`: the national practice library's, which platform
 * editors moderate; an upload it publishes changes only through them (`Media`'s guard), and
 * they see every upload a library document uses (`readMedia`). Add a field here when content
 * starts using uploads.
 */
export const MEDIA_USES: readonly { collection: 'spotlights'; field: 'image'; library: boolean }[] = [
  { collection: 'spotlights', field: 'image', library: true },
];
const LIBRARY_USES = MEDIA_USES.filter((use) => use.library);

/** Asked once per request: the read rule runs for every image a query populates, and a bulk update checks every upload it touches. */
function once(req: PayloadRequest, key: string, work: () => Promise<Id[]>): Promise<Id[]> {
  const memo = req.context as Record<string, Promise<Id[]> | undefined>;
  const found = memo[key] ?? work();
  memo[key] = found;
  return found;
}

/** Ids of media that published documents use. */
export function mediaUsedByPublished(req: PayloadRequest): Promise<Id[]> {
  return once(req, 'mediaUsedByPublished', () => findUses(req, MEDIA_USES, 'published'));
}

/** Ids of media the live practice library uses: they change only through its moderators. */
export function mediaUsedByPublishedLibrary(req: PayloadRequest): Promise<Id[]> {
  return once(req, 'mediaUsedByPublishedLibrary', () => findUses(req, LIBRARY_USES, 'published'));
}

/** Ids of media any library document uses, live or in its latest draft: what its moderators review. */
export function mediaUsedByLibrary(req: PayloadRequest): Promise<Id[]> {
  return once(req, 'mediaUsedByLibrary', async () => [
    ...new Set([...(await findUses(req, LIBRARY_USES, 'latest')), ...(await mediaUsedByPublishedLibrary(req))]),
  ]);
}

async function findUses(req: PayloadRequest, uses: typeof MEDIA_USES, versions: 'published' | 'latest'): Promise<Id[]> {
  const ids: Id[] = [];
  for (const { collection, field } of uses) {
    const used: Where = { [field]: { exists: true } };
    const { docs } = await req.payload.find({
      collection,
      where: versions === 'published' ? { and: [{ _status: { equals: 'published' } }, used] } : used,
      draft: versions === 'latest',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { [field]: true },
    });
    for (const doc of docs) {
      const id = idOf(doc[field]);
      if (id !== null) ids.push(id);
    }
  }
  return [...new Set(ids)];
}

/** Consent that is recorded and still in force today, as a query. */
export function consentInForce(now = new Date()): Where {
  return {
    or: [
      { showsIdentifiablePerson: { equals: false } },
      { showsIdentifiablePerson: { exists: false } },
      {
        and: [
          { 'consent.reference': { exists: true } },
          { 'consent.reference': { not_equals: '' } },
          { 'consent.expiresOn': { greater_than: now.toISOString() } },
        ],
      },
    ],
  };
}

/** The same test on one document, for hooks: `null` when fine, else what is wrong. */
export function consentProblem(
  media: { showsIdentifiablePerson?: boolean | null; consent?: { reference?: string | null; givenOn?: string | null; expiresOn?: string | null } | null },
  now = new Date(),
): string | null {
  if (!media.showsIdentifiablePerson) return null;
  if (!media.consent?.reference?.trim()) return 'has no consent record';
  if (!media.consent.expiresOn) return 'has no date when the consent ends';
  if (new Date(media.consent.expiresOn).getTime() <= now.getTime()) return `has consent that ended on ${media.consent.expiresOn.slice(0, 10)}`;
  return null;
}

export type ConsentEnding = { id: number | string; alt: string; expiresOn: string; ended: boolean; href: string };

/**
 * Images of identifiable people whose consent has ended or ends within `days`: ended ones
 * are already off the site (from the next build); the others will be. Shown on the
 * dashboard and printed by `npm run build`, so staff renew consent or replace the image in time.
 */
export async function consentsEnding(payload: import('payload').Payload, days = 30, now = new Date(), user?: import('payload').TypedUser | null): Promise<ConsentEnding[]> {
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  const docs = await readableDocs(
    payload.find({
      collection: 'media',
      where: { and: [{ showsIdentifiablePerson: { equals: true } }, { 'consent.expiresOn': { less_than_equal: until.toISOString() } }] },
      pagination: false,
      depth: 0,
      // With a user (the dashboard): only the uploads they look after.
      ...(user ? { overrideAccess: false, user } : { overrideAccess: true }),
      sort: 'consent.expiresOn',
    }),
  );
  return docs.map((m) => ({
    id: m.id,
    alt: m.alt,
    expiresOn: String(m.consent?.expiresOn ?? '').slice(0, 10),
    ended: new Date(String(m.consent?.expiresOn)).getTime() <= now.getTime(),
    href: `/admin/collections/media/${m.id}`,
  }));
}
