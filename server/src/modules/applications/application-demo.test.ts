import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { china } from '../../test-support/assistance-kit.js';

// The demo applications: every queue has something on first start, overdue ones included, and the lists of measures 2–3.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ seed: 600, clock });
});
afterAll(async () => s?.stop());

describe(`demo applications on ${TEST_DB_KIND}`, () => {
  it('fill every queue of every township, with overdue ones, an approval with its case and a rejection', async () => {
    const all = (await s.gql(`{ applications(first: 500) { totalCount edges { node { stage overdue townshipCode kind dibaoCaseId openObjections } } } }`)).data.applications;
    const nodes = all.edges.map((e: any) => e.node);
    for (const stage of ['ECONOMIC_CHECK', 'HOME_VISIT', 'DEMOCRATIC_REVIEW', 'PUBLIC_NOTICE', 'DECISION', 'APPROVED', 'REJECTED']) {
      expect(new Set(nodes.filter((n: any) => n.stage === stage).map((n: any) => n.townshipCode)).size, stage).toBeGreaterThanOrEqual(5);
    }
    expect(nodes.filter((n: any) => n.overdue).length).toBeGreaterThanOrEqual(10);
    expect(nodes.some((n: any) => n.stage === 'PUBLIC_NOTICE' && n.openObjections === 1)).toBe(true);
    expect(nodes.filter((n: any) => n.stage === 'APPROVED').every((n: any) => n.dibaoCaseId)).toBe(true);
    expect(nodes.some((n: any) => n.kind === 'TEKUN')).toBe(true);
    const overdue = (await s.gql(`{ applications(where: { overdue: true }, first: 500) { totalCount } }`)).data.applications.totalCount;
    expect(overdue).toBe(nodes.filter((n: any) => n.overdue).length);
    const yanghe = await s.as('yanghe');
    const mine = (await yanghe(`{ applications(where: { step: DECISION }) { edges { node { townshipCode } } } }`)).data.applications.edges;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: any) => e.node.townshipCode === '640121100')).toBe(true);
  });

  it('have 渐退 candidates and 因疫 households not yet covered', async () => {
    expect((await s.gql(`{ gradualExitCandidates { householdId } }`)).data.gradualExitCandidates.length).toBeGreaterThan(0);
    expect((await s.gql(`{ epidemicUncovered { householdId } }`)).data.epidemicUncovered.length).toBeGreaterThan(0);
  });
});
