import type { Payload } from 'payload';
import { reviewsDue } from '@cms/lib/reviewsDue';

/**
 * On the admin dashboard: offers and guide chapters past their next review date, and the
 * last public site build. A server component: it queries Payload directly.
 */
export async function ReviewsDue({ payload }: { payload: Payload }) {
  const due = await reviewsDue(payload);
  const build = await payload.findGlobal({ slug: 'site-build', overrideAccess: true });
  const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never');
  return (
    <div style={{ display: 'grid', gap: 'var(--base)', marginBottom: 'calc(var(--base) * 2)' }}>
      <section aria-labelledby="site-build-heading">
        <h2 id="site-build-heading">Public site</h2>
        <p>
          Last build: <strong>{build.status ?? 'idle'}</strong>, started {when(build.startedAt)}
          {build.finishedAt ? `, finished ${when(build.finishedAt)}` : ''}.
          {build.trigger ? ` Triggered by: ${build.trigger}.` : ''}
        </p>
        {build.status === 'failed' && build.message && <pre style={{ whiteSpace: 'pre-wrap' }}>{build.message}</pre>}
      </section>
      <section aria-labelledby="reviews-due-heading">
        <h2 id="reviews-due-heading">Past their review date ({due.length})</h2>
        {due.length === 0 ? (
          <p>Nothing is overdue for review.</p>
        ) : (
          <ul>
            {due.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.title}</a> — review was due {item.nextReview}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
