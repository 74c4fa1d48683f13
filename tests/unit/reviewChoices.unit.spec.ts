import type { Option } from 'payload';
import { describe, expect, it } from 'vitest';
import { REVIEW_STATES } from '@cms/fields/coWriting';
import { mayMoveTo, reviewMenu, reviewsHere, stateAfterSave } from '@cms/lib/reviewChoices';

/**
 * Issue 20: the Review menu offers each person only the states they may choose, by the rule
 * the server keeps (the same functions: tests/int/db/reviewMenu.int.spec.ts checks the menu
 * against what the server accepts).
 */
const options: Option[] = [...REVIEW_STATES];
const youngEditor = { councils: [{ council: 1, role: 'young-editor' }] };
const reviewer = { councils: [{ council: 1, role: 'reviewer' }] };
const dual = { councils: [{ council: 1, role: 'staff' }, { council: 2, role: 'young-editor' }] };
const staff = { councils: [{ council: 1, role: 'staff' }] };
const moderator = { platformRole: 'editor' };

const menu = (collection: string, user: object | null, data: { council?: number; reviewState?: string }) =>
  reviewMenu(collection)({ data, options, req: { user } }).map((o) => (typeof o === 'string' ? o : o.value));

describe('the Review menu', () => {
  it('offers a young editor only draft and in review, and the state the document is in', () => {
    expect(menu('offers', youngEditor, { council: 1, reviewState: 'draft' })).toEqual(['draft', 'in-review']);
    expect(menu('guides', youngEditor, { council: 1, reviewState: 'changes-requested' })).toEqual(['draft', 'in-review', 'changes-requested']);
  });

  it('offers a reviewer and staff every state a save keeps (publishing, not the menu, makes it published)', () => {
    const saved = ['draft', 'in-review', 'changes-requested', 'approved'];
    expect(menu('offers', reviewer, { council: 1, reviewState: 'in-review' })).toEqual(saved);
    expect(menu('offers', staff, { council: 1, reviewState: 'draft' })).toEqual(saved);
    expect(menu('offers', staff, { council: 1, reviewState: 'published' })).toEqual([...saved, 'published']);
  });

  it('goes by the role in the document’s council', () => {
    expect(menu('offers', dual, { council: 1, reviewState: 'draft' })).toContain('approved');
    expect(menu('offers', dual, { council: 2, reviewState: 'draft' })).toEqual(['draft', 'in-review']);
  });

  it('in the practice library, only moderators review: a council’s staff submit', () => {
    expect(menu('spotlights', staff, { reviewState: 'draft' })).toEqual(['draft', 'in-review']);
    expect(menu('spotlights', moderator, { reviewState: 'in-review' })).toEqual(['draft', 'in-review', 'changes-requested', 'approved']);
  });

  it('is the rule the server keeps', () => {
    expect(reviewsHere('offers', youngEditor, 1)).toBe(false);
    expect(reviewsHere('offers', youngEditor, null)).toBe(true); // national content is never a young editor's
    expect(reviewsHere('spotlights', staff, null)).toBe(false);
    expect(reviewsHere('offers', null, 1)).toBe(true); // the system: imports and scripts
    expect(mayMoveTo(false, 'approved', 'in-review')).toBe(false);
    expect(mayMoveTo(false, 'approved', 'approved')).toBe(true); // keeping the state it is in
    expect(mayMoveTo(false, 'in-review', 'changes-requested')).toBe(true);
    expect(stateAfterSave('published', false)).toBe('draft');
    expect(stateAfterSave('approved', true)).toBe('published');
  });
});
