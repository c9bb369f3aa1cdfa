import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { householdInput, makeId } from '../../test-support/fixtures.js';
import { MonthlyCheck, RiskReferral } from '../monitoring/monitoring.entity.js';
import { DibaoCase, ReliefGrant, ReserveFund, ReserveFundTopUp, TekunPerson } from '../assistance/assistance.entities.js';

// The county overview over the real GraphQL server. Households come through the ledger API; checks, referrals and
// assistance records are written straight into their tables so that every date (gradual-exit ends, paperwork due)
// sits exactly where the figures must count it or not.

const YANGHE = '640121100';
const LIJUN = '640121101';
const china = (s: string) => new Date(`${s}+08:00`);
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

const OVERVIEW = `query($month: String!, $regionCode: String, $top: Int) {
  overview(month: $month, regionCode: $regionCode, top: $top) {
    month regionCode regionName asOf exitWindowEnd
    townships { code name }
    households { townshipCode townshipName category riskStatus households atRisk }
    checks { townshipCode townshipName month households visited notVisited submitted locked atRisk rate }
    assistance { townshipCode townshipName dibaoActive dibaoGradualExit dibaoSinglePerson gradualExitsEndingSoon
      reliefMonthGrants reliefMonthAmount reliefYearGrants reliefYearAmount overduePaperwork tekunCentralised tekunDispersed }
    gradualExits { count items { caseId householdId householdCode headName townshipCode townshipName kind exitStartDate exitEndDate noticeDate noticeRef daysLeft } }
    overduePaperwork { count items { grantId householdId householdCode headName townshipCode townshipName type amount grantDate paperworkDue daysOverdue } }
    reserveFunds { townshipCode townshipName opening topUps granted balance }
  }
}`;

interface H { id: string; code: string; headName: string; members: { id: string }[] }
const hh: Record<string, H> = {};
const ids: Record<string, number> = {};

