import { Forbidden, type PaginatedDocs } from 'payload';

/**
 * The documents of a `payload.find` that the person may read. When their access to the
 * collection is a plain no (a platform editor, in no council, asking for a council's
 * offers), Payload refuses the whole query; for a list on their dashboard that means
 * nothing of theirs, not an error page. Takes the query itself, so its documents keep
 * the type `payload.find` gives them (the collection's, narrowed to what `select` asks for).
 */
export async function readableDocs<T>(query: Promise<PaginatedDocs<T>>): Promise<T[]> {
  try {
    return (await query).docs;
  } catch (error) {
    if (error instanceof Forbidden) return [];
    throw error;
  }
}
