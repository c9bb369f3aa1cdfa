import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComparisonKindDef } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { china } from '../../test-support/assistance-kit.js';

// The demo data: one source of each kind on first start, and every rule with at least one finding.

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: 3000, clock });
});
afterAll(async () => {
  await s?.stop();
});

describe(`数据比对 demo data on ${TEST_DB_KIND}`, () => {
  it('has one matched source of each kind and findings for every rule', async () => {
    const res = await s.gql('{ comparisonSources { kind status rowCount } comparisonRules { rule } comparisonSummary { rule total } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.comparisonSources.map((x: any) => x.kind).sort()).toEqual([...ComparisonKindDef.values].sort());
    expect(res.data.comparisonSources.every((x: any) => x.status === 'MATCHED' && x.rowCount > 0)).toBe(true);
    const withFindings = new Set(res.data.comparisonSummary.filter((r: any) => r.total > 0).map((r: any) => r.rule));
    expect([...withFindings].sort()).toEqual(res.data.comparisonRules.map((r: any) => r.rule).sort());
  });
});
