import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { householdInput, ROW_RESULT } from '../../test-support/fixtures.js';
import { liveClient, type LiveClient, type LiveSubscription } from '../../test-support/live.js';

const SUB = `subscription($ledger: String!, $clientId: String!) { presence(ledger: $ledger, clientId: $clientId) {
  ledger total users { displayName townshipCode townshipName rowId since editingSince } } }`;
const SET = `mutation($ledger: String!, $clientId: String!, $rowId: ID) { setPresenceEditing(ledger: $ledger, clientId: $clientId, rowId: $rowId) }`;
const YANGHE = '640121100';

let s: TestServer;
const clients: LiveClient[] = [];
beforeAll(async () => {
  s = await startTestServer();
});
// Each test starts with nobody present: the previous test's connections are closed.
afterEach(async () => {
  for (const c of clients.splice(0)) await c.dispose().catch(() => undefined);
});
afterAll(async () => {
  await s?.stop();
});

async function login(username: string): Promise<string> {
  const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: TEST_PASSWORD });
  return res.data.login.token as string;
}

function connect(token: string): LiveClient {
  const c = liveClient(s.url, { authorization: `Bearer ${token}` });
  clients.push(c);
  return c;
}

async function displayName(token: string): Promise<string> {
  return (await s.withToken(token)(`query { me { displayName } }`)).data.me.displayName as string;
}

/** Reads lists until one satisfies the condition (the first lists may predate the change). */
async function until(sub: LiveSubscription, ok: (list: any) => boolean): Promise<any> {
  for (;;) {
    const r = await sub.next();
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    if (ok(r.data.presence)) return r.data.presence;
  }
}

