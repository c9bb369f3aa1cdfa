import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Tracks an HTTP server's connections and their requests in flight, so a stop can refuse new connections, let every
 * running request (a long streamed export too) finish, close each keep-alive connection as soon as it is idle, and
 * cut what is still running after a timeout.
 */
export function gracefulStopper(server: Server): { inFlight(): number; stop(timeoutMs: number): Promise<boolean> } {
  const inFlight = new Map<Socket, number>();
  let stopping = false;
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (req, res) => {
    inFlight.set(req.socket, (inFlight.get(req.socket) ?? 0) + 1);
    if (stopping) res.setHeader('connection', 'close');
    res.once('close', () => {
      const left = (inFlight.get(req.socket) ?? 1) - 1;
      inFlight.set(req.socket, left);
      if (stopping && left === 0) req.socket.end();
    });
  });
  return {
    inFlight: () => [...inFlight.values()].reduce((a, b) => a + b, 0),
    async stop(timeoutMs) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const [socket, n] of inFlight) if (n === 0) socket.end();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const graceful = await Promise.race([closed.then(() => true), timedOut]);
      clearTimeout(timer);
      if (!graceful) {
        for (const socket of inFlight.keys()) socket.destroy();
        await closed;
      }
      return graceful;
    },
  };
}
