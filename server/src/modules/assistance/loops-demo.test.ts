import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { china } from '../../test-support/assistance-kit.js';

// The demo records of issue 16's loops (seeded after the demo households, checks and 救助): every screen has
// something to show on first start.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ seed: 600, clock });
});
afterAll(async () => s?.stop());

describe(`demo loops on ${TEST_DB_KIND}`, () => {
  it('has referrals in every state, overdue ones, a pending large-relief request per township and a subsidy run', async () => {
    const refs = (await s.gql(`{ riskReferrals(first: 500) { edges { node { state overdue owner dueDate } } } }`)).data.riskReferrals.edges.map((e: any) => e.node);
    for (const st of ['OPEN', 'ASSIGNED', 'ASSISTING', 'CLOSED']) expect(refs.some((r: any) => r.state === st)).toBe(true);
    expect(refs.some((r: any) => r.overdue)).toBe(true);
    expect(refs.every((r: any) => r.dueDate)).toBe(true);
    expect(refs.filter((r: any) => r.state === 'ASSIGNED').every((r: any) => r.owner)).toBe(true);
    const board = (await s.gql(`{ referralBoard { townshipCode active overdue } }`)).data.referralBoard;
    expect(board.reduce((n: number, b: any) => n + b.overdue, 0)).toBeGreaterThan(0);
    const pending = (await s.gql(`{ reliefGrants(where: { approval: PENDING }, first: 50) { totalCount } }`)).data.reliefGrants.totalCount;
    expect(pending).toBe(9);
    const runs = (await s.gql(`{ subsidyRuns { id month personCount totalAmount } }`)).data.subsidyRuns;
    expect(runs).toEqual([expect.objectContaining({ month: '2026-05' })]);
    expect(runs[0].personCount).toBeGreaterThan(20);
  });

  it('has a 集中供养 backlog, missing and expired agreements and overdue visits', async () => {
    expect((await s.gql(`{ centralCare(awaitingOnly: true) { personId } }`)).data.centralCare.length).toBeGreaterThan(0);
    const agreements = (await s.gql(`{ careAgreements { status } }`)).data.careAgreements.map((a: any) => a.status);
    for (const st of ['VALID', 'EXPIRED', 'MISSING']) expect(agreements).toContain(st);
    const visits = (await s.gql(`{ visitSchedule { overdue lastVisit } }`)).data.visitSchedule;
    expect(visits.some((v: any) => v.overdue)).toBe(true);
    expect(visits.some((v: any) => !v.overdue && v.lastVisit)).toBe(true);
  });
});
