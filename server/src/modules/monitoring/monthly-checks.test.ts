import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import {
  GOOD, GRID, COMPLETION, SUBMIT, LOCK, CORRECT, REFERRALS, china, codeOf, createHousehold, errs, save, saveOk, WORKING,
} from '../../test-support/monitoring.js';

// Monthly checks (台账月度记录): validation, month boundaries with a moving clock, scope, DRAFT → SUBMITTED → LOCKED,
// corrections, the grid and completion — over the real GraphQL server.
const YANGHE_VILLAGE = '640121100200';
const LIJUN_VILLAGE = '640121101200';
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;
let admin: Gql;
const H: Record<string, { id: string; version: number; code: string }> = {};

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
  yanghe = await s.as('yanghe');
  admin = await s.as('admin');
  H.a = await createHousehold(s.gql, { regionCode: YANGHE_VILLAGE, category: 'MONITORED' }, WORKING());
  H.b = await createHousehold(s.gql, { regionCode: YANGHE_VILLAGE, category: 'MARGINAL' });
  H.c = await createHousehold(s.gql, { regionCode: YANGHE_VILLAGE, category: 'UNLIFTED' });
  H.lijun = await createHousehold(s.gql, { regionCode: LIJUN_VILLAGE, category: 'MONITORED' });
});
afterAll(async () => s?.stop());

