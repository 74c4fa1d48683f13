/**
 * Seeds the database of a several-admins run (`bench/cluster.ts`, run with tsx in a child
 * process): migrations, the demo content, and one platform admin (CLUSTER_ADMIN_EMAIL,
 * CLUSTER_ADMIN_PASSWORD). Prints the id of the council the runs publish in. DATA_DIR and
 * DATABASE_URL come from the environment the parent sets.
 */
import path from 'node:path';
import { closePayload, migrateDatabase, openPayload } from '@cms/lib/payload';
import { importContent } from '@cms/seed/importContent';
import { COUNCIL, repoRoot } from './cluster';

const { CLUSTER_ADMIN_EMAIL: email, CLUSTER_ADMIN_PASSWORD: password } = process.env;
if (!email || !password) throw new Error('clusterSeed.ts needs CLUSTER_ADMIN_EMAIL and CLUSTER_ADMIN_PASSWORD.');

const payload = await openPayload();
try {
  await migrateDatabase(payload);
  await importContent(payload, path.join(repoRoot, 'content'));
  await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, name: 'Cluster admin', platformRole: 'admin' } });
  const council = (await payload.find({ collection: 'authorities', where: { slug: { equals: COUNCIL } }, limit: 1, depth: 0 })).docs[0];
  if (!council) throw new Error(`No council ${COUNCIL} in the demo content.`);
  console.log(`council id: ${council.id}`);
} finally {
  await closePayload(payload);
}
process.exit(0);
