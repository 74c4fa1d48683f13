import type { Payload, TypedUser } from 'payload';
import { councilsWhere, isPlatformAdmin, isPlatformEditor } from '@cms/access/roles';
import { collectSnapshot } from '@cms/lib/exportSnapshot';
import { OfferCoverage } from '@cms/components/OfferCoverage';
import { offerCoverage, type OfferCoverage as Coverage } from '@content/model/offerCoverage';
import { validateSnapshot } from '@content/model/snapshot';
import { consentsEnding } from '@cms/lib/mediaUse';
import { DUE_SOON_DAYS, REVIEW_KIND_WORDS, reviewsDue, type ReviewDue } from '@cms/lib/reviewsDue';
import { DEFAULT_LOCALE } from '@content/model/locales';

/** What a council has published now: what its build would leave out, and what its offer covers (null: it could not be read). */
type Published = { leftOut: string[]; coverage: Coverage | null };

const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(DEFAULT_LOCALE.lang, { dateStyle: 'medium', timeStyle: 'short' }) : 'never');
const STATUS: Record<string, string> = {
  scheduled: 'scheduled',
  building: 'building now',
  succeeded: 'succeeded',
  failed: 'failed (the last good site is still live)',
};

/**
 * On the admin dashboard, for the councils the person works for (platform admins: all):
 * each council's last site build, published documents left out of its site, offers and
 * guide chapters past their review date, and photo consent ending. A server component: it
 * queries Payload directly, as the signed-in person wherever it can.
 */
export async function ReviewsDue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const mine = new Set(councilsWhere(user).map(String));
  // As the person: a council's build status and errors are its staff's and platform admins' (`Authorities`).
  const { docs: councils } = await payload.find({ collection: 'authorities', pagination: false, depth: 0, sort: 'name', overrideAccess: false, user: user ?? undefined });
  const shown = councils.filter((c) => isPlatformAdmin(user) || mine.has(String(c.id)));
  const [due, consents, leftOut] = await Promise.all([
    reviewsDue(payload, new Date(), user ?? null),
    consentsEnding(payload, 30, new Date(), user ?? null),
    // What each council has published now, read once: what its build would leave out, and what its offer covers.
    Promise.all(
      shown.map(async (c): Promise<[number | string, Published]> => {
        try {
          const published = validateSnapshot(await collectSnapshot(payload, null, { council: c.id }));
          return [c.id, { leftOut: published.excluded, coverage: offerCoverage(published.offers, published.authority ?? {}) }];
        } catch (error) {
          return [c.id, { leftOut: [`Could not check: ${(error as Error).message}`], coverage: null }];
        }
      }),
    ),
  ]);
  const publishedBy = new Map(leftOut);
  const leftOutBy = new Map([...publishedBy].map(([id, p]) => [id, p.leftOut]));
  // Due reviews by council (the person's councils, in name order), then national content.
  const groups: { key: string; name: string; items: ReviewDue[] }[] = [];
  for (const c of shown) {
    const items = due.filter((d) => d.council !== null && String(d.council) === String(c.id));
    if (items.length) groups.push({ key: `council-${String(c.id)}`, name: c.name, items });
  }
  // National content is written by platform editors: theirs to review.
  const national = isPlatformEditor(user) ? due.filter((d) => d.council === null) : [];
  if (national.length) groups.push({ key: 'national', name: 'National content', items: national });

  return (
    <div style={{ display: 'grid', gap: 'var(--base)', marginBottom: 'calc(var(--base) * 2)' }}>
      <section aria-labelledby="site-build-heading">
        <h2 id="site-build-heading">Public sites</h2>
        {shown.length === 0 ? (
          <p>You don’t work for a council yet. Ask a platform admin to add you to one.</p>
        ) : (
          <ul>
            {shown.map((c) => (
              <li key={String(c.id)}>
                <strong>{c.name}</strong>
                {c.build ? (
                  <>
                    : last build {c.build.status ? STATUS[c.build.status] ?? c.build.status : 'not yet'}
                    {c.build.startedAt ? `, started ${when(c.build.startedAt)}` : ''}
                    {c.build.finishedAt ? `, finished ${when(c.build.finishedAt)}` : ''}
                    {c.build.pages ? `, ${c.build.pages} pages` : ''}.{c.build.trigger ? ` Triggered by: ${c.build.trigger}.` : ''}
                    {c.build.status === 'failed' && c.build.message && <pre style={{ whiteSpace: 'pre-wrap' }}>{c.build.message}</pre>}
                  </>
                ) : (
                  ': its staff see how its site builds.'
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {shown.map((c) => {
        const problems = leftOutBy.get(c.id) ?? [];
        return problems.length > 0 ? (
          <section key={`left-${String(c.id)}`} aria-labelledby={`left-out-${String(c.id)}`}>
            <h2 id={`left-out-${String(c.id)}`}>
              {c.name}: published, but left out of the public site ({problems.length})
            </h2>
            <p>The rest of the site is built without these. Fix each field named below and publish again.</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </section>
        ) : null;
      })}
      {shown.map((c) => {
        const coverage = publishedBy.get(c.id)?.coverage;
        return coverage ? <OfferCoverage key={`coverage-${String(c.id)}`} council={c} coverage={coverage} /> : null;
      })}
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
        <h2 id="reviews-due-heading">
          Reviews: overdue and due within {DUE_SOON_DAYS} days ({groups.reduce((n, g) => n + g.items.length, 0)})
        </h2>
        <p>Each council’s staff get this list for their council by email every week. A page past its review date says so on the public site.</p>
        {groups.length === 0 ? (
          <p>Nothing is overdue or due for review in the next {DUE_SOON_DAYS} days.</p>
        ) : (
          groups.map((group) => (
            <section key={group.key} aria-labelledby={`reviews-${group.key}`}>
              <h3 id={`reviews-${group.key}`}>
                {group.name}: {group.items.filter((i) => i.overdue).length} overdue, {group.items.filter((i) => !i.overdue).length} due soon
              </h3>
              <ul>
                {group.items.map((item) => (
                  <li key={`${item.href}-${item.title}`}>
                    {item.overdue ? <strong>Overdue: </strong> : 'Due soon: '}
                    <a href={item.href}>{item.title}</a> ({REVIEW_KIND_WORDS[item.kind]}) — review {item.overdue ? 'was due' : 'is due'} {item.nextReview}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </div>
  );
}
