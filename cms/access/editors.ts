import type { Access } from 'payload';
import { hasRole } from '@cms/access/roles';

/**
 * Who may create and edit each kind of document. Young editors write drafts of offers,
 * guides, glossary terms and pledges; publishing is kept from them by `guardPublishing`.
 */

/** Offers, guides, glossary terms and pledges: everyone who writes, young editors included. */
export const coWriters: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff', 'reviewer', 'young-editor');

/** Spotlights and media metadata: staff and reviewers (spotlights are written for other councils). */
export const staffOrReviewer: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff', 'reviewer');
