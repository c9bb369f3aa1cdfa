import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { householdInput, ROW_RESULT } from '../../test-support/fixtures.js';
import { queryRows } from '../../common/sql.js';

// household_count is kept by database triggers (migration household_counts); whatever writes the households, it
// must equal a GROUP BY over them, and totalCount answered from it must equal the rows a page walk finds.
const CREATE = `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`;
const UPDATE = `mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ok errors { code } household { id version } } }`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: 120, countCap: 10 });
});
afterAll(async () => {
  await s?.stop();
});

type Group = { township_code: string; region_code: string; category: string; risk_status: string; deleted: number | boolean; n: number | string };
const key = (g: Group) => `${g.township_code}|${g.region_code}|${g.category}|${g.risk_status}|${Number(g.deleted)}`;

async function expectCountsExact(): Promise<void> {
  const em = s.app.orm.em.fork();
  const kept = await queryRows<Group>(em, { text: 'SELECT township_code, region_code, category, risk_status, deleted, n FROM household_count WHERE n <> 0', params: [] });
  const real = await queryRows<Group>(em, {
    text: 'SELECT township_code, region_code, category, risk_status, CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END AS deleted, COUNT(*) AS n ' +
      'FROM household GROUP BY township_code, region_code, category, risk_status, CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END',
    params: [],
  });
  const asMap = (rows: Group[]) => Object.fromEntries(rows.map((g) => [key(g), Number(g.n)]));
  expect(asMap(kept)).toEqual(asMap(real));
}

async function walkCount(where: unknown): Promise<{ walked: number; totalCount: number; kind: string }> {
  let after: string | null = null;
  let walked = 0;
  let first: { totalCount: number; totalCountKind: string } | null = null;
  for (;;) {
    const res: any = await s.gql(`query($w: HouseholdWhere, $a: String) { households(where: $w, first: 50, after: $a) { totalCount totalCountKind edges { cursor } pageInfo { hasNextPage endCursor } } }`, { w: where, a: after });
    expect(res.errors).toBeUndefined();
    first ??= res.data.households;
    walked += res.data.households.edges.length;
    if (!res.data.households.pageInfo.hasNextPage) break;
    after = res.data.households.pageInfo.endCursor;
  }
  return { walked, totalCount: first!.totalCount, kind: first!.totalCountKind };
}

describe(`household counts kept by the database on ${TEST_DB_KIND}`, () => {
  it('match the households after the seed, creates, edits of counted and uncounted columns, deletes and restores', async () => {
    await expectCountsExact();
    const created = (await s.gql(CREATE, { input: [householdInput(), householdInput({ category: 'SUDDEN', regionCode: '640121100201' })] })).data.createHouseholds;
    expect(created.every((r: any) => r.ok)).toBe(true);
    await expectCountsExact();
    const [a, b] = created.map((r: any) => r.household);
    const edited = (await s.gql(UPDATE, { input: [
      { id: a.id, version: a.version, category: 'MARGINAL', regionCode: '640121101200' },
      { id: b.id, version: b.version, incomePerCapita: 1234 },
    ] })).data.updateHouseholds;
    expect(edited.every((r: any) => r.ok)).toBe(true);
    await expectCountsExact();
    expect((await s.gql(`mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }`, { ids: [a.id, b.id] })).data.deleteHouseholds.every((r: any) => r.ok)).toBe(true);
    await expectCountsExact();
    expect((await s.gql(`mutation($ids: [ID!]!) { restoreHouseholds(ids: $ids) { ok } }`, { ids: [b.id] })).data.restoreHouseholds.every((r: any) => r.ok)).toBe(true);
    await expectCountsExact();
  });

  it('follow a set-based write of many rows in one statement, and a rolled-back one not at all', async () => {
    const em = s.app.orm.em.fork();
    await em.getConnection().execute(`UPDATE household SET risk_status = 'ELIMINATED' WHERE id IN (SELECT id FROM household WHERE category = 'MONITORED' ORDER BY id LIMIT 30)`);
    await expectCountsExact();
    await expect(em.transactional(async (tx) => {
      await tx.getConnection().execute(`UPDATE household SET category = 'SUDDEN'`, [], 'run', tx.getTransactionContext());
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    await expectCountsExact();
  });

  it('answer totalCount exactly above the count cap for region, category, risk status and deleted filters, and as before for other filters', async () => {
    for (const where of [null, { category: { eq: 'MONITORED' } }, { regionCode: { startsWith: '640121100' }, riskStatus: { in: ['MONITORING', 'ELIMINATED'] } }, { deleted: true }]) {
      const r = await walkCount(where);
      expect(r, JSON.stringify(where)).toEqual({ walked: r.walked, totalCount: r.walked, kind: 'EXACT' });
    }
    expect((await walkCount(null)).walked).toBeGreaterThan(10);
    // a filter on another column is counted from the rows, up to the cap
    const other = await walkCount({ incomePerCapita: { gte: 0 } });
    expect(other.walked).toBeGreaterThan(10);
    expect(other).toMatchObject({ totalCount: 10, kind: 'AT_LEAST' });
    // a township user's count stays inside the township
    const yanghe = await s.as('yanghe');
    const own = (await yanghe(`{ households(first: 1) { totalCount totalCountKind } }`)).data.households;
    const [row] = await queryRows<{ n: number | string }>(s.app.orm.em.fork(), { text: `SELECT COUNT(*) AS n FROM household WHERE township_code = '640121100' AND deleted_at IS NULL`, params: [] });
    expect(own).toEqual({ totalCount: Number(row.n), totalCountKind: 'EXACT' });
  });
});
