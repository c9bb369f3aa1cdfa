import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';

// Queries over 500 generated demo households: every filter and sort is checked against the same rows filtered and
// sorted in JavaScript, and every way of paging must give back exactly the sorted list.
const FIELDS = 'id code category regionCode townshipCode headName headIdNumber phone address memberCount incomePerCapita riskTypes riskStatus helperName updatedAt createdAt';
let s: TestServer;
let all: any[];

beforeAll(async () => {
  s = await startTestServer({ seed: 500 });
  all = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await s.gql(`query($after: String) { households(first: 500, after: $after) { edges { node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`, { after });
    all.push(...res.data.households.edges.map((e: any) => e.node));
    if (!res.data.households.pageInfo.hasNextPage) break;
    after = res.data.households.pageInfo.endCursor;
  }
});
afterAll(async () => {
  await s?.stop();
});

async function ids(where: unknown, orderBy?: unknown): Promise<string[]> {
  const res = await s.gql(`query($w: HouseholdWhere, $o: [HouseholdOrder!]) { households(where: $w, orderBy: $o, first: 500) { totalCount totalCountKind edges { node { id } } } }`, { w: where, o: orderBy });
  expect(res.errors).toBeUndefined();
  const c = res.data.households;
  expect(c.totalCountKind).toBe('EXACT');
  expect(c.totalCount).toBe(c.edges.length);
  return c.edges.map((e: any) => e.node.id);
}

const byId = (a: any, b: any) => Number(a.id) - Number(b.id);
const expectIds = (rows: any[]) => rows.sort(byId).map((r) => r.id);

