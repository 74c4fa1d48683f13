/**
 * Whether a field's label carries the "required" star. A field someone can't change (a
 * young editor's view of what staff fill in when they approve: `staffFillIn`) asks nothing
 * of them, so it isn't starred for them; staff, who can change it, see it as required. The
 * server's rules are the same for both (`checkPublishable`).
 */
export function markedRequired(required: boolean | undefined, readOnly: boolean | undefined): boolean {
  return Boolean(required) && !readOnly;
}

/** The label component that does it (`@cms/components/StaffFillInLabel`), as the admin's import map names it. */
export const STAFF_FILL_IN_LABEL = '@cms/components/StaffFillInLabel#StaffFillInLabel';
