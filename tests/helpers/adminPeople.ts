/**
 * The accounts the admin workflow test signs in as (made by adminSeed.ts in a throwaway
 * database, in this order; the passwords exist only there). The young editor opted in to credit under a
 * display name that differs from their account name, so the test can tell which is shown.
 */
export const ADMIN_PEOPLE = {
  // First: the very first account is always made an admin (cms/collections/Users.ts).
  admin: {
    email: 'ada.admin@e2e.example',
    password: 'e2e-admin-password-1',
    name: 'Ada Admin',
    role: 'admin',
    credit: { showName: false, displayName: '' },
  },
  youngEditor: {
    email: 'sam.young-editor@e2e.example',
    password: 'e2e-young-editor-password-1',
    name: 'Samira Young-Editor',
    role: 'young-editor',
    credit: { showName: true, displayName: 'Sam K' },
  },
  reviewer: {
    email: 'riya.reviewer@e2e.example',
    password: 'e2e-reviewer-password-1',
    name: 'Riya Reviewer',
    role: 'reviewer',
    credit: { showName: false, displayName: '' },
  },
} as const;

export type AdminPerson = (typeof ADMIN_PEOPLE)[keyof typeof ADMIN_PEOPLE];
