import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELIEF_NORMAL_CAP } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { makeId } from '../../test-support/fixtures.js';
import { CASE_RESULT, FUND_FIELDS, GRANT_RESULT, GRANT_FIELDS, china, makeHousehold } from '../../test-support/assistance-kit.js';

// 临时救助 (measures 4–5): grants, the migrant-worker conditions, 一事一议 above the cap, 先行救助 and its overdue
// paperwork across a month boundary, and the township reserve funds drawn down by the grants.

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
const YANGHE = '640121100';
const LIJUN = '640121101';

const GRANT = `mutation($input: GrantReliefInput!) { grantRelief(input: $input) { ${GRANT_RESULT} } }`;
const TOP_UP = `mutation($t: String!, $a: Float!, $n: String) { topUpReserveFund(townshipCode: $t, amount: $a, note: $n) { ok errors { field code message } fund { ${FUND_FIELDS} } } }`;
const FUNDS = `query($r: String) { reserveFunds(regionCode: $r) { ${FUND_FIELDS} } }`;
const OVERDUE = `query($r: String) { overdueReliefPaperwork(regionCode: $r) { ${GRANT_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!) { completeReliefPaperwork(id: $id, version: $v) { ${GRANT_RESULT} } }`;
const GRANTS = `query($where: ReliefGrantWhere, $first: Int) { reliefGrants(where: $where, first: $first) { totalCount edges { node { id type amount paperworkOverdue } } } }`;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
  for (const t of [YANGHE, LIJUN]) expect((await s.gql(TOP_UP, { t, a: 50000, n: '2026年备用金' })).data.topUpReserveFund.ok).toBe(true);
});
afterAll(async () => {
  await s?.stop();
});

const fund = async (t: string) => (await s.gql(FUNDS, { r: t })).data.reserveFunds[0];

