import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/**
 * Offers, guides, glossary terms and pledges: everyone who writes, young editors included.
 * Young editors write drafts only; `guardPublishing` keeps publishing from them.
 */
export const coWriters: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff', 'reviewer', 'young-editor');
