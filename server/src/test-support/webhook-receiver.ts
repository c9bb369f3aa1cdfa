import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST a receiver got. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
  at: number;
}

/**
 * A real HTTP receiver on 127.0.0.1 and a free port: records every request and answers each path as `answer` says
 * (default 200), optionally after a delay.
 */
export interface Receiver {
  url: string;
  received: Received[];
  /** The most requests in flight at once. */
  maxInFlight: number;
  answer: (path: string, nth: number) => number;
  delayMs: number;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const counts = new Map<string, number>();
  let inFlight = 0;
  const r: Receiver = {
    url: '', received: [], maxInFlight: 0, answer: () => 200, delayMs: 0,
    close: () => new Promise<void>((res) => { server.closeAllConnections(); server.close(() => res()); }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      inFlight += 1;
      r.maxInFlight = Math.max(r.maxInFlight, inFlight);
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const nth = (counts.get(path) ?? 0) + 1;
      counts.set(path, nth);
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // recorded as text
      }
      r.received.push({ path, headers: req.headers, body, json, at: Date.now() });
      const status = r.answer(path, nth);
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : `nope ${'x'.repeat(1000)}`);
      }, r.delayMs);
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return r;
}
