import type { Payload, TypedUser } from 'payload';
import { idOf } from '@cms/access/roles';
import { readableDocs } from '@cms/lib/readable';

/** How far ahead "due soon" looks: the dashboard and the weekly email list what falls due within it. */
export const DUE_SOON_DAYS = 30;

export type ReviewKind = 'offer' | 'entitlement' | 'chapter' | 'guide-chapter';

export type ReviewDue = {
  kind: ReviewKind;
  title: string;
  /** The day the review is due, `YYYY-MM-DD`. */
  nextReview: string;
  /** The admin's page of the document (a path under the admin's address). */
  href: string;
  /** The council whose document it is; null: national content (entitlements, the national guide). */
  council: number | string | null;
  /** Past its review date; otherwise due within {@link DUE_SOON_DAYS} days. */
  overdue: boolean;
};

/** Words for each kind of document, for lists and emails. */
export const REVIEW_KIND_WORDS: Record<ReviewKind, string> = {
  offer: 'Local offer',
  entitlement: 'National entitlement',
  chapter: 'Guide chapter',
  'guide-chapter': 'National guide chapter',
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/**
 * Offers, national entitlements, council guides' chapters and national guide chapters whose
 * next review date has passed or falls within `withinDays` days of `today` (latest drafts
 * included: what editors are working on), soonest first. Shown on the dashboard, sent in the
 * weekly email (`cms/jobs/reviewReminders.ts`) and printed by `npm run build`. With a user
 * (the dashboard): only what they may read. `withinDays: 0`: only what is overdue.
 */
export async function reviewsDue(payload: Payload, today = new Date(), user?: TypedUser | null, { withinDays = DUE_SOON_DAYS }: { withinDays?: number } = {}): Promise<ReviewDue[]> {
  const access = user ? { overrideAccess: false, user } : { overrideAccess: true };
  const todayDay = dayOf(today);
  // Everything due before the day after the window's last day (with no window: before today).
  const cutoff = withinDays > 0 ? dayOf(addDays(today, withinDays + 1)) : todayDay;
  const item = (kind: ReviewKind, title: string, nextReview: string, href: string, council: number | string | null): ReviewDue => {
    const day = nextReview.slice(0, 10);
    return { kind, title, nextReview: day, href, council, overdue: day < todayDay };
  };
  const inWindow = (value: string | null | undefined): value is string => Boolean(value) && String(value).slice(0, 10) < cutoff;
  const dueWhere = { nextReview: { less_than: cutoff } };

  const [offers, entitlements, guides, chapters] = await Promise.all([
    readableDocs(payload.find({ collection: 'offers', where: dueWhere, draft: true, pagination: false, depth: 0, ...access, select: { title: true, nextReview: true, council: true } })),
    readableDocs(payload.find({ collection: 'entitlements', where: dueWhere, draft: true, pagination: false, depth: 0, ...access, select: { title: true, nextReview: true } })),
    readableDocs(payload.find({ collection: 'guides', draft: true, pagination: false, depth: 0, ...access, select: { title: true, council: true, chapters: true } })),
    readableDocs(payload.find({ collection: 'guide-chapters', where: dueWhere, draft: true, pagination: false, depth: 0, ...access, select: { title: true, nextReview: true } })),
  ]);
  const due: ReviewDue[] = [
    ...offers.filter((o) => inWindow(o.nextReview)).map((o) => item('offer', o.title, String(o.nextReview), `/admin/collections/offers/${o.id}`, idOf(o.council))),
    ...entitlements.filter((e) => inWindow(e.nextReview)).map((e) => item('entitlement', e.title, String(e.nextReview), `/admin/collections/entitlements/${e.id}`, null)),
    ...chapters.filter((c) => inWindow(c.nextReview)).map((c) => item('guide-chapter', c.title, String(c.nextReview), `/admin/collections/guide-chapters/${c.id}`, null)),
  ];
  for (const guide of guides) {
    for (const chapter of guide.chapters ?? []) {
      if (inWindow(chapter.nextReview)) {
        due.push(item('chapter', `${guide.title}: ${chapter.title}`, chapter.nextReview, `/admin/collections/guides/${guide.id}`, idOf(guide.council)));
      }
    }
  }
  return due.sort((a, b) => a.nextReview.localeCompare(b.nextReview) || a.title.localeCompare(b.title));
}
