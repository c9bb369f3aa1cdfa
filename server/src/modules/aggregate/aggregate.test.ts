import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { GRID, china } from '../../test-support/monitoring.js';

// householdsAggregate and monthlyChecksAggregate against the lists they summarise: every count and sum must equal the
// same figure computed in JavaScript over the pages of `households` / `monthlyChecks`, for the county and for a
// township user, with filters; and a request costs one SQL statement.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let all: any[];

const round = (n: number) => Math.round(n * 100) / 100;
const STATS = 'sum avg min max';
const HQ = `query($w: HouseholdWhere, $g: [HouseholdGroupField!]) { householdsAggregate(where: $w, groupBy: $g) { groupBy truncated
  groups { keys { township townshipName regionCode regionName category riskStatus riskType memberCount } count incomePerCapita { ${STATS} } memberCount { ${STATS} } } } }`;
const CQ = `query($w: MonthlyCheckAggregateWhere!, $g: [MonthlyCheckGroupField!]) { monthlyChecksAggregate(where: $w, groupBy: $g) { groupBy truncated
  groups { keys { month township regionCode category riskStatus state visited atRisk } count visited atRisk incomeTotal { ${STATS} } spendingMedical { sum } } } }`;

async function pages(gql: TestServer['gql'], where: unknown = null): Promise<any[]> {
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await gql(`query($w: HouseholdWhere, $after: String) { households(where: $w, first: 500, after: $after) {
      edges { node { id townshipCode regionCode category riskStatus riskTypes memberCount incomePerCapita } } pageInfo { hasNextPage endCursor } } }`, { w: where, after });
    expect(res.errors).toBeUndefined();
    out.push(...res.data.households.edges.map((e: any) => e.node));
    if (!res.data.households.pageInfo.hasNextPage) return out;
    after = res.data.households.pageInfo.endCursor;
  }
}

/** The groups computed in JavaScript: key → count, income sum/min/max, member sum. */
function expected(rows: any[], key: (r: any) => string[]): Map<string, { count: number; sum: number; min: number; max: number; members: number }> {
  const m = new Map<string, { count: number; sum: number; min: number; max: number; members: number }>();
  for (const r of rows) {
    for (const k of key(r)) {
      const g = m.get(k) ?? { count: 0, sum: 0, min: Infinity, max: -Infinity, members: 0 };
      g.count++;
      g.sum += r.incomePerCapita;
      g.min = Math.min(g.min, r.incomePerCapita);
      g.max = Math.max(g.max, r.incomePerCapita);
      g.members += r.memberCount;
      m.set(k, g);
    }
  }
  return m;
}

function expectGroups(groups: any[], want: ReturnType<typeof expected>, key: (k: any) => string): void {
  expect(groups.length).toBe(want.size);
  for (const g of groups) {
    const w = want.get(key(g.keys));
    expect(w, key(g.keys)).toBeDefined();
    expect(g.count).toBe(w!.count);
    expect(g.incomePerCapita.sum).toBeCloseTo(round(w!.sum), 2);
    expect(g.incomePerCapita.avg).toBeCloseTo(round(w!.sum / w!.count), 2);
    expect(g.incomePerCapita.min).toBe(round(w!.min));
    expect(g.incomePerCapita.max).toBe(round(w!.max));
    expect(g.memberCount.sum).toBe(w!.members);
  }
}

/** Statements that read the ledgers while `run` runs (the server's own connection, in this process). */
async function statements(run: () => Promise<unknown>): Promise<string[]> {
  const conn = s.app.orm.em.getConnection();
  const original = conn.execute.bind(conn);
  const seen: string[] = [];
  (conn as any).execute = (q: any, ...rest: any[]) => {
    const text = typeof q === 'string' ? q : String(q?.sql ?? q);
    if (/\b(household|monthly_check)\b/.test(text)) seen.push(text);
    return (original as any)(q, ...rest);
  };
  try {
    await run();
  } finally {
    (conn as any).execute = original;
  }
  return seen;
}

beforeAll(async () => {
  s = await startTestServer({ seed: 400, clock, auth: { sessionHours: 24 * 365 * 20 } });
  all = await pages(s.gql);
}, 120_000);
afterAll(async () => s?.stop());

