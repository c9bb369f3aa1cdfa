import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { china } from '../../test-support/assistance-kit.js';
import { countAssistanceMeasures } from './assistance-facts.js';
import { queryRows } from '../../common/sql.js';

// The demo 救助 records (seeded with the demo households) and countAssistanceMeasures, which the monitoring rules use.

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ seed: 600, clock });
});
afterAll(async () => {
  await s?.stop();
});

describe(`demo 救助 data on ${TEST_DB_KIND}`, () => {
  it('has 低保 cases of every kind and state, gradual exits ending soon with notice statuses, and flagged cases', async () => {
    const cases = (await s.gql(`query { dibaoCases(first: 500) { totalCount edges { node { kind state } } } }`)).data.dibaoCases;
    const nodes = cases.edges.map((e: any) => e.node);
    expect(cases.totalCount).toBeGreaterThan(40);
    expect(nodes.some((n: any) => n.kind === 'SINGLE_PERSON')).toBe(true);
    for (const st of ['ACTIVE', 'GRADUAL_EXIT', 'ENDED']) expect(nodes.some((n: any) => n.state === st)).toBe(true);
    const exits = (await s.gql(`query { gradualExits { townshipCode monthsLeft endsWithin3Months noticeStatus noticeRef } }`)).data.gradualExits;
    expect(exits.filter((x: any) => x.endsWithin3Months).length).toBeGreaterThanOrEqual(9);
    expect(exits.some((x: any) => !x.endsWithin3Months)).toBe(true);
    expect(new Set(exits.map((x: any) => x.noticeStatus))).toEqual(new Set(['ON_ENTRY', 'LATE']));
    expect(exits.every((x: any) => x.noticeRef)).toBe(true);
    expect((await s.gql(`query { dibaoAboveLine { id } }`)).data.dibaoAboveLine.length).toBeGreaterThan(0);
  });

  it('has grants with overdue assist-first paperwork, reserve funds with balances, and a batch awaiting the spot check', async () => {
    const overdue = (await s.gql(`query { overdueReliefPaperwork { townshipCode daysOverdue } }`)).data.overdueReliefPaperwork;
    expect(overdue.length).toBeGreaterThanOrEqual(4);
    expect(overdue.every((x: any) => x.daysOverdue === 9)).toBe(true);
    const funds = (await s.gql(`query { reserveFunds { townshipCode balance granted } }`)).data.reserveFunds;
    expect(funds).toHaveLength(9);
    for (const f of funds) expect(f.balance).toBeGreaterThan(0);
    const batches = (await s.gql(`query { assessmentBatches { townshipCode state size requiredSampleSize sampleSize spotCheckSeed } }`)).data.assessmentBatches;
    expect(batches.filter((b: any) => b.state === 'OPEN').length).toBeGreaterThan(3);
    const drawn = batches.find((b: any) => b.townshipCode === '640121101');
    expect(drawn).toMatchObject({ state: 'SPOT_CHECK', spotCheckSeed: '2026-640121101-demo' });
    expect(drawn.sampleSize).toBe(drawn.requiredSampleSize);
    const persons = (await s.gql(`query { tekunPersons(first: 500) { totalCount edges { node { supportMode minorClause coverageEndDate } } } }`)).data.tekunPersons;
    expect(persons.totalCount).toBeGreaterThan(9);
    expect(persons.edges.some((e: any) => e.node.supportMode === 'DISPERSED')).toBe(true);
    expect(persons.edges.some((e: any) => e.node.minorClause && e.node.coverageEndDate)).toBe(true);
  });

  it('counts each household\'s assistance measures (低保, grants, 特困; any state — but a relief request the county has not approved is none)', async () => {
    const em = s.app.orm.em.fork();
    const rows = await queryRows<{ household_id: number }>(em, { text: `SELECT household_id FROM dibao_case UNION ALL SELECT household_id FROM relief_grant WHERE approval IN ('NONE', 'APPROVED') UNION ALL SELECT household_id FROM tekun_person`, params: [] });
    const expected = new Map<number, number>();
    for (const r of rows) if (r.household_id != null) expected.set(Number(r.household_id), (expected.get(Number(r.household_id)) ?? 0) + 1);
    const ids = [...expected.keys(), 999_999];
    const got = await countAssistanceMeasures(em, ids);
    expect(got).toEqual(expected);
    expect(got.get(999_999)).toBeUndefined();
    expect((await countAssistanceMeasures(em, [])).size).toBe(0);
  });
});
