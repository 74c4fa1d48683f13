/**
 * How the platform's site server lives in production (issue 23, part 5): JSON logs and a
 * graceful stop. No process manager of its own: systemd (or any) starts it, sends SIGTERM to
 * stop it, and restarts it if it dies (README, "Running in production").
 */
import type { Server } from 'node:http';
import { pino, type Logger } from 'pino';

/** The site server's logger: one JSON line per event on standard output (pino, as Payload logs). */
export function requestLogger(): Logger {
  return pino({ base: { service: 'site', pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
}

/**
 * Stops `server` the graceful way: it stops listening at once (a new connection is refused),
 * every request under way is answered, each connection is closed as soon as it is idle
 * (a kept-alive one between requests at once), and the promise resolves when the last is
 * closed. Past `timeoutMs` the connections still open are cut.
 */
export function stopGracefully(server: Server, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // A connection kept alive after its answer is idle: closed as soon as that answer is out.
    server.on('request', (_req, res) => res.on('finish', () => setImmediate(() => server.closeIdleConnections())));
    server.closeIdleConnections();
  });
}

/**
 * On SIGTERM or SIGINT (once): `stop` runs, then the process exits 0, or 1 if `stop` failed.
 * A second signal while stopping is ignored (the manager's own timeout ends a stop that hangs).
 */
export function exitOnStopSignal(stop: (signal: NodeJS.Signals) => Promise<void>, log: Pick<Logger, 'info' | 'error'>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new connections, finishing the requests under way');
    stop(signal).then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
