import type { CollectionBeforeChangeHook } from 'payload';
import type { CoWritten } from '@cms/hooks/coWritten';

/**
 * Publishing publishes what was reviewed. The admin sends the whole form, but an API call
 * that only says `_status: 'published'` would otherwise write just that field onto the
 * old live row, putting stale content live. `originalDoc` here is the latest version
 * (the draft under review), so fill in every field the request left out from it.
 */
export const publishLatestDraft: CollectionBeforeChangeHook<CoWritten> = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc) return data;
  const { id: _id, createdAt: _c, updatedAt: _u, ...latest } = originalDoc;
  return { ...latest, ...data };
};
