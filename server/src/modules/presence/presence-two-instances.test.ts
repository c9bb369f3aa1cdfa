import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { householdInput, ROW_RESULT } from '../../test-support/fixtures.js';
import { liveClient, type LiveClient, type LiveSubscription } from '../../test-support/live.js';
import { startApp, type App } from '../../app.js';
import { requireRedisOrSkip, TEST_REDIS as REDIS } from '../../test-support/redis.js';

// Redis on 127.0.0.1:6379 (or DOUDI_TEST_REDIS); without one the suite is skipped, unless DOUDI_REQUIRE_REDIS=1.
const haveRedis = await requireRedisOrSkip();

const SUB = `subscription($ledger: String!, $clientId: String!) { presence(ledger: $ledger, clientId: $clientId) { total users { displayName townshipName rowId } } }`;
const SET = `mutation($ledger: String!, $clientId: String!, $rowId: ID) { setPresenceEditing(ledger: $ledger, clientId: $clientId, rowId: $rowId) }`;
const LEDGER = 'households:640121100';

async function until(sub: LiveSubscription, ok: (list: any) => boolean): Promise<any> {
  for (;;) {
    const r = await sub.next();
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    if (ok(r.data.presence)) return r.data.presence;
  }
}

describe.skipIf(!haveRedis)(`presence shared by two instances on one ${TEST_DB_KIND} database with Redis`, () => {
  let a: TestServer;
  let b: App;
  let bUrl: string;
  const clients: LiveClient[] = [];
  // A channel of this run only (presence keys live under it); a short TTL so a crashed instance's entry expires soon.
  const channel = `doudi:test:${randomUUID()}`;
  const events = { redisUrl: REDIS, redisChannel: channel, presenceTtlMs: 3000 };
  const redis = new Redis(REDIS, { lazyConnect: true });
  beforeAll(async () => {
    a = await startTestServer({ events });
    b = await startApp({ ...a.config, port: 0 }, { log: () => undefined, host: '127.0.0.1' });
    bUrl = b.url.replace('localhost', '127.0.0.1');
    await redis.connect();
  });
  // Each test starts with nobody present.
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.dispose().catch(() => undefined);
  });
  afterAll(async () => {
    redis.disconnect();
    await b?.close();
    await a?.stop();
  });

  const login = async (u: string) =>
    (await a.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token as string;
  const onB = (token: string, query: string, variables: Record<string, unknown>) => fetch(`${bUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  }).then((r) => r.json() as Promise<any>);

  it('shows a clerk on instance A to a subscriber on instance B, with the row it edits, and clears it when A\'s client disconnects', async () => {
    const created = await a.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`,
      { input: [householdInput({ regionCode: '640121100200' })] });
    const h = created.data.createHouseholds[0].household as { id: string };
    const watcher = liveClient(bUrl, { authorization: `Bearer ${await login('county')}` });
    clients.push(watcher);
    const onBSub = watcher.subscribe(SUB, { ledger: LEDGER, clientId: 'watcher-0001' });
    await until(onBSub, (l) => l.total === 0);

    const clerkToken = await login('yanghe');
    const clerk = liveClient(a.url, { authorization: `Bearer ${clerkToken}` });
    clients.push(clerk);
    clerk.subscribe(SUB, { ledger: LEDGER, clientId: 'clerk-a-0001' });
    expect((await until(onBSub, (l) => l.total === 1)).users[0]).toMatchObject({ townshipName: '杨和镇', rowId: null });

    // Its editing state reported to A reaches B …
    expect((await a.withToken(clerkToken)(SET, { ledger: LEDGER, clientId: 'clerk-a-0001', rowId: h.id })).data.setPresenceEditing).toBe(true);
    await until(onBSub, (l) => l.users[0]?.rowId === h.id);
    // … and reported to B (the socket on A, the request on B) too: A's own copy follows, so its heartbeat keeps it.
    expect((await onB(clerkToken, SET, { ledger: LEDGER, clientId: 'clerk-a-0001', rowId: null })).data.setPresenceEditing).toBe(true);
    await until(onBSub, (l) => l.total === 1 && l.users[0].rowId === null);
    await vi.waitFor(() => expect(a.app.presence.localEntries('households').map((e) => e.rowId)).toEqual([null]), { timeout: 10_000, interval: 20 });

    await clerk.dispose();
    expect((await until(onBSub, (l) => l.total === 0)).users).toEqual([]);
  });

  it('drops the entries of an instance that stopped without a word once their TTL passes', async () => {
    const watcher = liveClient(bUrl, { authorization: `Bearer ${await login('county')}` });
    clients.push(watcher);
    const sub = watcher.subscribe(SUB, { ledger: LEDGER, clientId: 'watcher-0002' });
    await until(sub, (l) => l.total === 0);
    // What a crashed instance leaves behind: an entry in the bucket's hash that nobody refreshes.
    const now = Date.now();
    const entry = {
      key: 'user:999|crashed-0001|households:640121100', bucket: 'households', userKey: 'user:999', displayName: '已崩溃实例的用户',
      townshipCode: '640121100', townshipName: '杨和镇', regionCode: '640121100', rowId: null, rowRegion: null,
      since: new Date(now).toISOString(), editingSince: null, expiresAt: now + 1000,
    };
    await redis.hset(`${channel}:presence:households`, entry.key, JSON.stringify(entry));
    await redis.publish(`${channel}:presence`, JSON.stringify({ origin: 'crashed', bucket: 'households' }));
    expect((await until(sub, (l) => l.total === 1)).users[0].displayName).toBe('已崩溃实例的用户');
    expect((await until(sub, (l) => l.total === 0)).users).toEqual([]);
    expect(await redis.hexists(`${channel}:presence:households`, entry.key)).toBe(0);
  });
});
