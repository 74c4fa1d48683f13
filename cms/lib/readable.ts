import { Forbidden, type Payload } from 'payload';

/**
 * The documents of a `payload.find` that the person may read. When their access to the
 * collection is a plain no (a platform editor, in no council, asking for a council's
 * offers), Payload refuses the whole query; for a list on their dashboard that means
 * nothing of theirs, not an error page.
 */
export async function readableDocs<T = Record<string, unknown>>(payload: Payload, args: Parameters<Payload['find']>[0]): Promise<T[]> {
  try {
    return (await payload.find(args)).docs as T[];
  } catch (error) {
    if (error instanceof Forbidden) return [];
    throw error;
  }
}
