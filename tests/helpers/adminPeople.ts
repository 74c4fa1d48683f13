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
  // The practice library: Demo Borough's staff submit spotlights, a platform editor moderates.
  staff: {
    email: 'sol.staff@e2e.example',
    password: 'e2e-staff-password-1',
    name: 'Sol Staff',
    role: 'staff',
    credit: { showName: false, displayName: '' },
  },
  moderator: {
    email: 'mo.moderator@e2e.example',
    password: 'e2e-moderator-password-1',
    name: 'Mo Moderator',
    role: 'platform-editor',
    credit: { showName: false, displayName: '' },
  },
} as const;

export type AdminPerson = (typeof ADMIN_PEOPLE)[keyof typeof ADMIN_PEOPLE];
