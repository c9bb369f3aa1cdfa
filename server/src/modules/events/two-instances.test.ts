import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { householdInput, ROW_RESULT } from '../../test-support/fixtures.js';
import { liveClient, type LiveClient } from '../../test-support/live.js';
import { startApp, type App } from '../../app.js';
import { requireRedisOrSkip, TEST_REDIS as REDIS } from '../../test-support/redis.js';

// Redis on 127.0.0.1:6379 (or DOUDI_TEST_REDIS); without one the suite is skipped, unless DOUDI_REQUIRE_REDIS=1.
const haveRedis = await requireRedisOrSkip();

const SUB = `subscription { householdsChanged { id version actor fields { field value } } }`;

describe.skipIf(!haveRedis)(`two instances on one ${TEST_DB_KIND} database with Redis`, () => {
  let a: TestServer;
  let b: App;
  const clients: LiveClient[] = [];
  // A channel of this run only: other test servers may share the Redis.
  const events = { redisUrl: REDIS, redisChannel: `doudi:test:${randomUUID()}` };
  beforeAll(async () => {
    a = await startTestServer({ events });
    b = await startApp({ ...a.config, port: 0 }, { log: () => undefined, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose().catch(() => undefined);
    await b?.close();
    await a?.stop();
  });

  it('delivers an edit made on instance A to a subscriber of instance B, once, scoped and masked there', async () => {
    const login = await a.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'auditor', p: TEST_PASSWORD });
    const c = liveClient(b.url.replace('localhost', '127.0.0.1'), { authorization: `Bearer ${login.data.login.token}` });
    clients.push(c);
    const sub = c.subscribe(SUB);
    await vi.waitFor(() => expect(b.bus.listenerCount).toBe(1), { timeout: 10_000, interval: 10 });

    const created = await a.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`, { input: [householdInput({ phone: '13812345678' })] });
    const h = created.data.createHouseholds[0].household;
    const first = (await sub.next()).data.householdsChanged;
    expect(first).toMatchObject({ id: h.id, version: h.version, actor: 'county' });
    // the auditor has no pii:read: masked on B as a query on B would mask it
    expect(first.fields).toEqual(expect.arrayContaining([{ field: 'phone', value: '138****5678' }]));

    const upd = await a.gql(`mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ${ROW_RESULT} } }`, { input: [{ id: h.id, version: h.version, remarks: '在 A 上修改' }] });
    expect(upd.data.updateHouseholds[0].ok).toBe(true);
    // The next event is the update: the create was delivered once, not twice.
    const second = (await sub.next()).data.householdsChanged;
    expect(second).toMatchObject({ id: h.id, version: upd.data.updateHouseholds[0].household.version, fields: [{ field: 'remarks', value: '在 A 上修改' }] });

    // An edit on B itself reaches its subscriber once (B skips its own events coming back from Redis), then A's next one.
    const county = await a.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: TEST_PASSWORD });
    const onB = await fetch(`${b.url.replace('localhost', '127.0.0.1')}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${county.data.login.token}` },
      body: JSON.stringify({ query: `mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ok household { version } } }`, variables: { input: [{ id: h.id, version: second.version, remarks: '在 B 上修改' }] } }),
    }).then((r) => r.json() as Promise<any>);
    expect(onB.data.updateHouseholds[0].ok).toBe(true);
    const third = (await sub.next()).data.householdsChanged;
    expect(third).toMatchObject({ version: onB.data.updateHouseholds[0].household.version, fields: [{ field: 'remarks', value: '在 B 上修改' }] });
    const again = await a.gql(`mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ok household { version } } }`, { input: [{ id: h.id, version: third.version, remarks: '再在 A 上修改' }] });
    expect(again.data.updateHouseholds[0].ok).toBe(true);
    expect((await sub.next()).data.householdsChanged).toMatchObject({ version: again.data.updateHouseholds[0].household.version, fields: [{ field: 'remarks', value: '再在 A 上修改' }] });
  });
  it('a client resuming on B after a drop is sent the change that was still in transit from A (the catch-up reads a window back)', async () => {
    // A commits first (lower audit id), B just after: B's subscriber hears B's change at once, A's through Redis. A client
    // that dropped right after B's event resumes with B's cursor, past A's change: the window brings it back.
    const county = await a.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: TEST_PASSWORD });
    const onB = (query: string, variables: Record<string, unknown>) => fetch(`${b.url.replace('localhost', '127.0.0.1')}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${county.data.login.token}` },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<any>);
    const CREATE = `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`;
    const fromA = (await a.gql(CREATE, { input: [householdInput()] })).data.createHouseholds[0].household;
    const fromB = (await onB(CREATE, { input: [householdInput()] })).data.createHouseholds[0].household;
    const cursor = (await onB('{ changesCursor }', {})).data.changesCursor;

    const c = liveClient(b.url.replace('localhost', '127.0.0.1'), { authorization: `Bearer ${county.data.login.token}` });
    clients.push(c);
    const base = b.bus.listenerCount;
    const sub = c.subscribe(`subscription($s: String) { householdsChanged(since: $s) { eventId id version } }`, { s: cursor });
    await vi.waitFor(() => expect(b.bus.listenerCount).toBe(base + 1), { timeout: 10_000, interval: 10 });
    // A later change marks the end of what the catch-up sent.
    const last = (await a.gql(CREATE, { input: [householdInput()] })).data.createHouseholds[0].household;
    const seen: string[] = [];
    for (;;) {
      const e = (await sub.next()).data.householdsChanged;
      seen.push(e.id);
      if (e.id === last.id) break;
    }
    expect(seen.slice(0, -1)).toEqual(expect.arrayContaining([fromA.id, fromB.id]));
  });
});
