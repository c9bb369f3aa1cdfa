import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_WITHDRAWN_REASON } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { GOOD, REFERRALS, SUBMIT, COMPLETION, WORKING, china, createHousehold, saveOk } from '../../test-support/monitoring.js';

// Issue 11 point 2: each cell saves alone, so a check is judged for risk only once complete enough (visited, every
// income source entered), and a draft corrected before submission takes back the referral it opened (WITHDRAWN,
// audited, never deleted) — and every count of open referrals drops it.
const VILLAGE = '640121100200';
const TOWNSHIP = '640121100';
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
  yanghe = await s.as('yanghe');
});
afterAll(async () => s?.stop());

async function referralsOf(householdId: string): Promise<any[]> {
  const res = await s.gql(REFERRALS, { w: {}, first: 500 });
  expect(res.errors).toBeUndefined();
  return res.data.riskReferrals.edges.map((e: any) => e.node).filter((n: any) => n.householdId === householdId);
}

/** The overview's 风险待帮扶 figure and the grid's 风险待帮扶 filter for the township, which must agree. */
async function openFigures(month: string): Promise<{ overview: number; grid: number; gridIds: string[]; completionAtRisk: number }> {
  const o = await s.gql(`query($m: String!, $r: String) { overview(month: $m, regionCode: $r) { households { atRisk } } }`, { m: month, r: TOWNSHIP });
  expect(o.errors).toBeUndefined();
  const g = await s.gql(`query($w: MonthlyCheckWhere!) { monthlyChecks(where: $w, first: 500) { totalCount edges { node { householdId } } } }`,
    { w: { month, regionCode: TOWNSHIP, openReferral: true } });
  expect(g.errors).toBeUndefined();
  const c = await s.gql(COMPLETION, { m: month, r: TOWNSHIP });
  return {
    overview: (o.data.overview.households as { atRisk: number }[]).reduce((n, f) => n + f.atRisk, 0),
    grid: g.data.monthlyChecks.totalCount,
    gridIds: g.data.monthlyChecks.edges.map((e: any) => e.node.householdId),
    completionAtRisk: c.data.monthlyCheckCompletion[0].atRisk,
  };
}

const ZERO = { incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 };

