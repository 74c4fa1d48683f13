import type { Payload, TypedUser } from 'payload';
import { feedbackCounts } from '@cms/lib/feedbackCounts';

/**
 * On the admin dashboard: readers' feedback still open, per page, for the feedback the person
 * may see (issue 22, part 2). Each row links to that page's open feedback in the queue.
 */
export async function FeedbackQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const pages = await feedbackCounts(payload, user ?? null);
  // Nobody signed in, or a person who may read no feedback (a reviewer, a translator): no section.
  if (!pages) return null;
  return (
    <section aria-labelledby="feedback-queue-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="feedback-queue-heading">Readers’ feedback to answer ({pages.reduce((sum, p) => sum + p.fresh + p.needsAction, 0)})</h2>
      {pages.length === 0 ? (
        <p>No new feedback. When readers say what’s wrong or missing on a page, it shows here.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Council</th>
              <th scope="col">New</th>
              <th scope="col">Needs action</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((p) => (
              <tr key={`${p.council}${p.page}`}>
                <td>
                  <a href={p.href}>{p.page}</a>
                </td>
                <td>{p.council}</td>
                <td>{p.fresh}</td>
                <td>{p.needsAction}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
