import type { CollectionConfig, DateField, FieldAccess, TextareaField, TextField } from 'payload';
import { coWriters } from '@cms/access/coWriters';
import { writeMedia } from '@cms/access/readMedia';
import { actingRole, type MaybeUser } from '@cms/access/roles';
import { STAFF_FILL_IN_LABEL } from '@cms/lib/staffFillIn';

/** Someone whose only role anywhere is young editor (no platform role, no staff or reviewer role in any council). */
export function onlyYoungEditor(user: MaybeUser): boolean {
  if (!user || user.platformRole) return false;
  const roles = (user.councils ?? []).map((m) => m.role);
  return roles.length > 0 && roles.every((role) => role === 'young-editor');
}

/**
 * What a young editor is shown in the admin: the collections they write in (the council's
 * co-written content, `coWriters`, and images, `writeMedia`) and their own account. The
 * rest (national content, the library, councils, the register, indicators) they can't
 * create in, so it isn't in their navigation or dashboard; their create access there is
 * refused on the server anyway (`cms/access`). Everyone else sees what they saw before.
 */
export function hiddenFromYoungEditors(collection: CollectionConfig): NonNullable<CollectionConfig['admin']>['hidden'] {
  // Readers' feedback too: a young editor reads the feedback on what they co-write (`@cms/access/feedback`).
  const writes = collection.access?.create === coWriters || collection.access?.create === writeMedia || collection.slug === 'users' || collection.slug === 'feedback';
  return writes ? false : ({ user }) => onlyYoungEditor(user);
}

/**
 * Fields staff fill in when they approve (the legal basis, review dates): a young editor
 * writing for the document's council isn't asked for them. The admin shows them read-only
 * to a young editor, saying so, and the server keeps what staff wrote (a value a young
 * editor sends is ignored). Everyone may read them (lists sort and filter by the review
 * date). Publishing still requires them, and asks the approver for them by name
 * (`checkPublishable`).
 */
const notAYoungEditorHere: FieldAccess = ({ req: { user }, doc, data }) => {
  const council: unknown = (doc && 'council' in doc ? doc.council : undefined) ?? (data && 'council' in data ? data.council : undefined);
  return actingRole(user, council) !== 'young-editor';
};
export const staffFillIn = { create: notAYoungEditorHere, update: notAYoungEditorHere } as const;

/**
 * A field staff fill in when they approve: `staffFillIn` access, and a label that shows the
 * required star only to someone who can change it (a young editor sees it read-only, with
 * its description and no star; `StaffFillInLabel`).
 */
export function staffFillInField<F extends TextField | TextareaField | DateField>(field: F): F {
  return { ...field, access: staffFillIn, admin: { ...field.admin, components: { ...field.admin?.components, Label: STAFF_FILL_IN_LABEL } } };
}