describe(`risk judged on complete checks, referrals withdrawn before submission, on ${TEST_DB_KIND}`, () => {
  it('a half-typed row opens nothing; completed below the line it opens a referral; corrected before submission it is withdrawn and no longer counted', async () => {
    const h = await createHousehold(s.gql, { regionCode: VILLAGE });
    const start = await openFigures('2026-06');
    expect(start.overview).toBe(start.grid);

    // visit date and wages only: the other incomes are not typed yet — not "below the line"
    let row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-03', visitor: '李建国', incomeWages: 1000 });
    expect(row).toMatchObject({ incomeTotal: 1000, atRisk: false });
    expect(await referralsOf(h.id)).toEqual([]);
    // incomes complete without a visit date: not judged either
    const unvisited = await createHousehold(s.gql, { regionCode: VILLAGE });
    expect(await saveOk(yanghe, { householdId: unvisited.id, month: '2026-06', incomeWages: 1000, ...ZERO })).toMatchObject({ atRisk: false });
    expect(await referralsOf(unvisited.id)).toEqual([]);
    expect(await openFigures('2026-06')).toEqual(start);

    // the other sources answered (0 is an answer): complete and below the line → one OPEN referral, counted
    row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', version: row.version, ...ZERO });
    expect(row).toMatchObject({ incomeTotal: 1000, atRisk: true });
    let refs = await referralsOf(h.id);
    expect(refs).toEqual([expect.objectContaining({ state: 'OPEN', month: '2026-06', checkId: row.checkId, reasons: ['人均纯收入 1000 元低于 2026 年监测线 7500 元'] })]);
    const opened = await openFigures('2026-06');
    expect(opened.overview).toBe(start.overview + 1);
    expect(opened.grid).toBe(opened.overview);
    expect(opened.gridIds).toContain(h.id);
    expect(opened.completionAtRisk).toBe(start.completionAtRisk + 1);

    // the mistyped wages corrected before submission: above the line, the referral is withdrawn (kept, with its reason)
    row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', version: row.version, incomeWages: 10000 });
    expect(row).toMatchObject({ incomeTotal: 10000, atRisk: false, state: 'DRAFT' });
    refs = await referralsOf(h.id);
    expect(refs).toEqual([expect.objectContaining({ state: 'WITHDRAWN', closeReason: REFERRAL_WITHDRAWN_REASON, closedAt: expect.any(String) })]);
    expect(await openFigures('2026-06')).toEqual(start);
    expect((await s.gql(REFERRALS, { w: { state: 'OPEN', regionCode: TOWNSHIP }, first: 500 })).data.riskReferrals.edges
      .map((e: any) => e.node.householdId)).not.toContain(h.id);
    const audit = (await s.gql(`query($h: ID!) { auditEvents(where: { householdId: $h, entityType: "risk_referral" }) { edges { node { actor action field before after } } } }`, { h: h.id }))
      .data.auditEvents.edges.map((e: any) => e.node);
    expect(audit).toContainEqual({ actor: 'yanghe', action: 'UPDATE', field: 'state', before: '"OPEN"', after: '"WITHDRAWN"' });
    expect(audit.filter((a: any) => a.action === 'CREATE')).toHaveLength(1);

    // below the line again: a new referral opens beside the withdrawn one
    row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', version: row.version, incomeWages: 2000 });
    expect(row.atRisk).toBe(true);
    expect((await referralsOf(h.id)).map((r) => r.state).sort()).toEqual(['OPEN', 'WITHDRAWN']);
    // clearing a value makes the draft incomplete: not judged, the referral it opened is withdrawn as well
    row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', version: row.version, incomeTransfer: null });
    expect(row.atRisk).toBe(false);
    expect((await referralsOf(h.id)).map((r) => r.state)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
    expect(await openFigures('2026-06')).toEqual(start);
  });

  it('a referral brought up to a later draft goes back to the earlier check that still supports it, not withdrawn', async () => {
    const h = await createHousehold(s.gql, { regionCode: VILLAGE });
    const may = await saveOk(yanghe, { householdId: h.id, month: '2026-05', visitDate: '2026-05-06', ...GOOD, waterOk: false });
    expect((await s.gql(SUBMIT, { r: TOWNSHIP, m: '2026-05', ids: [h.id] })).data.submitMonthlyChecks[0].ok).toBe(true);
    let june = await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-06', ...GOOD, incomeWages: 100 });
    expect(june.atRisk).toBe(true);
    expect(await referralsOf(h.id)).toEqual([expect.objectContaining({ state: 'OPEN', month: '2026-06', checkId: june.checkId })]);
    june = await saveOk(yanghe, { householdId: h.id, month: '2026-06', version: june.version, incomeWages: 6000 });
    expect(june.atRisk).toBe(false);
    expect(await referralsOf(h.id)).toEqual([expect.objectContaining({ state: 'OPEN', month: '2026-05', checkId: may.checkId, reasons: ['饮水安全未保障'] })]);
  });

  it('an eliminated household that a mistyped draft put back under monitoring is eliminated again when the referral is withdrawn', async () => {
    const HH = `query($id: ID!) { household(id: $id) { riskStatus version } }`;
    const h = await createHousehold(s.gql, { regionCode: VILLAGE, riskStatus: 'ELIMINATED' }, WORKING());
    let row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-05', ...GOOD, incomeWages: 60 });
    expect(row.atRisk).toBe(true);
    expect((await s.gql(HH, { id: h.id })).data.household.riskStatus).toBe('MONITORING');
    row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', version: row.version, incomeWages: 6000 });
    expect(row.atRisk).toBe(false);
    expect((await referralsOf(h.id)).map((r) => r.state)).toEqual(['WITHDRAWN']);
    const back = (await s.gql(HH, { id: h.id })).data.household;
    expect(back.riskStatus).toBe('ELIMINATED');
    const audit = (await s.gql(`query($h: ID!) { auditEvents(where: { householdId: $h, entityType: "household" }) { edges { node { actor field before after } } } }`, { h: h.id }))
      .data.auditEvents.edges.map((e: any) => e.node);
    expect(audit).toContainEqual({ actor: 'yanghe', field: 'riskStatus', before: '"ELIMINATED"', after: '"MONITORING"' });
    expect(audit).toContainEqual({ actor: 'yanghe', field: 'riskStatus', before: '"MONITORING"', after: '"ELIMINATED"' });
    // a household that was under monitoring already stays so
    const m = await createHousehold(s.gql, { regionCode: VILLAGE }, WORKING());
    const r2 = await saveOk(yanghe, { householdId: m.id, month: '2026-06', visitDate: '2026-06-05', ...GOOD, incomeWages: 60 });
    await saveOk(yanghe, { householdId: m.id, month: '2026-06', version: r2.version, incomeWages: 6000 });
    expect((await s.gql(HH, { id: m.id })).data.household.riskStatus).toBe('MONITORING');
  });

  it('a submitted check edited above the line keeps its referral open (assistance may be under way)', async () => {
    const h = await createHousehold(s.gql, { regionCode: VILLAGE });
    const row = await saveOk(yanghe, { householdId: h.id, month: '2026-06', visitDate: '2026-06-04', ...GOOD, incomeWages: 100 });
    expect(row.atRisk).toBe(true);
    const sub = (await s.gql(SUBMIT, { r: TOWNSHIP, m: '2026-06', ids: [h.id] })).data.submitMonthlyChecks[0];
    expect(sub.row.state).toBe('SUBMITTED');
    const edited = await saveOk(yanghe, { householdId: h.id, month: '2026-06', version: sub.row.version, incomeWages: 9000 });
    expect(edited).toMatchObject({ atRisk: false, state: 'SUBMITTED' });
    expect(await referralsOf(h.id)).toEqual([expect.objectContaining({ state: 'OPEN', month: '2026-06' })]);
  });
});
