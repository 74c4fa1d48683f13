/**
 * Ports for the servers tests start. None is fixed: a fixed port fails the whole run when
 * anything else on the machine holds it (another checkout's tests, a dev server), so each
 * server gets a port the system says is free, unless the environment names one.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** A port that is free now (the system's choice), for a server this process starts next. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('No port was given.'))));
    });
  });
}

const PROBE = "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";

/**
 * The port named by `process.env[name]`; without one, a free port, written back to
 * `process.env[name]` so that every process started from this one (Playwright's workers,
 * which load the config again) gets the same. For config files, which cannot wait.
 */
export function sharedPort(name: string): number {
  const given = process.env[name];
  if (given) {
    const port = Number(given);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`${name} must be a port number (got ${JSON.stringify(given)}).`);
    return port;
  }
  const port = Number(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' }));
  process.env[name] = String(port);
  return port;
}

/** The port named by `process.env[name]`, or a free one. */
export async function portFor(name: string): Promise<number> {
  return process.env[name] ? sharedPort(name) : freePort();
}
