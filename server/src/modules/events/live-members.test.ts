import { describe, expect, it, vi } from 'vitest';
import { TEST_DB_KIND } from '../../test-support/harness.js';
import { householdInput, makeId, ROW_RESULT } from '../../test-support/fixtures.js';
import { liveSuite } from '../../test-support/live-suite.js';

const SUB = `subscription($h: ID) { membersChanged(householdId: $h) { id householdId version actor deleted fields { field value } } }`;
const MEMBER_RESULT = 'ok errors { field code message } member { id version phone }';

const live = liveSuite();
const subscribe = (username: string, variables: Record<string, unknown>) => live.subscribe(username, SUB, variables);

describe(`membersChanged on ${TEST_DB_KIND}`, () => {
  it('sends member changes masked without pii:read, only of the household asked for, and a removal as deleted', async () => {
    const input = (regionCode: string) => householdInput({ regionCode }, [
      { name: '马文学', idNumber: makeId('19700312'), relation: 'HEAD' },
      { name: '马小兰', idNumber: makeId('20000805', { female: true }), relation: 'DAUGHTER' },
    ]);
    const res = await live.s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`, {
      input: [input('640121100200'), input('640121100200')],
    });
    const [h1, h2] = res.data.createHouseholds.map((r: any) => r.household);
    const daughter = h1.members[1];
    const base = live.s.app.bus.listenerCount;
    const auditor = await subscribe('auditor', { h: h1.id });
    const township = await subscribe('yanghe', {});
    const other = await subscribe('lijun', {});
    await vi.waitFor(() => expect(live.s.app.bus.listenerCount).toBe(base + 3), { timeout: 10_000, interval: 10 });

    // A change in h2 first: the auditor (subscribed to h1 only) must not see it.
    const h2m = h2.members[1];
    expect((await live.s.gql(`mutation($input: [MemberUpdateInput!]!) { updateMembers(input: $input) { ${MEMBER_RESULT} } }`, { input: [{ id: h2m.id, version: h2m.version, phone: '13600000001' }] })).data.updateMembers[0].ok).toBe(true);
    expect((await township.next()).data.membersChanged).toMatchObject({ id: h2m.id, householdId: h2.id });

    const upd = await live.s.gql(`mutation($input: [MemberUpdateInput!]!) { updateMembers(input: $input) { ${MEMBER_RESULT} } }`, { input: [{ id: daughter.id, version: daughter.version, phone: '13612345678' }] });
    expect(upd.data.updateMembers[0].ok).toBe(true);
    const masked = (await auditor.next()).data.membersChanged;
    expect(masked).toMatchObject({ id: daughter.id, householdId: h1.id, version: upd.data.updateMembers[0].member.version, deleted: false });
    expect(masked.fields).toEqual([{ field: 'phone', value: '136****5678' }]);
    expect((await township.next()).data.membersChanged.fields).toEqual([{ field: 'phone', value: '13612345678' }]);

    const rm = await live.s.gql(`mutation($input: [MemberRemoveInput!]!) { removeMembers(input: $input) { ok } }`, { input: [{ id: daughter.id, version: upd.data.updateMembers[0].member.version }] });
    expect(rm.data.removeMembers[0].ok).toBe(true);
    expect((await auditor.next()).data.membersChanged).toMatchObject({ id: daughter.id, deleted: true, version: null, fields: [] });

    // 李俊镇 heard of none of these: its first event is a change in its own township.
    const lj = (await live.s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`, { input: [input('640121101200')] })).data.createHouseholds[0].household;
    const ljEvent = (await other.next()).data.membersChanged;
    expect(ljEvent.householdId).toBe(lj.id);
  });
});
