import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { householdInput, makeId } from '../../test-support/fixtures.js';

let s: TestServer;
let y: Gql;
beforeAll(async () => {
  s = await startTestServer();
  y = await s.as('yanghe');
});
afterAll(async () => {
  await s?.stop();
});

const step = (id: string) => ({ 'x-doudi-change-set': id });
const GET = `query($id: ID!) { household(id: $id) { id version incomePerCapita remarks riskTypes helperName deletedAt memberCount members { name relation schooling } } }`;
const UNDO = `mutation($id: ID!) { undoChangeSet(id: $id) { ok applied changeSet conflicts { entityId field code message } } }`;
const REDO = `mutation($id: ID!) { redoChangeSet(id: $id) { ok applied conflicts { entityId field code } } }`;

async function create(n: number) {
  const input = Array.from({ length: n }, () => householdInput({}, [{ name: '撤销测试', idNumber: makeId('19700101'), relation: 'HEAD' }]));
  const res = await y(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { household { id version } } }`, { i: input });
  return res.data.createHouseholds.map((r: any) => r.household);
}

describe(`undo and redo on the audit trail (${TEST_DB_KIND})`, () => {
  it('undoes a multi-row paste as one step and redoes it, surviving a new session', async () => {
    const hs = await create(3);
    const paste = 'a1b2c3d4-paste-0001';
    const upd = await y(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok } }`, {
      i: hs.map((h: any, k: number) => ({ id: h.id, version: h.version, incomePerCapita: 9000 + k, remarks: `粘贴${k}`, riskTypes: ['HOUSING'] })),
    }, step(paste));
    expect(upd.data.updateHouseholds.every((r: any) => r.ok)).toBe(true);
    // a new login (a page reload on another machine) still finds the step
    const again = await s.as('yanghe');
    const stack = (await again(`{ myChangeSets(first: 5) { id changes undone summary } }`)).data.myChangeSets;
    expect(stack[0]).toMatchObject({ id: paste, changes: 9, undone: false });
    const undone = (await again(UNDO, { id: paste })).data.undoChangeSet;
    expect(undone).toMatchObject({ ok: true, applied: 9, conflicts: [] });
    for (const h of hs) {
      const now = (await y(GET, { id: h.id })).data.household;
      expect(now).toMatchObject({ incomePerCapita: 5800, remarks: null, riskTypes: ['ILLNESS'] });
    }
    expect((await again(`{ myChangeSets(first: 5) { id undone } }`)).data.myChangeSets[0]).toEqual({ id: paste, undone: true });
    expect((await again(UNDO, { id: paste })).data.undoChangeSet.conflicts[0].code).toBe('INVALID_VALUE');
    const redone = (await again(REDO, { id: paste })).data.redoChangeSet;
    expect(redone).toMatchObject({ ok: true, applied: 9 });
    expect((await y(GET, { id: hs[2].id })).data.household).toMatchObject({ incomePerCapita: 9002, remarks: '粘贴2', riskTypes: ['HOUSING'] });
    // and undo again after the redo
    expect((await again(UNDO, { id: paste })).data.undoChangeSet.ok).toBe(true);
    expect((await y(GET, { id: hs[0].id })).data.household.incomePerCapita).toBe(5800);
    // the household's history tells the user's step from its undo and redo
    const history = (await y(`query($h: ID!) { auditEvents(where: { householdId: $h, entityType: "household" }, first: 20) { edges { node { field step changeSet } } } }`, { h: hs[0].id }))
      .data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.field === 'remarks');
    expect(history.map((n: any) => n.step)).toEqual(['UNDO', 'REDO', 'UNDO', null]);
    expect(history[3].changeSet).toBe(paste);
  });

  it('does not overwrite what someone else changed since: those fields come back as conflicts', async () => {
    const [h] = await create(1);
    const mine = 'a1b2c3d4-mine-0002';
    await y(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok } }`, { i: [{ id: h.id, version: 1, remarks: '我的', helperName: '我填的' }] }, step(mine));
    const other = (await y(GET, { id: h.id })).data.household;
    await s.gql(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok } }`, { i: [{ id: h.id, version: other.version, remarks: '县里改的' }] });
    const res = (await y(UNDO, { id: mine })).data.undoChangeSet;
    expect(res.ok).toBe(false);
    expect(res.conflicts).toEqual([expect.objectContaining({ entityId: h.id, field: 'remarks', code: 'VERSION_CONFLICT' })]);
    expect((await y(GET, { id: h.id })).data.household).toMatchObject({ remarks: '县里改的', helperName: '李建国' });
  });

  it('undoes created rows (new rows of a paste), deletions, and member changes', async () => {
    const created = 'a1b2c3d4-create-0003';
    const res = await y(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { household { id } } }`,
      { i: [householdInput({}, [{ name: '新行', idNumber: makeId('19880808'), relation: 'HEAD' }])] }, step(created));
    const id = res.data.createHouseholds[0].household.id;
    expect((await y(UNDO, { id: created })).data.undoChangeSet.ok).toBe(true);
    expect((await y(GET, { id })).data.household.deletedAt).toBeTruthy();
    expect((await y(REDO, { id: created })).data.redoChangeSet.ok).toBe(true);
    expect((await y(GET, { id })).data.household.deletedAt).toBeNull();

    const del = 'a1b2c3d4-delete-0004';
    await y(`mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }`, { ids: [id] }, step(del));
    expect((await y(UNDO, { id: del })).data.undoChangeSet.ok).toBe(true);
    expect((await y(GET, { id })).data.household.deletedAt).toBeNull();

    const fam = 'a1b2c3d4-member-0005';
    const added = (await y(`mutation($i: [MemberAddInput!]!) { addMembers(input: $i) { member { id version } } }`, { i: [{ householdId: id, name: '小孙', idNumber: makeId('20150101'), relation: 'GRANDSON' }] }, step(fam))).data.addMembers[0].member;
    await y(`mutation($i: [MemberUpdateInput!]!) { updateMembers(input: $i) { ok } }`, { i: [{ id: added.id, version: 1, schooling: 'IN_PRIMARY' }] }, step('a1b2c3d4-member-0006'));
    expect((await y(UNDO, { id: 'a1b2c3d4-member-0006' })).data.undoChangeSet.ok).toBe(true);
    expect((await y(GET, { id })).data.household.members.find((m: any) => m.name === '小孙').schooling).toBeNull();
    expect((await y(UNDO, { id: fam })).data.undoChangeSet.ok).toBe(true);
    expect((await y(GET, { id })).data.household.memberCount).toBe(1);
  });

  it('lets nobody undo another user\'s step', async () => {
    const [h] = await create(1);
    await y(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok } }`, { i: [{ id: h.id, version: 1, remarks: 'x' }] }, step('a1b2c3d4-other-0007'));
    const res = (await s.gql(UNDO, { id: 'a1b2c3d4-other-0007' })).data.undoChangeSet;
    expect(res.conflicts[0].code).toBe('FORBIDDEN');
    expect((await s.gql(UNDO, { id: 'no-such-step-000' })).data.undoChangeSet.conflicts[0].code).toBe('NOT_FOUND');
  });
});

