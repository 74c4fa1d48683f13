/**
 * How the platform's site server lives in production (issue 23, part 5): JSON logs and a
 * graceful stop. No process manager of its own: systemd (or any) starts it, sends SIGTERM to
 * stop it, and restarts it if it dies (README, "Running in production").
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { pino, type Logger } from 'pino';

/** The site server's logger: one JSON line per event on standard output (pino, as Payload logs). */
export function requestLogger(): Logger {
  return pino({ base: { service: 'site', pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Each watched server's open connections, with how many answers each is still sending. */
const watched = new WeakMap<Server, Map<Socket, number>>();

/**
 * Keeps count, from the server's start, of the answers each connection is still sending: an
 * answer is sent once Node has handed its last byte to the system (`finish`), not when the
 * code has finished writing it. `stopGracefully` needs this: Node's own `closeIdleConnections()`
 * counts an answer whose writing ended as done, and cut a download whose last megabytes were
 * still waiting in the server's buffers for a slow reader ("aborted" on the reader's side).
 */
export function watchConnections(server: Server): void {
  const connections = new Map<Socket, number>();
  watched.set(server, connections);
  server.on('connection', (socket: Socket) => {
    connections.set(socket, 0);
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    let counted = true;
    const sent = () => {
      if (!counted) return;
      counted = false;
      const left = (connections.get(socket) ?? 1) - 1;
      if (connections.has(socket)) connections.set(socket, left);
      // While stopping, a connection is closed once it has nothing left to send: gently, so the
      // system still delivers what it holds.
      if (left === 0 && stopping.has(server)) socket.end();
    };
    res.once('finish', sent);
    res.once('close', sent);
  });
}

const stopping = new WeakSet<Server>();

/**
 * Stops `server` the graceful way: it stops listening at once (a new connection is refused),
 * every answer under way is sent to its last byte, each connection is closed as soon as it has
 * nothing left to send (a kept-alive one between requests at once), and the promise resolves
 * when the last is closed. Past `timeoutMs` the connections still open are cut. The server
 * must be watched from its start (`watchConnections`; the platform's servers are).
 */
export function stopGracefully(server: Server, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<void> {
  return new Promise((resolve) => {
    const connections = watched.get(server);
    if (!connections) throw new Error('stopGracefully: the server was not watched from its start (watchConnections), so its answers under way are not known.');
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    timer.unref();
    stopping.add(server);
    const closed = () => {
      clearTimeout(timer);
      resolve();
    };
    // Only the listening socket is closed here: `http.Server.close()` would also run Node's
    // idle check, which cuts an answer still on its way.
    NetServer.prototype.close.call(server, closed);
    for (const [socket, sending] of connections) if (sending === 0) socket.end();
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
