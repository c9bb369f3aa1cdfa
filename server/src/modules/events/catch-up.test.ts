import { describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../test-support/harness.js';
import { householdInput, ROW_RESULT } from '../../test-support/fixtures.js';
import { liveSuite } from '../../test-support/live-suite.js';
import { Household } from '../household/household.entity.js';
import { recordAudit } from '../audit/audit.service.js';

const CREATE = `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`;
const UPDATE = `mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ${ROW_RESULT} } }`;
const SUB = `subscription($where: HouseholdWhere, $since: String) { householdsChanged(where: $where, since: $since) {
  eventId id version actor deleted cursor resync fields { field value } } }`;
const MEMBERS = `subscription($since: String) { membersChanged(since: $since) { id householdId version deleted cursor resync fields { field value } } }`;

// A small catch-up bound, so the resync marker is reached with a handful of changes.
const live = liveSuite({ limits: { wsCatchUpRecords: 4 } });
const { login, connect, listening, createHousehold: create } = live;

async function update(id: string, version: number, fields: Record<string, unknown>) {
  const res = await live.s.gql(UPDATE, { input: [{ id, version, ...fields }] });
  expect(res.data.updateHouseholds[0].ok).toBe(true);
  return res.data.updateHouseholds[0].household as { id: string; version: number };
}

/** Subscribes `token`'s own client with `variables` and waits until the server listens for it. */
async function subscribed(token: string, variables?: Record<string, unknown>) {
  const base = live.s.app.bus.listenerCount;
  const client = connect(token);
  const sub = client.subscribe(SUB, variables);
  await listening(base + 1);
  return { base, client, sub };
}

/** A 杨和 household, yanghe listening to it alone, and its first update ('起点') as yanghe heard it live. */
async function watchedHousehold() {
  const h = await create('640121100200');
  const yanghe = await login('yanghe');
  const { sub: probe } = await subscribed(yanghe, { where: { id: { eq: h.id } } });
  const h1 = await update(h.id, h.version, { remarks: '起点' });
  const start = (await probe.next()).data.householdsChanged;
  return { h, h1, yanghe, probe, start };
}

describe(`catch-up after a reconnect (since) on ${TEST_DB_KIND}`, () => {
  it('sends what was missed, once per record, in scope and masked, then goes live with no duplicate', async () => {
    const a = await create('640121100200');
    const foreign = await create('640121101200');
    const yanghe = await login('yanghe');
    const auditor = await login('auditor');

    // Connected: the clerk sees one edit and keeps its cursor.
    const { base: before, client: first, sub: sub1 } = await subscribed(yanghe);
    const a1 = await update(a.id, a.version, { remarks: '断线前' });
    const seen = (await sub1.next()).data.householdsChanged;
    expect(seen).toMatchObject({ id: a.id, version: a1.version, resync: false });
    expect(seen.cursor).toMatch(/^\d+$/);
    await first.dispose();
    await listening(before);

    // Disconnected: two edits of a, a new household, an edit in another township.
    const a2 = await update(a.id, a1.version, { remarks: '断线中一' });
    const a3 = await update(a2.id, a2.version, { phone: '13912345678' });
    const b = await create('640121100200', '13611112222');
    await update(foreign.id, foreign.version, { remarks: '李俊镇' });

    // Reconnected with since: a (its newest state, every field it missed) and b, nothing of 李俊镇.
    const base = live.s.app.bus.listenerCount;
    const again = connect(yanghe).subscribe(SUB, { since: seen.cursor });
    const masked = connect(auditor).subscribe(SUB, { since: seen.cursor });
    const r1 = (await again.next()).data.householdsChanged;
    expect(r1).toMatchObject({ id: a.id, version: a3.version, resync: false, deleted: false });
    expect(r1.fields.map((f: { field: string }) => f.field).sort()).toEqual(['phone', 'remarks']);
    expect(r1.fields).toEqual(expect.arrayContaining([{ field: 'remarks', value: '断线中一' }, { field: 'phone', value: '13912345678' }]));
    expect(Number(r1.cursor)).toBeGreaterThan(Number(seen.cursor));
    const r2 = (await again.next()).data.householdsChanged;
    expect(r2).toMatchObject({ id: b.id, version: b.version, deleted: false });
    expect(Number(r2.cursor)).toBeGreaterThan(Number(r1.cursor));
    expect(r2.fields).toEqual(expect.arrayContaining([{ field: 'phone', value: '13611112222' }]));

    // The county auditor (no pii:read) catches up on all three, masked as a query masks them.
    const m1 = (await masked.next()).data.householdsChanged;
    expect(m1.id).toBe(a.id);
    expect(m1.fields).toEqual(expect.arrayContaining([{ field: 'phone', value: '139****5678' }]));
    expect(JSON.stringify(m1)).not.toContain('13912345678');
    expect((await masked.next()).data.householdsChanged.id).toBe(b.id);
    expect((await masked.next()).data.householdsChanged.id).toBe(foreign.id);

    // Live again: the next edit arrives once (the catch-up's records are not sent a second time).
    await listening(base + 2);
    const a4 = await update(a.id, a3.version, { remarks: '重连后' });
    const b2 = await update(b.id, b.version, { remarks: '重连后 b' });
    const live1 = (await again.next()).data.householdsChanged;
    expect(live1).toMatchObject({ id: a.id, version: a4.version });
    expect((await again.next()).data.householdsChanged).toMatchObject({ id: b.id, version: b2.version });
    expect(Number(live1.cursor)).toBeGreaterThan(Number(r2.cursor));
    // changesCursor: where a new subscriber starts (nothing after it yet).
    const now = (await live.s.gql(`{ changesCursor }`)).data.changesCursor as string;
    expect(Number(now)).toBeGreaterThanOrEqual(Number(live1.cursor));
  });

  it('replays member changes with the same scope, and answers a resync marker past the bound', async () => {
    const { h, h1, yanghe, start: first } = await watchedHousehold();
    const start = first.cursor as string;

    // While nobody listens: a member of h changes, and one of a 李俊镇 household.
    const [head] = (await live.s.gql(`{ household(id: "${h.id}") { members { id version } } }`)).data.household.members;
    const foreign = (await live.s.gql(CREATE, { input: [householdInput({ regionCode: '640121101200' })] })).data.createHouseholds[0].household;
    const upd = await live.s.gql(`mutation($input: [MemberUpdateInput!]!) { updateMembers(input: $input) { ok member { version } } }`, {
      input: [{ id: head.id, version: head.version, phone: '13612345678' }, { id: foreign.members[0].id, version: foreign.members[0].version, phone: '13600000009' }],
    });
    expect(upd.data.updateMembers.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    const members = connect(yanghe).subscribe(MEMBERS, { since: start });
    const m = (await members.next()).data.membersChanged;
    expect(m).toMatchObject({ id: head.id, householdId: h.id, version: upd.data.updateMembers[0].member.version, deleted: false, resync: false });
    expect(m.fields).toEqual([{ field: 'phone', value: '13612345678' }]);
    expect(Number(m.cursor)).toBeGreaterThan(Number(start));

    // More than 4 records changed since `start`: one resync marker, then live events.
    for (let i = 0; i < 5; i++) await create('640121100200');
    const marker = (await connect(yanghe).subscribe(SUB, { since: start }).next()).data.householdsChanged;
    expect(marker).toMatchObject({ resync: true, id: '', fields: [] });
    expect(Number(marker.cursor)).toBeGreaterThan(Number(start));
    expect(h1.version).toBeGreaterThan(h.version);
  });

  it('names a change with the same eventId live and on catch-up (audit-<cursor>), so a client can de-duplicate', async () => {
    const { h, h1, yanghe, probe, start } = await watchedHousehold();
    await update(h.id, h1.version, { remarks: '第二次' });
    const liveEvent = (await probe.next()).data.householdsChanged;
    expect(liveEvent.eventId).toBe(`audit-${liveEvent.cursor}`);
    // A client that reconnects from the first cursor hears of the second change again: the same event id.
    const caught = (await connect(yanghe).subscribe(SUB, { since: start.cursor, where: { id: { eq: h.id } } }).next()).data.householdsChanged;
    expect(caught).toMatchObject({ id: h.id, eventId: liveEvent.eventId, cursor: liveEvent.cursor, version: liveEvent.version });
  });

  it.skipIf(TEST_DB_KIND !== 'postgresql')('two overlapping transactions that commit out of audit-id order both reach a client that catches up', async () => {
    const early = await create('640121100200');
    const late = await create('640121100200');
    const yanghe = await login('yanghe');
    const { base, client: first, sub } = await subscribed(yanghe);

    // T2 writes its change and audit row first (the smaller audit id) and stays open.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let written!: (id: number) => void;
    const t2Audit = new Promise<number>((r) => (written = r));
    const t2 = live.s.app.orm.em.fork().transactional(async (em) => {
      const h = await em.findOneOrFail(Household, { id: Number(early.id) });
      h.remarks = '先写后提交';
      await em.flush();
      recordAudit(em, { actor: 'county', requestId: 'test-t2', changeSet: null }, new Date(), [{
        action: 'UPDATE', entityType: 'household', entityId: early.id, field: 'remarks', before: '', after: h.remarks,
        householdId: h.id, regionCode: '640121100200',
      }]);
      await em.flush();
      const [row] = await em.getConnection().execute(`SELECT MAX(id) AS m FROM audit_event WHERE request_id = 'test-t2'`, [], 'all', em.getTransactionContext());
      written(Number((row as { m: number }).m));
      await gate;
    });
    const m = await t2Audit;
    // T1 (a larger audit id) commits while T2 is open: its event reaches the client with a cursor that does not pass T2's row.
    const t1 = await update(late.id, late.version, { remarks: '后写先提交' });
    const seen = (await sub.next()).data.householdsChanged;
    expect(seen).toMatchObject({ id: late.id, version: t1.version, eventId: expect.stringMatching(/^audit-\d+$/) });
    expect(Number(seen.eventId.slice(6))).toBeGreaterThan(m);
    expect(Number(seen.cursor)).toBeLessThan(m);

    // The client drops; T2 commits; the client comes back from its cursor and is sent T2's change (and T1's again, same eventId).
    await first.dispose();
    await listening(base);
    release();
    await t2;
    const again = connect(yanghe).subscribe(SUB, { since: seen.cursor });
    const got = [(await again.next()).data.householdsChanged, (await again.next()).data.householdsChanged];
    expect(got.map((e) => e.id)).toEqual([early.id, late.id]);
    expect(got[0].fields).toEqual([{ field: 'remarks', value: '先写后提交' }]);
    expect(got[1].eventId).toBe(seen.eventId);
  });

  it('refuses a since that is not a cursor, with a code', async () => {
    const out = await connect(await login('yanghe')).subscribe(SUB, { since: 'yesterday' }).next();
    expect(out.errors?.[0].extensions?.code).toBe('INVALID_VALUE');
  });
});
