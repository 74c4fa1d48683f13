import type { Payload, TypedUser } from 'payload';
import { translationOverview, type TranslationItem } from '@cms/lib/translationOverview';

const WORDS: Record<TranslationItem['status'], string> = {
  'out-of-date': 'out of date (the English changed)',
  missing: 'not translated',
  'in-progress': 'in progress',
  'needs-checking': 'waiting to be checked',
  checked: 'checked',
};
const SHOWN = 25;

/**
 * On the admin dashboard (issue 21, part 2): for each council the person looks after and each
 * language it offers (platform editors: the national content), how much of what readers see is
 * translated, and what is missing or out of date, each with a link. A server component.
 */
export async function TranslationStatus({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const overview = await translationOverview(payload, user);
  if (!overview.length) return null;
  return (
    <section aria-labelledby="translations-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="translations-heading">Translations</h2>
      {overview.map((o) => {
        const todo = o.items.filter((i) => i.status === 'out-of-date' || i.status === 'missing');
        const id = `translations-${o.council ? String(o.council.id) : 'national'}-${o.lang}`;
        return (
          <section key={id} aria-labelledby={id}>
            <h3 id={id}>
              {o.council ? o.council.name : 'National content'}: <span lang={o.lang}>{o.name}</span> ({o.lang})
            </h3>
            <p>
              {(Object.keys(WORDS) as TranslationItem['status'][]).map((s) => `${o.counts[s]} ${WORDS[s]}`).join(', ')}.
            </p>
            {todo.length > 0 && (
              <ul>
                {todo.slice(0, SHOWN).map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.title}</a> ({item.collection}): {WORDS[item.status]}
                  </li>
                ))}
              </ul>
            )}
            {todo.length > SHOWN && <p>And {todo.length - SHOWN} more.</p>}
          </section>
        );
      })}
    </section>
  );
}
