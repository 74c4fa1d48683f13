export { adminOnly } from '@cms/access/adminOnly';
export { anyone } from '@cms/access/anyone';
export { coWriters } from '@cms/access/coWriters';
export { createUsers } from '@cms/access/createUsers';
export { deleteUsers } from '@cms/access/deleteUsers';
export { platformEditors } from '@cms/access/platformEditors';
export { publishedOrSignedIn } from '@cms/access/publishedOrSignedIn';
export { deleteMedia, ownMedia, readMedia, writeMedia } from '@cms/access/readMedia';
export { readUsers } from '@cms/access/readUsers';
export {
  actingRole,
  COUNCIL_ROLES,
  councilsWhere,
  hasRole,
  idOf,
  isPlatformAdmin,
  isPlatformEditor,
  PLATFORM_ROLES,
  ROLE_LABELS,
  roleIn,
  type CouncilRole,
  type PlatformRole,
  type Role,
} from '@cms/access/roles';
export { signedInField } from '@cms/access/signedIn';
export { signedInAccess } from '@cms/access/signedInAccess';
export { staffOrAdmin } from '@cms/access/staffOrAdmin';
export { managedAccounts, updateUsers } from '@cms/access/updateUsers';
