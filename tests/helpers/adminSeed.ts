/**
 * Seeds the throwaway database the admin workflow test runs against (run with tsx, in a
 * child process, by `startAdminStack` in adminStack.ts): migrations, the demo content,
 * and one account per person in ADMIN_PEOPLE. DATA_DIR and DATABASE_URL come from the
 * environment the parent sets, before the Payload config is imported.
 */
import path from 'node:path';
import { accountData } from '@tests/helpers/accounts';
import { ADMIN_PEOPLE } from '@tests/helpers/adminPeople';

if (!process.env.DATA_DIR || !process.env.DATABASE_URL?.startsWith('file:')) {
  throw new Error('adminSeed.ts needs DATA_DIR and a SQLite DATABASE_URL (file:…) in its environment.');
}

const { closePayload, migrateDatabase, openPayload } = await import('@cms/lib/payload');
const { importContent } = await import('@cms/seed/importContent');

const payload = await openPayload();
try {
  await migrateDatabase(payload);
  await importContent(payload, path.resolve('content'));
  // Demo Borough: the young editor and the reviewer write for it.
  const council = (await payload.find({ collection: 'authorities', where: { slug: { equals: 'demo-borough' } }, limit: 1, depth: 0 })).docs[0]!.id;
  for (const person of Object.values(ADMIN_PEOPLE)) {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: person.email, password: person.password, name: person.name, ...accountData(person.role, council), credit: person.credit },
    });
    const made = user.platformRole === 'editor' ? 'platform-editor' : (user.platformRole ?? user.councils?.[0]?.role);
    if (made !== person.role) throw new Error(`${person.email} was made ${made}, not ${person.role}.`);
  }
} finally {
  await closePayload(payload);
}
process.exit(0);