describe(`monthly checks on ${TEST_DB_KIND}`, () => {
  it('answers every bad field of every row with a coded zh message naming the field, and saves the good rows', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const res = await save(s.gql, [
      { householdId: H.a!.id, month: '2026-6', ...GOOD },
      { householdId: H.a!.id, month: '2026-07', ...GOOD },
      { householdId: H.a!.id, month: '2026-06', visitDate: '2026-05-31' },
      { householdId: H.a!.id, month: '2026-06', visitDate: '2026-06-16' },
      { householdId: H.a!.id, month: '2026-06', visitDate: '6月3日' },
      { householdId: H.a!.id, month: '2026-06', incomeWages: -1, spendingMedical: -0.5 },
      { householdId: H.a!.id, month: '2026-06', housingGrade: 'E' },
      { householdId: H.a!.id, month: '2026-06', riskFound: true, riskTypes: ['火灾'] },
      { householdId: H.a!.id, month: '2026-06', riskFound: true, riskTypes: [] },
      { householdId: '999999', month: '2026-06', ...GOOD },
      { householdId: H.a!.id, month: '2026-06', visitDate: '2026-06-15', ...GOOD, riskFound: true, riskTypes: ['因病', 'DISABILITY'], housingGrade: 'B级' },
    ]);
    expect(res.map(errs)).toEqual([
      ['month:INVALID_VALUE'],
      ['month:OUT_OF_RANGE'],
      ['visitDate:OUT_OF_RANGE'],
      ['visitDate:OUT_OF_RANGE'],
      ['visitDate:INVALID_VALUE'],
      ['incomeWages:OUT_OF_RANGE', 'spendingMedical:OUT_OF_RANGE'],
      ['housingGrade:INVALID_VALUE'],
      ['riskTypes:INVALID_VALUE'],
      ['riskTypes:REQUIRED'],
      ['householdId:NOT_FOUND'],
      [],
    ]);
    const msg = res.map((r) => r.errors.map((e: any) => e.message).join(' | '));
    expect(msg[0]).toBe('月份“2026-6”格式应为 YYYY-MM（如 2026-06）');
    expect(msg[1]).toBe('月份 2026-07 晚于本月（2026-06），不能填写');
    expect(msg[2]).toBe('走访日期 2026-05-31 不在 2026-06 月内（应在 2026-06-01 至 2026-06-30 之间）');
    expect(msg[3]).toBe('走访日期 2026-06-16 晚于今天（2026-06-15）');
    expect(msg[4]).toBe('走访日期“6月3日”格式应为 YYYY-MM-DD');
    expect(msg[5]).toBe('工资性收入不能为负数 | 医疗刚性支出不能为负数');
    expect(msg[6]).toBe('住房安全等级“E”无效，应为 A、B、C 或 D');
    expect(msg[7]).toBe('风险类型“火灾”无效');
    expect(msg[8]).toBe('发现风险时请填写风险类型');
    expect(res.slice(0, 10).every((r) => r.ok === false && r.row === null)).toBe(true);
    const row = res[10].row;
    expect(row).toMatchObject({
      householdId: H.a!.id, month: '2026-06', visitDate: '2026-06-15', incomeTotal: 10000, housingGrade: 'B',
      riskTypes: ['ILLNESS', 'DISABILITY'], riskFound: true, atRisk: false, state: 'DRAFT', version: 1, monitoringLine: 7500,
    });
    expect(row.checkId).toBeTruthy();
  });

  it('creates with version null, refuses a second create and a stale version with the current row', async () => {
    const [again] = await save(s.gql, [{ householdId: H.a!.id, month: '2026-06', visitor: '王五' }]);
    expect(errs(again)).toEqual(['version:VERSION_CONFLICT']);
    expect(again.conflict).toMatchObject({ version: 1, visitor: '李建国' });
    const ok = await saveOk(s.gql, { householdId: H.a!.id, month: '2026-06', version: 1, visitor: '王五', incomeProperty: null });
    expect(ok).toMatchObject({ version: 2, visitor: '王五', incomeProperty: null, incomeTotal: 9500, incomeWages: 6000 });
    const [stale] = await save(s.gql, [{ householdId: H.a!.id, month: '2026-06', version: 1, visitor: '赵六' }]);
    expect(errs(stale)).toEqual(['version:VERSION_CONFLICT']);
    expect(stale.conflict.version).toBe(2);
    const [missing] = await save(s.gql, [{ householdId: H.b!.id, month: '2026-06', version: 3, visitor: '赵六' }]);
    expect(errs(missing)).toEqual(['version:NOT_FOUND']);
    // Two clients creating the same household's month at once: one wins, the other gets VERSION_CONFLICT.
    const both = await Promise.all([1, 2].map(() => save(s.gql, [{ householdId: H.c!.id, month: '2026-04', visitor: '并发' }])));
    expect(both.map(([r]) => r.ok).sort()).toEqual([false, true]);
    expect(both.flatMap(([r]) => errs(r))).toEqual(['version:VERSION_CONFLICT']);
  });

  it('takes the month boundaries in China time from the injected clock', async () => {
    // 2026-06-30 23:59 in 永宁县 (15:59 UTC): the last day of June is today, July is still the future.
    clock.set(china('2026-06-30T23:59:00'));
    const [lastDay, july] = await save(s.gql, [
      { householdId: H.b!.id, month: '2026-06', visitDate: '2026-06-30', ...GOOD },
      { householdId: H.b!.id, month: '2026-07', visitDate: '2026-07-01' },
    ]);
    expect(lastDay.ok).toBe(true);
    expect(errs(july)).toEqual(['month:OUT_OF_RANGE']);
    // Two minutes later (still 2026-06-30 in UTC) the month has rolled over in China.
    clock.set(new Date('2026-06-30T16:01:00Z'));
    const [julyNow, juneLate] = await save(s.gql, [
      { householdId: H.b!.id, month: '2026-07', visitDate: '2026-07-01', ...GOOD },
      { householdId: H.c!.id, month: '2026-06', visitDate: '2026-07-01' },
    ]);
    expect(julyNow.errors).toEqual([]);
    expect(julyNow.row).toMatchObject({ month: '2026-07', visitDate: '2026-07-01', state: 'DRAFT' });
    expect(juneLate.errors[0]).toMatchObject({ field: 'visitDate', code: 'OUT_OF_RANGE', message: '走访日期 2026-07-01 不在 2026-06 月内（应在 2026-06-01 至 2026-06-30 之间）' });
    // The current month of the grid's "not yet visited" is July now: nobody else visited yet.
    const grid = (await yanghe(GRID, { w: { month: '2026-07', visited: false } })).data.monthlyChecks;
    expect(grid.edges.map((e: any) => e.node.householdId).sort()).toEqual([H.a!.id, H.c!.id].sort());
    clock.set(china('2026-06-15T10:00:00'));
  });

  it('confines a township user to its township: grid, completion, saves, submits and locks', async () => {
    const grid = (await yanghe(GRID, { w: { month: '2026-06' }, first: 100 })).data.monthlyChecks;
    expect(grid.totalCount).toBe(3);
    expect(grid.edges.every((e: any) => e.node.townshipCode === '640121100')).toBe(true);
    const foreign = (await yanghe(GRID, { w: { month: '2026-06', regionCode: '640121101' } })).data.monthlyChecks;
    expect(foreign.totalCount).toBe(0);
    const [r] = await save(yanghe, [{ householdId: H.lijun!.id, month: '2026-06', ...GOOD }]);
    // Another township's household answers exactly as a missing one (issue 13).
    expect(errs(r)).toEqual(['householdId:NOT_FOUND']);
    expect(r.errors[0].message).toBe(`户 ${H.lijun!.id} 不存在或已删除`);
    expect(codeOf(await yanghe(SUBMIT, { r: '640121101', m: '2026-06' }))).toBe('FORBIDDEN');
    const lock = await yanghe(LOCK, { r: '640121100', m: '2026-06' });
    expect(codeOf(lock)).toBe('FORBIDDEN');
    expect(lock.errors![0]!.message).toBe('只有县民政局工作人员或系统管理员可以锁定月份');
    const comp = (await yanghe(COMPLETION, { m: '2026-06' })).data.monthlyCheckCompletion;
    expect(comp.map((c: any) => c.townshipCode)).toEqual(['640121100']);
    expect(codeOf(await s.anon(GRID, { w: { month: '2026-06' } }))).toBe('UNAUTHENTICATED');
    const renshe = await s.as('renshe');
    expect(codeOf(await renshe(GRID, { w: { month: '2026-06' } }))).toBe('FORBIDDEN');
  });

  it('lists every household with its check or its absence, filters and pages with a total', async () => {
    const all = (await s.gql(GRID, { w: { month: '2026-06' } })).data.monthlyChecks;
    expect(all.totalCount).toBe(4);
    const byId = new Map(all.edges.map((e: any) => [e.node.householdId, e.node]));
    expect(byId.get(H.c!.id)).toMatchObject({ checkId: null, state: null, version: null, visitDate: null, atRisk: false, riskTypes: [] });
    expect(byId.get(H.a!.id)).toMatchObject({ state: 'DRAFT', visitDate: '2026-06-15' });
    const q = async (w: Record<string, unknown>) =>
      ((await s.gql(GRID, { w: { month: '2026-06', ...w } })).data.monthlyChecks.edges as any[]).map((e) => e.node.householdId).sort();
    expect(await q({ visited: false })).toEqual([H.c!.id, H.lijun!.id].sort());
    expect(await q({ visited: true })).toEqual([H.a!.id, H.b!.id].sort());
    expect(await q({ state: 'DRAFT' })).toEqual([H.a!.id, H.b!.id].sort());
    expect(await q({ category: 'UNLIFTED' })).toEqual([H.c!.id]);
    expect(await q({ regionCode: LIJUN_VILLAGE })).toEqual([H.lijun!.id]);
    expect(await q({ search: H.b!.code })).toEqual([H.b!.id]);
    expect(await q({ search: '马文' })).toEqual([H.b!.id, H.c!.id, H.lijun!.id].sort());
    expect(await q({ atRisk: true })).toEqual([]);
    // Keyset pages: 3 pages of 1–2 rows, no row twice, same total on each.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await s.gql(GRID, { w: { month: '2026-06' }, first: 2, after })).data.monthlyChecks;
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((e: any) => e.node.householdId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(all.edges.map((e: any) => e.node.householdId).sort());
    expect(codeOf(await s.gql(GRID, { w: { month: '2026-13' } }))).toBe('INVALID_VALUE');
    expect(codeOf(await s.gql(GRID, { w: { month: '2026-06' }, first: 501 }))).toBe('OUT_OF_RANGE');
  });

  it('submits (a check needs a visit date), locks what is submitted and reports what is left', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    await saveOk(yanghe, { householdId: H.a!.id, month: '2026-05', visitDate: '2026-05-10', ...GOOD, incomeWages: 1000 });
    await saveOk(yanghe, { householdId: H.b!.id, month: '2026-05', visitor: '李建国' });
    const sub = (await yanghe(SUBMIT, { r: '640121100', m: '2026-05' })).data.submitMonthlyChecks;
    const byH = new Map(sub.map((r: any) => [r.householdId, r]));
    expect((byH.get(H.a!.id) as any).row).toMatchObject({ state: 'SUBMITTED', version: 2 });
    expect(errs(byH.get(H.b!.id) as any)).toEqual(['visitDate:REQUIRED']);
    expect((byH.get(H.b!.id) as any).errors[0].message).toMatch(/走访日期为空，不能上报$/);
    // One named household without a check: NOT_FOUND for that row.
    const named = (await yanghe(SUBMIT, { r: '640121100', m: '2026-05', ids: [H.c!.id] })).data.submitMonthlyChecks;
    expect(errs(named[0])).toEqual(['householdId:NOT_FOUND']);

    // Completion before the lock.
    const before = (await s.gql(COMPLETION, { m: '2026-05', r: '640121100' })).data.monthlyCheckCompletion;
    expect(before).toEqual([expect.objectContaining({ townshipCode: '640121100', townshipName: '杨和镇', households: 3, visited: 1, notVisited: 2, submitted: 1, locked: 0, atRisk: 1, rate: 0.3333, lockedAt: null })]);

    const lock = (await s.gql(LOCK, { r: '640121100', m: '2026-05' })).data.lockMonth;
    expect(lock).toMatchObject({ month: '2026-05', regionCode: '640121100', locked: 1, notSubmitted: 1, notVisited: 2 });
    expect(lock.townships[0]).toMatchObject({ households: 3, visited: 1, submitted: 1, locked: 1 });
    expect(lock.townships[0].lockedAt).toBeTruthy();
    expect(codeOf(await s.gql(LOCK, { r: '640121100', m: '2026-07' }))).toBe('OUT_OF_RANGE');
    expect(codeOf(await s.gql(LOCK, { r: '640121100200', m: '2026-05' }))).toBe('INVALID_VALUE');

    // A locked check is refused by saveMonthlyChecks, per row; the other rows still save.
    const grid = (await yanghe(GRID, { w: { month: '2026-05', state: 'LOCKED' } })).data.monthlyChecks.edges;
    expect(grid).toHaveLength(1);
    const locked = grid[0].node;
    expect(locked).toMatchObject({ householdId: H.a!.id, state: 'LOCKED', version: 3 });
    const [refused, other] = await save(yanghe, [
      { householdId: H.a!.id, month: '2026-05', version: 3, visitor: '改名' },
      { householdId: H.b!.id, month: '2026-05', version: 1, visitDate: '2026-05-20' },
    ]);
    expect(errs(refused)).toEqual(['state:LOCKED']);
    expect(refused.errors[0].message).toBe('该户 2026-05 的走访记录已被县级锁定，只能通过更正（correctMonthlyCheck）修改');
    expect(other.ok).toBe(true);
    // Late drafts are submitted and locked by a second lock.
    await yanghe(SUBMIT, { r: '640121100', m: '2026-05' });
    const again = (await s.gql(LOCK, { r: '640121100', m: '2026-05' })).data.lockMonth;
    expect(again).toMatchObject({ locked: 1, notSubmitted: 0, notVisited: 1 });
  });

  it('changes a locked check only through a recorded, audited correction with a reason', async () => {
    const row = (await s.gql(GRID, { w: { month: '2026-05', search: H.a!.code } })).data.monthlyChecks.edges[0].node;
    expect(row.state).toBe('LOCKED');
    const noReason = (await yanghe(CORRECT, { input: { checkId: row.checkId, version: row.version, reason: ' ', incomeWages: 7000 } })).data.correctMonthlyCheck;
    expect(errs(noReason)).toEqual(['reason:REQUIRED']);
    expect(noReason.errors[0].message).toBe('更正原因不能为空');
    const stale = (await yanghe(CORRECT, { input: { checkId: row.checkId, version: row.version - 1, reason: '录入错误', incomeWages: 7000 } })).data.correctMonthlyCheck;
    expect(errs(stale)).toEqual(['version:VERSION_CONFLICT']);
    const bad = (await yanghe(CORRECT, { input: { checkId: row.checkId, version: row.version, reason: '录入错误', visitDate: '2026-06-01' } })).data.correctMonthlyCheck;
    expect(errs(bad)).toEqual(['visitDate:OUT_OF_RANGE']);
    const ok = (await yanghe(CORRECT, { input: { checkId: row.checkId, version: row.version, reason: '工资收入录入少了一位', incomeWages: 10000 } })).data.correctMonthlyCheck;
    expect(ok.errors).toEqual([]);
    expect(ok.row).toMatchObject({ state: 'LOCKED', incomeWages: 10000, incomeTotal: 14000, atRisk: false, version: row.version + 1 });
    const list = (await s.gql(`query($h: ID!) { monthlyCheckCorrections(householdId: $h) { checkId month actor reason before after } }`, { h: H.a!.id })).data.monthlyCheckCorrections;
    expect(list).toEqual([{ checkId: row.checkId, month: '2026-05', actor: 'yanghe', reason: '工资收入录入少了一位',
      before: JSON.stringify({ incomeWages: 1000, incomeTotal: 5000, atRisk: true }), after: JSON.stringify({ incomeWages: 10000, incomeTotal: 14000, atRisk: false }) }]);
    const audit = (await s.gql(`query($id: String!) { auditEvents(where: { entityType: "monthly_check", entityId: $id }, first: 50) { edges { node { actor field before after } } } }`, { id: row.checkId })).data.auditEvents.edges.map((e: any) => e.node);
    expect(audit).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'yanghe', field: 'incomeWages', before: '1000', after: '10000' }),
      expect.objectContaining({ actor: 'county', field: 'state', before: '"SUBMITTED"', after: '"LOCKED"' }),
      expect.objectContaining({ actor: 'yanghe', field: 'state', before: '"DRAFT"', after: '"SUBMITTED"' }),
    ]));
    const draft = (await s.gql(GRID, { w: { month: '2026-06', search: H.a!.code } })).data.monthlyChecks.edges[0].node;
    const notLocked = (await yanghe(CORRECT, { input: { checkId: draft.checkId, version: draft.version, reason: '更正', visitor: '张三' } })).data.correctMonthlyCheck;
    expect(errs(notLocked)).toEqual(['state:INVALID_STATE']);
    const same = (await yanghe(CORRECT, { input: { checkId: row.checkId, version: row.version + 1, reason: '重复', incomeWages: 10000 } })).data.correctMonthlyCheck;
    expect(errs(same)).toEqual(['reason:INVALID_VALUE']);
    const foreign = await createHousehold(s.gql, { regionCode: LIJUN_VILLAGE });
    await saveOk(s.gql, { householdId: foreign.id, month: '2026-05', visitDate: '2026-05-03', ...GOOD });
    await s.gql(SUBMIT, { r: '640121101', m: '2026-05' });
    await s.gql(LOCK, { r: '640121', m: '2026-05' });
    const frow = (await s.gql(GRID, { w: { month: '2026-05', search: foreign.code } })).data.monthlyChecks.edges[0].node;
    expect(frow.state).toBe('LOCKED');
    const forb = (await yanghe(CORRECT, { input: { checkId: frow.checkId, version: frow.version, reason: '更正', visitor: '张三' } })).data.correctMonthlyCheck;
    expect(errs(forb)).toEqual(['checkId:NOT_FOUND']); // a foreign check answers as a missing one (issue 13)
    expect(forb.errors[0].message).toBe(`走访记录 ${frow.checkId} 不存在`);
    expect(forb.householdId).toBeNull();
  });
});

