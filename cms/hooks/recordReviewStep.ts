import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { PublicError } from '@cms/lib/publicError';
import type { ReviewState } from '@cms/fields/coWriting';
import type { CoWritten } from '@cms/hooks/coWritten';
import { mayMoveTo, stateAfterSave, youngEditorHere } from '@cms/lib/reviewChoices';

/** A co-author as its id (the stored document may hold it populated). */
const idOf = (author: number | { id: number }) => (typeof author === 'object' ? author.id : author);

/**
 * The review workflow: draft → in review → changes requested → approved → published.
 * Each change of state (or comment) is appended to the history with who and when; the
 * history and co-authors are rebuilt from the stored document, so a client can't rewrite
 * them. Young editors can submit but not approve; asking for changes needs a comment.
 * Publishing marks the document "published" in review terms too.
 */
export const recordReviewStep: CollectionBeforeChangeHook<CoWritten> = ({ data: next, originalDoc: before, req, operation, context }) => {
  const user = req.user;
  // National content (no council) is written by platform editors, never as a young editor.
  const council = ('council' in next ? next.council : undefined) ?? (before && 'council' in before ? before.council : undefined);
  const youngEditor = youngEditorHere(user, council);
  const history = [...(before?.reviewHistory ?? [])];

  // Co-authors: keep those already credited, add a young editor who is saving now.
  const coAuthors = (before?.coAuthors ?? []).map(idOf);
  const names = (before?.coAuthorNames ?? '').split(', ').filter(Boolean);
  if (user && youngEditor && !coAuthors.some((id) => String(id) === String(user.id))) {
    coAuthors.push(user.id);
    if (user.name) names.push(user.name);
  }
  next.coAuthors = coAuthors;
  next.coAuthorNames = names.join(', ') || null;

  if (context?.seeding || !user) {
    next.reviewHistory = history;
    if (next._status === 'published') next.reviewState = 'published';
    return next;
  }

  // Publishing makes it "published"; a new draft of a live document starts over.
  const state: ReviewState = stateAfterSave(next.reviewState ?? before?.reviewState ?? 'draft', next._status === 'published');

  // The same rule as the admin's Review menu (`reviewMenu`).
  if (!mayMoveTo(!youngEditor, state, before?.reviewState)) {
    throw new PublicError('Young editors can submit for review, but only a reviewer can approve or request changes.', 403);
  }
  const comment = next.reviewComment?.trim() || null;
  if (state === 'changes-requested' && before?.reviewState !== 'changes-requested' && !comment) {
    // An APIError, not a ValidationError: the admin shows its message as it is, and
    // Payload shows no message beside a field after a failed draft save.
    const message = 'Say what needs changing in "Comment for this step", so the writer knows what to do.';
    throw new PublicError(message, 400, { errors: [{ path: 'reviewComment', label: 'Comment for this step', message }] });
  }
  if (state !== (before?.reviewState ?? (operation === 'create' ? null : 'draft')) || comment) {
    history.push({ state, at: new Date().toISOString(), by: user.id, byName: user.name ?? null, comment });
  }
  next.reviewState = state;
  next.reviewComment = null;
  next.reviewHistory = history;
  return next;
};
