import { describe, expect, it } from 'vitest';
import { startTestCms } from '@tests/helpers/testCms';

/**
 * Closing the CMS (scripts, the worker, every test file) must let go of the database
 * before it returns: a database dropped, restored or restarted right after a script ends
 * otherwise makes the server send "terminating connection" to a client that is half-way
 * closed, and Node reports it as an uncaught exception (this failed a CI run).
 *
 * Only PostgreSQL has a pool of network connections; on SQLite the same close is run by
 * every other test file in this folder.
 */
const kind = process.env.TEST_DB || 'sqlite';

type Client = { connection?: { stream?: { destroyed?: boolean } } };

/** The connections node-postgres' pool holds (its `_clients`) under Payload's PostgreSQL adapter. */
function poolClients(db: unknown): Client[] {
  const pool: unknown = db && typeof db === 'object' && 'pool' in db ? db.pool : null;
  if (!pool || typeof pool !== 'object' || !('_clients' in pool) || !Array.isArray(pool._clients)) {
    throw new Error('Payload is not on PostgreSQL through a node-postgres pool.');
  }
  return pool._clients;
}

describe.runIf(kind === 'postgres')('closing the CMS on PostgreSQL', () => {
  it('has closed every connection to the server when closePayload returns', async () => {
    const cms = await startTestCms();
    // Enough reads at once that the pool holds several connections.
    await Promise.all(Array.from({ length: 8 }, () => cms.payload.find({ collection: 'areas', limit: 1 })));
    const clients = [...poolClients(cms.payload.db)];
    expect(clients.length).toBeGreaterThan(1);
    const { closePayload } = await import('@cms/lib/payload');
    await closePayload(cms.payload);
    const open = clients.filter((client) => !client.connection?.stream?.destroyed);
    expect(open.length, 'connections still open when closePayload returned').toBe(0);
    await cms.db.drop();
  });
});