describe(`grid layouts and row reveal (${TEST_DB_KIND})`, () => {
  it('saves a layout per user and view key, on the server', async () => {
    const state = JSON.stringify({ columns: [{ colId: 'headName', width: 120 }] });
    expect((await y(`mutation($s: String!) { saveViewState(key: "ledger:MONITORED", state: $s) }`, { s: state })).data.saveViewState).toBe(true);
    expect((await (await s.as('yanghe'))(`{ viewState(key: "ledger:MONITORED") }`)).data.viewState).toBe(state);
    expect((await s.gql(`{ viewState(key: "ledger:MONITORED") }`)).data.viewState).toBeNull();
    expect((await y(`mutation { saveViewState(key: "x", state: "{not json") }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('masks on request for a caller who may see personal data, and records a reveal', async () => {
    const [h] = await create(1);
    const masked = (await y(`query($id: ID) { households(where: { id: { eq: $id } }, maskPii: true) { edges { node { headIdNumber members { idNumber } } } } }`, { id: h.id })).data.households.edges[0].node;
    expect(masked.headIdNumber).toContain('********');
    const revealed = (await y(`query($id: ID!) { revealHousehold(id: $id) { headIdNumber members { idNumber birthDate } } }`, { id: h.id })).data.revealHousehold;
    expect(revealed.headIdNumber).toMatch(/^\d{17}[\dX]$/);
    const office = await s.as('office');
    expect((await office(`query($id: ID!) { revealHousehold(id: $id) { headIdNumber } }`, { id: h.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const em = s.app.orm.em.fork();
    const rows = await em.getConnection().execute(`SELECT purpose, entity_ids FROM pii_access WHERE actor = 'yanghe' ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toMatchObject({ purpose: 'reveal', entity_ids: h.id });
  });
});
