import type { Payload, TypedUser } from 'payload';
import { reviewQueue, WAITING } from '@cms/lib/reviewQueue';
import { REVIEW_WORDS } from '@cms/lib/reviewWords';

const when = (iso: string) => (iso ? iso.slice(0, 10) : '');

/**
 * On the admin dashboard: what is waiting in review, for each council the person works for
 * (national content for platform editors), with a count for each state and a link to each
 * document. A server component: it reads as the signed-in person (`reviewQueue`).
 */
export async function ReviewQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const queues = await reviewQueue(payload, user);
  if (queues.length === 0) return null;
  return (
    <section aria-labelledby="review-queue-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="review-queue-heading">Waiting in review</h2>
      {queues.map((queue) => {
        const key = queue.council ? String(queue.council.id) : 'national';
        const name = queue.council ? queue.council.name : 'National content';
        const total = queue.items.length;
        return (
          <section key={key} aria-labelledby={`review-queue-${key}`} data-review-queue={key}>
            <h3 id={`review-queue-${key}`}>
              {name} ({total === 1 ? '1 document' : `${total} documents`})
            </h3>
            <p>
              {WAITING.map((state) => `${REVIEW_WORDS[state]}: ${queue.counts[state]}`).join(' · ')}
            </p>
            {total === 0 ? (
              <p>Nothing is waiting.</p>
            ) : (
              <ul>
                {queue.items.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.title}</a> ({item.collection}) — {REVIEW_WORDS[item.state]}
                    {item.updatedAt ? `, last saved ${when(item.updatedAt)}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
