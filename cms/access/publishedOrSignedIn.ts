import type { Access } from 'payload';

/**
 * Anonymous readers (and so the public site's export) see published documents only;
 * signed-in users see drafts too. Returning a `Where` lets the database do the filtering,
 * so a draft can't leak through `find`, `findByID`, counts or GraphQL.
 */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true;
  return { _status: { equals: 'published' } };
};
