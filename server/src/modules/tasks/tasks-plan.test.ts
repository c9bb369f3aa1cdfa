import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { M, codeOf, findAssignment, listAssignments, must } from '../../test-support/tasks.js';

// createPlan (the next plan, entered without code) and the monthly bulletin (通报).
const china = (s: string) => new Date(`${s}+08:00`);
const clock = new MutableClock(china('2021-03-10T10:00:00'));
let s: TestServer;
let office: Gql;

const PLAN = `id documentNumber title issuer issuedOn measures { no groupNo group title content deadline deadlineText recurrence units assignedUnits { code name kind } }`;
const CREATE = `mutation($i: PlanInput!) { createPlan(input: $i) { ${PLAN} } }`;
const input = (over: Record<string, unknown> = {}) => ({
  documentNumber: '永民发〔2021〕12号',
  title: '永宁县2021年社会救助兜底保障重点工作任务',
  issuer: '永宁县民政局',
  issuedOn: '2021-03-01',
  measures: [
    { no: 1, group: '巩固拓展脱贫攻坚兜底保障成果', title: '开展低保专项治理', content: '开展低保专项治理。对低保对象逐户复核。', deadline: '2021-06-30', recurrence: 'NONE', units: ['民政局', '各乡镇'] },
    { no: 2, group: '巩固拓展脱贫攻坚兜底保障成果', title: '困难群众动态监测', content: '困难群众动态监测。每月比对。', recurrence: 'MONTHLY', units: ['各乡镇（街道）', '扶贫办'] },
    { no: 3, group: '加强救助能力建设', title: '教育救助衔接', content: '教育救助衔接。', deadline: '2021-09-01', recurrence: 'ONGOING', units: ['教育局', '团结西路街道'] },
  ],
  newUnits: [{ code: 'JYJ', name: '教育局', kind: 'BUREAU' }],
  ...over,
});

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
  office = await s.as('office');
});
afterAll(async () => s?.stop());

describe(`createPlan, on ${TEST_DB_KIND}`, () => {
  it('is for the office and the admin only', async () => {
    for (const who of ['county', 'auditor', 'renshe', 'yanghe']) {
      expect(codeOf(await (await s.as(who))(CREATE, { i: input() })), who).toBe('FORBIDDEN');
    }
    expect(codeOf(await s.anon(CREATE, { i: input() }))).toBe('UNAUTHENTICATED');
  });

  it('names every problem of the input and writes nothing', async () => {
    const res = await office(CREATE, { i: input({
      documentNumber: '永民发〔2020〕138号', issuedOn: '2021-02-30', newUnits: [],
      measures: [
        { no: 1, group: 'g', title: 't', content: 'c', deadline: '2021-13-01', recurrence: 'NONE', units: ['民证局'] },
        { no: 1, group: 'g', title: '', content: 'c', recurrence: 'NONE', units: [] },
      ],
    }) });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.errors as any[]).map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(['issuedOn:INVALID_VALUE', 'documentNumber:INVALID_VALUE', 'measures[0].deadline:INVALID_VALUE',
      'measures[0].units:INVALID_VALUE', 'measures[1].no:INVALID_VALUE', 'measures[1].units:REQUIRED', 'measures[1].title:REQUIRED']);
    expect(res.errors![0]!.message).toContain('共 7 处问题');
    expect((await s.gql(`{ plans { id } }`)).data.plans).toHaveLength(1);
  });

  it('enters a plan with its measures and assignments, new units included', async () => {
    const plan = await must(office, CREATE, { i: input() });
    expect(plan).toMatchObject({ documentNumber: '永民发〔2021〕12号', issuer: '永宁县民政局', issuedOn: '2021-03-01' });
    expect(plan.measures.map((m: any) => [m.no, m.groupNo, m.deadline, m.deadlineText, m.recurrence])).toEqual([
      [1, 1, '2021-06-30', '2021年6月30日前', 'NONE'], [2, 1, null, '每月报送', 'MONTHLY'], [3, 2, '2021-09-01', '2021年9月1日前并长期坚持', 'ONGOING'],
    ]);
    const codes = plan.measures.map((m: any) => m.assignedUnits.map((u: any) => u.code));
    expect(codes[0]).toEqual(['MZJ', '640121100', '640121101', '640121102', '640121103', '640121104', '640121200']);
    expect(codes[1]).toEqual(['FPB', '640121100', '640121101', '640121102', '640121103', '640121104', '640121200', '640121001']);
    expect(plan.measures[2].assignedUnits).toEqual([{ code: '640121001', name: '团结西路街道办事处', kind: 'SUBDISTRICT' }, { code: 'JYJ', name: '教育局', kind: 'BUREAU' }]);
    expect(plan.measures[1].units).toEqual(['各乡镇（街道）', '扶贫办']);

    const plans = (await s.gql(`{ plans { documentNumber } }`)).data.plans.map((p: any) => p.documentNumber);
    expect(plans).toEqual(['永民发〔2021〕12号', '永民发〔2020〕138号']);
    const rows = await listAssignments(s.gql, { planId: plan.id }, 'status unit { code }');
    expect(rows).toHaveLength(17);
    expect((await s.gql(`{ responsibleUnits { code } }`)).data.responsibleUnits.map((u: any) => u.code)).toContain('JYJ');
    // the new plan's monthly measure is due from its month of issue
    const monthly = (await listAssignments(s.gql, { planId: plan.id, measureNo: 2, unitCode: '640121104' }, 'dueDate overdue missingPeriods'))[0];
    expect(monthly).toEqual({ overdue: false, missingPeriods: [], dueDate: '2021-03-31' });
    // audited
    const audit = (await (await s.as('auditor'))(`query($id: String) { auditEvents(where: { entityType: "plan", entityId: $id }) { edges { node { action actor } } } }`, { id: plan.id })).data.auditEvents.edges;
    expect(audit.map((e: any) => e.node)).toEqual([{ action: 'CREATE', actor: 'office' }]);
    // a second time: the document number is taken
    expect(codeOf(await office(CREATE, { i: input({ newUnits: [] }) }))).toBe('BAD_USER_INPUT');
  });
});

