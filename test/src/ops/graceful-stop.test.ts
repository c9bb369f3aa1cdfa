import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { startBuiltServer, loginHeaders, type RunningServer } from '../server-process.js';

// Issue 14, point 8: SIGTERM stops accepting, lets a streamed export in flight finish, closes the pool, exits 0.
let srv: RunningServer;
let county: Record<string, string>;
beforeAll(async () => {
  // Enough rows that the export is far larger than the socket buffers: it cannot finish before we read it.
  srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '20000', DOUDI_SHUTDOWN_TIMEOUT_MS: '120000' });
  county = await loginHeaders(srv.url, 'county');
});
afterAll(async () => {
  await srv?.stop();
});

/** A request on a new connection (never a pooled keep-alive one): resolves with the status or rejects with the error. */
function freshGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}

describe('SIGTERM', () => {
  it('lets a streamed export finish, refuses new connections, exits 0', async () => {
    const res = await fetch(`${srv.url}/api/exports/households.xlsx`, { headers: county });
    expect(res.status).toBe(200);
    const rowCount = Number(res.headers.get('x-doudi-row-count'));
    expect(rowCount).toBe(20000);
    const reader = res.body!.getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    chunks.push(first.value!);

    const exited = new Promise<number | null>((r) => srv.child.once('exit', (code) => r(code)));
    srv.child.kill('SIGTERM');
    // The server logs when it begins to stop; by then it has stopped listening (the same tick).
    while (!/SIGTERM: stopping/.test(srv.output())) await new Promise((r) => setTimeout(r, 20));
    // The export was still being written when the signal came (not already sitting in socket buffers).
    expect(srv.output()).toMatch(/SIGTERM: stopping \(requests in flight: 1;/);
    await expect(freshGet(`${srv.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    // Still running: the export waits for us to read it.
    expect(srv.child.exitCode).toBeNull();

    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    const file = Buffer.concat(chunks);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    // A complete zip ends with its end-of-central-directory record.
    expect(file.subarray(file.length - 22, file.length - 18)).toEqual(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    expect(await exited).toBe(0);
    expect(srv.output()).toMatch(/"msg":"stopped"/);
    expect(srv.output()).not.toMatch(/cut off/);
  });
});
