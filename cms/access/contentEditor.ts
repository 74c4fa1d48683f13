import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/** Anyone who writes content: admin, staff, reviewers and young editors. */
export const contentEditor: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'staff', 'reviewer', 'young-editor');
