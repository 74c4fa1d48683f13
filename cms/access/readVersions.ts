import type { Access } from 'payload';

/**
 * Who may read a collection's versions (`access.readVersions`). Versions hold every draft
 * and the review talk on it (comments, history, co-authors), so they are for exactly the
 * people who may read the collection's drafts. Every versioned collection declares its
 * rule (`withCoWriting` refuses one that doesn't): Payload's default lets anyone signed in
 * read every version of every document.
 *
 * This one goes with `publishedOrSignedIn`: anyone signed in reads the drafts, and so the
 * versions; on a council's collections the multi-tenant plugin adds "of your councils
 * only" (`version.council`), as it does to their drafts. Nobody signed out reads a version.
 */
export const signedInVersions: Access = ({ req: { user } }) => Boolean(user);
