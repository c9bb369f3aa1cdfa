import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type Gql, type TestServer } from '../../test-support/harness.js';
import { GOOD, SUBMIT, china, createHousehold, saveOk } from '../../test-support/monitoring.js';
import { xlsxRows } from '../../test-support/assistance-kit.js';

// Issue 16 point 5: the 动态救助 loop. A referral opened by an at-risk check is due 7 days later (configurable); a
// township user of its township owns it (ASSIGNED), assistance starts linked to what was done (ASSISTING), it closes
// with a reason (CLOSED). Refusals are coded; each step is version-checked, scoped to the township and audited.
const VILLAGE = '640121100200';
const TOWNSHIP = '640121100';
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;
let lijun: Gql;

const FIELDS = 'id householdId state owner helper dueDate overdue assignedAt startedAt assistanceKind assistanceRef assistanceNote closeKind closeReason version';
const LIST = `query($w: RiskReferralWhere) { riskReferrals(where: $w, first: 500) { totalCount edges { node { ${FIELDS} } } } }`;
const RESULT = `ok errors { field code message } referral { ${FIELDS} }`;
const ASSIGN = `mutation($i: AssignReferralInput!) { assignReferral(input: $i) { ${RESULT} } }`;
const START = `mutation($i: StartReferralAssistanceInput!) { startReferralAssistance(input: $i) { ${RESULT} } }`;
const CLOSE = `mutation($i: CloseReferralInput!) { closeReferral(input: $i) { ${RESULT} } }`;
const BOARD = `query($r: String) { referralBoard(regionCode: $r) { townshipCode townshipName active open assigned assisting overdue } }`;
const AUDIT = `query($id: String!) { auditEvents(where: { entityType: "risk_referral", entityId: $id }, first: 50) { edges { node { actor field before after } } } }`;
const LOW = { visitor: '李建国', incomeWages: 1000, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 };

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
  yanghe = await s.as('yanghe');
  lijun = await s.as('lijun');
  expect((await s.gql(`mutation { topUpReserveFund(townshipCode: "${TOWNSHIP}", amount: 20000) { ok } }`)).data.topUpReserveFund.ok).toBe(true);
});
afterAll(async () => s?.stop());

async function referralOf(householdId: string): Promise<any> {
  const res = await s.gql(LIST, { w: { regionCode: TOWNSHIP } });
  expect(res.errors).toBeUndefined();
  return res.data.riskReferrals.edges.map((e: any) => e.node).find((n: any) => n.householdId === householdId);
}
const audits = async (id: string) => (await s.gql(AUDIT, { id })).data.auditEvents.edges.map((e: any) => e.node);
const board = async () => (await s.gql(BOARD, { r: TOWNSHIP })).data.referralBoard[0];

