import type { Access, Where } from 'payload';
import { councilsWhere, isPlatformEditor } from '@cms/access/roles';
import { NATIONAL_CHANGES } from '@content/model/changeLog';

/**
 * Who reads the change log in the CMS (issue 22, part 4): platform admins and editors, all of
 * it; anyone else signed in, the entries of their own councils and the national ones (which
 * every council's site shows). Nobody signed out: the public reads the log on the sites, which
 * get it through the snapshot export.
 */
export const readChangeLog: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (isPlatformEditor(user)) return true;
  const mine = councilsWhere(user);
  // National by what was changed, not by an empty council: a removed council's entries lose their council, and stay out of sight.
  const national: Where = { changedIn: { in: [...NATIONAL_CHANGES] } };
  return mine.length ? { or: [national, { council: { in: mine } }] } : national;
};

/** Append-only: no one creates, changes or deletes an entry through any API. Only the publishing hook writes one (`cms/hooks/changeLog.ts`). */
export const nobody: Access = () => false;
