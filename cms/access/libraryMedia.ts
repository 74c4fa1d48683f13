import { ValidationError, type CollectionBeforeChangeHook, type FilterOptionsProps, type PayloadRequest, type Where } from 'payload';
import { platformCouncilsFor } from '@cms/access/library';
import { idOf } from '@cms/access/roles';

/**
 * A spotlight's image: a platform upload (no council), or an upload of a council the
 * spotlight is about (for a council's own submission, the submitter's council). A council's
 * other uploads are private to it until its own published content uses them; a spotlight is
 * published on every council's site, so it may not carry another council's.
 */

type Id = number | string;

const councilsOf = (value: unknown): Id[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== null) : []);

/** The uploads a spotlight about these register entries may use, as a query on media. */
async function allowedImages(req: PayloadRequest, registerIds: Id[]): Promise<Where> {
  const councils = await platformCouncilsFor(req, registerIds);
  return { or: [{ council: { exists: false } }, ...(councils.length ? [{ council: { in: councils } }] : [])] };
}

/**
 * What the image picker offers (and what Payload checks when publishing): the platform's
 * uploads and those of the spotlight's councils. The system itself (the import, scripts:
 * no user) is not held to it, as with `checkLibraryImage`.
 */
export const libraryImageOptions = async ({ req, data }: FilterOptionsProps): Promise<Where | true> =>
  req.user ? allowedImages(req, councilsOf((data as { councils?: unknown } | undefined)?.councils)) : true;

const sameIds = (a: Id[], b: Id[]) => a.length === b.length && a.map(String).sort().join() === b.map(String).sort().join();

/**
 * The rule, on the server, on drafts too (Payload validates relationships only when
 * publishing): checked when the image or the councils change, and on every publish, for
 * everyone signed in (moderators included). An unpublish that changes neither goes ahead,
 * so a takedown always lands. An upload that doesn't exist gets the same answer as another
 * council's, so nobody can probe for other councils' uploads.
 */
export const checkLibraryImage: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context, collection }) => {
  if (!req.user || context?.seeding) return data;
  const before = originalDoc as { image?: unknown; councils?: unknown } | undefined;
  const image = idOf('image' in data ? data.image : before?.image);
  if (image === null) return data;
  const councils = councilsOf('councils' in data ? data.councils : before?.councils);
  const changed = String(idOf(before?.image)) !== String(image) || !sameIds(councilsOf(before?.councils), councils) || data._status === 'published';
  if (!changed) return data;
  const allowed = await req.payload.find({
    collection: 'media',
    where: { and: [{ id: { equals: image } }, await allowedImages(req, councils)] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { council: true },
  });
  if (allowed.docs.length) return data;
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: 'image', message: 'Choose an image of your council’s, or a platform image: a spotlight is published on every council’s site, so it can’t use another council’s upload.' }],
    req,
  });
};
