import { startTestServer, TEST_DB_KIND } from '../test-support/harness.js';
import { seedDemoMonthlyChecks } from '../seed/demo-monthly-checks.js';
import { percentiles, timeIt } from './stats.js';

// `pnpm bench -- --demo`: the speed targets on the demo county (3,000 households), moved here from the tests —
// tests assert what is answered, this measures how fast. SQLite by default; PostgreSQL with
// DOUDI_TEST_PG=postgresql://… (a scratch database either way, dropped at the end).
const OVERVIEW = `query($m: String!, $r: String) { overview(month: $m, regionCode: $r) {
  households { townshipCode category riskStatus households atRisk }
  checks { townshipCode households visited submitted locked rate }
  assistance { townshipCode dibaoActive dibaoGradualExit reliefMonthGrants reliefYearAmount overduePaperwork tekunDispersed }
  gradualExits { count items { caseId exitEndDate } } overduePaperwork { count items { grantId } } reserveFunds { townshipCode balance } } }`;

export async function runDemoBench(): Promise<Record<string, unknown>> {
  const s = await startTestServer({ seed: 3000 });
  try {
    const results: Record<string, unknown> = { db: TEST_DB_KIND, households: 3000 };
    // The overview: a handful of GROUP BY queries (target p50 ≤ 100 ms for the county and for a township).
    const d = new Date();
    const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    for (const r of [null, '640121104']) {
      const runs = await timeIt(async () => {
        const res = await s.gql(OVERVIEW, { m: month, r });
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      }, 12, 1);
      results[`overview p50 ms, ${r ?? 'county'} (target ≤ 100)`] = +percentiles(runs).p50.toFixed(1);
    }
    // The demo monthly checks, generated again from empty tables (target: well under a second).
    const em = s.app.orm.em.fork();
    for (const t of ['risk_referral', 'month_lock', 'monthly_check']) await em.getConnection().execute(`DELETE FROM ${t}`);
    const seeded = await seedDemoMonthlyChecks(em, s.config.db.kind, new Date());
    results['demo monthly checks ms (target < 1000)'] = Math.round(seeded.ms);
    results['demo monthly checks written'] = seeded.checks;
    console.log(JSON.stringify(results, null, 2));
    return results;
  } finally {
    await s.stop();
  }
}