describe(`临时救助 on ${TEST_DB_KIND}`, () => {
  it('grants relief to a ledger household, drawing down its township\'s reserve fund', async () => {
    const h = await makeHousehold(s.gql);
    const before = await fund(YANGHE);
    const res = await s.gql(GRANT, { input: { householdId: h.id, type: 'EXPENDITURE', amount: 1200, cause: '住院自付费用过高' } });
    expect(res.data.grantRelief.errors).toEqual([]);
    expect(res.data.grantRelief.grant).toMatchObject({
      householdId: h.id, townshipCode: YANGHE, townshipName: '杨和镇', type: 'EXPENDITURE', amount: 1200, grantDate: '2026-06-15',
      recipientName: '马文学', fromReserveFund: true, assistFirst: false, paperworkOverdue: false, createdBy: 'county',
    });
    const after = await fund(YANGHE);
    expect(after.balance).toBe(before.balance - 1200);
    expect(after.granted).toBe(before.granted + 1200);
    expect(after.grantCount).toBe(before.grantCount + 1);
  });

  it('validates amount, cause and date', async () => {
    const h = await makeHousehold(s.gql);
    const cases: [Record<string, unknown>, { field: string; code: string; message: string }][] = [
      [{ amount: 0 }, { field: 'amount', code: 'OUT_OF_RANGE', message: '救助金额应大于 0' }],
      [{ cause: ' ' }, { field: 'cause', code: 'REQUIRED', message: '救助事由不能为空' }],
      [{ grantDate: '2026-06-16' }, { field: 'grantDate', code: 'OUT_OF_RANGE', message: '发放日期 2026-06-16 晚于今天' }],
      // the limits of the relief grant's field table (shared), which the form checks too
      [{ amount: 1_000_000.01, caseByCase: true, meetingRef: '会议纪要1号' }, { field: 'amount', code: 'OUT_OF_RANGE', message: '救助金额不能超过 1000000 元' }],
      [{ cause: '火'.repeat(501) }, { field: 'cause', code: 'TOO_LONG', message: '救助事由不能超过 500 个字' }],
    ];
    for (const [over, err] of cases) {
      const res = await s.gql(GRANT, { input: { householdId: h.id, type: 'EMERGENCY', amount: 500, cause: '火灾', ...over } });
      expect(res.data.grantRelief).toMatchObject({ ok: false, grant: null, errors: [err] });
    }
  });

  it('above the normal cap only by 一事一议, which needs a meeting reference', async () => {
    const h = await makeHousehold(s.gql);
    const big = { householdId: h.id, type: 'EMERGENCY', amount: RELIEF_NORMAL_CAP + 1, cause: '房屋倒塌' };
    const refused = await s.gql(GRANT, { input: big });
    expect(refused.data.grantRelief.errors).toEqual([{
      field: 'amount', code: 'CASE_BY_CASE_REQUIRED', message: '救助金额 5001 元 超过单次常规上限 5000 元，须经“一事一议”（填写会议纪要编号）后发放',
    }]);
    const noRef = await s.gql(GRANT, { input: { ...big, caseByCase: true } });
    expect(noRef.data.grantRelief.errors).toEqual([{ field: 'meetingRef', code: 'REQUIRED', message: '一事一议会议纪要编号不能为空' }]);
    const ok = await s.gql(GRANT, { input: { ...big, amount: 12000, caseByCase: true, meetingRef: '杨和镇一事一议〔2026〕3号' } });
    expect(ok.data.grantRelief.grant).toMatchObject({ caseByCase: true, meetingRef: '杨和镇一事一议〔2026〕3号', amount: 12000 });
    const atCap = await s.gql(GRANT, { input: { ...big, amount: RELIEF_NORMAL_CAP } });
    expect(atCap.data.grantRelief.ok).toBe(true);
  });

  it('the migrant-worker case needs its three checked conditions and is refused for a household on 低保', async () => {
    const h = await makeHousehold(s.gql);
    const base = { householdId: h.id, type: 'EMERGENCY', amount: 1500, cause: '疫情无法返岗', migrantWorkerCase: true };
    const checks = { noIncomeThreeMonths: true, noUnemploymentInsurance: true, notOnDibao: true };
    for (const field of Object.keys(checks)) {
      const res = await s.gql(GRANT, { input: { ...base, ...checks, [field]: false } });
      expect(res.data.grantRelief.errors).toEqual([{ field, code: 'REQUIRED', message: expect.stringMatching(/^农民工临时救助须核实/) }]);
    }
    const ok = await s.gql(GRANT, { input: { ...base, ...checks } });
    expect(ok.data.grantRelief.grant).toMatchObject({ migrantWorkerCase: true, ...checks });
    const enrol = await s.gql(`mutation($i: EnrolDibaoInput!) { enrolDibao(input: $i) { ${CASE_RESULT} } }`, { i: { householdId: h.id } });
    expect(enrol.data.enrolDibao.ok).toBe(true);
    const caseId = enrol.data.enrolDibao.dibaoCase.id;
    const onDibao = await s.gql(GRANT, { input: { ...base, ...checks } });
    expect(onDibao.data.grantRelief.errors).toEqual([{
      field: 'notOnDibao', code: 'ON_DIBAO', message: `受助人所在户 ${h.code} 正在享受低保（案件 ${caseId}），不符合农民工临时救助“未纳入低保”的条件`,
    }]);
    // found through the ID number too, when no household is given
    const byId = await s.gql(GRANT, { input: { ...base, ...checks, householdId: null, recipientName: '马文学', recipientIdNumber: h.members[0]!.idNumber, townshipCode: YANGHE } });
    expect(byId.data.grantRelief.errors[0].code).toBe('ON_DIBAO');
    // a worker outside the ledgers
    const outsider = await s.gql(GRANT, { input: { ...base, ...checks, householdId: null, recipientName: '李务工', recipientIdNumber: makeId('19880808', { prefix: '640402' }), townshipCode: YANGHE } });
    expect(outsider.data.grantRelief.grant).toMatchObject({ householdId: null, recipientName: '李务工', townshipCode: YANGHE });
  });

  it('a grant larger than the reserve fund balance is refused with INSUFFICIENT_FUNDS; a county top-up makes room', async () => {
    const h = await makeHousehold(s.gql, { regionCode: '640121102200', address: '望远镇' });
    const f = await fund('640121102');
    expect(f.balance).toBe(0);
    const refused = await s.gql(GRANT, { input: { householdId: h.id, type: 'EMERGENCY', amount: 800, cause: '火灾' } });
    expect(refused.data.grantRelief.errors).toEqual([{
      field: 'amount', code: 'INSUFFICIENT_FUNDS', message: '望远镇临时救助备用金余额 0 元，不足以发放 800 元；请先申请县民政局拨付',
    }]);
    // not from the fund: no drawdown, no refusal
    expect((await s.gql(GRANT, { input: { householdId: h.id, type: 'EMERGENCY', amount: 800, cause: '火灾', fromReserveFund: false } })).data.grantRelief.ok).toBe(true);
    const wangyuan = await s.as('wangyuan');
    const notCounty = await wangyuan(TOP_UP, { t: '640121102', a: 1000 });
    expect(notCounty.data.topUpReserveFund.errors).toEqual([{ field: 'id', code: 'FORBIDDEN', message: '备用金拨付由县民政局进行，乡镇(街道)不能操作' }]);
    expect((await s.gql(TOP_UP, { t: '640121102', a: -5 })).data.topUpReserveFund.errors[0]).toMatchObject({ field: 'amount', code: 'OUT_OF_RANGE' });
    expect((await s.gql(TOP_UP, { t: '640121999', a: 5 })).data.topUpReserveFund.errors[0]).toMatchObject({ field: 'townshipCode', code: 'INVALID_VALUE' });
    const top = await s.gql(TOP_UP, { t: '640121102', a: 1000, n: '追加' });
    expect(top.data.topUpReserveFund.fund).toMatchObject({ townshipCode: '640121102', toppedUp: 1000, balance: 1000 });
    const ok = await wangyuan(GRANT, { input: { householdId: h.id, type: 'EMERGENCY', amount: 800, cause: '火灾' } });
    expect(ok.data.grantRelief.ok).toBe(true);
    expect((await fund('640121102')).balance).toBe(200);
    const tooMuch = await wangyuan(GRANT, { input: { householdId: h.id, type: 'EMERGENCY', amount: 200.01, cause: '火灾' } });
    expect(tooMuch.data.grantRelief.errors[0].code).toBe('INSUFFICIENT_FUNDS');
    // township staff see only their own fund; the county sees every township's
    expect((await wangyuan(FUNDS, {})).data.reserveFunds.map((x: any) => x.townshipCode)).toEqual(['640121102']);
    expect((await s.gql(FUNDS, {})).data.reserveFunds).toHaveLength(9);
  });

  it('先行救助: 急难型 only, with a paperwork due date; overdue once the date has passed (injected clock, across a month end)', async () => {
    const h = await makeHousehold(s.gql);
    const base = { householdId: h.id, type: 'EMERGENCY', amount: 900, cause: '突发疾病', assistFirst: true };
    expect((await s.gql(GRANT, { input: base })).data.grantRelief.errors).toEqual([{ field: 'paperworkDue', code: 'REQUIRED', message: '先行救助补齐手续期限不能为空' }]);
    expect((await s.gql(GRANT, { input: { ...base, type: 'EXPENDITURE', paperworkDue: '2026-06-30' } })).data.grantRelief.errors)
      .toEqual([{ field: 'assistFirst', code: 'INVALID_VALUE', message: '先行救助仅适用于急难型临时救助' }]);
    expect((await s.gql(GRANT, { input: { ...base, grantDate: '2026-06-10', paperworkDue: '2026-06-09' } })).data.grantRelief.errors[0])
      .toMatchObject({ field: 'paperworkDue', code: 'OUT_OF_RANGE' });
    const g = (await s.gql(GRANT, { input: { ...base, paperworkDue: '2026-06-30' } })).data.grantRelief.grant;
    expect(g).toMatchObject({ assistFirst: true, paperworkDue: '2026-06-30', paperworkOverdue: false, daysOverdue: null });
    const other = (await s.gql(GRANT, { input: { ...base, paperworkDue: '2026-07-01' } })).data.grantRelief.grant;
    const ids = async () => (await s.gql(OVERDUE, {})).data.overdueReliefPaperwork.map((x: any) => x.id);
    try {
      clock.set(china('2026-06-30T23:59:00'));
      expect(await ids()).not.toContain(g.id);
      clock.set(china('2026-07-01T00:01:00'));
      expect(await ids()).toContain(g.id);
      expect(await ids()).not.toContain(other.id);
      const listed = (await s.gql(OVERDUE, { r: YANGHE })).data.overdueReliefPaperwork.find((x: any) => x.id === g.id);
      expect(listed).toMatchObject({ paperworkOverdue: true, daysOverdue: 1 });
      expect((await s.gql(GRANTS, { where: { overdue: true, regionCode: YANGHE } })).data.reliefGrants.edges.map((e: any) => e.node.id)).toContain(g.id);
      // another township does not see it
      const lijun = await s.as('lijun');
      expect((await lijun(OVERDUE, {})).data.overdueReliefPaperwork.map((x: any) => x.id)).not.toContain(g.id);
      expect((await lijun(COMPLETE, { id: g.id, v: g.version })).data.completeReliefPaperwork.errors[0]).toMatchObject({ code: 'NOT_FOUND' }); // as a missing id
      const done = await s.gql(COMPLETE, { id: g.id, v: g.version });
      expect(done.data.completeReliefPaperwork.grant).toMatchObject({ paperworkDoneAt: '2026-07-01', paperworkOverdue: false, version: g.version + 1 });
      expect(await ids()).not.toContain(g.id);
      const again = await s.gql(COMPLETE, { id: g.id, v: g.version + 1 });
      expect(again.data.completeReliefPaperwork.errors).toEqual([{ field: 'id', code: 'INVALID_STATE', message: '该先行救助已于 2026-07-01 补齐手续' }]);
      const stale = await s.gql(COMPLETE, { id: other.id, v: 9 });
      expect(stale.data.completeReliefPaperwork.errors[0]).toMatchObject({ field: 'version', code: 'VERSION_CONFLICT' });
    } finally {
      clock.set(china('2026-06-15T10:00:00'));
    }
  });

  it('masks the recipient ID number without pii:read and lists grants by type', async () => {
    const auditor = await s.as('auditor');
    const res = await auditor(`query { reliefGrants(first: 5) { edges { node { recipientIdNumber } } } }`);
    for (const e of res.data.reliefGrants.edges) expect(e.node.recipientIdNumber).toMatch(/\*{8}/);
    const em = (await s.gql(GRANTS, { where: { type: 'EXPENDITURE' }, first: 500 })).data.reliefGrants;
    expect(em.totalCount).toBeGreaterThan(0);
    expect(em.edges.every((e: any) => e.node.type === 'EXPENDITURE')).toBe(true);
  });
});
