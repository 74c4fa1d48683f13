import { fleschReadingEase } from '@cms/lib/plainEnglish';
import type { SeedContent } from '@cms/seed/readContent';

/** Summaries below this fail the check; bodies are scored and reported, not failed. */
export const SUMMARY_MIN_READING_EASE = 60;

export type PlainEnglishRow = { where: string; field: 'summary' | 'body'; score: number; fails: boolean };

/**
 * Scores every national entitlement's and every council's offer summary (and local
 * summaries), and every guide chapter (summary and body). Only a summary
 * below the minimum fails: a summary is often all a reader on a phone takes in.
 */
export function plainEnglishReport(content: SeedContent): PlainEnglishRow[] {
  const rows: PlainEnglishRow[] = [];
  const add = (where: string, field: PlainEnglishRow['field'], text: string) => {
    const score = Math.round(fleschReadingEase(text) * 10) / 10;
    rows.push({ where, field, score, fails: field === 'summary' && score < SUMMARY_MIN_READING_EASE });
  };
  for (const entitlement of content.entitlements) add(entitlement.file, 'summary', entitlement.summary);
  // The national guide's chapters, written once for every council (issue 20).
  for (const chapter of content.guideChapters) {
    add(chapter.file, 'summary', chapter.summary);
    add(chapter.file, 'body', chapter.body);
  }
  for (const council of content.councils) {
    for (const offer of council.offers) add(offer.file, 'summary', offer.summary);
    for (const detail of council.localDetails) if (detail.summary) add(detail.file, 'summary', detail.summary);
    for (const guide of council.guides) {
      for (const chapter of guide.chapters) {
        add(chapter.file, 'summary', chapter.summary);
        add(chapter.file, 'body', chapter.body);
      }
    }
  }
  return rows;
}
