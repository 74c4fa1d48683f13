import { Forbidden, type Payload, type TypedUser } from 'payload';

/** One page's open feedback: how many are new and how many need action, and where to see them. */
export type PageFeedback = { council: string; page: string; fresh: number; needsAction: number; href: string };

/**
 * Readers' feedback still open (new, or needing action), counted per page, for the dashboard:
 * read as the person, so each sees only the feedback they may (`@cms/access/feedback`: their
 * councils', the national pages' for platform editors, what they co-write for young editors).
 * Most first.
 */
export async function feedbackCounts(payload: Payload, user: TypedUser | null): Promise<PageFeedback[] | null> {
  if (!user) return null;
  // A person who may read no feedback at all (a reviewer, a translator) is refused the query: for them, nothing to show.
  const found = await payload
    .find({
      collection: 'feedback',
      where: { status: { in: ['new', 'needs-action'] } },
      select: { pageUrl: true, status: true, council: true },
      depth: 1,
      pagination: false,
      overrideAccess: false,
      user,
    })
    .catch((error: unknown) => {
      if (error instanceof Forbidden) return null;
      throw error;
    });
  if (!found) return null;
  const { docs } = found;
  const byPage = new Map<string, PageFeedback>();
  for (const item of docs) {
    const council = typeof item.council === 'object' && item.council ? item.council.name : 'National (practice library)';
    const key = `${council}\u0000${item.pageUrl}`;
    const where = `where[pageUrl][equals]=${encodeURIComponent(item.pageUrl)}&where[status][in]=new,needs-action`;
    const row = byPage.get(key) ?? { council, page: item.pageUrl, fresh: 0, needsAction: 0, href: `/admin/collections/feedback?${where}` };
    if (item.status === 'new') row.fresh++;
    else row.needsAction++;
    byPage.set(key, row);
  }
  return [...byPage.values()].sort((a, b) => b.fresh + b.needsAction - (a.fresh + a.needsAction) || a.page.localeCompare(b.page));
}
