import { describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../test-support/harness.js';
import { ROW_RESULT } from '../../test-support/fixtures.js';
import { liveSuite } from '../../test-support/live-suite.js';

const UPDATE = `mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ${ROW_RESULT} } }`;
const SUB = `subscription($where: HouseholdWhere) { householdsChanged(where: $where) { eventId at id version actor changeSet deleted fields { field value } } }`;

const live = liveSuite({ limits: { wsConnectionsPerUser: 3, wsSubscriptionsPerConnection: 2 } });
const { login, connect, listening, createHousehold: create } = live;

async function update(id: string, version: number, fields: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await live.s.gql(UPDATE, { input: [{ id, version, ...fields }] }, headers);
  return res.data.updateHouseholds[0] as { ok: boolean; household: { version: number }; errors: { code: string }[] };
}

describe(`householdsChanged over WebSocket on ${TEST_DB_KIND}`, () => {
  it('delivers a committed change within the subscriber\'s township, masked unless it has pii:read; nothing of a rolled-back or foreign change', async () => {
    const yanghe = await create('640121100200');
    const lijun = await create('640121101200');
    const base = live.s.app.bus.listenerCount;
    const township = connect(await login('yanghe')).subscribe(SUB);
    const auditor = connect(await login('auditor')).subscribe(SUB);
    const other = connect(await login('lijun')).subscribe(SUB);
    await listening(base + 3);

    // A stale version is refused and rolled back: it raises no event (the next event each one sees is the real edit).
    const stale = await update(yanghe.id, yanghe.version + 5, { phone: '13700000000' });
    expect(stale.ok).toBe(false);
    const r = await update(yanghe.id, yanghe.version, { phone: '13912345678', remarks: '低保复核' }, { 'x-doudi-change-set': 'change-set-0001' });
    expect(r.ok).toBe(true);
    const seen = await township.next();
    expect(seen.errors).toBeUndefined();
    const ev = seen.data.householdsChanged;
    expect(ev).toMatchObject({ id: yanghe.id, version: r.household.version, actor: 'county', changeSet: 'change-set-0001', deleted: false });
    expect(ev.fields).toEqual(expect.arrayContaining([{ field: 'phone', value: '13912345678' }, { field: 'remarks', value: '低保复核' }]));
    expect(ev.fields.map((f: { field: string }) => f.field).sort()).toEqual(['phone', 'remarks']);

    const masked = (await auditor.next()).data.householdsChanged;
    expect(masked.id).toBe(yanghe.id);
    expect(masked.eventId).toBe(ev.eventId);
    expect(masked.fields).toEqual(expect.arrayContaining([{ field: 'phone', value: '139****5678' }]));
    expect(JSON.stringify(masked)).not.toContain('13912345678');

    // lijun (李俊镇) never hears of the 杨和镇 household: its first event is its own township'live.s.
    const r2 = await update(lijun.id, lijun.version, { remarks: '李俊镇的修改' });
    expect(r2.ok).toBe(true);
    const own = (await other.next()).data.householdsChanged;
    expect(own.id).toBe(lijun.id);
    // the county-wide auditor sees that one too
    expect((await auditor.next()).data.householdsChanged.id).toBe(lijun.id);
  });

  it('applies the where filter as a query does, and still sends a deletion', async () => {
    const a = await create('640121100200');
    const b = await create('640121100200');
    const base = live.s.app.bus.listenerCount;
    const sub = connect(await login('county')).subscribe(SUB, { where: { id: { eq: b.id } } });
    await listening(base + 1);
    expect((await update(a.id, a.version, { remarks: '不在筛选内' })).ok).toBe(true);
    const r = await update(b.id, b.version, { remarks: '在筛选内' });
    expect((await sub.next()).data.householdsChanged).toMatchObject({ id: b.id, version: r.household.version });
    const del = await live.s.gql(`mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }`, { ids: [b.id] });
    expect(del.data.deleteHouseholds[0].ok).toBe(true);
    expect((await sub.next()).data.householdsChanged).toMatchObject({ id: b.id, deleted: true });
  });

  it('an update that changes nothing keeps the version and raises no event; the next real edit is not a conflict', async () => {
    const h = await create('640121100200');
    const base = live.s.app.bus.listenerCount;
    const sub = connect(await login('yanghe')).subscribe(SUB);
    await listening(base + 1);
    const r1 = await update(h.id, h.version, { remarks: '第一次' });
    const e1 = (await sub.next()).data.householdsChanged;
    expect(e1).toMatchObject({ id: h.id, version: r1.household.version });
    // The same value again: answered ok, with the version the grid already has.
    const same = await update(h.id, e1.version, { remarks: '第一次' });
    expect(same).toMatchObject({ ok: true, household: { version: e1.version } });
    // A second grid that only knows the version from the event edits without a conflict, and its event is the next.
    const r2 = await update(h.id, e1.version, { remarks: '第二次' });
    expect(r2.ok).toBe(true);
    const e2 = (await sub.next()).data.householdsChanged;
    expect(e2).toMatchObject({ id: h.id, version: r2.household.version });
    expect(e2.fields).toEqual([{ field: 'remarks', value: '第二次' }]);
  });

  it('closes the connection of a session that ended (4401) at its next event', async () => {
    const h = await create('640121100200');
    const token = await login('yanghe');
    const c = connect(token);
    const base = live.s.app.bus.listenerCount;
    c.subscribe(SUB);
    await listening(base + 1);
    const out = await live.s.withToken(token)(`mutation { logout }`);
    expect(out.data.logout).toBe(true);
    expect((await update(h.id, h.version, { remarks: '退出后的修改' })).ok).toBe(true);
    expect(await c.closed).toBe(4401);
  });

  it('refuses anonymous connections, queries over the socket, and more subscriptions or connections than the limits, with codes', async () => {
    expect(await connect(null).closed).toBe(4401);
    expect(await connect('not-a-token').closed).toBe(4401);

    const token = await login('wangyuan');
    const c = connect(token);
    const q = await c.subscribe(`query { households(first: 1) { totalCount } }`).next();
    expect(q.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    const base = live.s.app.bus.listenerCount;
    c.subscribe(SUB);
    c.subscribe(SUB);
    await listening(base + 2);
    const third = await c.subscribe(SUB).next();
    expect(third.errors?.[0].extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    const bad = await connect(await login('county')).subscribe(SUB, { where: { remarks: { contains: 'x'.repeat(20_000) } } }).next();
    expect(bad.errors?.[0].extensions?.code).toBe('TOO_LONG');

    // wangyuan has one connection open; the limit is 3 per user.
    const more = [connect(token), connect(token)];
    for (const m of more) m.subscribe(SUB);
    await listening(base + 4);
    expect(await connect(token).closed).toBe(4429);
  });
});
