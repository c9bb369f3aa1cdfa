import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '../config.js';
import { startApp } from '../app.js';
import { createScratchDb } from '../db/scratch-db.js';
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

const PASSWORD = 'bench-password';

export async function runDemoBench(): Promise<Record<string, unknown>> {
  const pg = process.env.DOUDI_TEST_PG;
  const scratch = await createScratchDb(pg ? 'postgresql' : 'sqlite', pg);
  const evidenceDir = mkdtempSync(join(tmpdir(), 'doudi-bench-evidence-'));
  const base = loadConfig({});
  const config: AppConfig = {
    ...base, port: 0, db: scratch.db, seedDemo: true, demoHouseholds: 3000, demoPassword: PASSWORD,
    tasks: { ...base.tasks, evidenceDir },
  };
  const app = await startApp(config, { log: () => undefined, host: '127.0.0.1' });
  const url = `${app.url.replace('localhost', '127.0.0.1')}/graphql`;
  const post = async (query: string, variables: Record<string, unknown>, token?: string) =>
    (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }) })).json()) as { data?: { login?: { token?: string } } | null; errors?: unknown[] };
  try {
    const token = (await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'county', p: PASSWORD })).data?.login?.token;
    if (!token) throw new Error('bench: login as county failed');
    const results: Record<string, unknown> = { db: scratch.db.kind, households: 3000 };
    // The overview: a handful of GROUP BY queries (target p50 ≤ 100 ms for the county and for a township).
    const d = new Date();
    const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    for (const r of [null, '640121104']) {
      const runs = await timeIt(async () => {
        const res = await post(OVERVIEW, { m: month, r }, token);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      }, 12, 1);
      results[`overview p50 ms, ${r ?? 'county'} (target ≤ 100)`] = +percentiles(runs).p50.toFixed(1);
    }
    // The demo monthly checks, generated again from empty tables (target: well under a second).
    const em = app.orm.em.fork();
    for (const t of ['risk_referral', 'month_lock', 'monthly_check']) await em.getConnection().execute(`DELETE FROM ${t}`);
    const seeded = await seedDemoMonthlyChecks(em, scratch.db.kind, new Date());
    results['demo monthly checks ms (target < 1000)'] = Math.round(seeded.ms);
    results['demo monthly checks written'] = seeded.checks;
    console.log(JSON.stringify(results, null, 2));
    return results;
  } finally {
    await app.close();
    await scratch.drop();
    rmSync(evidenceDir, { recursive: true, force: true });
  }
}
