import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { COMPLETION, GRID, REFERRALS, ELIMINATE, china } from '../../test-support/monitoring.js';
import { queryRows } from '../../common/sql.js';
import { seedDemoMonthlyChecks } from '../../seed/demo-monthly-checks.js';

// The demo data of the monthly checks: 8 months up to the server's current month, states by month, referrals,
// consistency with the households' risk status, some households eligible for 风险消除; deterministic (its speed is measured by `pnpm bench -- --demo`).
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ seed: 3000, clock, auth: { sessionHours: 24 * 365 * 20 } });
});
afterAll(async () => s?.stop());

const count = async (text: string) => Number((await queryRows<{ n: number | string }>(s.app.orm.em.fork(), { text, params: [] }))[0]!.n);

describe(`demo monthly checks on ${TEST_DB_KIND}`, () => {
  it('covers the last 8 months: locked, then submitted, then this month partly visited', async () => {
    const total = async (m: string) => (await s.gql(COMPLETION, { m })).data.monthlyCheckCompletion
      .reduce((a: any, t: any) => ({ households: a.households + t.households, visited: a.visited + t.visited, submitted: a.submitted + t.submitted, locked: a.locked + t.locked, atRisk: a.atRisk + t.atRisk }),
        { households: 0, visited: 0, submitted: 0, locked: 0, atRisk: 0 });
    const april = await total('2026-04');
    expect(april).toMatchObject({ households: 3000, visited: 3000, submitted: 3000, locked: 3000 });
    expect((await total('2025-11'))).toMatchObject({ locked: 3000 });
    expect((await total('2025-10'))).toMatchObject({ visited: 0 });
    const may = await total('2026-05');
    expect(may).toMatchObject({ visited: 3000, submitted: 3000, locked: 0 });
    expect(may.atRisk).toBeGreaterThan(100);
    expect(may.atRisk).toBeLessThan(2000);
    const june = await total('2026-06');
    expect(june.visited).toBeGreaterThan(1200);
    expect(june.visited).toBeLessThan(2100);
    expect(june.submitted).toBe(0);
    const notVisited = (await s.gql(GRID, { w: { month: '2026-06', visited: false }, first: 1 })).data.monthlyChecks.totalCount;
    expect(notVisited).toBe(3000 - june.visited);
    // Drafts without a visit date exist, as do households without any record this month.
    expect(await count(`SELECT COUNT(*) AS n FROM monthly_check WHERE month = '2026-06' AND visit_date = ''`)).toBeGreaterThan(100);
    expect(await count(`SELECT COUNT(*) AS n FROM month_lock WHERE month = '2026-04'`)).toBeGreaterThan(5);
  });

  it('opens referrals for at-risk households and keeps the households\' risk status consistent', async () => {
    const open = (await s.gql(REFERRALS, { w: { state: 'OPEN' }, first: 5 })).data.riskReferrals;
    expect(open.totalCount).toBeGreaterThan(100);
    expect(open.edges[0].node.reasons.length).toBeGreaterThan(0);
    expect(await count(`SELECT COUNT(*) AS n FROM risk_referral x JOIN household h ON h.id = x.household_id WHERE h.risk_status = 'ELIMINATED'`)).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM monthly_check c JOIN household h ON h.id = c.household_id WHERE h.risk_status = 'ELIMINATED' AND c.at_risk = TRUE`)).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM (SELECT household_id FROM risk_referral WHERE state = 'OPEN' GROUP BY household_id HAVING COUNT(*) > 1) x`)).toBe(0);
  });

  it('is deterministic', async () => {
    const em = s.app.orm.em.fork();
    const snapshot = async () => (await queryRows<Record<string, unknown>>(em, {
      text: `SELECT household_id, month, visit_date, income_total, housing_grade, at_risk, state FROM monthly_check ORDER BY household_id, month`, params: [],
    })).map((r) => Object.values(r).join('|')).join('\n');
    const before = await snapshot();
    for (const t of ['risk_referral', 'month_lock', 'monthly_check']) await em.getConnection().execute(`DELETE FROM ${t}`);
    const res = await seedDemoMonthlyChecks(em, s.config.db.kind, clock.now());
    expect(res.checks).toBeGreaterThan(22_000);
    expect(res.eligible).toBeGreaterThan(10);
    expect(await snapshot()).toBe(before);
    // A second call leaves existing checks alone.
    expect((await seedDemoMonthlyChecks(em, s.config.db.kind, clock.now())).checks).toBe(0);
  });
  it('has households that meet every 风险消除 condition', async () => {
    const rows = (await s.gql(GRID, { w: { month: '2026-06', atRisk: false, visited: true }, first: 500 })).data.monthlyChecks.edges
      .map((e: any) => e.node).filter((n: any) => n.riskStatus === 'MONITORING');
    let found: any = null;
    for (const r of rows) {
      const conds = (await s.gql(`query($id: ID!) { riskEliminationCheck(householdId: $id) { met } }`, { id: r.householdId })).data.riskEliminationCheck;
      if (conds.every((c: any) => c.met)) {
        found = r;
        break;
      }
    }
    expect(found).not.toBeNull();
    const h = (await s.gql(`query($id: ID!) { household(id: $id) { version } }`, { id: found.householdId })).data.household;
    const res = (await s.gql(ELIMINATE, { id: found.householdId, v: h.version })).data.eliminateRisk;
    expect(res.errors).toEqual([]);
    expect(res.household.riskStatus).toBe('ELIMINATED');
  });

});
