/**
 * Whether the admin offers the Publish button: Payload asks the collection's update access
 * with the document's data and `_status: 'published'` (getDocumentPermissions). A young
 * editor in the document's council gets no; staff and reviewers get yes; drafts are for all.
 * (The server refuses every way of publishing for young editors anyway: security.int.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { mayWrite } from '@cms/access/coWriters';
import type { MaybeUser } from '@cms/access/roles';

const user = (councils: { council: number; role: string }[], platformRole?: string): MaybeUser => ({ id: 1, councils, platformRole });
const ask = (who: MaybeUser, data: Record<string, unknown> | undefined) => mayWrite(who, data);

describe('the Publish button (update access asked with _status: published)', () => {
  const youngInA = user([{ council: 1, role: 'young-editor' }]);
  const staffInAYoungInB = user([{ council: 1, role: 'staff' }, { council: 2, role: 'young-editor' }]);
  it('is not offered to a young editor in the document’s council', () => {
    expect(ask(youngInA, { _status: 'published', council: 1 })).toBe(false);
    expect(ask(youngInA, { _status: 'published', council: { id: 1 } })).toBe(false);
    expect(ask(youngInA, { _status: 'published' })).toBe(false);
    expect(ask(staffInAYoungInB, { _status: 'published', council: 2 })).toBe(false);
  });
  it('is offered to staff, reviewers and platform admins', () => {
    expect(ask(staffInAYoungInB, { _status: 'published', council: 1 })).toBe(true);
    expect(ask(user([{ council: 1, role: 'reviewer' }]), { _status: 'published', council: 1 })).toBe(true);
    expect(ask(user([], 'admin'), { _status: 'published', council: 1 })).toBe(true);
  });
  it('leaves drafts to every co-writer, and nothing to someone with no council', () => {
    expect(ask(youngInA, { _status: 'draft', council: 1 })).toBe(true);
    expect(ask(youngInA, undefined)).toBe(true);
    expect(ask(user([]), { _status: 'draft' })).toBe(false);
    expect(ask(null, undefined)).toBe(false);
  });
});