describe(`aggregates on ${TEST_DB_KIND}`, () => {
  it('householdsAggregate without groupBy is the whole list; by township and category it equals the pages', async () => {
    expect(all).toHaveLength(400);
    const total = (await s.gql(HQ, {})).data.householdsAggregate;
    expect(total.truncated).toBe(false);
    expectGroups(total.groups, expected(all, () => ['']), () => '');
    const res = await s.gql(HQ, { g: ['township', 'category'] });
    expect(res.errors).toBeUndefined();
    const a = res.data.householdsAggregate;
    expect(a.groupBy).toEqual(['township', 'category']);
    expectGroups(a.groups, expected(all, (r) => [`${r.townshipCode}|${r.category}`]), (k) => `${k.township}|${k.category}`);
    expect(a.groups[0].keys.townshipName).toMatch(/镇|乡|街道|农场/);
    expect(a.groups[0].keys.riskStatus).toBeNull();
    // Ordered by the keys.
    const order = a.groups.map((g: any) => `${g.keys.township}|${g.keys.category}`);
    expect(order).toEqual([...order].sort());
  });

  it('groups by village, risk status, member count and risk type (a household in each of its types)', async () => {
    const v = (await s.gql(HQ, { g: ['regionCode', 'riskStatus'] })).data.householdsAggregate;
    expectGroups(v.groups, expected(all, (r) => [`${r.regionCode}|${r.riskStatus}`]), (k) => `${k.regionCode}|${k.riskStatus}`);
    expect(v.groups[0].keys.regionName).toBeTruthy();
    const m = (await s.gql(HQ, { g: ['memberCount'] })).data.householdsAggregate;
    expectGroups(m.groups, expected(all, (r) => [String(r.memberCount)]), (k) => String(k.memberCount));
    const t = (await s.gql(HQ, { g: ['riskType'] })).data.householdsAggregate;
    expectGroups(t.groups, expected(all, (r) => (r.riskTypes.length ? r.riskTypes : ['null'])), (k) => String(k.riskType));
  });

  it('applies the filters of `households`, and confines a township user to its township', async () => {
    const where = { category: { in: ['UNLIFTED', 'MARGINAL'] }, incomePerCapita: { gte: 5000 }, or: [{ riskStatus: { eq: 'ELIMINATED' } }, { memberCount: { gte: 3 } }] };
    const rows = await pages(s.gql, where);
    const f = (await s.gql(HQ, { w: where, g: ['category'] })).data.householdsAggregate;
    expectGroups(f.groups, expected(rows, (r) => [r.category]), (k) => k.category);

    const yanghe = await s.as('yanghe');
    const mine = await pages(yanghe);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    const t = (await yanghe(HQ, { g: ['township'] })).data.householdsAggregate;
    expect(t.groups.map((g: any) => g.keys.township)).toEqual([mine[0].townshipCode]);
    expectGroups(t.groups, expected(mine, (r) => [r.townshipCode]), (k) => k.township);
    // Asking for another township through the filter finds nothing, as `households` does.
    const other = all.find((r) => r.townshipCode !== mine[0].townshipCode).townshipCode;
    const none = (await yanghe(HQ, { w: { regionCode: { startsWith: other } } })).data.householdsAggregate;
    expect(none.groups[0].count).toBe(0);
    expect(none.groups[0].incomePerCapita).toEqual({ sum: 0, avg: null, min: null, max: null });
  });

  it('refuses more than 4 groupBy fields, unknown ones and bad filters with a coded error', async () => {
    const res = await s.gql(HQ, { g: ['township', 'regionCode', 'category', 'riskStatus', 'memberCount'] });
    expect(res.errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
    expect(res.data).toBeNull();
    // Repeating a field does not count twice.
    expect((await s.gql(HQ, { g: ['category', 'category', 'category', 'category', 'category'] })).data.householdsAggregate.groupBy).toEqual(['category']);
    const bad = await s.gql(HQ, { g: ['headIdNumber'] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await s.gql(HQ, { w: { regionCode: { startsWith: 'x' } } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await s.anon(HQ, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers each aggregate with one SQL statement', async () => {
    await s.gql(HQ, { g: ['township'] }); // the caller's session is cached after its first use
    expect(await statements(() => s.gql(HQ, { g: ['township', 'category', 'riskType'], w: { incomePerCapita: { gte: 1 } } }))).toHaveLength(1);
    expect(await statements(() => s.gql(CQ, { w: { monthFrom: '2026-01', monthTo: '2026-06' }, g: ['month', 'state'] }))).toHaveLength(1);
  });

  it('monthlyChecksAggregate per month equals the monthly grid of that month', async () => {
    const res = await s.gql(CQ, { w: { monthFrom: '2026-05', monthTo: '2026-06' }, g: ['month', 'visited'] });
    expect(res.errors).toBeUndefined();
    const groups = res.data.monthlyChecksAggregate.groups;
    for (const month of ['2026-05', '2026-06']) {
      const rows: any[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await s.gql(GRID, { w: { month }, first: 500, after });
        rows.push(...page.data.monthlyChecks.edges.map((e: any) => e.node).filter((n: any) => n.checkId));
        if (!page.data.monthlyChecks.pageInfo.hasNextPage) break;
        after = page.data.monthlyChecks.pageInfo.endCursor;
      }
      for (const visited of [true, false]) {
        const want = rows.filter((r) => Boolean(r.visitDate) === visited);
        const g = groups.find((x: any) => x.keys.month === month && x.keys.visited === visited);
        if (!want.length) {
          expect(g).toBeUndefined();
          continue;
        }
        expect(g.count).toBe(want.length);
        expect(g.visited).toBe(visited ? want.length : 0);
        expect(g.atRisk).toBe(want.filter((r) => r.atRisk).length);
        const incomes = want.map((r) => r.incomeTotal).filter((x) => x != null);
        expect(g.incomeTotal.sum).toBeCloseTo(round(incomes.reduce((a, b) => a + b, 0)), 2);
        expect(g.spendingMedical.sum).toBeCloseTo(round(want.reduce((a, r) => a + (r.spendingMedical ?? 0), 0)), 2);
      }
    }
    // Filters and scope as the grid: a township user, at-risk checks only.
    const yanghe = await s.as('yanghe');
    const mine = (await yanghe(CQ, { w: { monthFrom: '2026-05', monthTo: '2026-05', atRisk: true }, g: ['township', 'atRisk'] })).data.monthlyChecksAggregate.groups;
    const grid = (await yanghe(GRID, { w: { month: '2026-05', atRisk: true }, first: 1 })).data.monthlyChecks.totalCount;
    expect(mine.length).toBeLessThanOrEqual(1);
    expect(mine[0]?.count ?? 0).toBe(grid);
    if (mine[0]) expect(mine[0].keys).toMatchObject({ atRisk: true, township: '640121100' });
  });

  it('answers at most the configured number of groups, the first by key order, and says it truncated', async () => {
    const full = (await s.gql(HQ, { g: ['regionCode'] })).data.householdsAggregate;
    expect(full.groups.length).toBeGreaterThan(5);
    const saved = s.config.limits.aggregateGroups;
    s.config.limits.aggregateGroups = 5;
    try {
      const cut = (await s.gql(HQ, { g: ['regionCode'] })).data.householdsAggregate;
      expect(cut.truncated).toBe(true);
      expect(cut.groups).toEqual(full.groups.slice(0, 5));
      const exact = (await s.gql(HQ, { g: ['category'] })).data.householdsAggregate;
      expect(exact.groups.length).toBeLessThanOrEqual(5);
      expect(exact.truncated).toBe(false);
    } finally {
      s.config.limits.aggregateGroups = saved;
    }
  });

  it('bounds the month range and its format', async () => {
    const code = async (w: unknown) => (await s.gql(CQ, { w })).errors?.[0]?.extensions?.code;
    expect(await code({ monthFrom: '2020-01', monthTo: '2026-06' })).toBe('OUT_OF_RANGE');
    expect(await code({ monthFrom: '2026-06', monthTo: '2026-05' })).toBe('OUT_OF_RANGE');
    expect(await code({ monthFrom: '2026-13', monthTo: '2026-06' })).toBe('INVALID_VALUE');
  });
});
