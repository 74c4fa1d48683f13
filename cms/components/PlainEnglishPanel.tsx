'use client';
import { useFormFields } from '@payloadcms/ui';
import type { PlainEnglishAdvice } from '@cms/lib/plainEnglishAdvice';

/**
 * Beside the fields: the plain-English advice worked out on the last save (reading ease
 * against this collection's target, longest sentences, jargon, plainer words). It is
 * advice; nothing here stops a save.
 */
export function PlainEnglishPanel() {
  const advice = useFormFields(([fields]) => fields.plainEnglish?.value) as PlainEnglishAdvice | undefined;
  return (
    <section aria-labelledby="plain-english-heading" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="plain-english-heading" style={{ fontSize: '1rem', margin: '0 0 .5rem' }}>
        Plain English
      </h3>
      {!advice ? (
        <p style={{ margin: 0 }}>Save a draft to see how easy this is to read.</p>
      ) : (
        <div style={{ display: 'grid', gap: '.5rem' }}>
          {advice.summary && <Score label="Summary" score={advice.summary.score} target={advice.targets.summary} />}
          {advice.body && <Score label="Main text" score={advice.body.score} target={advice.targets.body} />}
          {advice.longestSentences.length > 0 && (
            <div>
              <strong>Longest sentences</strong>
              <ul style={{ margin: '.25rem 0 0', paddingLeft: '1.1rem' }}>
                {advice.longestSentences.map((s) => (
                  <li key={s.text}>
                    {s.words} words: “{s.text.length > 120 ? `${s.text.slice(0, 120)}…` : s.text}”
                  </li>
                ))}
              </ul>
            </div>
          )}
          {advice.jargon.length > 0 && (
            <p style={{ margin: 0 }}>
              <strong>Jargon used:</strong> {advice.jargon.join(', ')}. The site links these to the jargon buster; explain them if you can.
            </p>
          )}
          {advice.plainer.length > 0 && (
            <div>
              <strong>Plainer words</strong>
              <ul style={{ margin: '.25rem 0 0', paddingLeft: '1.1rem' }}>
                {advice.plainer.map((p) => (
                  <li key={p.word}>
                    “{p.word}” → “{p.instead}”
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function Score({ label, score, target }: { label: string; score: number; target: number }) {
  const ok = score >= target;
  return (
    <p style={{ margin: 0 }}>
      <strong>{label}:</strong> reading ease {score} (aim for {target} or more){' '}
      <span style={{ fontWeight: 700, color: ok ? 'var(--theme-success-750, #00703c)' : 'var(--theme-error-750, #b10e1e)' }}>
        {ok ? '✓ plain enough' : '✗ harder than the target: shorten sentences and words'}
      </span>
    </p>
  );
}
