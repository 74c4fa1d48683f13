import type { Payload } from 'payload';
import type { Spotlight } from '@cms/payload-types';
import { createTestDatabase, type TestDatabase } from '@tests/helpers/testDatabase';

export type TestCms = { db: TestDatabase; payload: Payload; stop: () => Promise<void> };

/**
 * Payload on a throwaway database with the committed migrations applied: what every
 * integration suite starts from. `stop()` closes the connections and drops the database.
 */
export async function startTestCms(): Promise<TestCms> {
  const db = await createTestDatabase();
  const { closePayload, migrateDatabase, openPayload } = await import('@cms/lib/payload');
  const payload = await openPayload();
  await migrateDatabase(payload);
  return {
    db,
    payload,
    stop: async () => {
      await closePayload(payload);
      await db.drop();
    },
  };
}

/** A one-paragraph Lexical document, as the admin's rich-text editor saves it (every rich-text field's type). */
export function lexical(text: string): Spotlight['body'] {
  return {
    root: {
      type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
      children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0,
        children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }],
    },
  };
}
