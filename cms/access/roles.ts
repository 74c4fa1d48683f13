/** The roles a signed-in user can have. What each may do is decided by the rules in this folder. */
export const ROLES = ['admin', 'staff', 'reviewer', 'young-editor'] as const;
export type Role = (typeof ROLES)[number];

type MaybeUser = { role?: string | null; collection?: string } | null | undefined;

/** True when the request's user has one of the given roles. Anonymous readers have none. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user && user.role && (roles as string[]).includes(user.role));
}
