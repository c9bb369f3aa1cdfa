import { describe, expect, it, vi } from 'vitest';
import { MutableClock, TEST_DB_KIND } from '../../test-support/harness.js';
import { householdInput, makeId, ROW_RESULT } from '../../test-support/fixtures.js';
import { china, createHousehold, saveOk } from '../../test-support/monitoring.js';
import { liveSuite } from '../../test-support/live-suite.js';

// A save that changes nothing keeps the version and raises no event, on every update path besides a household's own
// (subscriptions.test.ts): setting the head, a member's update, a monthly check's save, a referral step, a user's
// update. Each no-op is followed by a real change: the subscriber's next event must be that one.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
const live = liveSuite({ clock, auth: { sessionHours: 24 * 365 * 20 } });
const listening = (n: number) => vi.waitFor(() => expect(live.s.app.bus.listenerCount).toBe(n), { timeout: 10_000, interval: 10 });

const HOUSEHOLDS = `subscription { householdsChanged { id version fields { field value } } }`;
const MEMBERS = `subscription { membersChanged { id version fields { field value } } }`;
const CHECKS = `subscription($m: String!) { monthlyChecksChanged(month: $m) { id version fields { field value } } }`;
const REFERRALS = `subscription { referralsChanged { id state fields { field value } } }`;
const MEMBER_UPDATE = `mutation($input: [MemberUpdateInput!]!) { updateMembers(input: $input) { ok errors { code } member { id version phone } household { version } } }`;
const SET_HEAD = `mutation($h: ID!, $v: Int!, $m: ID!, $r: Relation!) { setHouseholdHead(householdId: $h, version: $v, memberId: $m, formerHeadRelation: $r) { ok errors { field code message } household { version headName members { id version relation } } } }`;
const REF_FIELDS = 'id state owner helper version';
const ASSIGN = `mutation($i: AssignReferralInput!) { assignReferral(input: $i) { ok errors { field code } referral { ${REF_FIELDS} } } }`;

