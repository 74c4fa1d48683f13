import type { Option } from 'payload';
import { actingRole, isPlatformEditor, type MaybeUser } from '@cms/access/roles';

/**
 * Who may move a document to which review state: the one rule the server keeps
 * (`recordReviewStep`, and `checkLibrarySubmission` for spotlights) and the admin's Review
 * menu shows (`reviewMenu`), so the menu never offers a state the server would refuse.
 */

/** The states a writer may move a document to; the others (changes requested, approved, published) are a reviewer's. */
const WRITER_STATES: readonly string[] = ['draft', 'in-review'];

/** A young editor writing for this council (a document without one, national content, is never theirs). */
export function youngEditorHere(user: MaybeUser, council: unknown): boolean {
  return Boolean(user && council !== undefined && council !== null && actingRole(user, council) === 'young-editor');
}

/**
 * Whether this person reviews this document: in the practice library (spotlights), platform
 * moderators only (a council's staff submit); elsewhere anyone but a young editor of the
 * document's council. The system itself (imports, scripts: no user) does as it is told.
 */
export function reviewsHere(collection: string, user: MaybeUser, council: unknown): boolean {
  if (!user) return true;
  if (collection === 'spotlights') return isPlatformEditor(user);
  return !youngEditorHere(user, council);
}

/** Whether someone may move a document from `before` to `state` (keeping the state it has is always allowed). */
export function mayMoveTo(reviewer: boolean, state: string, before: string | null | undefined): boolean {
  return reviewer || state === before || WRITER_STATES.includes(state);
}

/**
 * The state a save leaves a document in, for the state chosen: publishing makes it
 * "published"; any other save of a "published" one starts a new draft. So "published" is
 * never chosen from the menu: the Publish button sets it.
 */
export function stateAfterSave<S extends string>(chosen: S, publishing: boolean): S | 'published' | 'draft' {
  if (publishing) return 'published';
  return chosen === 'published' ? 'draft' : chosen;
}

const valueOf = (option: Option) => (typeof option === 'string' ? option : option.value);

/**
 * The Review menu of a collection: the state the document is in (shown as it is), and the
 * states this person may move it to that a save keeps. Payload re-reads it as the form changes.
 */
export function reviewMenu(collection: string) {
  return ({ data, options, req }: { data: { council?: unknown; reviewState?: string | null } | undefined; options: Option[]; req: { user?: MaybeUser } }): Option[] => {
    const reviewer = reviewsHere(collection, req.user, data?.council);
    const current = data?.reviewState;
    return options.filter((option) => {
      const state = valueOf(option);
      return state === current || (stateAfterSave(state, false) === state && mayMoveTo(reviewer, state, current));
    });
  };
}
