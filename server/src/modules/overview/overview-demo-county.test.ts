import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';

// The overview answers on the demo county (3,000 households and the demo records of the other modules), for the
// county and for a township, again and again. Its speed target (p50 ≤ 100 ms) is measured by `pnpm bench -- --demo`
// (server/src/bench/demo-bench.ts), not asserted here.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: 3000 });
});
afterAll(async () => s?.stop());

const Q = `query($m: String!, $r: String) { overview(month: $m, regionCode: $r) {
  households { townshipCode category riskStatus households atRisk }
  checks { townshipCode households visited submitted locked rate }
  assistance { townshipCode dibaoActive dibaoGradualExit reliefMonthGrants reliefYearAmount overduePaperwork tekunDispersed }
  gradualExits { count items { caseId exitEndDate } } overduePaperwork { count items { grantId } } reserveFunds { townshipCode balance } } }`;

describe(`overview on the demo county on ${TEST_DB_KIND}`, () => {
  it('answers the county and a township, repeatedly, on 3,000 households', async () => {
    const d = new Date();
    const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    for (const r of [null, '640121104']) {
      for (let i = 0; i < 3; i++) {
        const res = await s.gql(Q, { m: month, r });
        expect(res.errors).toBeUndefined();
        expect(res.data.overview.households.reduce((n: number, h: { households: number }) => n + h.households, 0)).toBeGreaterThan(r ? 0 : 2900);
      }
    }
  });
});
