import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/** Spotlights: staff and reviewers (they are written for other councils' staff). */
export const staffOrReviewer: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff', 'reviewer');
