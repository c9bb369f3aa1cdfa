import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_2020, RESPONSIBLE_UNITS } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { listAssignments } from '../../test-support/tasks.js';

// The 2020 plan is seeded on first start exactly as issued; with demo data, its rows carry realistic progress.
const TOWNSHIPS = ['640121100', '640121101', '640121102', '640121103', '640121104', '640121200'];
const SUBDISTRICT = '640121001';
const FARMS = ['640121400', '640121401'];
const BUREAU = { 民政局: 'MZJ', 财政局: 'CZJ', 人社局: 'RSJ', 卫健局: 'WJJ', 妇联: 'FL', 扶贫办: 'FPB' } as Record<string, string>;

/** The unit codes each measure should be assigned to, from the plan's words. */
function expected(units: readonly string[]): string[] {
  return units.flatMap((u) => (u === '各乡镇' ? TOWNSHIPS : u === '团结西路街道办事处' ? [SUBDISTRICT] : [BUREAU[u]!]));
}

describe(`the 2020 plan as seeded, on ${TEST_DB_KIND}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ clock: new MutableClock(new Date('2020-12-20T10:00:00+08:00')), auth: { sessionHours: 24 * 365 * 20 } });
  });
  afterAll(async () => s?.stop());

  it('has the plan and its 12 measures exactly as issued', async () => {
    const res = await s.gql(`{ plans { id documentNumber title issuer issuedOn measures { no groupNo group title content deadline deadlineText recurrence units } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.plans).toHaveLength(1);
    const [plan] = res.data.plans;
    expect(plan).toMatchObject({ documentNumber: '永民发〔2020〕138号', title: '永宁县困难群众基本生活保障工作实施方案', issuer: '永宁县民政局', issuedOn: '2020-12-16' });
    expect(plan.measures).toEqual(PLAN_2020.measures.map((m) => ({
      no: m.no, groupNo: m.groupNo, group: m.group, title: m.title, content: m.content, deadline: m.deadline,
      deadlineText: m.deadlineText, recurrence: m.recurrence, units: [...m.units],
    })));
    expect(plan.measures.map((m: any) => m.deadline)).toEqual([...Array(9).fill('2020-12-30'), null, null, null]);
    expect(plan.measures.map((m: any) => m.recurrence).slice(9)).toEqual(['ONGOING', 'ONGOING', 'MONTHLY']);
    const byId = (await s.gql(`query($p: ID) { measures(planId: $p) { no } }`, { p: plan.id })).data.measures;
    expect(byId.map((m: any) => m.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('assigns every measure to its units, "各乡镇" meaning the six townships only', async () => {
    const measures = (await s.gql(`{ measures { no units assignedUnits { code name kind } } }`)).data.measures;
    for (const m of measures) {
      expect(m.assignedUnits.map((u: any) => u.code).sort(), `measure ${m.no}`).toEqual(expected(m.units).sort());
      const townships = m.assignedUnits.filter((u: any) => u.kind === 'TOWNSHIP');
      expect(townships.map((u: any) => u.name)).toEqual(['杨和镇', '李俊镇', '望远镇', '望洪镇', '闽宁镇', '胜利乡']);
      for (const f of FARMS) expect(m.assignedUnits.some((u: any) => u.code === f)).toBe(false);
    }
    // measures 10 and 12 do not name the sub-district, so it has none of them
    expect(measures.find((m: any) => m.no === 10).assignedUnits.some((u: any) => u.code === SUBDISTRICT)).toBe(false);
    expect(measures.find((m: any) => m.no === 12).assignedUnits.some((u: any) => u.code === SUBDISTRICT)).toBe(false);
    expect(measures.find((m: any) => m.no === 1).assignedUnits.find((u: any) => u.code === SUBDISTRICT)).toEqual({ code: SUBDISTRICT, name: '团结西路街道办事处', kind: 'SUBDISTRICT' });

    const rows = await listAssignments(s.gql, {}, 'measure { no deadline } unit { code kind } status dueDate overdue escalated version');
    expect(rows).toHaveLength(99);
    expect(new Set(rows.map((r) => `${r.measure.no}:${r.unit.code}`)).size).toBe(99);
    expect(rows.every((r) => r.status === 'NOT_STARTED' && r.version === 1 && !r.overdue && !r.escalated)).toBe(true);
    // the due date each row shows on 2020-12-20: the plan's deadline; measure 12 the month's end; 10 and 11 none
    for (const r of rows) {
      const want = r.measure.no <= 9 ? '2020-12-30' : r.measure.no === 12 ? '2020-12-31' : null;
      expect(r.dueDate, `${r.measure.no}:${r.unit.code}`).toBe(want);
    }
  });

  it('lists the responsible units, the farms as OTHER', async () => {
    const units = (await s.gql(`{ responsibleUnits { code name kind } }`)).data.responsibleUnits;
    expect(units).toEqual(RESPONSIBLE_UNITS.map((u) => ({ code: u.code, name: u.name, kind: u.kind })));
    expect(units.filter((u: any) => u.kind === 'OTHER').map((u: any) => u.name)).toEqual(['黄羊滩农场', '玉泉营农场']);
  });

  it('seeds once: a restart does not add a second plan', async () => {
    const { seedPlan2020 } = await import('../../seed/plan-2020-seed.js');
    await seedPlan2020(s.app.orm.em.fork(), new Date(), { demo: true, rules: { graceDays: 0, escalateAfterPeriods: 2, escalateAfterRejections: 2 } });
    expect((await s.gql(`{ plans { id } }`)).data.plans).toHaveLength(1);
  });
});

describe(`demo progress on the 2020 plan, on ${TEST_DB_KIND}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seed: 20, clock: new MutableClock(new Date('2026-06-15T10:00:00+08:00')) });
  });
  afterAll(async () => s?.stop());

  it('has most rows moving, some closed, some awaiting close-off, some overdue and escalated', async () => {
    const rows = await listAssignments(s.gql, {}, 'id measure { no } unit { code } status overdue escalated rejectionCount closedAt notice { kind } missingPeriods reports { at } events { kind toStatus at }');
    expect(rows).toHaveLength(99);
    const count = (f: (r: any) => boolean) => rows.filter(f).length;
    expect(count((r) => r.status !== 'NOT_STARTED')).toBeGreaterThan(80);
    expect(count((r) => r.status === 'CLOSED')).toBeGreaterThan(20);
    expect(count((r) => r.status === 'CLOSE_REQUESTED')).toBeGreaterThan(0);
    expect(count((r) => r.status === 'IN_PROGRESS')).toBeGreaterThan(10);
    expect(count((r) => r.overdue)).toBeGreaterThan(0);
    expect(count((r) => r.escalated)).toBeGreaterThan(0);
    expect(count((r) => r.overdue && !r.escalated)).toBeGreaterThan(0);
    expect(count((r) => r.rejectionCount > 0)).toBeGreaterThan(0);
    expect(count((r) => r.notice)).toBeGreaterThan(0);
    // the monthly ledger: most units up to date, a few behind
    const monthly = rows.filter((r) => r.measure.no === 12);
    expect(monthly.filter((r) => r.missingPeriods.length === 0).length).toBeGreaterThanOrEqual(5);
    expect(monthly.some((r) => r.missingPeriods.length >= 2 && r.escalated)).toBe(true);
    // histories are consistent: a status is where its timeline leads, closed rows carry their close-off
    for (const r of rows) {
      const last = r.events.filter((e: any) => e.toStatus).pop();
      expect(last?.toStatus ?? 'NOT_STARTED', r.id).toBe(r.status);
      expect(Boolean(r.closedAt), r.id).toBe(r.status === 'CLOSED');
      for (const e of r.events) expect(new Date(e.at).getTime()).toBeLessThanOrEqual(Date.parse('2026-06-15T10:00:00+08:00'));
    }
  });
});
