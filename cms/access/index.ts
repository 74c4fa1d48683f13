export { adminFieldOnly } from '@cms/access/adminFieldOnly';
export { adminOnly } from '@cms/access/adminOnly';
export { adminOrSelf } from '@cms/access/adminOrSelf';
export { anyone } from '@cms/access/anyone';
export { contentEditor } from '@cms/access/contentEditor';
export { publishedOrSignedIn } from '@cms/access/publishedOrSignedIn';
export { hasRole, ROLES, type Role } from '@cms/access/roles';
export { staffOrAdmin } from '@cms/access/staffOrAdmin';
