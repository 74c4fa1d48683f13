import type { Access, Where } from 'payload';
import { councilsWhere, isPlatformAdmin, isPlatformEditor, type MaybeUser } from '@cms/access/roles';

/**
 * Who sees readers' feedback (issue 22, part 2), as a query the database applies:
 * - platform admins: all of it;
 * - a council's staff: their council's;
 * - platform editors: the national pages' (feedback with no council: the practice library);
 * - a young editor: feedback on the documents they co-write in their council (the document's
 *   co-authors, copied onto the feedback when it arrives), nothing else;
 * - reviewers, translators and everyone signed out: none.
 */
export function feedbackWhere(user: MaybeUser, { youngEditors = true }: { youngEditors?: boolean } = {}): boolean | Where {
  if (!user) return false;
  if (isPlatformAdmin(user)) return true;
  const or: Where[] = [];
  const staff = councilsWhere(user, 'staff');
  if (staff.length) or.push({ council: { in: staff } });
  if (isPlatformEditor(user)) or.push({ council: { exists: false } });
  const young = youngEditors ? councilsWhere(user, 'young-editor') : [];
  if (young.length && user.id !== undefined) or.push({ and: [{ council: { in: young } }, { coAuthors: { contains: user.id } }] });
  return or.length ? { or } : false;
}

/** Reading the queue: as `feedbackWhere`. */
export const readFeedback: Access = ({ req: { user } }) => feedbackWhere(user);

/** Answering it (status, note, pledge): the council's staff, platform editors for national feedback, platform admins. Young editors only read. */
export const answerFeedback: Access = ({ req: { user } }) => feedbackWhere(user, { youngEditors: false });

/** Only the platform's server creates feedback (through the local API); no one through REST or GraphQL. */
export const nobody: Access = () => false;