describe(`presence on ${TEST_DB_KIND}`, () => {
  it('lists who else has the ledger open, the row each edits, and clears on stop and on disconnect', async () => {
    const created = await s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`,
      { input: [householdInput({ regionCode: '640121100200' })] });
    const h = created.data.createHouseholds[0].household as { id: string };
    const ledger = `households:${YANGHE}`;
    const aToken = await login('yanghe');
    const bToken = await login('county');
    const aName = await displayName(aToken);
    const a = connect(aToken);
    const b = connect(bToken);

    const bSub = b.subscribe(SUB, { ledger, clientId: 'client-b-0001' });
    expect(await until(bSub, (l) => l.total === 0)).toMatchObject({ ledger, users: [] });
    const aSub = a.subscribe(SUB, { ledger, clientId: 'client-a-0001' });
    const seen = await until(bSub, (l) => l.total === 1);
    expect(seen.users[0]).toMatchObject({ displayName: aName, townshipCode: YANGHE, townshipName: '杨和镇', rowId: null, editingSince: null });
    // A sees B (a county user): the county's name, no township.
    expect((await until(aSub, (l) => l.total === 1)).users[0]).toMatchObject({ townshipCode: null, townshipName: '永宁县' });

    expect((await s.withToken(aToken)(SET, { ledger, clientId: 'client-a-0001', rowId: h.id })).data.setPresenceEditing).toBe(true);
    const editing = await until(bSub, (l) => l.users[0]?.rowId !== null);
    expect(editing.users[0]).toMatchObject({ displayName: aName, rowId: h.id });
    expect(editing.users[0].editingSince).toBeTruthy();
    // Leaving the cell clears the row.
    await s.withToken(aToken)(SET, { ledger, clientId: 'client-a-0001', rowId: null });
    expect((await until(bSub, (l) => l.users[0]?.rowId === null)).total).toBe(1);

    // Stopping the subscription takes A away; so does closing the connection.
    aSub.stop();
    expect((await until(bSub, (l) => l.total === 0)).users).toEqual([]);
    const a2 = connect(aToken);
    a2.subscribe(SUB, { ledger, clientId: 'client-a-0002' });
    await until(bSub, (l) => l.total === 1);
    await a2.dispose();
    expect((await until(bSub, (l) => l.total === 0)).users).toEqual([]);
    // A's editing state needs its open ledger: without it, NOT_FOUND.
    const gone = await s.withToken(aToken)(SET, { ledger, clientId: 'client-a-0002', rowId: h.id });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('takes away a user whose session ended: its connection is closed (4401) and the others see it leave', async () => {
    const ledger = `households:${YANGHE}`;
    const aToken = await login('yanghe');
    const a = connect(aToken);
    const aSub = a.subscribe(SUB, { ledger, clientId: 'client-a-0003' });
    await until(aSub, (l) => l.total === 0);
    const b = connect(await login('county'));
    const bSub = b.subscribe(SUB, { ledger, clientId: 'client-b-0003' });
    await until(bSub, (l) => l.total === 1);
    expect((await s.withToken(aToken)(`mutation { logout }`)).data.logout).toBe(true);
    // The next list A would be sent (here: a third user arrives) finds its session ended: the socket closes.
    const c = connect(await login('county'));
    c.subscribe(SUB, { ledger, clientId: 'client-c-0003' });
    expect(await a.closed).toBe(4401);
    const after = await until(bSub, (l) => l.total === 1);
    expect(after.users[0].townshipName).toBe('永宁县');
  });

  it('keeps to scope: another township\'s ledger is FORBIDDEN, a foreign row NOT_FOUND, rows outside the opened region hidden', async () => {
    const created = await s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`,
      { input: [householdInput({ regionCode: '640121101200' })] });
    const lijunRow = created.data.createHouseholds[0].household.id as string;
    const lijun = connect(await login('lijun'));
    const refused = await lijun.subscribe(SUB, { ledger: `households:${YANGHE}`, clientId: 'client-l-0001' }).next();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const county = connect(await login('county'));
    const wide = county.subscribe(SUB, { ledger: 'households:640121', clientId: 'client-c-0001' });
    await until(wide, (l) => l.total === 0);

    // A clerk of 杨和镇 on its own ledger: the county user who opened the whole county sees the clerk (regions overlap).
    const yToken = await login('yanghe');
    const y = connect(yToken);
    const ySub = y.subscribe(SUB, { ledger: `households:${YANGHE}`, clientId: 'client-y-0001' });
    await until(wide, (l) => l.total === 1);
    // The clerk cannot mark a 李俊镇 household as its row (not visible to it).
    const foreign = await s.withToken(yToken)(SET, { ledger: `households:${YANGHE}`, clientId: 'client-y-0001', rowId: lijunRow });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // The county user edits the 李俊镇 row in the county ledger: the 杨和镇 clerk sees the county user, but not that row.
    const cToken = await login('county');
    const c2 = connect(cToken);
    c2.subscribe(SUB, { ledger: 'households:640121', clientId: 'client-c-0002' });
    await until(ySub, (l) => l.total === 2);
    await s.withToken(cToken)(SET, { ledger: 'households:640121', clientId: 'client-c-0002', rowId: lijunRow });
    const wideSeen = await until(wide, (l) => l.users.some((u: any) => u.rowId === lijunRow));
    expect(wideSeen.total).toBe(2);
    // The clerk's next list (sent when something it may see changes) never carries the foreign row.
    await s.withToken(yToken)(SET, { ledger: `households:${YANGHE}`, clientId: 'client-y-0001', rowId: null });
    ySub.stop();
    const again = y.subscribe(SUB, { ledger: `households:${YANGHE}`, clientId: 'client-y-0002' });
    const list = await until(again, (l) => l.total === 2);
    expect(list.users.map((u: any) => u.rowId)).toEqual([null, null]);
    expect(list.users.map((u: any) => u.editingSince)).toEqual([null, null]);
  });

  it('answers bad keys, client ids and row ids with codes, and limits editing reports', async () => {
    const token = await login('wangyuan');
    const c = connect(token);
    for (const [ledger, code] of [['nonsense', 'BAD_USER_INPUT'], ['households:123', 'BAD_USER_INPUT'], ['monthly:2026-13:640121102', 'BAD_USER_INPUT'], [`households:${'1'.repeat(80)}`, 'TOO_LONG']] as const) {
      const r = await c.subscribe(SUB, { ledger, clientId: 'client-w-0001' }).next();
      expect(r.errors?.[0].extensions?.code, ledger).toBe(code);
    }
    expect((await c.subscribe(SUB, { ledger: 'households:640121102', clientId: 'x' }).next()).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const call = s.withToken(token);
    expect((await call(SET, { ledger: 'households:640121102', clientId: 'client-w-0001', rowId: 'abc' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const sub = c.subscribe(SUB, { ledger: 'monthly:2026-11:640121102', clientId: 'client-w-0001' });
    await until(sub, () => true);
    const codes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await call(SET, { ledger: 'monthly:2026-11:640121102', clientId: 'client-w-0001', rowId: null });
      codes.push(r.errors ? String(r.errors[0].extensions?.code) : 'ok');
    }
    expect(codes.slice(0, 30).every((x) => x === 'ok')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});