describe(`households query on ${TEST_DB_KIND}`, () => {
  it('returns the seeded ledger in id order by default', () => {
    expect(all).toHaveLength(500);
    expect(all.map((r) => Number(r.id))).toEqual([...all.map((r) => Number(r.id))].sort((a, b) => a - b));
  });

  it('filters by category, region prefix (county, township, village), risk status and risk types', async () => {
    expect(await ids({ category: { eq: 'SUDDEN' } })).toEqual(expectIds(all.filter((r) => r.category === 'SUDDEN')));
    expect(await ids({ category: { in: ['UNLIFTED', 'MARGINAL'] } })).toEqual(expectIds(all.filter((r) => ['UNLIFTED', 'MARGINAL'].includes(r.category))));
    expect(await ids({ regionCode: { startsWith: '640121' } })).toHaveLength(500);
    const township = all[0].townshipCode;
    expect(await ids({ regionCode: { startsWith: township } })).toEqual(expectIds(all.filter((r) => r.townshipCode === township)));
    const village = all[1].regionCode;
    expect(await ids({ regionCode: { startsWith: village } })).toEqual(expectIds(all.filter((r) => r.regionCode === village)));
    expect(await ids({ regionCode: { startsWith: '6401211' } })).toEqual(expectIds(all.filter((r) => r.regionCode.startsWith('6401211'))));
    expect(await ids({ riskStatus: { eq: 'ELIMINATED' } })).toEqual(expectIds(all.filter((r) => r.riskStatus === 'ELIMINATED')));
    expect(await ids({ riskTypes: { contains: 'ILLNESS' } })).toEqual(expectIds(all.filter((r) => r.riskTypes.includes('ILLNESS'))));
    expect(await ids({ riskTypes: { in: ['DISASTER', 'HOUSING'] } })).toEqual(expectIds(all.filter((r) => r.riskTypes.some((t: string) => ['DISASTER', 'HOUSING'].includes(t)))));
    expect(await ids({ riskTypes: { containsAll: ['ILLNESS', 'LABOR_SHORTAGE'] } })).toEqual(expectIds(all.filter((r) => r.riskTypes.includes('ILLNESS') && r.riskTypes.includes('LABOR_SHORTAGE'))));
    expect(await ids({ riskTypes: { isNull: true } })).toEqual(expectIds(all.filter((r) => r.riskTypes.length === 0)));
  });

  it('filters by head name (contains), ID number (exact, any case), income range, phone presence, and combines with and/or', async () => {
    const name = all[7].headName;
    const part = name.slice(1);
    expect(await ids({ headName: { contains: part } })).toEqual(expectIds(all.filter((r) => r.headName.includes(part))));
    const withX = all.find((r) => r.headIdNumber.endsWith('X')) ?? all[3];
    expect(await ids({ headIdNumber: { eq: withX.headIdNumber.toLowerCase() } })).toEqual([withX.id]);
    expect(await ids({ incomePerCapita: { gte: 5000, lte: 7000 } })).toEqual(expectIds(all.filter((r) => r.incomePerCapita >= 5000 && r.incomePerCapita <= 7000)));
    expect(await ids({ phone: { isNull: true } })).toEqual(expectIds(all.filter((r) => r.phone === null)));
    expect(await ids({ memberCount: { in: [1, 2] } })).toEqual(expectIds(all.filter((r) => [1, 2].includes(r.memberCount))));
    const or = { or: [{ category: { eq: 'SUDDEN' } }, { and: [{ category: { eq: 'UNLIFTED' } }, { incomePerCapita: { lte: 4000 } }] }] };
    expect(await ids(or)).toEqual(expectIds(all.filter((r) => r.category === 'SUDDEN' || (r.category === 'UNLIFTED' && r.incomePerCapita <= 4000))));
    // LIKE wildcards in user input are literal
    expect(await ids({ headName: { contains: '%' } })).toEqual([]);
    expect(await ids({ address: { contains: '_' } })).toEqual([]);
  });

  it('filters by update time', async () => {
    const [first] = all;
    const upd = await s.gql(`mutation($id: ID!) { updateHouseholds(input: [{ id: $id, version: 1, remarks: "时间筛选" }]) { ok household { updatedAt } } }`, { id: first.id });
    const at = upd.data.updateHouseholds[0].household.updatedAt;
    expect(await ids({ updatedAt: { gte: at } })).toEqual([first.id]);
    expect(await ids({ updatedAt: { lte: new Date(Date.parse(at) - 1).toISOString() } })).not.toContain(first.id);
  });

  it.each([
    ['incomePerCapita', 'DESC'], ['headName', 'ASC'], ['regionCode', 'ASC'], ['memberCount', 'DESC'], ['code', 'DESC'],
    ['phone', 'ASC'], ['riskStatus', 'ASC'], ['helperName', 'DESC'], ['category', 'ASC'], ['address', 'ASC'],
  ])('sorts by %s %s with id as the tie-breaker, and cursor, offset and mixed paging agree', async (field, dir) => {
    const key = (r: any) => r[field] ?? '';
    const cmp = (a: any, b: any) => {
      const x = key(a);
      const y = key(b);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return (dir === 'DESC' ? -c : c) || Number(a.id) - Number(b.id);
    };
    const expected = [...all].sort(cmp).map((r) => r.id);
    const orderBy = [{ field, direction: dir }];
    expect(await ids(null, orderBy)).toEqual(expected);

    const Q = `query($o: [HouseholdOrder!], $first: Int, $after: String, $offset: Int) { households(orderBy: $o, first: $first, after: $after, offset: $offset) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const byCursor: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const p: any = (await s.gql(Q, { o: orderBy, first: 37, after })).data.households;
      byCursor.push(...p.edges.map((e: any) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(byCursor).toEqual(expected);
    const byOffset: string[] = [];
    for (let off = 0; off < 500; off += 37) {
      const p: any = (await s.gql(Q, { o: orderBy, first: 37, offset: off })).data.households;
      byOffset.push(...p.edges.map((e: any) => e.node.id));
    }
    expect(byOffset).toEqual(expected);
    // a cursor with an offset skips rows after the cursor (the grid's block jumps)
    const p1: any = (await s.gql(Q, { o: orderBy, first: 10 })).data.households;
    const p2: any = (await s.gql(Q, { o: orderBy, first: 10, after: p1.pageInfo.endCursor, offset: 20 })).data.households;
    expect(p2.edges.map((e: any) => e.node.id)).toEqual(expected.slice(30, 40));
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
  });

  it('sorts by several keys', async () => {
    const orderBy = [{ field: 'category', direction: 'ASC' }, { field: 'incomePerCapita', direction: 'DESC' }];
    const expected = [...all].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) || b.incomePerCapita - a.incomePerCapita || Number(a.id) - Number(b.id)).map((r) => r.id);
    expect(await ids(null, orderBy)).toEqual(expected);
  });

  it('caps the page size and the count, and says when the count is a lower bound', async () => {
    const big = await s.gql(`{ households(first: 501) { edges { cursor } } }`);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: 'first' });
    const neg = await s.gql(`{ households(offset: -1) { edges { cursor } } }`);
    expect(neg.errors?.[0].extensions?.code).toBe('OUT_OF_RANGE');
    const capped = await startTestServer({ seed: 30, countCap: 20 });
    try {
      // a filter on a column that household_count does not key is counted from the rows, up to the cap
      const c = (await capped.gql(`{ households(first: 5, where: { incomePerCapita: { gte: 0 } }) { totalCount totalCountKind } }`)).data.households;
      expect(c).toEqual({ totalCount: 20, totalCountKind: 'AT_LEAST' });
      // the whole ledger is a sum of the maintained counts: exact whatever the cap
      const whole = (await capped.gql(`{ households(first: 5) { totalCount totalCountKind } }`)).data.households;
      expect(whole).toEqual({ totalCount: 30, totalCountKind: 'EXACT' });
      const f = (await capped.gql(`{ households(first: 5, where: { category: { eq: MONITORED } }) { totalCount totalCountKind } }`)).data.households;
      expect(f.totalCountKind).toBe('EXACT');
      expect(f.totalCount).toBeLessThan(20);
    } finally {
      await capped.stop();
    }
  });

  it('refuses a cursor made for another ordering, or a forged one', async () => {
    const p = (await s.gql(`{ households(first: 2, orderBy: [{ field: headName }]) { pageInfo { endCursor } } }`)).data.households;
    const wrong = await s.gql(`query($a: String) { households(first: 2, after: $a) { edges { cursor } } }`, { a: p.pageInfo.endCursor });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const forged = await s.gql(`{ households(first: 2, after: "bm90IGEgY3Vyc29y") { edges { cursor } } }`);
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badPrefix = await s.gql(`{ households(where: { regionCode: { startsWith: "64' OR 1=1" } }) { totalCount } }`);
    expect(badPrefix.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds one household by id and lists the regions', async () => {
    const one = await s.gql(`query($id: ID!) { household(id: $id) { id headName members { relation } } }`, { id: all[5].id });
    expect(one.data.household).toMatchObject({ id: all[5].id, headName: all[5].headName });
    expect((await s.gql(`{ household(id: "0") { id } }`)).data.household).toBeNull();
    const county = (await s.gql(`{ regions { code name level } }`)).data.regions;
    expect(county).toEqual([{ code: '640121', name: '永宁县', level: 'COUNTY' }]);
    const towns = (await s.gql(`{ regions(parentCode: "640121") { code name } }`)).data.regions;
    expect(towns.map((t: any) => t.code)).toEqual(['640121001', '640121100', '640121101', '640121102', '640121103', '640121104', '640121200', '640121400', '640121401']);
    const villages = (await s.gql(`{ regions(parentCode: "640121104") { code name level } }`)).data.regions;
    expect(villages).toEqual(expect.arrayContaining([{ code: '640121104205', name: '原隆村', level: 'VILLAGE' }]));
  });
  it('answers the same whatever the query selects (the page reads only the selected columns): fragments, aliases, unselected sort keys', async () => {
    const byKey = new Map(all.map((r) => [r.id, r]));
    const doc = `query($after: String) { households(first: 40, after: $after, orderBy: [{ field: incomePerCapita, direction: DESC }, { field: headName, direction: DESC }]) {
      edges { cursor node { ...F ... on Household { name: headName regionName } } } pageInfo { endCursor hasNextPage } } }
      fragment F on Household { id code }`;
    const full = `query($after: String) { households(first: 40, after: $after, orderBy: [{ field: incomePerCapita, direction: DESC }, { field: headName, direction: DESC }]) {
      edges { cursor node { id code headName regionName townshipName ${FIELDS} } } pageInfo { endCursor hasNextPage } } }`;
    let after: string | null = null;
    for (let p = 0; p < 3; p++) {
      const narrow: any = await s.gql(doc, { after });
      const wide: any = await s.gql(full, { after });
      expect(narrow.errors).toBeUndefined();
      expect(wide.errors).toBeUndefined();
      const n = narrow.data.households;
      const w = wide.data.households;
      // The same rows in the same order, the same cursors, and each node holds exactly what was asked for.
      expect(n.edges.map((e: any) => e.node.id)).toEqual(w.edges.map((e: any) => e.node.id));
      expect(n.edges.map((e: any) => e.cursor)).toEqual(w.edges.map((e: any) => e.cursor));
      expect(n.pageInfo).toEqual(w.pageInfo);
      for (const [i, e] of n.edges.entries()) {
        expect(Object.keys(e.node).sort()).toEqual(['code', 'id', 'name', 'regionName']);
        expect(e.node).toEqual({ id: w.edges[i].node.id, code: byKey.get(e.node.id).code, name: byKey.get(e.node.id).headName, regionName: w.edges[i].node.regionName });
        expect(e.node.regionName).not.toBe('');
      }
      after = n.pageInfo.endCursor;
    }
    // Without the names selected, no join is needed, and the rows are still those of the full query.
    const bare: any = await s.gql('{ households(first: 5) { edges { node { memberCount } } pageInfo { endCursor } } }');
    const wide: any = await s.gql('{ households(first: 5) { edges { node { memberCount regionName } } pageInfo { endCursor } } }');
    expect(bare.data.households.edges.map((e: any) => e.node.memberCount)).toEqual(wide.data.households.edges.map((e: any) => e.node.memberCount));
    expect(bare.data.households.pageInfo).toEqual(wide.data.households.pageInfo);
  });
});
