import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { M, findAssignment, listAssignments, must } from '../../test-support/tasks.js';

// Overdue and escalation across month boundaries, with the server's clock moved (all date logic reads ctx.clock).
const YANGHE = '640121100';
const china = (s: string) => new Date(`${s}+08:00`);
const clock = new MutableClock(china('2020-12-20T10:00:00'));
let s: TestServer;
let yanghe: Gql;
let office: Gql;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
  yanghe = await s.as('yanghe');
  office = await s.as('office');
});
afterAll(async () => s?.stop());

const state = async (measureNo: number, unit = YANGHE) => {
  const a = await findAssignment(s.gql, measureNo, unit);
  return { overdue: a.overdue, escalated: a.escalated, dueDate: a.dueDate, missingPeriods: a.missingPeriods, overduePeriods: a.overduePeriods };
};

describe(`deadlines with a moving clock, on ${TEST_DB_KIND}`, () => {
  it('makes a dated measure overdue the day after its deadline and escalates it after two month ends', async () => {
    clock.set(china('2020-12-30T23:59:00'));
    expect(await state(1)).toMatchObject({ overdue: false, escalated: false, dueDate: '2020-12-30' });
    clock.set(china('2020-12-31T00:00:01'));
    expect(await state(1)).toMatchObject({ overdue: true, escalated: false, overduePeriods: 0 });
    clock.set(china('2021-01-01T09:00:00'));
    expect(await state(1)).toMatchObject({ overdue: true, escalated: false, overduePeriods: 1 });
    clock.set(china('2021-02-01T09:00:00'));
    expect(await state(1)).toMatchObject({ overdue: true, escalated: true, overduePeriods: 2 });
    // reporting does not help: only close-off ends it
    const a = await findAssignment(yanghe, 1, YANGHE);
    const r = await must(yanghe, M.report, { id: a.id, v: a.version, t: '已纳入单人保5人' });
    expect(r).toMatchObject({ overdue: true, escalated: true });
    // the filters see the same
    const esc = await listAssignments(s.gql, { escalated: true, unitCode: YANGHE }, 'measure { no }');
    expect(esc.map((x) => x.measure.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 12]);
    expect(await listAssignments(s.gql, { measureNo: 10, overdue: true }, 'id')).toEqual([]);
    const asked = await must(yanghe, M.request, { id: r.id, v: r.version });
    const closed = await must(office, M.approve, { id: asked.id, v: asked.version });
    expect(closed).toMatchObject({ status: 'CLOSED', overdue: false, escalated: false, dueDate: null });
  });

  it('needs a report for each month of the monthly ledger by that month\'s end', async () => {
    clock.set(china('2020-12-20T10:00:00'));
    let a = await findAssignment(yanghe, 12, YANGHE);
    expect(await state(12)).toMatchObject({ overdue: false, dueDate: '2020-12-31', missingPeriods: [] });
    a = await must(yanghe, M.report, { id: a.id, v: a.version, t: '12月监测台账已更新', p: '2020-12' });
    clock.set(china('2021-01-31T23:00:00'));
    expect(await state(12)).toMatchObject({ overdue: false, dueDate: '2021-01-31' });
    clock.set(china('2021-02-01T08:00:00'));
    expect(await state(12)).toMatchObject({ overdue: true, escalated: false, missingPeriods: ['2021-01'], dueDate: '2021-01-31' });
    clock.set(china('2021-03-01T08:00:00'));
    expect(await state(12)).toMatchObject({ overdue: true, escalated: true, missingPeriods: ['2021-01', '2021-02'], overduePeriods: 2 });
    // the late January report fills the gap: one month missing, no longer escalated
    a = await findAssignment(yanghe, 12, YANGHE);
    a = await must(yanghe, M.report, { id: a.id, v: a.version, t: '补报1月监测台账', p: '2021-01' });
    expect(a).toMatchObject({ overdue: true, escalated: false, missingPeriods: ['2021-02'] });
    a = await must(yanghe, M.report, { id: a.id, v: a.version, t: '补报2月', p: '2021-02' });
    expect(a).toMatchObject({ overdue: false, escalated: false, missingPeriods: [], dueDate: '2021-03-31' });
    // going back in time, the late reports did not exist yet
    clock.set(china('2021-02-15T08:00:00'));
    expect(await state(12)).toMatchObject({ overdue: true, missingPeriods: ['2021-01'] });
  });

  it('never makes an undated ongoing measure overdue', async () => {
    clock.set(china('2026-06-15T08:00:00'));
    expect(await state(10)).toMatchObject({ overdue: false, escalated: false, dueDate: null });
    expect(await state(11, '640121001')).toMatchObject({ overdue: false, escalated: false, dueDate: null });
  });

  it('escalates a row sent back twice, even before any deadline', async () => {
    clock.set(china('2020-12-21T09:00:00'));
    let a = await findAssignment(yanghe, 11, YANGHE);
    for (const reason of ['排查记录不全', '未见整改照片']) {
      a = await must(yanghe, M.report, { id: a.id, v: a.version, t: '开展秋冬季安全排查' });
      a = await must(yanghe, M.request, { id: a.id, v: a.version });
      a = await must(office, M.reject, { id: a.id, v: a.version, r: reason });
    }
    expect(a).toMatchObject({ status: 'IN_PROGRESS', rejectionCount: 2, overdue: false, escalated: true });
  });

  it('takes the grace days from the configuration', async () => {
    const c = new MutableClock(china('2020-12-20T10:00:00'));
    const g = await startTestServer({ clock: c, auth: { sessionHours: 24 * 365 * 20 }, tasks: { graceDays: 5 } });
    try {
      const y = await g.as('yanghe');
      const a = await findAssignment(y, 12, YANGHE);
      await must(y, M.report, { id: a.id, v: a.version, t: '12月', p: '2020-12' });
      c.set(china('2021-02-05T20:00:00'));
      expect((await findAssignment(y, 12, YANGHE))).toMatchObject({ overdue: false, dueDate: '2021-02-05' });
      c.set(china('2021-02-06T08:00:00'));
      expect((await findAssignment(y, 12, YANGHE))).toMatchObject({ overdue: true, missingPeriods: ['2021-01'] });
      // the dated measures escalate after the grace too: month ends + 5 days
      c.set(china('2021-02-05T08:00:00'));
      expect((await findAssignment(y, 2, YANGHE))).toMatchObject({ overdue: true, escalated: false });
      c.set(china('2021-02-06T08:00:00'));
      expect((await findAssignment(y, 2, YANGHE))).toMatchObject({ overdue: true, escalated: true });
    } finally {
      await g.stop();
    }
  });

  it('lists what falls due in a window', async () => {
    clock.set(china('2020-12-20T10:00:00'));
    const due = await listAssignments(s.gql, { dueBefore: '2021-01-19', unitCode: '640121104' }, 'measure { no } dueDate');
    expect(due.map((x) => x.measure.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 12]);
  });
});
