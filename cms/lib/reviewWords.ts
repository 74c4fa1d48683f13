import type { ReviewState } from '@cms/fields/coWriting';

/** The review states in plain words, as the dashboard's queue and every co-written list show them. */
export const REVIEW_WORDS: Record<ReviewState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved, not yet published',
  published: 'Published',
};

/** The plain words for a stored review state (a document saved before review existed is a draft). */
export function reviewWords(state: unknown): string {
  return Object.entries(REVIEW_WORDS).find(([value]) => value === state)?.[1] ?? REVIEW_WORDS.draft;
}
