import { fleschReadingEase, sentences, words } from '@cms/lib/plainEnglish';
import { PLAINER_WORDS } from '@cms/lib/plainWords';

export type PlainEnglishTargets = { summary: number; body: number };

export type PlainEnglishAdvice = {
  targets: PlainEnglishTargets;
  summary: { score: number; meetsTarget: boolean } | null;
  body: { score: number; meetsTarget: boolean; words: number } | null;
  /** The longest sentences (by words), longest first: the first thing to shorten. */
  longestSentences: { text: string; words: number }[];
  /** Glossary terms used: fine, but explain them or let the site link them. */
  jargon: string[];
  /** Words with a plainer alternative: `{ word, instead }`. */
  plainer: { word: string; instead: string }[];
};

const contains = (text: string, phrase: string) =>
  new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'iu').test(text);

/**
 * Advice for an editor on one document: reading ease of the summary and body against the
 * collection's targets, the longest sentences, glossary jargon and plainer words.
 * Advice only: nothing here stops a save.
 */
export function plainEnglishAdvice(
  { summary, body }: { summary?: string | null; body?: string | null },
  targets: PlainEnglishTargets,
  glossaryTerms: string[] = [],
): PlainEnglishAdvice {
  const all = [summary, body].filter(Boolean).join('\n');
  const scoreOf = (text: string | null | undefined) => (text?.trim() ? fleschReadingEase(text) : null);
  const summaryScore = scoreOf(summary);
  const bodyScore = scoreOf(body);
  return {
    targets,
    summary: summaryScore === null ? null : { score: summaryScore, meetsTarget: summaryScore >= targets.summary },
    body: bodyScore === null ? null : { score: bodyScore, meetsTarget: bodyScore >= targets.body, words: words(body!).length },
    longestSentences: sentences(all)
      .map((text) => ({ text, words: words(text).length }))
      .filter((s) => s.words > 20)
      .sort((a, b) => b.words - a.words)
      .slice(0, 3),
    jargon: [...new Set(glossaryTerms.filter((term) => contains(all, term)))].sort(),
    plainer: Object.entries(PLAINER_WORDS)
      .filter(([word]) => contains(all, word))
      .map(([word, instead]) => ({ word, instead })),
  };
}