describe(`the referral loop on ${TEST_DB_KIND}`, () => {
  it('opens with a due date, goes OPEN → ASSIGNED → ASSISTING → CLOSED, overdue only until help starts', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const h = await createHousehold(s.gql, { regionCode: VILLAGE });
    await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-10', ...LOW });
    let r = await referralOf(h.id);
    expect(r).toMatchObject({ state: 'OPEN', dueDate: '2026-06-22', overdue: false, owner: null, version: 1 });
    const before = await board();

    // out of order: no assistance before an owner, no "assistance in place" without assistance
    let res = (await s.gql(START, { i: { referralId: r.id, version: 1, assistanceKind: 'OTHER_MEASURE', assistanceNote: '公益岗位' } })).data.startReferralAssistance;
    expect(res).toMatchObject({ ok: false, errors: [{ field: 'referralId', code: 'INVALID_STATE', message: '转介尚未指派责任人，请先指派再开始救助' }] });
    res = (await s.gql(CLOSE, { i: { referralId: r.id, version: 1, closeKind: 'ASSISTANCE_IN_PLACE', reason: '已落实' } })).data.closeReferral;
    expect(res.errors[0]).toMatchObject({ field: 'closeKind', code: 'INVALID_STATE' });

    res = (await yanghe(ASSIGN, { i: { referralId: r.id, version: 1, owner: 'yanghe', helper: '王建军' } })).data.assignReferral;
    expect(res.errors).toEqual([]);
    expect(res.referral).toMatchObject({ state: 'ASSIGNED', owner: 'yanghe', helper: '王建军', assignedAt: '2026-06-15', version: 2 });
    expect(await board()).toMatchObject({ active: before.active, open: before.open - 1, assigned: before.assigned + 1 });

    // past the due date and help not started: overdue, on the list, on the board
    clock.set(china('2026-06-23T09:00:00'));
    r = await referralOf(h.id);
    expect(r).toMatchObject({ overdue: true });
    const overdue = (await s.gql(LIST, { w: { regionCode: TOWNSHIP, overdue: true } })).data.riskReferrals.edges.map((e: any) => e.node.id);
    expect(overdue).toContain(r.id);
    expect((await board()).overdue).toBeGreaterThanOrEqual(1);

    // linked to a grant of the household itself
    const other = await createHousehold(s.gql, { regionCode: VILLAGE });
    const grant = async (hid: string) => (await yanghe(`mutation($i: GrantReliefInput!) { grantRelief(input: $i) { ok grant { id } } }`,
      { i: { householdId: hid, type: 'EMERGENCY', amount: 800, cause: '因病' } })).data.grantRelief.grant.id as string;
    const foreign = await grant(other.id);
    res = (await yanghe(START, { i: { referralId: r.id, version: 2, assistanceKind: 'RELIEF_GRANT', assistanceRef: foreign } })).data.startReferralAssistance;
    expect(res.errors).toEqual([{ field: 'assistanceRef', code: 'NOT_FOUND', message: `临时救助记录 ${foreign} 不存在或不属于户 ${h.code}` }]);
    // an application (申请) must exist and be the household's own
    res = (await yanghe(START, { i: { referralId: r.id, version: 2, assistanceKind: 'APPLICATION', assistanceRef: '999999' } })).data.startReferralAssistance;
    expect(res.errors).toMatchObject([{ field: 'assistanceRef', code: 'NOT_FOUND' }]);
    res = (await yanghe(START, { i: { referralId: r.id, version: 2, assistanceKind: 'OTHER_MEASURE' } })).data.startReferralAssistance;
    expect(res.errors).toEqual([{ field: 'assistanceNote', code: 'REQUIRED', message: '措施说明不能为空' }]);
    const own = await grant(h.id);
    res = (await yanghe(START, { i: { referralId: r.id, version: 2, assistanceKind: 'RELIEF_GRANT', assistanceRef: own } })).data.startReferralAssistance;
    expect(res.errors).toEqual([]);
    expect(res.referral).toMatchObject({ state: 'ASSISTING', startedAt: '2026-06-23', assistanceKind: 'RELIEF_GRANT', assistanceRef: own, overdue: false, version: 3 });

    // closing by 风险消除 while the latest visit still shows the risk is refused; by assistance in place it closes
    res = (await yanghe(CLOSE, { i: { referralId: r.id, version: 3, closeKind: 'RISK_ELIMINATED', reason: '收入已恢复' } })).data.closeReferral;
    expect(res.errors).toEqual([{ field: 'closeKind', code: 'INVALID_STATE', message: '该户最近一次走访（2026-06）仍显示风险，不能以“风险消除”办结' }]);
    res = (await yanghe(CLOSE, { i: { referralId: r.id, version: 3, closeKind: 'ASSISTANCE_IN_PLACE', reason: ' ' } })).data.closeReferral;
    expect(res.errors).toEqual([{ field: 'closeReason', code: 'REQUIRED', message: '办结说明不能为空' }]);
    res = (await yanghe(CLOSE, { i: { referralId: r.id, version: 3, closeKind: 'ASSISTANCE_IN_PLACE', reason: '临时救助已发放' } })).data.closeReferral;
    expect(res.referral).toMatchObject({ state: 'CLOSED', closeKind: 'ASSISTANCE_IN_PLACE', closeReason: '临时救助已发放', version: 4 });
    res = (await yanghe(ASSIGN, { i: { referralId: r.id, version: 4, owner: 'yanghe', helper: '王建军' } })).data.assignReferral;
    expect(res.errors).toEqual([{ field: 'referralId', code: 'INVALID_STATE', message: '转介已办结，不能指派责任人' }]);

    // every step audited (as who made it), the refusals left nothing
    const trail = await audits(r.id);
    const states = trail.filter((a: any) => a.field === 'state').map((a: any) => `${a.before}→${a.after}`).sort();
    expect(states).toEqual(['"ASSIGNED"→"ASSISTING"', '"ASSISTING"→"CLOSED"', '"OPEN"→"ASSIGNED"'].sort());
    expect(trail.filter((a: any) => a.field === 'owner')).toEqual([expect.objectContaining({ actor: 'yanghe', after: '"yanghe"' })]);
  });

  it('refuses an owner from another township, an unknown one, a stale version and a foreign township\'s caller', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const h = await createHousehold(s.gql, { regionCode: VILLAGE });
    await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-10', ...LOW });
    const r = await referralOf(h.id);
    const assign = async (gql: Gql, over: Record<string, unknown>) =>
      (await gql(ASSIGN, { i: { referralId: r.id, version: 1, owner: 'yanghe', helper: '王建军', ...over } })).data.assignReferral;
    expect((await assign(yanghe, { owner: 'lijun' })).errors).toEqual([{ field: 'owner', code: 'INVALID_VALUE', message: '经办人须为杨和镇的乡镇用户，“lijun”不是' }]);
    expect((await assign(yanghe, { owner: 'county' })).errors[0]).toMatchObject({ field: 'owner', code: 'INVALID_VALUE' });
    expect((await assign(yanghe, { owner: 'nobody' })).errors).toEqual([{ field: 'owner', code: 'NOT_FOUND', message: '用户“nobody”不存在或已停用' }]);
    expect((await assign(yanghe, { helper: '张'.repeat(51) })).errors).toEqual([{ field: 'helper', code: 'TOO_LONG', message: '帮扶责任人不能超过 50 个字' }]);
    expect((await assign(yanghe, { version: 7 })).errors[0]).toMatchObject({ field: 'version', code: 'VERSION_CONFLICT' });
    // another township's referral answers as a missing one, for writes and reads
    expect((await assign(lijun, {})).errors).toEqual([{ field: 'referralId', code: 'NOT_FOUND', message: `风险转介 ${r.id} 不存在` }]);
    const seen = (await lijun(LIST, { w: {} })).data.riskReferrals.edges.map((e: any) => e.node.id);
    expect(seen).not.toContain(r.id);
    expect((await lijun(BOARD, { r: TOWNSHIP })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await audits(r.id)).filter((a: any) => a.field === 'owner')).toEqual([]);
    // two writers with the same version: one wins, the other gets VERSION_CONFLICT
    const both = await Promise.all([assign(yanghe, { helper: '甲' }), assign(s.gql, { helper: '乙' })]);
    expect(both.map((b) => b.ok).sort()).toEqual([false, true]);
    expect(both.find((b) => !b.ok).errors[0].code).toBe('VERSION_CONFLICT');
  });

  it('closes by 风险消除 once the latest visit shows no risk, from any active state; withdrawal still works', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const h = await createHousehold(s.gql, { regionCode: VILLAGE });
    await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-10', ...LOW });
    expect((await yanghe(SUBMIT, { r: TOWNSHIP, m: '2026-06', ids: [h.id] })).errors).toBeUndefined();
    clock.set(china('2026-07-08T10:00:00'));
    await saveOk(yanghe, { householdId: h.id, month: '2026-07', visitDate: '2026-07-05', ...GOOD });
    const r = await referralOf(h.id);
    expect(r.state).toBe('OPEN');
    const res = (await yanghe(CLOSE, { i: { referralId: r.id, version: r.version, closeKind: 'RISK_ELIMINATED', reason: '7月走访收入恢复' } })).data.closeReferral;
    expect(res.errors).toEqual([]);
    expect(res.referral).toMatchObject({ state: 'CLOSED', closeKind: 'RISK_ELIMINATED' });

    // an ASSIGNED referral on a draft check corrected before submission is still withdrawn
    const w = await createHousehold(s.gql, { regionCode: VILLAGE });
    const row = await saveOk(yanghe, { householdId: w.id, month: '2026-07', visitDate: '2026-07-05', ...LOW });
    const wr = await referralOf(w.id);
    expect(wr.dueDate).toBe('2026-07-15');
    expect((await yanghe(ASSIGN, { i: { referralId: wr.id, version: 1, owner: 'yanghe', helper: '王建军' } })).data.assignReferral.ok).toBe(true);
    await saveOk(yanghe, { householdId: w.id, month: '2026-07', version: row.version, ...GOOD });
    expect(await referralOf(w.id)).toMatchObject({ state: 'WITHDRAWN' });
  });

  it('the monthly 通报 counts them per township as they stood at the month\'s end', async () => {
    // June (as of 06-30): three opened; one closed on 06-23; the assigned one and the one closed in July still active, both overdue
    const B = `query($m: String!) { bulletin(month: $m) { referrals { townshipCode opened active overdue closed } } }`;
    const june = (await s.gql(B, { m: '2026-06' })).data.bulletin.referrals.find((r: any) => r.townshipCode === TOWNSHIP);
    expect(june).toEqual({ townshipCode: TOWNSHIP, opened: 3, active: 2, overdue: 2, closed: 1 });
    // July (now, 07-08): one opened and withdrawn, one closed by 风险消除, the assigned one still active and overdue
    const july = (await s.gql(B, { m: '2026-07' })).data.bulletin.referrals.find((r: any) => r.townshipCode === TOWNSHIP);
    expect(july).toEqual({ townshipCode: TOWNSHIP, opened: 1, active: 1, overdue: 1, closed: 1 });
    const other = (await s.gql(B, { m: '2026-06' })).data.bulletin.referrals.find((r: any) => r.townshipCode === '640121101');
    expect(other).toEqual({ townshipCode: '640121101', opened: 0, active: 0, overdue: 0, closed: 0 });
  });
  it('exports the referral list to Excel with the screen\'s rows (owner, helper, due date, overdue), scoped to the township', async () => {
    const token = async (u: string) => (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token as string;
    const sheet = async (u: string, q = '') => {
      const res = await fetch(`${s.url}/api/exports/loops/referrals.xlsx${q}`, { headers: { authorization: `Bearer ${await token(u)}` } });
      expect(res.status).toBe(200);
      return xlsxRows(res);
    };
    const screen = (await s.gql(LIST, { w: { state: 'ASSIGNED' } })).data.riskReferrals.edges.map((e: any) => e.node);
    expect(screen.length).toBeGreaterThan(0);
    const rows = await sheet('county', `?where=${encodeURIComponent(JSON.stringify({ state: 'ASSIGNED' }))}`);
    expect(rows.map((r) => `${r['经办人']}:${r['帮扶责任人']}:${r['逾期']}`).sort())
      .toEqual(screen.map((n: any) => `${n.owner}:${n.helper}:${n.overdue ? '是' : '否'}`).sort());
    expect((await sheet('yanghe')).length).toBe((await yanghe(LIST, {})).data.riskReferrals.totalCount);
    expect(await sheet('lijun')).toEqual([]);
  });
});
