import type { Payload } from 'payload';
import { leftOutNow } from '@cms/lib/leftOut';
import { consentsEnding } from '@cms/lib/mediaUse';
import { reviewsDue } from '@cms/lib/reviewsDue';

/**
 * On the admin dashboard: offers and guide chapters past their next review date, and the
 * last public site build. A server component: it queries Payload directly.
 */
export async function ReviewsDue({ payload }: { payload: Payload }) {
  const due = await reviewsDue(payload);
  const build = await payload.findGlobal({ slug: 'site-build', overrideAccess: true });
  const [leftOut, consents] = await Promise.all([leftOutNow(payload).catch((error: Error) => [`Could not check: ${error.message}`]), consentsEnding(payload)]);
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
      {leftOut.length > 0 && (
        <section aria-labelledby="left-out-heading">
          <h2 id="left-out-heading">Published, but left out of the public site ({leftOut.length})</h2>
          <p>The rest of the site is built without these. Fix each field named below and publish again.</p>
          <ul>
            {leftOut.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {consents.length > 0 && (
        <section aria-labelledby="consent-heading">
          <h2 id="consent-heading">Photo consent ending ({consents.length})</h2>
          <p>An image of a person who could be recognised leaves the public site at the next build after its consent ends. Renew the consent, or choose another image.</p>
          <ul>
            {consents.map((item) => (
              <li key={String(item.id)}>
                <a href={item.href}>{item.alt}</a> — consent {item.ended ? 'ended' : 'ends'} on {item.expiresOn}
                {item.ended ? ' (no longer on the site)' : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
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