describe(`the monthly bulletin, on ${TEST_DB_KIND}`, () => {
  const B = `query($m: String!, $p: ID) { bulletin(month: $m, planId: $p) { month asOf total openCount overdueCount escalatedCount closedCount
    units { unit { code name kind } total openCount overdueCount escalatedCount closedCount overdue { measureNo status missingPeriods } escalated { measureNo } closed { measureNo closedAt } } } }`;

  it('lists per unit what was overdue, escalated and closed, as it stood at each month\'s end', async () => {
    const plan2020 = (await s.gql(`{ plans { id documentNumber } }`)).data.plans.find((p: any) => p.documentNumber === '永民发〔2020〕138号').id;
    const yanghe = await s.as('yanghe');
    const officeG = office;
    // In December 2020, 杨和镇 closes measure 1 and reports the monthly ledger; nothing else.
    clock.set(china('2020-12-28T10:00:00'));
    let a = await findAssignment(yanghe, 1, '640121100', plan2020);
    a = await must(yanghe, M.report, { id: a.id, v: a.version, t: '单人保已落实' });
    a = await must(yanghe, M.request, { id: a.id, v: a.version });
    await must(officeG, M.approve, { id: a.id, v: a.version });
    const m12 = await findAssignment(yanghe, 12, '640121100', plan2020);
    await must(yanghe, M.report, { id: m12.id, v: m12.version, t: '12月监测', p: '2020-12' });
    clock.set(china('2021-03-10T10:00:00'));

    const dec = (await s.gql(B, { m: '2020-12', p: plan2020 })).data.bulletin;
    expect(dec).toMatchObject({ month: '2020-12', total: 99, closedCount: 1, escalatedCount: 0 });
    expect(new Date(dec.asOf).toISOString()).toBe('2020-12-31T15:59:59.999Z');
    const yDec = dec.units.find((u: any) => u.unit.code === '640121100');
    expect(yDec).toMatchObject({ total: 12, closedCount: 1, escalatedCount: 0 });
    expect(yDec.closed.map((c: any) => c.measureNo)).toEqual([1]);
    // at the end of December the dated measures (deadline 12-30) were a day overdue; measure 1 was closed
    expect(yDec.overdue.map((o: any) => o.measureNo)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    // every unit, in board order; the farms have no rows and are not listed
    expect(dec.units.map((u: any) => u.unit.name)).toEqual(['民政局', '财政局', '人社局', '卫健局', '妇联', '扶贫办', '杨和镇', '李俊镇', '望远镇', '望洪镇', '闽宁镇', '胜利乡', '团结西路街道办事处']);
    const mzj = dec.units[0];
    // December's monthly report is due on the 31st itself: not late at the end of December
    expect(mzj.overdue.map((o: any) => o.measureNo)).toEqual([4, 6, 7, 8, 9]);

    const feb = (await s.gql(B, { m: '2021-02', p: plan2020 })).data.bulletin;
    const yFeb = feb.units.find((u: any) => u.unit.code === '640121100');
    expect(yFeb).toMatchObject({ closedCount: 0, overdueCount: 9 });
    expect(yFeb.escalated.map((o: any) => o.measureNo)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    // the monthly ledger: January missing at the end of February (February's own report is due then, not late yet)
    expect(yFeb.overdue.find((o: any) => o.measureNo === 12)).toEqual({ measureNo: 12, status: 'IN_PROGRESS', missingPeriods: ['2021-01'] });
    expect(feb.escalatedCount).toBeGreaterThan(60);
    // 在办 (figures.ts): the items not closed off — measure 1, closed in December, is in force but no longer open
    expect(dec).toMatchObject({ total: 99, openCount: 98 });
    expect(yDec).toMatchObject({ total: 12, openCount: 11 });
    expect(feb).toMatchObject({ total: 99, openCount: 98, closedCount: 0 });
    expect(yFeb).toMatchObject({ total: 12, openCount: 11 });
    expect(feb.units.reduce((n: number, u: any) => n + u.openCount, 0)).toBe(feb.openCount);

    // a unit sees its own line; a month to come is refused
    const own = (await yanghe(B, { m: '2021-02' })).data.bulletin;
    expect(own.units.map((u: any) => u.unit.code)).toEqual(['640121100']);
    expect(codeOf(await s.gql(B, { m: '2021-04' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(B, { m: '2021/02' }))).toBe('BAD_USER_INPUT');
    // the current month reads as of now
    const mar = (await s.gql(B, { m: '2021-03' })).data.bulletin;
    expect(new Date(mar.asOf).toISOString()).toBe(china('2021-03-10T10:00:00').toISOString());
  });
});
