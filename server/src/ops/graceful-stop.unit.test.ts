import { describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gracefulStopper } from './graceful-stop.js';

/** A real HTTP server whose /slow answer streams until `finish()` is called; /fast answers at once. */
async function serve() {
  let finish: () => void = () => undefined;
  const server = http.createServer((req, res) => {
    if (req.url === '/fast') return void res.end('fast');
    res.write('part 1;');
    finish = () => res.end('part 2');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, finish: () => finish() };
}

/** GET on a new connection: the body, or the error's code. */
function get(url: string, agent: http.Agent | false = false): Promise<string> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
      res.on('error', (e) => resolve(`error ${(e as NodeJS.ErrnoException).code ?? e.message}`));
      res.on('aborted', () => resolve(`aborted after "${body}"`));
    });
    req.on('error', (e) => resolve(`error ${(e as NodeJS.ErrnoException).code ?? e.message}`));
  });
}

describe('graceful stop', () => {
  it('refuses new connections, lets a running answer finish, closes idle keep-alive connections', async () => {
    const { server, url, finish } = await serve();
    const drain = gracefulStopper(server);
    const keepAlive = new http.Agent({ keepAlive: true });
    expect(await get(`${url}/fast`, keepAlive)).toBe('fast'); // leaves an idle keep-alive connection
    const slow = get(`${url}/slow`);
    while (drain.inFlight() < 1) await new Promise((r) => setTimeout(r, 5));

    const stopped = drain.stop(60_000);
    expect(await get(`${url}/fast`)).toBe('error ECONNREFUSED');
    finish();
    expect(await slow).toBe('part 1;part 2');
    expect(await stopped).toBe(true);
    keepAlive.destroy();
  });

  it('cuts what still runs at the timeout', async () => {
    const { server, url } = await serve();
    const drain = gracefulStopper(server);
    const slow = get(`${url}/slow`);
    while (drain.inFlight() < 1) await new Promise((r) => setTimeout(r, 5));
    expect(await drain.stop(50)).toBe(false);
    expect(await slow).toMatch(/^(aborted|error)/);
  });
});
