import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities';
import type { PayloadRequest } from 'payload';
import { councilsWhere, isPlatformAdmin } from '@cms/access/roles';

/**
 * The council a new document goes into when the writer doesn't say: the council chosen in
 * the admin's council selector (if they may write there), else their own council when they
 * have just one, else, on a platform that runs one council, that council. So a
 * single-council installation never asks. Otherwise the field is left empty and the editor
 * is asked to choose.
 */
export async function defaultCouncil({ req }: { req: PayloadRequest }): Promise<number | string | null> {
  const user = req.user;
  const mine = councilsWhere(user);
  const fromCookie = getTenantFromCookie(req.headers, req.payload.db.defaultIDType === 'number' ? 'number' : 'text');
  if (fromCookie !== null && (isPlatformAdmin(user) || mine.some((id) => String(id) === String(fromCookie)))) return fromCookie;
  if (mine.length === 1) return mine[0]!;
  if (mine.length > 1) return null;
  const { docs, totalDocs } = await req.payload.find({ collection: 'authorities', limit: 1, depth: 0, overrideAccess: true, req });
  return totalDocs === 1 ? docs[0]!.id : null;
}
