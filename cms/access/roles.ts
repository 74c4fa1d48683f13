/**
 * Who may do what is decided per council. Each account has:
 * - an optional platform role: `admin` (manages councils, accounts and everything else)
 *   or `editor` (writes the national content every council's site shares);
 * - a role in each council it belongs to (`councils`: staff, reviewer, young editor, or
 *   translator: with `translatorLanguage`, they write that language's text of the council's
 *   documents and nothing else, `@cms/access/translators`).
 * Someone can be staff in one council and nothing in another. A translator with no council
 * row and a `translatorLanguage` translates the national content.
 */
export const PLATFORM_ROLES = ['admin', 'editor'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export const COUNCIL_ROLES = ['staff', 'reviewer', 'young-editor', 'translator'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
/** What someone may do on one document: a council role there, or `admin` for platform admins. */
export type Role = CouncilRole | 'admin';
export const ROLE_LABELS: Record<PlatformRole | CouncilRole, string> = {
  admin: 'Platform admin',
  editor: 'Platform editor (national content)',
  staff: 'Staff',
  reviewer: 'Reviewer',
  'young-editor': 'Young editor',
  translator: 'Translator (one language)',
};

type Id = number | string;
export type Membership = { council?: Id | { id: Id } | null; role?: string | null };
export type MaybeUser =
  | { id?: Id; platformRole?: string | null; councils?: Membership[] | null; translatorLanguage?: string | null; collection?: string }
  | null
  | undefined;

/** A relationship value (an id, or a populated document) as its id, or null. */
export function idOf(value: unknown): Id | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null;
  return value as Id;
}

export const isPlatformAdmin = (user: MaybeUser): boolean => user?.platformRole === 'admin';
/** Platform admins and editors: they write the national content. */
export const isPlatformEditor = (user: MaybeUser): boolean => user?.platformRole === 'admin' || user?.platformRole === 'editor';

/** The councils in which the user has one of `roles` (any role when none are given). */
export function councilsWhere(user: MaybeUser, ...roles: CouncilRole[]): Id[] {
  const ids = (user?.councils ?? [])
    .filter((m) => m && (!roles.length || (roles as string[]).includes(String(m.role))))
    .map((m) => idOf(m.council))
    .filter((id): id is Id => id !== null);
  return [...new Set(ids)];
}

/** The user's role in one council, or null. */
export function roleIn(user: MaybeUser, council: unknown): CouncilRole | null {
  const id = idOf(council);
  if (id === null) return null;
  const row = (user?.councils ?? []).find((m) => String(idOf(m.council)) === String(id));
  return (row?.role as CouncilRole | undefined) ?? null;
}

/**
 * What the user may do on a document of `council`: `admin` for platform admins, else their
 * role there. With no council (a write that hasn't chosen one yet), the most limited role
 * they have anywhere, so a check can never be dodged by leaving the council out.
 */
export function actingRole(user: MaybeUser, council: unknown): Role | null {
  if (!user) return null;
  if (isPlatformAdmin(user)) return 'admin';
  if (idOf(council) !== null) return roleIn(user, council);
  const held = (user.councils ?? []).map((m) => m.role as CouncilRole);
  for (const role of ['young-editor', 'reviewer', 'staff'] as const) if (held.includes(role)) return role;
  return null;
}

/**
 * True when the user has one of the given roles somewhere: `admin` means a platform admin,
 * a council role means that role in at least one council. For a decision about one
 * document, use `actingRole` with the document's council.
 */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  if (!user) return false;
  if (roles.includes('admin') && isPlatformAdmin(user)) return true;
  return (user.councils ?? []).some((m) => (roles as string[]).includes(String(m.role)));
}
