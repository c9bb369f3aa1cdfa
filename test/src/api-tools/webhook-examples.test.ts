// docs/webhooks.md, run as printed: the Node.js receiver of the guide, started as a process on a free port, is
// registered by the administrator of the production build; a change made by a clerk reaches it signed and verified,
// a forged request is refused, and the Python check accepts a real signature and refuses a wrong one.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gql, loginHeaders, repoRoot, startBuiltServer, type RunningServer } from '../server-process.js';

const guide = readFileSync(join(repoRoot, 'docs', 'webhooks.md'), 'utf8');

function example(name: string): string {
  const blocks = [...guide.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.filter((b) => b.startsWith(`// example: ${name}\n`) || b.startsWith(`# example: ${name}\n`));
  if (found.length !== 1) throw new Error(`docs/webhooks.md: ${found.length} blocks marked "example: ${name}"`);
  return found[0]!;
}

const freePort = () => new Promise<number>((res) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => res(port));
  });
});

const SECRET = 'docs-example-secret-0123456789';
let srv: RunningServer;
let receiver: ChildProcess;
let out = '';
let port = 0;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(repoRoot, 'test', '.tmp-webhook-'));
  writeFileSync(join(dir, 'receiver.mjs'), example('webhook receiver (Node.js ≥ 18)'));
  port = await freePort();
  receiver = spawn(process.execPath, [join(dir, 'receiver.mjs')], { env: { ...process.env, PORT: String(port), DOUDI_WEBHOOK_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'pipe'] });
  receiver.stdout!.on('data', (d) => (out += d));
  srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '20', DOUDI_WEBHOOK_POLL_MS: '100' });
});
afterAll(async () => {
  receiver?.kill();
  await srv?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('docs/webhooks.md examples, against the built server', () => {
  it('the Node.js receiver verifies a real delivery and refuses a forged one', async () => {
    const admin = await loginHeaders(srv.url, 'admin');
    const made = await gql(srv.url, 'mutation($input: WebhookEndpointCreateInput!) { createWebhookEndpoint(input: $input) { id } }',
      { input: { url: `http://127.0.0.1:${port}/doudi`, secret: SECRET, eventTypes: ['HOUSEHOLD'] } }, admin);
    expect(made.errors).toBeUndefined();
    const county = await loginHeaders(srv.url, 'county');
    const list = await gql(srv.url, '{ households(first: 1) { edges { node { id version } } } }', undefined, county);
    const h = list.data.households.edges[0].node;
    const upd = await gql(srv.url, 'mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ok } }',
      { input: [{ id: h.id, version: h.version, remarks: '文档示例' }] }, county);
    expect(upd.data.updateHouseholds[0].ok).toBe(true);
    await vi.waitFor(() => expect(out).toContain(`household.updated ${h.id} remarks`), { timeout: 20_000, interval: 100 });
    const log = await gql(srv.url, 'query($id: ID!) { webhookDeliveries(endpointId: $id) { edges { node { status lastStatusCode } } } }', { id: made.data.createWebhookEndpoint.id }, admin);
    expect(log.data.webhookDeliveries.edges[0].node).toEqual({ status: 'DELIVERED', lastStatusCode: 204 });

    const body = JSON.stringify({ id: 'forged', type: 'household.updated', data: {} });
    const ts = String(Math.floor(Date.now() / 1000));
    const forged = await fetch(`http://127.0.0.1:${port}/doudi`, { method: 'POST', body, headers: { 'x-doudi-timestamp': ts, 'x-doudi-signature': `sha256=${createHmac('sha256', 'wrong-secret').update(`${ts}.${body}`).digest('hex')}` } });
    expect(forged.status).toBe(401);
    const stale = String(Math.floor(Date.now() / 1000) - 3600);
    const old = await fetch(`http://127.0.0.1:${port}/doudi`, { method: 'POST', body, headers: { 'x-doudi-timestamp': stale, 'x-doudi-signature': `sha256=${createHmac('sha256', SECRET).update(`${stale}.${body}`).digest('hex')}` } });
    expect(old.status).toBe(401);
  });

  it('the Python check accepts the signature the server computes and refuses a wrong secret', async () => {
    const py = example('verify a Doudi webhook (Python 3)');
    const body = '{"id":"e1","type":"household.updated"}';
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`;
    const run = (secret: string) => new Promise<string>((res, rej) => {
      const p = spawn('python3', ['-c', `${py}\nimport sys\nprint(verify(${JSON.stringify(secret)}, {"X-Doudi-Timestamp": ${JSON.stringify(ts)}, "X-Doudi-Signature": ${JSON.stringify(sig)}}, ${JSON.stringify(body)}.encode()))`]);
      let o = '';
      p.stdout.on('data', (d) => (o += d));
      p.on('error', rej);
      p.on('close', () => res(o.trim()));
    });
    expect(await run(SECRET)).toBe('True');
    expect(await run('another-secret-0123456789')).toBe('False');
  });
});
