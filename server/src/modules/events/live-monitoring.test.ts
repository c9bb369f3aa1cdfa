import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { china, createHousehold, GOOD, saveOk } from '../../test-support/monitoring.js';
import { liveClient, type LiveClient } from '../../test-support/live.js';

const SUB = `subscription($m: String!, $r: String) { monthlyChecksChanged(month: $m, regionCode: $r) { eventId id householdId month version actor deleted fields { field value } } }`;

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
const clients: LiveClient[] = [];
beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
});
afterAll(async () => {
  for (const c of clients) await c.dispose().catch(() => undefined);
  await s?.stop();
});

async function subscribe(username: string, variables: Record<string, unknown>) {
  const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: TEST_PASSWORD });
  const c = liveClient(s.url, { authorization: `Bearer ${res.data.login.token}` });
  clients.push(c);
  return c.subscribe(SUB, variables);
}

describe(`monthlyChecksChanged on ${TEST_DB_KIND}`, () => {
  it('sends a saved check of the month to subscribers of its region, as the grid shows it, and nothing of other months or townships', async () => {
    const yanghe = await createHousehold(s.gql, { regionCode: '640121100200' });
    const lijun = await createHousehold(s.gql, { regionCode: '640121101200' });
    const base = s.app.bus.listenerCount;
    const june = await subscribe('yanghe', { m: '2026-06' });
    const lijunJune = await subscribe('lijun', { m: '2026-06' });
    const county = await subscribe('county', { m: '2026-06', r: '640121101' });
    await vi.waitFor(() => expect(s.app.bus.listenerCount).toBe(base + 3), { timeout: 10_000, interval: 10 });

    await saveOk(s.gql, { householdId: yanghe.id, month: '2026-05', visitDate: '2026-05-20', ...GOOD });
    const row = await saveOk(s.gql, { householdId: yanghe.id, month: '2026-06', visitDate: '2026-06-10', ...GOOD });
    const created = (await june.next()).data.monthlyChecksChanged;
    expect(created).toMatchObject({ id: row.checkId, householdId: yanghe.id, month: '2026-06', version: row.version, actor: 'county', deleted: false });
    expect(created.fields).toEqual(expect.arrayContaining([{ field: 'visitDate', value: '2026-06-10' }, { field: 'incomeWages', value: '6000' }]));

    const again = await saveOk(s.gql, { householdId: yanghe.id, month: '2026-06', version: row.version, remarks: '复核' });
    const changed = (await june.next()).data.monthlyChecksChanged;
    expect(changed).toMatchObject({ id: row.checkId, version: again.version });
    expect(changed.fields).toEqual([{ field: 'remarks', value: '复核' }]);

    const other = await saveOk(s.gql, { householdId: lijun.id, month: '2026-06', visitDate: '2026-06-11', ...GOOD });
    // lijun's first event, and the county subscriber's (region 李俊镇), are the 李俊镇 check: the 杨和镇 ones never reached them.
    expect((await lijunJune.next()).data.monthlyChecksChanged.id).toBe(other.checkId);
    expect((await county.next()).data.monthlyChecksChanged.id).toBe(other.checkId);
  });

  it('sends a referral opened by a check below the line and its withdrawal, to subscribers of its region only', async () => {
    const REF = `subscription($r: String) { referralsChanged(regionCode: $r) { id householdId state actor fields { field value } } }`;
    const h = await createHousehold(s.gql, { regionCode: '640121100200' });
    const base = s.app.bus.listenerCount;
    const login = async (u: string) => (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token;
    const yanghe = liveClient(s.url, { authorization: `Bearer ${await login('yanghe')}` });
    const lijunOnly = liveClient(s.url, { authorization: `Bearer ${await login('county')}` });
    clients.push(yanghe, lijunOnly);
    const refs = yanghe.subscribe(REF, {});
    const other = lijunOnly.subscribe(REF, { r: '640121101' });
    await vi.waitFor(() => expect(s.app.bus.listenerCount).toBe(base + 2), { timeout: 10_000, interval: 10 });

    const ZERO = { incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 };
    const row = await saveOk(s.gql, { householdId: h.id, month: '2026-06', visitDate: '2026-06-03', visitor: '李建国', incomeWages: 1000, ...ZERO });
    expect(row.atRisk).toBe(true);
    const opened = (await refs.next()).data.referralsChanged;
    expect(opened).toMatchObject({ householdId: h.id, state: 'OPEN', actor: 'county' });
    await saveOk(s.gql, { householdId: h.id, month: '2026-06', version: row.version, incomeWages: 10000 });
    const withdrawn = (await refs.next()).data.referralsChanged;
    expect(withdrawn).toMatchObject({ id: opened.id, state: 'WITHDRAWN', fields: [{ field: 'state', value: 'WITHDRAWN' }] });

    // The county subscriber asked for 李俊镇 only: its first event is a 李俊镇 referral.
    const lj = await createHousehold(s.gql, { regionCode: '640121101200' });
    await saveOk(s.gql, { householdId: lj.id, month: '2026-06', visitDate: '2026-06-04', visitor: '李建国', incomeWages: 1000, ...ZERO });
    expect((await other.next()).data.referralsChanged).toMatchObject({ householdId: lj.id, state: 'OPEN' });
  });

  it('refuses a malformed month with a coded error', async () => {
    const bad = await (await subscribe('county', { m: '2026-13' })).next();
    expect(bad.errors?.[0].extensions?.code).toBe('INVALID_VALUE');
  });
});
