import type { PayloadRequest, Where } from 'payload';

/**
 * Which uploads the public may see. An upload is public only once published content uses
 * it (today: a published spotlight's image; the site renders no other media), and an
 * image of a person who could be recognised only while its consent record is filled in
 * and has not expired.
 */

/** Ids of media that published documents use. */
export async function mediaUsedByPublished(req: PayloadRequest): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: 'spotlights',
    where: { and: [{ _status: { equals: 'published' } }, { image: { exists: true } }] },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { image: true } as never,
  });
  const ids = docs
    .map((doc) => (doc as { image?: unknown }).image)
    .map((image) => (image && typeof image === 'object' ? (image as { id: number | string }).id : image))
    .filter((id): id is number | string => id !== null && id !== undefined && id !== '');
  return [...new Set(ids)];
}

/** True when published content uses this upload. */
export async function isMediaInUse(req: PayloadRequest, id: number | string): Promise<boolean> {
  return (await mediaUsedByPublished(req)).some((used) => String(used) === String(id));
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
