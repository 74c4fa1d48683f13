/**
 * The servers the browser tests start take ports the system says are free, so a run never
 * fails because something else on the machine holds a port (another checkout's tests: CI
 * run A of issue 19's proof failed with `EADDRINUSE 127.0.0.1:4390` while another run served
 * its test site there).
 */
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { e2ePort } from '../helpers/e2e';
import { freePort, portFor, sharedPort } from '../helpers/ports';

const listen = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

const saved = { E2E_PORT: process.env.E2E_PORT, ADMIN_E2E_PORT: process.env.ADMIN_E2E_PORT };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('ports for test servers', () => {
  it('the test site does not take the port another run is already serving on', async () => {
    delete process.env.E2E_PORT;
    // The port the test site always used to take, held as another run would hold it.
    let held: Server | undefined;
    try {
      held = await listen(4390);
    } catch {
      // Something on this machine holds it already: the point stands.
    }
    try {
      const port = e2ePort();
      expect(port).not.toBe(4390);
      const server = await listen(port);
      await close(server);
    } finally {
      if (held) await close(held);
    }
  });

  it('a port chosen for the run is the same for every process started from it (Playwright’s workers)', () => {
    delete process.env.E2E_PORT;
    const port = sharedPort('E2E_PORT');
    expect(process.env.E2E_PORT).toBe(String(port));
    expect(e2ePort()).toBe(port);
  });

  it('a port named in the environment is used, and a bad one is refused by name', async () => {
    process.env.ADMIN_E2E_PORT = '3999';
    expect(await portFor('ADMIN_E2E_PORT')).toBe(3999);
    process.env.ADMIN_E2E_PORT = 'eighty';
    await expect(portFor('ADMIN_E2E_PORT')).rejects.toThrow('ADMIN_E2E_PORT must be a port number (got "eighty").');
  });

  it('a free port is one a server can listen on', async () => {
    const server = await listen(await freePort());
    await close(server);
  });
});