async function overview(gql: Gql, month: string, regionCode?: string | null, top?: number) {
  const res = await gql(OVERVIEW, { month, regionCode, top });
  expect(res.errors).toBeUndefined();
  return res.data.overview;
}
const byTownship = <T extends { townshipCode: string }>(rows: T[], code: string) => rows.find((r) => r.townshipCode === code)!;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 } });
  // ---- households, through the ledger API
  const specs: [string, Record<string, unknown>][] = [
    ['y1', { category: 'MONITORED', regionCode: '640121100200' }],
    ['y2', { category: 'MONITORED', regionCode: '640121100201' }],
    ['y3', { category: 'MONITORED', regionCode: '640121100200', riskStatus: 'ELIMINATED' }],
    ['y4', { category: 'UNLIFTED', regionCode: '640121100202' }],
    ['y5', { category: 'UNLIFTED', regionCode: '640121100200' }], // deleted below: counted nowhere
    ['l1', { category: 'MARGINAL', regionCode: '640121101200' }],
    ['l2', { category: 'SUDDEN', regionCode: '640121101201' }],
  ];
  const res = await s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok errors { field message } household { id code headName members { id } } } }`, {
    input: specs.map(([, over], i) => householdInput(over, [
      { name: `户主${i}`, idNumber: makeId('19700312'), relation: 'HEAD' },
      { name: `成员${i}`, idNumber: makeId('20100805', { female: true }), relation: 'DAUGHTER' },
    ])),
  });
  expect(res.errors).toBeUndefined();
  res.data.createHouseholds.forEach((r: { ok: boolean; errors: unknown; household: H }, i: number) => {
    expect(r.errors).toEqual([]);
    hh[specs[i]![0]] = r.household;
    ids[specs[i]![0]] = Number(r.household.id);
  });
  const del = await s.gql(`mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }`, { ids: [hh.y5!.id] });
  expect(del.data.deleteHouseholds[0].ok).toBe(true);

  // ---- checks, referrals and assistance
  const em = s.app.orm.em.fork();
  const at = clock.now();
  const check = (key: string, month: string, visitDate: string, state: string, atRisk = false) => ({
    household: ids[key]!, month, townshipCode: key.startsWith('y') ? YANGHE : LIJUN, visitDate, state, atRisk, createdAt: at, updatedAt: at,
  });
  await em.insertMany(MonthlyCheck, [
    check('y1', '2026-06', '2026-06-03', 'SUBMITTED', true),
    check('y2', '2026-06', '2026-06-04', 'DRAFT'),
    check('y3', '2026-06', '2026-06-05', 'LOCKED'),
    check('l1', '2026-06', '', 'DRAFT'),
    check('y5', '2026-06', '2026-06-05', 'SUBMITTED'), // a deleted household's check
    check('y4', '2026-05', '2026-05-20', 'LOCKED'),
    check('y1', '2026-05', '', 'DRAFT'),
  ]);
  const referral = (key: string, state: string) => ({ household: ids[key]!, month: '2026-06', townshipCode: YANGHE, reasons: '收入低于监测线', state, createdAt: at, updatedAt: at });
  await em.insertMany(RiskReferral, [referral('y1', 'OPEN'), referral('y2', 'CLOSED'), referral('y5', 'OPEN')]);

  const dibao = (key: string, over: Record<string, unknown>) => ({
    household: ids[key]!, kind: 'HOUSEHOLD', townshipCode: key.startsWith('y') ? YANGHE : LIJUN, state: 'ACTIVE', startDate: '2025-01-01',
    monthlyAmount: 300, createdAt: at, updatedAt: at, ...over,
  });
  const exit = (end: string) => ({ state: 'GRADUAL_EXIT', exitStartDate: '2026-03-01', noticeDate: '2026-02-25', noticeRef: '永民通〔2026〕3号', exitEndDate: end });
  await em.insertMany(DibaoCase, [
    dibao('y1', {}),
    dibao('y2', exit('2026-08-31')), // ends within 3 months
    dibao('y3', exit('2026-12-31')), // later
    dibao('y3', exit('2026-06-10')), // its end has come: ended
    dibao('y4', { kind: 'SINGLE_PERSON', memberId: Number(hh.y4!.members[1]!.id) }),
    dibao('y4', { state: 'ENDED', endDate: '2026-01-31' }),
    dibao('l1', { ...exit('2026-09-15'), noticeDate: null, noticeRef: null }), // the window's last day
  ]);
  ids.exitY2 = (await em.getConnection().execute(`SELECT id FROM dibao_case WHERE household_id = ? AND exit_end_date = '2026-08-31'`, [ids.y2]))[0].id;
  ids.exitL1 = (await em.getConnection().execute(`SELECT id FROM dibao_case WHERE household_id = ?`, [ids.l1]))[0].id;

  const grant = (key: string | null, township: string, over: { amount: number; grantDate: string } & Record<string, unknown>) => ({
    householdId: key ? ids[key]! : null, townshipCode: township, type: 'EMERGENCY', cause: '突发疾病', createdAt: at, updatedAt: at, ...over,
  });
  await em.insertMany(ReliefGrant, [
    grant('y1', YANGHE, { amount: 1000, grantDate: '2026-06-03' }),
    grant('y2', YANGHE, { type: 'EXPENDITURE', amount: 2500.5, grantDate: '2026-02-10' }),
    grant('y2', YANGHE, { amount: 800, grantDate: '2025-12-20' }), // last year
    grant('y4', YANGHE, { amount: 600, grantDate: '2026-05-20', assistFirst: true, paperworkDue: '2026-06-01' }), // overdue
    grant('y4', YANGHE, { amount: 300, grantDate: '2026-06-10', assistFirst: true, paperworkDue: '2026-06-20' }), // not yet due
    grant('y1', YANGHE, { amount: 400, grantDate: '2026-05-25', assistFirst: true, paperworkDue: '2026-06-01', paperworkDoneAt: '2026-05-30' }),
    grant(null, LIJUN, { amount: 500, grantDate: '2026-06-05', assistFirst: true, paperworkDue: '2026-06-10', fromReserveFund: false, recipientName: '外出务工人员' }),
  ]);
  ids.grantY4 = (await em.getConnection().execute(`SELECT id FROM relief_grant WHERE amount = 600`))[0].id;
  ids.grantL = (await em.getConnection().execute(`SELECT id FROM relief_grant WHERE amount = 500`))[0].id;
  await em.insertMany(ReserveFund, [{ townshipCode: YANGHE, openingBalance: 10000, updatedAt: at }, { townshipCode: LIJUN, openingBalance: 5000, updatedAt: at }]);
  await em.insertMany(ReserveFundTopUp, [{ townshipCode: YANGHE, amount: 2000, topUpDate: '2026-03-01', createdBy: 'county', createdAt: at }]);

  const tekun = (key: string, over: Record<string, unknown>) => ({
    memberId: Number(hh[key]!.members[0]!.id), household: ids[key]!, townshipCode: YANGHE, supportMode: 'DISPERSED', careProviderOrg: '杨和镇敬老院',
    startDate: '2025-01-01', createdAt: at, updatedAt: at, ...over,
  });
  await em.insertMany(TekunPerson, [
    tekun('y3', { supportMode: 'CENTRALISED' }),
    tekun('y4', {}),
    tekun('y1', { minorClause: true, coverageEndDate: '2026-06-01' }), // turned 18 on 1 June
    tekun('y2', { state: 'ENDED', endDate: '2026-01-01' }),
  ]);
});
afterAll(async () => s?.stop());

describe(`overview on ${TEST_DB_KIND}`, () => {
  it('counts households by township × category × risk status, with those at risk, leaving deleted ones out', async () => {
    const o = await overview(s.gql, '2026-06');
    expect(o).toMatchObject({ month: '2026-06', regionCode: '640121', regionName: '永宁县', asOf: '2026-06-15', exitWindowEnd: '2026-09-15' });
    expect(o.townships.map((t: { code: string }) => t.code)).toEqual(['640121001', YANGHE, LIJUN, '640121102', '640121103', '640121104', '640121200', '640121400', '640121401']);
    expect(o.households).toEqual([
      { townshipCode: YANGHE, townshipName: '杨和镇', category: 'MONITORED', riskStatus: 'ELIMINATED', households: 1, atRisk: 0 },
      { townshipCode: YANGHE, townshipName: '杨和镇', category: 'MONITORED', riskStatus: 'MONITORING', households: 2, atRisk: 1 },
      { townshipCode: YANGHE, townshipName: '杨和镇', category: 'UNLIFTED', riskStatus: 'MONITORING', households: 1, atRisk: 0 },
      { townshipCode: LIJUN, townshipName: '李俊镇', category: 'MARGINAL', riskStatus: 'MONITORING', households: 1, atRisk: 0 },
      { townshipCode: LIJUN, townshipName: '李俊镇', category: 'SUDDEN', riskStatus: 'MONITORING', households: 1, atRisk: 0 },
    ]);
    // each figure is the count the ledger grid shows for the same filter
    const grid = await s.gql(`query { households(where: { regionCode: { startsWith: "${YANGHE}" }, category: { eq: MONITORED }, riskStatus: { eq: MONITORING } }) { totalCount } }`);
    expect(grid.data.households.totalCount).toBe(2);
  });

  it('gives the month\'s check completion per township', async () => {
    const o = await overview(s.gql, '2026-06');
    expect(o.checks).toHaveLength(9);
    expect(byTownship(o.checks, YANGHE)).toEqual({
      townshipCode: YANGHE, townshipName: '杨和镇', month: '2026-06', households: 4, visited: 3, notVisited: 1, submitted: 2, locked: 1, atRisk: 1, rate: 0.75,
    });
    expect(byTownship(o.checks, LIJUN)).toMatchObject({ households: 2, visited: 0, notVisited: 2, submitted: 0, locked: 0, rate: 0 });
    expect(byTownship(o.checks, '640121104')).toMatchObject({ households: 0, visited: 0, rate: 0 });
  });

  it('counts assistance by kind, gradual exits ending within 3 months, overdue paperwork and reserve funds', async () => {
    const o = await overview(s.gql, '2026-06');
    expect(byTownship(o.assistance, YANGHE)).toEqual({
      townshipCode: YANGHE, townshipName: '杨和镇', dibaoActive: 2, dibaoGradualExit: 2, dibaoSinglePerson: 1, gradualExitsEndingSoon: 1,
      reliefMonthGrants: 2, reliefMonthAmount: 1300, reliefYearGrants: 5, reliefYearAmount: 4800.5, overduePaperwork: 1,
      tekunCentralised: 1, tekunDispersed: 1,
    });
    expect(byTownship(o.assistance, LIJUN)).toEqual({
      townshipCode: LIJUN, townshipName: '李俊镇', dibaoActive: 0, dibaoGradualExit: 1, dibaoSinglePerson: 0, gradualExitsEndingSoon: 1,
      reliefMonthGrants: 1, reliefMonthAmount: 500, reliefYearGrants: 1, reliefYearAmount: 500, overduePaperwork: 1,
      tekunCentralised: 0, tekunDispersed: 0,
    });
    expect(o.gradualExits).toEqual({
      count: 2,
      items: [
        { caseId: String(ids.exitY2), householdId: hh.y2!.id, householdCode: hh.y2!.code, headName: hh.y2!.headName, townshipCode: YANGHE, townshipName: '杨和镇',
          kind: 'HOUSEHOLD', exitStartDate: '2026-03-01', exitEndDate: '2026-08-31', noticeDate: '2026-02-25', noticeRef: '永民通〔2026〕3号', daysLeft: 77 },
        { caseId: String(ids.exitL1), householdId: hh.l1!.id, householdCode: hh.l1!.code, headName: hh.l1!.headName, townshipCode: LIJUN, townshipName: '李俊镇',
          kind: 'HOUSEHOLD', exitStartDate: '2026-03-01', exitEndDate: '2026-09-15', noticeDate: null, noticeRef: null, daysLeft: 92 },
      ],
    });
    expect(o.overduePaperwork).toEqual({
      count: 2,
      items: [
        { grantId: String(ids.grantY4), householdId: hh.y4!.id, householdCode: hh.y4!.code, headName: hh.y4!.headName, townshipCode: YANGHE,
          townshipName: '杨和镇', type: 'EMERGENCY', amount: 600, grantDate: '2026-05-20', paperworkDue: '2026-06-01', daysOverdue: 14 },
        { grantId: String(ids.grantL), householdId: null, householdCode: null, headName: null, townshipCode: LIJUN,
          townshipName: '李俊镇', type: 'EMERGENCY', amount: 500, grantDate: '2026-06-05', paperworkDue: '2026-06-10', daysOverdue: 5 },
      ],
    });
    expect(o.reserveFunds).toEqual([
      { townshipCode: YANGHE, townshipName: '杨和镇', opening: 10000, topUps: 2000, granted: 5600.5, balance: 6399.5 },
      { townshipCode: LIJUN, townshipName: '李俊镇', opening: 5000, topUps: 0, granted: 0, balance: 5000 },
    ]);
    // `top` shortens the lists, not the counts
    const short = await overview(s.gql, '2026-06', null, 1);
    expect(short.gradualExits.count).toBe(2);
    expect(short.gradualExits.items.map((x: { caseId: string }) => x.caseId)).toEqual([String(ids.exitY2)]);
    expect(short.overduePaperwork.items).toHaveLength(1);
  });

  it('takes a past month as of its last day', async () => {
    const o = await overview(s.gql, '2026-05');
    expect(o).toMatchObject({ month: '2026-05', asOf: '2026-05-31', exitWindowEnd: '2026-08-31' });
    expect(byTownship(o.checks, YANGHE)).toMatchObject({ month: '2026-05', households: 4, visited: 1, submitted: 1, locked: 1, atRisk: 0, rate: 0.25 });
    expect(byTownship(o.assistance, YANGHE)).toMatchObject({
      // the exit ending 2026-06-10 was still running on 31 May, and ends within 3 months; so did 2026-08-31
      dibaoGradualExit: 3, gradualExitsEndingSoon: 2,
      reliefMonthGrants: 2, reliefMonthAmount: 1000, reliefYearGrants: 3, reliefYearAmount: 3500.5,
      overduePaperwork: 0, tekunDispersed: 2,
    });
    expect(o.gradualExits.items.map((x: { exitEndDate: string }) => x.exitEndDate)).toEqual(['2026-06-10', '2026-08-31']);
    expect(o.overduePaperwork).toEqual({ count: 0, items: [] });
  });

  it('follows the clock into the next month', async () => {
    clock.set(china('2026-07-01T00:30:00'));
    try {
      const o = await overview(s.gql, '2026-07');
      expect(o).toMatchObject({ asOf: '2026-07-01', exitWindowEnd: '2026-10-01' });
      expect(byTownship(o.checks, YANGHE)).toMatchObject({ households: 4, visited: 0 });
      expect(byTownship(o.assistance, YANGHE)).toMatchObject({ reliefMonthGrants: 0, reliefYearGrants: 5, overduePaperwork: 2 });
    } finally {
      clock.set(china('2026-06-15T10:00:00'));
    }
  });

  it('refuses a malformed or future month, a bad region, and a `top` out of range', async () => {
    for (const [month, msg] of [['2026-13', '月份“2026-13”应写作 YYYY-MM'], ['2026-6', '月份“2026-6”应写作 YYYY-MM'], ['2026-07', '月份 2026-07 尚未到来（当前 2026-06）']]) {
      const r = await s.gql(OVERVIEW, { month });
      expect(r.errors?.[0]).toMatchObject({ message: msg, extensions: { code: 'BAD_USER_INPUT', field: 'month' } });
    }
    const bad = await s.gql(OVERVIEW, { month: '2026-06', regionCode: '640122' });
    expect(bad.errors?.[0]).toMatchObject({ message: '区划代码“640122”不存在（应为本县、乡镇或村的代码）', extensions: { code: 'BAD_USER_INPUT', field: 'regionCode' } });
    const top = await s.gql(OVERVIEW, { month: '2026-06', top: 201 });
    expect(top.errors?.[0]).toMatchObject({ message: '列表条数 top 应在 0 到 200 之间', extensions: { code: 'BAD_USER_INPUT', field: 'top' } });
  });

  it('narrows to a township or a village on request', async () => {
    const o = await overview(s.gql, '2026-06', LIJUN);
    expect(o).toMatchObject({ regionCode: LIJUN, regionName: '李俊镇', townships: [{ code: LIJUN, name: '李俊镇' }] });
    expect(o.households.map((h: { townshipCode: string }) => h.townshipCode)).toEqual([LIJUN, LIJUN]);
    expect(o.checks).toHaveLength(1);
    expect(o.gradualExits.count).toBe(1);
    expect(o.reserveFunds).toEqual([{ townshipCode: LIJUN, townshipName: '李俊镇', opening: 5000, topUps: 0, granted: 0, balance: 5000 }]);

    const v = await overview(s.gql, '2026-06', '640121100200'); // 王太村: y1 and y3
    expect(v).toMatchObject({ regionCode: '640121100200', regionName: '王太村' });
    expect(v.households).toEqual([
      { townshipCode: YANGHE, townshipName: '杨和镇', category: 'MONITORED', riskStatus: 'ELIMINATED', households: 1, atRisk: 0 },
      { townshipCode: YANGHE, townshipName: '杨和镇', category: 'MONITORED', riskStatus: 'MONITORING', households: 1, atRisk: 1 },
    ]);
    expect(byTownship(v.checks, YANGHE)).toMatchObject({ households: 2, visited: 2 });
    expect(byTownship(v.assistance, YANGHE)).toMatchObject({ dibaoActive: 1, dibaoGradualExit: 1, gradualExitsEndingSoon: 0, reliefMonthGrants: 1, tekunCentralised: 1 });
    expect(v.reserveFunds).toEqual([]);
  });

  it('confines a township user to its township', async () => {
    const yanghe = await s.as('yanghe');
    const o = await overview(yanghe, '2026-06');
    expect(o).toMatchObject({ regionCode: YANGHE, regionName: '杨和镇', townships: [{ code: YANGHE, name: '杨和镇' }] });
    expect(o.households.every((h: { townshipCode: string }) => h.townshipCode === YANGHE)).toBe(true);
    expect(o.households.reduce((n: number, h: { households: number }) => n + h.households, 0)).toBe(4);
    expect(o.checks.map((c: { townshipCode: string }) => c.townshipCode)).toEqual([YANGHE]);
    expect(o.assistance.map((c: { townshipCode: string }) => c.townshipCode)).toEqual([YANGHE]);
    expect(o.gradualExits.items.map((x: { townshipCode: string }) => x.townshipCode)).toEqual([YANGHE]);
    expect(o.overduePaperwork.count).toBe(1);
    expect(o.reserveFunds.map((f: { townshipCode: string }) => f.townshipCode)).toEqual([YANGHE]);
    // the county asked for: its own township; another township: refused
    expect((await overview(yanghe, '2026-06', '640121')).regionCode).toBe(YANGHE);
    const other = await yanghe(OVERVIEW, { month: '2026-06', regionCode: LIJUN });
    expect(other.errors?.[0]).toMatchObject({ message: '只能查看杨和镇的统计，不能查看李俊镇', extensions: { code: 'FORBIDDEN', field: 'regionCode' } });
  });

  it('follows what the monitoring and assistance APIs write (望远镇, untouched by the records above)', async () => {
    const WANGYUAN = '640121102';
    const made = await s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok errors { message } household { id members { id } } } }`, {
      input: [
        householdInput({ category: 'MONITORED', regionCode: '640121102200' }, [{ name: '王建军', idNumber: makeId('19750312'), relation: 'HEAD' }]),
        householdInput({ category: 'MARGINAL', regionCode: '640121102201' }, [
          { name: '李秀英', idNumber: makeId('19480101', { female: true }), relation: 'HEAD', health: 'SERIOUS_ILLNESS', laborAbility: 'LOST' },
        ]),
      ],
    });
    expect(made.data.createHouseholds.map((r: { errors: unknown[] }) => r.errors)).toEqual([[], []]);
    const [a, b] = made.data.createHouseholds.map((r: { household: H }) => r.household) as H[];
    const must = async (q: string, v: Record<string, unknown>, gql: Gql = s.gql) => {
      const r = await gql(q, v);
      expect(r.errors).toBeUndefined();
      const out = Object.values(r.data)[0] as any;
      for (const row of Array.isArray(out) ? out : [out]) if ('ok' in row) expect(row.errors).toEqual([]);
      return out;
    };
    const fig = async () => {
      const o = await overview(s.gql, '2026-06', WANGYUAN);
      return { hh: o.households, check: o.checks[0], aid: o.assistance[0], exits: o.gradualExits.count, overdue: o.overduePaperwork.count, funds: o.reserveFunds };
    };
    expect((await fig()).check).toMatchObject({ households: 2, visited: 0, submitted: 0, locked: 0, atRisk: 0 });

    // a visit that finds the income under the line: visited, at risk, and a referral opened
    const wangyuan = await s.as('wangyuan');
    await must(`mutation($rows: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $rows) { ok errors { field message } } }`, { rows: [{
      householdId: a!.id, month: '2026-06', visitDate: '2026-06-10', visitor: '张帮扶', incomeWages: 2000, incomeBusiness: 0, incomeProperty: 0,
      incomeTransfer: 500, foodOk: true, clothingOk: true, schoolingOk: true, medicalInsuranceOk: true, housingGrade: 'A', waterOk: true,
    }] }, wangyuan);
    let f = await fig();
    expect(f.check).toMatchObject({ households: 2, visited: 1, notVisited: 1, atRisk: 1, rate: 0.5 });
    expect(f.hh).toContainEqual(expect.objectContaining({ category: 'MONITORED', riskStatus: 'MONITORING', households: 1, atRisk: 1 }));
    await must(`mutation { submitMonthlyChecks(regionCode: "${WANGYUAN}", month: "2026-06") { ok errors { field message } } }`, {}, wangyuan);
    expect((await fig()).check).toMatchObject({ submitted: 1, locked: 0 });
    await must(`mutation { lockMonth(regionCode: "${WANGYUAN}", month: "2026-06") { locked } }`, {});
    expect((await fig()).check).toMatchObject({ submitted: 1, locked: 1 });
    // one definition of each figure (figures.ts): 统计 and 本月走访 give the township the same counts after the lock
    const completion = (await must(`query { monthlyCheckCompletion(month: "2026-06", regionCode: "${WANGYUAN}") {
      townshipCode households visited notVisited submitted locked atRisk } }`, {}))[0];
    const { households, visited, notVisited, submitted, locked, atRisk } = (await fig()).check;
    expect(completion).toEqual({ townshipCode: WANGYUAN, households, visited, notVisited, submitted, locked, atRisk });
    expect(completion.submitted).toBe(1);

    // 低保 enrolment (the county's: a township applies, issue 16), then a gradual exit ending within 3 months
    const enrolled = await must(`mutation($i: EnrolDibaoInput!) { enrolDibao(input: $i) { ok errors { field message } dibaoCase { id version } } }`,
      { i: { householdId: b!.id, startDate: '2026-01-01', monthlyAmount: 420 } });
    expect((await fig()).aid).toMatchObject({ dibaoActive: 1, dibaoGradualExit: 0 });
    await must(`mutation($i: StartGradualExitInput!) { startGradualExit(input: $i) { ok errors { field message } } }`, { i: {
      caseId: enrolled.dibaoCase.id, version: enrolled.dibaoCase.version, startDate: '2026-06-01', noticeDate: '2026-06-01', noticeRef: '望民通〔2026〕8号', endDate: '2026-08-31',
    } }, wangyuan);
    f = await fig();
    expect(f.aid).toMatchObject({ dibaoActive: 0, dibaoGradualExit: 1, gradualExitsEndingSoon: 1 });
    expect(f.exits).toBe(1);

    // an assist-first grant whose paperwork is past due, drawn from a topped-up reserve fund
    await must(`mutation { topUpReserveFund(townshipCode: "${WANGYUAN}", amount: 3000, note: "年度备用金") { ok errors { field message } } }`, {});
    await must(`mutation($i: GrantReliefInput!) { grantRelief(input: $i) { ok errors { field message } } }`, { i: {
      householdId: a!.id, type: 'EMERGENCY', amount: 800, cause: '突发疾病住院', grantDate: '2026-06-12', assistFirst: true, paperworkDue: '2026-06-14',
    } }, wangyuan);
    f = await fig();
    expect(f.aid).toMatchObject({ reliefMonthGrants: 1, reliefMonthAmount: 800, reliefYearGrants: 1, reliefYearAmount: 800, overduePaperwork: 1 });
    expect(f.overdue).toBe(1);
    expect(f.funds).toEqual([{ townshipCode: WANGYUAN, townshipName: '望远镇', opening: 0, topUps: 3000, granted: 800, balance: 2200 }]);

    // 特困 support at home
    await must(`mutation($i: EnrolTekunInput!) { enrolTekun(input: $i) { ok errors { field message } } }`, { i: {
      memberId: b!.members[0]!.id, supportMode: 'DISPERSED', careProviderOrg: '望远镇敬老院', startDate: '2026-06-01',
    } }); // the county's enrolment (issue 16)
    expect((await fig()).aid).toMatchObject({ tekunCentralised: 0, tekunDispersed: 1 });
  });

  it('lets every ledger reader see the figures (the office, the auditor) and no one else', async () => {
    const county = await overview(s.gql, '2026-06');
    for (const user of ['office', 'auditor']) {
      expect(await overview(await s.as(user), '2026-06')).toEqual(county);
    }
    const reporter = await (await s.as('renshe'))(OVERVIEW, { month: '2026-06' });
    expect(reporter.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', scope: 'ledger:read' } });
    const anon = await s.anon(OVERVIEW, { month: '2026-06' });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