describe(`monitoring lines on ${TEST_DB_KIND}`, () => {
  it('are seeded by year, applied by the month\'s year, and edited by the admin only', async () => {
    const lines = (await yanghe(`{ monitoringLines { year amount updatedBy } }`)).data.monitoringLines;
    expect(lines.map((l: any) => [l.year, l.amount])).toEqual([[2020, 6000], [2021, 6000], [2022, 6300], [2023, 6600], [2024, 6900], [2025, 7200], [2026, 7500]]);
    // 6200 is above the 2021 line and below the 2026 line (the other sources answered 0: a check is judged once complete).
    const old = await saveOk(s.gql, { householdId: H.c!.id, month: '2021-03', visitDate: '2021-03-05', ...GOOD, incomeWages: 6200, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 });
    expect(old).toMatchObject({ incomeTotal: 6200, atRisk: false, monitoringLine: 6000 });
    const now = await saveOk(s.gql, { householdId: H.c!.id, month: '2026-06', visitDate: '2026-06-05', ...GOOD, incomeWages: 6200, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 });
    expect(now).toMatchObject({ incomeTotal: 6200, atRisk: true, monitoringLine: 7500 });
    const ref = (await s.gql(REFERRALS, { w: { state: 'OPEN' } })).data.riskReferrals.edges.map((e: any) => e.node).find((n: any) => n.householdId === H.c!.id);
    expect(ref.reasons).toEqual(['人均纯收入 6200 元低于 2026 年监测线 7500 元']);

    const SET = `mutation($y: Int!, $a: Float!) { setMonitoringLine(year: $y, amount: $a) { year amount updatedBy } }`;
    const county = await s.gql(SET, { y: 2027, a: 8000 });
    expect(codeOf(county)).toBe('FORBIDDEN');
    expect(county.errors![0]!.message).toBe('只有系统管理员可以进行此操作');
    expect(codeOf(await yanghe(SET, { y: 2027, a: 8000 }))).toBe('FORBIDDEN');
    expect(codeOf(await admin(SET, { y: 2027, a: 0 }))).toBe('OUT_OF_RANGE');
    expect(codeOf(await admin(SET, { y: 1999, a: 8000 }))).toBe('OUT_OF_RANGE');
    // Before 2027 has a row, it falls back to the nearest earlier year.
    const g2027 = (await s.gql(GRID, { w: { month: '2027-01' }, first: 1 })).data.monthlyChecks.edges[0].node;
    expect(g2027.monitoringLine).toBe(7500);
    expect((await admin(SET, { y: 2027, a: 8000 })).data.setMonitoringLine).toEqual({ year: 2027, amount: 8000, updatedBy: 'admin' });
    expect((await admin(SET, { y: 2026, a: 6100 })).data.setMonitoringLine.amount).toBe(6100);
    const g = (await s.gql(GRID, { w: { month: '2027-01' }, first: 1 })).data.monthlyChecks.edges[0].node;
    expect(g.monitoringLine).toBe(8000);
    // Checks saved afterwards use the new 2026 line.
    const again = await saveOk(s.gql, { householdId: H.c!.id, month: '2026-06', version: now.version, remarks: '复核' });
    expect(again).toMatchObject({ atRisk: false, monitoringLine: 6100 });
    const audit = (await s.gql(`{ auditEvents(where: { entityType: "monitoring_line", entityId: "2026" }) { edges { node { actor field before after } } } }`)).data.auditEvents.edges;
    expect(audit[0].node).toEqual({ actor: 'admin', field: 'amount', before: '7500', after: '6100' });
    await admin(SET, { y: 2026, a: 7500 });
  });
});
