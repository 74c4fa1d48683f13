import type { Payload, TypedUser } from 'payload';
import { readableDocs } from '@cms/lib/readable';

export type ReviewDue = { kind: 'offer' | 'chapter'; title: string; nextReview: string; href: string };

/**
 * Offers and guide chapters whose next review date has passed (latest drafts included:
 * what editors are working on), oldest first. Shown on the dashboard and by `npm run build`.
 */
export async function reviewsDue(payload: Payload, today = new Date(), user?: TypedUser | null): Promise<ReviewDue[]> {
  // With a user (the dashboard): only what they may read, so only their councils' documents.
  const access = user ? { overrideAccess: false, user } : { overrideAccess: true };
  const cutoff = today.toISOString().slice(0, 10);
  const offers = await readableDocs(
    payload.find({
      collection: 'offers',
      where: { nextReview: { less_than: cutoff } },
      draft: true,
      pagination: false,
      depth: 0,
      ...access,
      select: { title: true, nextReview: true },
    }),
  );
  const guides = await readableDocs(payload.find({ collection: 'guides', draft: true, pagination: false, depth: 0, ...access }));
  const due: ReviewDue[] = offers.map((o) => ({
    kind: 'offer',
    title: o.title,
    nextReview: String(o.nextReview).slice(0, 10),
    href: `/admin/collections/offers/${o.id}`,
  }));
  for (const guide of guides) {
    for (const chapter of guide.chapters ?? []) {
      if (chapter.nextReview && chapter.nextReview.slice(0, 10) < cutoff) {
        due.push({ kind: 'chapter', title: `${guide.title}: ${chapter.title}`, nextReview: chapter.nextReview.slice(0, 10), href: `/admin/collections/guides/${guide.id}` });
      }
    }
  }
  return due.sort((a, b) => a.nextReview.localeCompare(b.nextReview));
}