async function family() {
  const res = await live.s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`, {
    input: [householdInput({ regionCode: '640121100200' }, [
      { name: '马文学', idNumber: makeId('19700312'), relation: 'HEAD' },
      { name: '马小兰', idNumber: makeId('20000805', { female: true }), relation: 'DAUGHTER', phone: '13600000001' },
    ])],
  });
  expect(res.data.createHouseholds[0].ok).toBe(true);
  return res.data.createHouseholds[0].household;
}

describe(`no-op saves on ${TEST_DB_KIND}`, () => {
  it('setHouseholdHead to the head it has, and a member saved with its own values, keep every version and raise nothing', async () => {
    const h = await family();
    const [head, daughter] = h.members;
    const base = live.s.app.bus.listenerCount;
    const households = await live.subscribe('yanghe', HOUSEHOLDS);
    const members = await live.subscribe('yanghe', MEMBERS);
    await listening(base + 2);

    const same = (await live.s.gql(SET_HEAD, { h: h.id, v: h.version, m: head.id, r: 'OTHER' })).data.setHouseholdHead;
    expect(same).toMatchObject({ ok: true, household: { version: h.version, headName: '马文学' } });
    expect(same.household.members.find((m: any) => m.id === head.id).version).toBe(head.version);
    const unchanged = (await live.s.gql(MEMBER_UPDATE, { input: [{ id: daughter.id, version: daughter.version, phone: '13600000001' }] })).data.updateMembers[0];
    expect(unchanged).toMatchObject({ ok: true, member: { version: daughter.version }, household: { version: h.version } });

    // The real change that follows is each subscriber's next event.
    const real = (await live.s.gql(MEMBER_UPDATE, { input: [{ id: daughter.id, version: daughter.version, phone: '13600000002' }] })).data.updateMembers[0];
    expect(real.ok).toBe(true);
    expect(real.member.version).toBe(daughter.version + 1);
    expect((await members.next()).data.membersChanged).toMatchObject({ id: daughter.id, version: real.member.version, fields: [{ field: 'phone', value: '13600000002' }] });
    const moved = (await live.s.gql(SET_HEAD, { h: h.id, v: real.household.version, m: daughter.id, r: 'FATHER' })).data.setHouseholdHead;
    expect(moved.errors).toEqual([]);
    expect(moved).toMatchObject({ ok: true, household: { headName: '马小兰' } });
    expect((await households.next()).data.householdsChanged).toMatchObject({ id: h.id, version: moved.household.version });
  });

  it('a monthly check saved with its own values, and a referral assigned to the same owner and helper again, keep their versions and raise nothing', async () => {
    const h = await createHousehold(live.s.gql, { regionCode: '640121100200' });
    const base = live.s.app.bus.listenerCount;
    const checks = await live.subscribe('yanghe', CHECKS, { m: '2026-06' });
    const referrals = await live.subscribe('yanghe', REFERRALS);
    await listening(base + 2);

    const low = { visitor: '李建国', incomeWages: 1000, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 };
    const row = await saveOk(live.s.gql, { householdId: h.id, month: '2026-06', visitDate: '2026-06-10', ...low });
    expect((await checks.next()).data.monthlyChecksChanged).toMatchObject({ id: row.checkId, version: row.version });
    const opened = (await referrals.next()).data.referralsChanged;
    expect(opened).toMatchObject({ state: 'OPEN' });

    const again = await saveOk(live.s.gql, { householdId: h.id, month: '2026-06', version: row.version, visitDate: '2026-06-10', ...low });
    expect(again.version).toBe(row.version);
    const yanghe = await live.s.as('yanghe');
    const assigned = (await yanghe(ASSIGN, { i: { referralId: opened.id, version: 1, owner: 'yanghe', helper: '王建军' } })).data.assignReferral;
    expect(assigned).toMatchObject({ ok: true, referral: { state: 'ASSIGNED', version: 2 } });
    expect((await referrals.next()).data.referralsChanged).toMatchObject({ id: opened.id, state: 'ASSIGNED' });
    const reassigned = (await yanghe(ASSIGN, { i: { referralId: opened.id, version: 2, owner: 'yanghe', helper: '王建军' } })).data.assignReferral;
    expect(reassigned).toMatchObject({ ok: true, referral: { version: 2 } });

    // The real changes that follow are the next events.
    const helper = (await yanghe(ASSIGN, { i: { referralId: opened.id, version: 2, owner: 'yanghe', helper: '马建国' } })).data.assignReferral;
    expect(helper.errors).toEqual([]);
    expect(helper).toMatchObject({ ok: true, referral: { version: 3 } });
    expect((await referrals.next()).data.referralsChanged).toMatchObject({ id: opened.id, fields: [{ field: 'helper', value: '马建国' }] });
    const changed = await saveOk(live.s.gql, { householdId: h.id, month: '2026-06', version: row.version, remarks: '复核' });
    expect(changed.version).toBe(row.version + 1);
    expect((await checks.next()).data.monthlyChecksChanged).toMatchObject({ id: row.checkId, version: changed.version, fields: [{ field: 'remarks', value: '复核' }] });
  });

  it('a user saved with its own values keeps its version', async () => {
    const admin = await live.s.as('admin');
    const USER = 'id displayName version';
    const list = await admin(`{ users(first: 100) { edges { node { ${USER} username } } } }`);
    expect(list.errors).toBeUndefined();
    const u = list.data.users.edges.map((e: any) => e.node).find((n: any) => n.username === 'lijun');
    const UPDATE = `mutation($i: UpdateUserInput!) { updateUser(input: $i) { ${USER} } }`;
    const same = await admin(UPDATE, { i: { id: u.id, version: u.version, displayName: u.displayName } });
    expect(same.errors).toBeUndefined();
    expect(same.data.updateUser.version).toBe(u.version);
    const renamed = await admin(UPDATE, { i: { id: u.id, version: u.version, displayName: `${u.displayName}甲` } });
    expect(renamed.data.updateUser.version).toBe(u.version + 1);
  });
});
