import { describe, expect, it, vi } from 'vitest';
import { MutableClock, TEST_DB_KIND } from '../../test-support/harness.js';
import { china, createHousehold, GOOD, saveOk } from '../../test-support/monitoring.js';
import { liveSuite } from '../../test-support/live-suite.js';

const SUB = `subscription($m: String!, $r: String) { monthlyChecksChanged(month: $m, regionCode: $r) { eventId id householdId month version actor deleted fields { field value } } }`;

const clock = new MutableClock(china('2026-06-15T10:00:00'));
const live = liveSuite({ clock, auth: { sessionHours: 24 * 365 * 20 } });
const subscribe = (username: string, variables: Record<string, unknown>) => live.subscribe(username, SUB, variables);

describe(`monthlyChecksChanged on ${TEST_DB_KIND}`, () => {
  it('sends a saved check of the month to subscribers of its region, as the grid shows it, and nothing of other months or townships', async () => {
    const yanghe = await createHousehold(live.s.gql, { regionCode: '640121100200' });
    const lijun = await createHousehold(live.s.gql, { regionCode: '640121101200' });
    const base = live.s.app.bus.listenerCount;
    const june = await subscribe('yanghe', { m: '2026-06' });
    const lijunJune = await subscribe('lijun', { m: '2026-06' });
    const county = await subscribe('county', { m: '2026-06', r: '640121101' });
    await vi.waitFor(() => expect(live.s.app.bus.listenerCount).toBe(base + 3), { timeout: 10_000, interval: 10 });

    await saveOk(live.s.gql, { householdId: yanghe.id, month: '2026-05', visitDate: '2026-05-20', ...GOOD });
    const row = await saveOk(live.s.gql, { householdId: yanghe.id, month: '2026-06', visitDate: '2026-06-10', ...GOOD });
    const created = (await june.next()).data.monthlyChecksChanged;
    expect(created).toMatchObject({ id: row.checkId, householdId: yanghe.id, month: '2026-06', version: row.version, actor: 'county', deleted: false });
    expect(created.fields).toEqual(expect.arrayContaining([{ field: 'visitDate', value: '2026-06-10' }, { field: 'incomeWages', value: '6000' }]));

    const again = await saveOk(live.s.gql, { householdId: yanghe.id, month: '2026-06', version: row.version, remarks: '复核' });
    const changed = (await june.next()).data.monthlyChecksChanged;
    expect(changed).toMatchObject({ id: row.checkId, version: again.version });
    expect(changed.fields).toEqual([{ field: 'remarks', value: '复核' }]);

    const other = await saveOk(live.s.gql, { householdId: lijun.id, month: '2026-06', visitDate: '2026-06-11', ...GOOD });
    // lijun's first event, and the county subscriber's (region 李俊镇), are the 李俊镇 check: the 杨和镇 ones never reached them.
    expect((await lijunJune.next()).data.monthlyChecksChanged.id).toBe(other.checkId);
    expect((await county.next()).data.monthlyChecksChanged.id).toBe(other.checkId);
  });

  it('sends a referral opened by a check below the line and its withdrawal, to subscribers of its region only', async () => {
    const REF = `subscription($r: String) { referralsChanged(regionCode: $r) { id householdId state actor fields { field value } } }`;
    const h = await createHousehold(live.s.gql, { regionCode: '640121100200' });
    const base = live.s.app.bus.listenerCount;
    const refs = await live.subscribe('yanghe', REF, {});
    const other = await live.subscribe('county', REF, { r: '640121101' });
    await vi.waitFor(() => expect(live.s.app.bus.listenerCount).toBe(base + 2), { timeout: 10_000, interval: 10 });

    const ZERO = { incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 };
    const row = await saveOk(live.s.gql, { householdId: h.id, month: '2026-06', visitDate: '2026-06-03', visitor: '李建国', incomeWages: 1000, ...ZERO });
    expect(row.atRisk).toBe(true);
    const opened = (await refs.next()).data.referralsChanged;
    expect(opened).toMatchObject({ householdId: h.id, state: 'OPEN', actor: 'county' });
    await saveOk(live.s.gql, { householdId: h.id, month: '2026-06', version: row.version, incomeWages: 10000 });
    const withdrawn = (await refs.next()).data.referralsChanged;
    expect(withdrawn).toMatchObject({ id: opened.id, state: 'WITHDRAWN', fields: [{ field: 'state', value: 'WITHDRAWN' }] });

    // The county subscriber asked for 李俊镇 only: its first event is a 李俊镇 referral.
    const lj = await createHousehold(live.s.gql, { regionCode: '640121101200' });
    await saveOk(live.s.gql, { householdId: lj.id, month: '2026-06', visitDate: '2026-06-04', visitor: '李建国', incomeWages: 1000, ...ZERO });
    expect((await other.next()).data.referralsChanged).toMatchObject({ householdId: lj.id, state: 'OPEN' });
  });

  it('refuses a malformed month with a coded error', async () => {
    const bad = await (await subscribe('county', { m: '2026-13' })).next();
    expect(bad.errors?.[0].extensions?.code).toBe('INVALID_VALUE');
  });
});
