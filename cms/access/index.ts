export { adminOnly } from '@cms/access/adminOnly';
export { anyone } from '@cms/access/anyone';
export { coWriters, staffOrReviewer } from '@cms/access/editors';
export { publishedOrSignedIn } from '@cms/access/publishedOrSignedIn';
export { hasRole, ROLES, type Role } from '@cms/access/roles';
export { signedInField } from '@cms/access/signedIn';
export { signedInAccess } from '@cms/access/signedInAccess';
export { staffOrAdmin } from '@cms/access/staffOrAdmin';
export { createUsers, deleteUsers, readUsers, setRole, updateUsers } from '@cms/access/users';
